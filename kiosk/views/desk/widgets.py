"""Desk widgets: an in-page "are you sure?" bar, a big PIN pad, the shared on-screen keyboard,
and the side navigation buttons."""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from ..icons import icon
from ..widgets.buttons import action_button
from ..widgets.keyboard import OnScreenKeyboard


class ConfirmBar(QFrame):
    """Asks before anything that cannot easily be put back; nothing happens until Yes is pressed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty("role", "confirm")
        self.setAccessibleName(tr("Please confirm"))
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(16)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.PlainText)
        row.addWidget(self.question, 1)
        self.yes = action_button(tr("Yes"), icon_name="check")
        self.no = action_button(tr("No, go back"), "secondary", "x")
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.yes.clicked.connect(self._on_yes_clicked)
        self.no.clicked.connect(self.close_bar)
        self._action: Callable[[], None] | None = None
        self.hide()

    def ask(self, question: str, yes_text: str, action: Callable[[], None]) -> None:
        self.question.setText(question)
        self.yes.setText(yes_text)
        self.yes.setAccessibleName(yes_text)
        self._action = action
        self.show()
        self.yes.setFocus()

    def close_bar(self) -> None:
        self._action = None
        self.hide()

    def _on_yes_clicked(self) -> None:
        action = self._action
        self.close_bar()
        if action is not None:
            action()


class PinPad(QWidget):
    """Big digit keys typing into whichever attached field last had the focus."""

    def __init__(self, fields: list[QLineEdit], parent=None):
        super().__init__(parent)
        self._fields = fields
        self._target = fields[0]
        for field in fields:
            field.installEventFilter(self)
            field.setProperty("pin_pad", True)
        grid = QGridLayout(self)
        grid.setSpacing(12)
        keys = [str(n) for n in range(1, 10)] + ["delete", "0", "clear"]
        for index, key in enumerate(keys):
            grid.addWidget(self._key(key), index // 3, index % 3)
        self.setMaximumWidth(480)

    def _key(self, key: str) -> QPushButton:
        words = {"delete": tr("Delete"), "clear": tr("Clear")}.get(key, key)
        button = QPushButton(words)
        button.setProperty("role", "key")
        button.setFocusPolicy(Qt.NoFocus)
        button.setMinimumSize(120, 80)
        button.setAccessibleName(words)
        button.clicked.connect(lambda: self._press(key))
        return button

    def _press(self, key: str) -> None:
        if key == "delete":
            self._target.backspace()
        elif key == "clear":
            self._target.clear()
        else:
            self._target.insert(key)

    def eventFilter(self, watched, event) -> bool:
        if watched in self._fields and event.type() == event.Type.FocusIn:
            self._target = watched
        return False

    def key(self, label: str) -> QPushButton:
        for button in self.findChildren(QPushButton):
            if button.accessibleName() == label:
                return button
        raise KeyError(label)


class DeskKeyboard(OnScreenKeyboard):
    """The on-screen keyboard shared by every desk page: it follows the field that has the focus."""

    def follow(self, field: QWidget) -> None:
        if field not in self._fields:
            self.attach(field, capitals=field.property("capitals") or "sentences")
        self._target = field
        self._label_keys()


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


def nav_button(text: str, icon_name: str, colour: str) -> QPushButton:
    """A checkable side-navigation button with an icon and words."""
    button = QPushButton(text)
    button.setProperty("role", "nav")
    button.setProperty("icon_name", icon_name)
    button.setCheckable(True)
    button.setAccessibleName(text)
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.StrongFocus)
    button.setIcon(icon(icon_name, colour, 32))
    button.setIconSize(QSize(32, 32))
    return button


def clear_layout(layout) -> None:
    """Remove and delete everything in ``layout`` (rows a page rebuilds on refresh)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
