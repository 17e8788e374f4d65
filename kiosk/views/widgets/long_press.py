"""The hub logo: a discreet 3-second press opens the front desk's sign-in."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel
from ..i18n import tr


class LongPressLogo(QLabel):
    long_pressed = Signal()

    def __init__(self, hold_ms: int = 3000, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=hold_ms, timeout=self.long_pressed.emit)
        self.setAccessibleName(tr("Hub logo"))
        self.setMinimumSize(72, 72)
        self.setAlignment(Qt.AlignCenter)

    def mousePressEvent(self, event) -> None:
        self._timer.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._timer.stop()
        super().mouseReleaseEvent(event)
