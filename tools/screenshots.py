"""Render every screen on demo data to docs/screenshots/*.png at 1920×1080, in the calm and
high-contrast themes and at the largest text size, for the README and for review."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import open_services  # noqa: E402
from kiosk.views.fonts import install_fonts  # noqa: E402
from kiosk.views.main_window import MainWindow  # noqa: E402
from kiosk.views.theme import TextSize, Theme  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
THEMES = {
    "": Theme(),
    "-high-contrast": Theme(high_contrast=True),
    "-largest-text": Theme(size=TextSize.LARGEST),
}


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
        for suffix, theme in THEMES.items():
            window.apply_theme(theme)
            for name, page in screens(window):
                window.pages.setCurrentWidget(page)
                app.processEvents()
                path = OUT / f"{name}{suffix}.png"
                window.grab().save(str(path))
                print(path.relative_to(OUT.parent.parent))
        window.close()
        services.uow.engine.dispose()
    return 0


def screens(window: MainWindow):
    yield "whats-on", window.whats_on


if __name__ == "__main__":
    sys.exit(main())
