"""Render every screen on demo data to docs/screenshots/*.png at 1920×1080, in the calm and
high-contrast themes and at the largest text size, for the README and for review."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")  # show the Read aloud button, silently
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import open_services  # noqa: E402
from kiosk.views.fonts import install_fonts  # noqa: E402
from kiosk.views.main_window import MainWindow  # noqa: E402
from kiosk.views.theme import TextSize, Theme  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
THEMES = {"": Theme(), "-high-contrast": Theme(high_contrast=True), "-largest-text": Theme(size=TextSize.LARGEST)}


def visitor_screens(window: MainWindow, services):
    """(file name, how to get there) for every visitor screen, in a visitor's order."""
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if not s.is_cancelled and s.starts_at > services.uow.clock()]
    open_session = next(s for s in upcoming if s.places_left >= 2)
    full_session = next(s for s in upcoming if s.is_full)
    booking = services.booking.book(open_session.id, "Siân", 2)
    waiting = services.booking.book(full_session.id, "Alex", 1)
    visit = services.visits.check_in("Jo", "CM1")
    return [
        ("01-welcome", lambda: window.home()),
        ("02-check-in", lambda: window.go("check_in")),
        ("03-checked-in", lambda: window.go("checked_in", visit)),
        ("04-leaving", lambda: window.go("check_out")),
        ("05-whats-on", lambda: window.go("whats_on")),
        ("06-session", lambda: window.go("session", open_session.id)),
        ("07-book", lambda: window.go("book", open_session.id)),
        ("08-booked", lambda: window.go("booked", booking)),
        ("09-waiting-list", lambda: window.go("booked", waiting)),
        ("10-my-booking", lambda: window.go("my_booking")),
        ("11-my-booking-found", lambda: _find(window, booking.reference)),
        ("12-feedback", lambda: window.go("feedback")),
        ("13-feedback-thanks", lambda: window.go("thanks")),
        ("14-have-your-say", lambda: window.go("polls")),
        ("15-help-now", lambda: window.go("help")),
        ("16-still-there", lambda: (window.go("check_in"), window.still_there.open())),
    ]


def _find(window: MainWindow, reference: str) -> None:
    window.go("my_booking")
    page = window.page_by_name["my_booking"]
    page.code.setText(reference)
    page._on_find_clicked()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "demo.sqlite", demo=True)
        window = MainWindow(locked=False)
        window.resize(1920, 1080)
        window.show()
        window.start(services)
        screens = visitor_screens(window, services)
        for suffix, theme in THEMES.items():
            window.apply_theme(theme)
            for name, show in screens:
                window.still_there.close_prompt()
                show()
                app.processEvents()
                path = OUT / f"{name}{suffix}.png"
                window.grab().save(str(path))
                print(path.relative_to(OUT.parent.parent))
        window.unlock_for_shutdown()
        window.close()
        services.uow.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
