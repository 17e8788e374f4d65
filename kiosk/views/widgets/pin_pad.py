"""A big PIN pad typing into whichever attached field last had the focus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from ..i18n import keep_english as tr  # the desk's own widget: English


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
