"""Render the screen matrix on demo data to docs/screenshots/<size>/*.png, each picture taken
once the layout has settled: every visitor screen at every supported screen size (at the largest
text size too on 1920x1080, 1366x768 and portrait, in high contrast on 1920x1080, and a few in
Polish and in Urdu, right to left), and every front-desk page on the desk's two screens."""

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")  # show the Read aloud button, silently
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import open_services  # noqa: E402
from kiosk.views import i18n  # noqa: E402
from kiosk.views.fonts import install_fonts  # noqa: E402
from kiosk.views.theme import TextSize, Theme  # noqa: E402
from tests.ui import screens  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
#: the pictures show the demo hub at one fixed moment (the tests' too): a Monday at 09:30 in
#: London, with the day's sessions still to come, so every run draws the same screens
MOMENT = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
LARGEST_ON = ("1920x1080", "1366x768", "1080x1920")
#: a few screens in other languages, to show the words fit there too
LANGUAGE_SCREENS = {"pl": ("01-welcome", "02-check-in", "13-feedback"), "ur": ("01-welcome", "02-check-in", "13-feedback")}


def save(widget, path: Path) -> None:
    """Grab ``widget`` once two grabs in a row agree (no picture of a layout half done), as a
    256-colour PNG (screens are flat colours: a third of the size, the same to the eye)."""
    from PIL import Image

    screens.settle(widget)
    picture = widget.grab().toImage()
    for _ in range(5):
        screens.settle(widget)
        again = widget.grab().toImage()
        if again == picture:
            break
        picture = again
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(path))
    with Image.open(path) as image:
        flat = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    flat.save(path, optimize=True)
    print(path.relative_to(ROOT))


def demo_services(path: Path):
    """The demo hub at ``MOMENT``, its clock stopped there."""
    from kiosk.db import migrate
    from kiosk.db.engine import make_engine, sqlite_url
    from kiosk.services.demo import fill_demo

    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    fill_demo(engine, now=MOMENT)
    engine.dispose()
    return open_services(path, clock=lambda: MOMENT)


def render_visitors(tmp: Path) -> None:
    from kiosk.views.main_window import MainWindow

    services = demo_services(tmp / "demo.sqlite")
    window = MainWindow(locked=False)
    window.show()
    window.start(services)
    window.activateWindow()
    states = screens.visitor_states(window, services)
    for size, (width, height) in screens.SIZES.items():
        window.setFixedSize(width, height)
        themes = [("", Theme())]
        if size in LARGEST_ON:
            themes.append(("-largest-text", Theme(size=TextSize.LARGEST)))
        if size == "1920x1080":
            themes.append(("-high-contrast", Theme(high_contrast=True)))
        for suffix, theme in themes:
            window.apply_theme(theme)
            for state in states:
                screens.close_overlays(window)
                state.show()
                save(window, OUT / size / f"{state.name}{suffix}.png")
    window.setFixedSize(*screens.SIZES["1920x1080"])
    window.apply_theme(Theme())
    for code, names in LANGUAGE_SCREENS.items():
        screens.close_overlays(window)
        window.set_language(code)
        window.activateWindow()
        for state in states:
            if state.name in names:
                screens.close_overlays(window)
                state.show()
                save(window, OUT / "1920x1080" / f"{code}-{state.name}.png")
    screens.close_overlays(window)
    window.set_language("en")
    window.close()
    services.uow.engine.dispose()


def render_desk(tmp: Path) -> None:
    """Every desk page in the desk window on both desk screens, the first-run set-up, and the
    desk on the touchscreen."""
    from kiosk.views.desk.window import DeskWindow

    empty = open_services(tmp / "empty.sqlite")
    first = DeskWindow()
    first.setFixedSize(*screens.DESK_SIZES["1920x1080"])
    first.show()
    first.start(empty)
    save(first, OUT / "1920x1080" / "desk-01-first-run-set-up.png")
    first.close()
    empty.uow.engine.dispose()
    services = demo_services(tmp / "desk.sqlite")
    window = DeskWindow()
    window.show()
    window.start(services)
    states = screens.desk_states(window, services)
    for size, (width, height) in screens.DESK_SIZES.items():
        window.setFixedSize(width, height)
        for state in states:
            state.show()
            save(window, OUT / size / f"{state.name}.png")
    window.close()
    render_touchscreen_desk(services)
    services.uow.engine.dispose()


def render_touchscreen_desk(services) -> None:
    """The desk inside the visitor window: its PIN pad, and a page with the on-screen keyboard."""
    from kiosk.views.desk.touchscreen import TouchscreenDesk
    from kiosk.views.main_window import MainWindow

    kiosk = MainWindow(locked=False)
    kiosk.setFixedSize(*screens.SIZES["1920x1080"])
    kiosk.show()
    touch = TouchscreenDesk(kiosk, services)
    touch.start(lambda: kiosk.start(services))
    touch.open()
    save(kiosk, OUT / "1920x1080" / "desk-20-touchscreen-sign-in.png")
    lead = next(s for s in services.accounts.staff() if s.name.startswith("Hannah"))
    touch.area._on_signed_in(services.accounts.sign_in(lead.id, "246810"))
    touch.area.shell.go("answers")
    touch.area.keyboard.follow(touch.area.shell.pages["answers"].you_said)
    touch.area.keyboard_panel.show()
    save(kiosk, OUT / "1920x1080" / "desk-21-touchscreen-keyboard.png")
    kiosk.unlock_for_shutdown()
    kiosk.close()


def main() -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    for old in OUT.glob("**/*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        i18n.use_language("en", str(screens.compile_catalogues(Path(tmp))))
        render_visitors(Path(tmp))
        render_desk(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
