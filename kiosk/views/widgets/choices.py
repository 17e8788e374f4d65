"""Touch choices: a row of toggle buttons where one (or none) is picked, and a − n + stepper."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget
from ..i18n import number, tr


class ChoiceRow(QWidget):
    """Toggle buttons for ``(value, words)`` pairs in a grid; tapping the chosen one again
    clears it (unless a choice is required)."""

    changed = Signal(object)

    def __init__(self, options: list[tuple[object, str]], allow_none: bool = True, columns: int = 3,
                 parent=None):
        super().__init__(parent)
        self._allow_none = allow_none
        self._columns = columns
        self._layout = QGridLayout(self)
        self._layout.setSpacing(16)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[object, QPushButton] = {}
        self.set_options(options)

    def set_options(self, options: list[tuple[object, str]]) -> None:
        if [(value, button.text()) for value, button in self._buttons.items()] == list(options):
            return  # the same choices: keep the buttons (and what is chosen)
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons = {}
        for index, (value, words) in enumerate(options):
            button = QPushButton(words)
            button.setCheckable(True)
            button.setProperty("role", "choice")
            button.setAccessibleName(words)
            button.setMinimumHeight(72)
            button.clicked.connect(lambda checked, v=value: self._on_clicked(v, checked))
            self._layout.addWidget(button, index // self._columns, index % self._columns)
            self._buttons[value] = button
        self._keep_tab_order()

    def _keep_tab_order(self) -> None:
        """New buttons join the end of the window's Tab order; put them where the row is read."""
        previous = self.previousInFocusChain()
        while previous is not self.window() and (self.isAncestorOf(previous) or not previous.focusPolicy() & Qt.TabFocus):
            previous = previous.previousInFocusChain()
        if previous is self.window():
            return
        for button in self._buttons.values():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _on_clicked(self, value, checked: bool) -> None:
        for other, button in self._buttons.items():
            if other != value:
                button.setChecked(False)
        if not checked and not self._allow_none:
            self._buttons[value].setChecked(True)
        self.changed.emit(self.value())

    def value(self):
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value) -> None:
        for other, button in self._buttons.items():
            button.setChecked(other == value)

    def button(self, value) -> QPushButton:
        return self._buttons[value]


class Stepper(QWidget):
    """− value + with big buttons, bounded; says its value in words for read-aloud."""

    changed = Signal(int)

    def __init__(self, minimum: int, maximum: int, value: int, unit: str = "", parent=None):
        super().__init__(parent)
        self._min, self._max, self._default = minimum, maximum, value
        self._unit = unit
        row = QHBoxLayout(self)
        row.setSpacing(16)
        row.setContentsMargins(0, 0, 0, 0)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button, name, step in ((self.minus, tr("Fewer"), -1), (self.plus, tr("More"), 1)):
            button.setMinimumSize(72, 72)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, s=step: self.set_value(self._value + s))
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setMinimumWidth(72)
        self.label.setProperty("role", "heading")
        row.addWidget(self.minus)
        row.addWidget(self.label)
        row.addWidget(self.plus)
        row.addStretch(1)
        self._value = value
        self.set_value(value)

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = max(self._min, min(self._max, value))
        self.label.setText(str(self._value))
        self.minus.setEnabled(self._value > self._min)
        self.plus.setEnabled(self._value < self._max)
        self.setAccessibleName(f"{number(self._value)} {self._unit}".strip())
        self.changed.emit(self._value)

    def reset(self) -> None:
        self.set_value(self._default)
