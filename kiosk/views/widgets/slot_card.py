"""A session to open, as a card whose words wrap."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


class SlotCard(QFrame):
    """A session to open, as a card whose words wrap (long activity names are never cut off);
    tapped, clicked, or Enter / Space with the keyboard. The colour bar is only decoration."""

    activated = Signal()

    def __init__(self, text: str, accessible: str, colour: str, parent=None):
        super().__init__(parent)
        self.setProperty("role", "slot")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setAccessibleName(accessible)
        self.setMinimumHeight(72)
        self.setStyleSheet(f"QFrame[role=\"slot\"] {{ border-left: 10px solid {colour}; }}")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 8, 8)
        self.words = QLabel(text)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.PlainText)
        self.words.setAttribute(Qt.WA_TransparentForMouseEvents)
        column.addWidget(self.words)

    def text(self) -> str:
        return self.words.text()

    def mouseReleaseEvent(self, event) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
