"""The start-up baseline: a bare PySide6 process that shows one QLabel and quits on its first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaintLabel(QLabel):
    """A label that asks the application to quit once it has painted for the first time."""

    painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = FirstPaintLabel("Welcome. What would you like to do?")
    label.resize(1280, 800)  # the size the kiosk's --windowed window opens at
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
