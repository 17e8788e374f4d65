"""Touch choices: a row of toggle buttons where one (or none) is picked, and a − n + stepper."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..i18n import number, tr
from .buttons import WrapButton


class ChoiceRow(QWidget):
    """Toggle buttons for ``(value, words)`` pairs in a grid of at most ``columns`` a row (fewer
    where the words would need more than two lines); tapping the chosen one again clears it
    (unless a choice is required)."""

    changed = Signal(object)

    def __init__(self, options: list[tuple[object, str]], allow_none: bool = True, columns: int = 3,
                 icons: dict | None = None, role: str = "choice", parent=None):
        super().__init__(parent)
        self._icons = icons or {}
        self._role = role
        self._allow_none = allow_none
        self._columns = columns
        self._layout = QGridLayout(self)
        self._layout.setSpacing(16)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[object, QPushButton] = {}
        self._shown_columns = columns
        self.set_options(options)

    def set_options(self, options: list[tuple[object, str]]) -> None:
        if [(value, button.text()) for value, button in self._buttons.items()] == list(options):
            return  # the same choices: keep the buttons (and what is chosen)
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons = {}
        for value, words in options:
            button = WrapButton(words, self._icons.get(value))
            button.setCheckable(True)
            button.setProperty("role", self._role)
            button.setAccessibleName(words)
            button.clicked.connect(lambda checked, v=value: self._on_clicked(v, checked))
            self._buttons[value] = button
        self._place(self._columns_for(self.width()) if self.width() > 0 else self._columns)
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

    def _place(self, columns: int) -> None:
        self._shown_columns = columns
        for index, button in enumerate(self._buttons.values()):
            self._layout.addWidget(button, index // columns, index % columns)
        for column in range(self._columns):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def _columns_for(self, width: int) -> int:
        """As many a row as fit with every button's words on at most two lines."""
        if not self._buttons:
            return self._columns
        spacing = self._layout.horizontalSpacing()
        need = max(self._need(button) for button in self._buttons.values())
        return max(1, min(self._columns, len(self._buttons), (width + spacing) // (need + spacing)))

    @staticmethod
    def _need(button: WrapButton) -> int:
        metrics = button.words.fontMetrics()
        margins = button.layout().contentsMargins()
        half = metrics.horizontalAdvance(button.text()) // 2 + metrics.averageCharWidth() * 4
        return max(button.minimumSizeHint().width(), half + margins.left() + margins.right())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def event(self, event) -> bool:
        if event.type() == QEvent.LayoutRequest:  # the words changed size (text size, language)
            self._reflow(self.width())
        return super().event(event)

    def _reflow(self, width: int) -> None:
        columns = self._columns_for(width)
        if columns != self._shown_columns:
            self._place(columns)
        needed = self._layout.totalHeightForWidth(width) if self._buttons else 0
        if needed != self.minimumHeight():  # rows that wrap their words are never squeezed
            self.setMinimumHeight(needed)

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
