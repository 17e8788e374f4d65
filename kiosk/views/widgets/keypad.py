"""A big keypad for booking references (letters and numbers without look-alikes) or numbers."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from ...domain.refcode import ALPHABET
from ..i18n import tr

DIGITS = "123456789 0"


class Keypad(QWidget):
    """Keys that type into one field; ``Delete`` and ``Clear`` too."""

    submitted = Signal()

    def __init__(self, field: QLineEdit, keys: str, columns: int, parent=None):
        super().__init__(parent)
        self._field = field
        self.setLayoutDirection(Qt.LeftToRight)  # digits and letters in their usual order in every language
        grid = QGridLayout(self)
        grid.setSpacing(8)
        position = 0
        for char in keys:
            if char != " ":
                grid.addWidget(self._key(char, lambda _=False, c=char: self._field.insert(c)),
                               position // columns, position % columns)
            position += 1
        row = (position + columns - 1) // columns
        half = max(1, columns // 2)
        grid.addWidget(self._key("⌫ " + tr("Delete"), self._field.backspace, tr("Delete")), row, 0, 1, half)
        grid.addWidget(self._key(tr("Clear"), self._field.clear), row, half, 1, columns - half)

    def _key(self, text: str, slot, name: str | None = None) -> QPushButton:
        key = QPushButton(text)
        key.setFocusPolicy(Qt.NoFocus)
        key.setProperty("role", "key")
        key.setAccessibleName(name or text)
        key.clicked.connect(slot)
        return key

    def key(self, label: str) -> QPushButton:
        for key in self.findChildren(QPushButton):
            if key.text() == label or key.accessibleName() == label:
                return key
        raise KeyError(label)


def reference_keypad(field: QLineEdit) -> Keypad:
    return Keypad(field, ALPHABET, columns=8)


def number_keypad(field: QLineEdit) -> Keypad:
    return Keypad(field, DIGITS, columns=3)
