"""Desk form fields that work by touch and by keyboard: a typed date, time or number with big
− and + buttons, and labelled text fields."""

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ...domain.errors import InvalidInput
from ...domain.wording import day_name
from ..i18n import keep_english as tr

_DMY = re.compile(r"^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$")
_HM = re.compile(r"^(\d{1,2})(?:[:.\s]?(\d{2}))?$")


def parse_date(text: str) -> date:
    """A date typed as 24/12/2026, 24.12.2026, 24-12-2026 or 2026-12-24."""
    text = text.strip()
    try:
        match = _DMY.match(text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(tr("'{text}' is not a date like 24/12/2026.").format(text=text)) from None


def show_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def parse_time(text: str) -> time:
    """A time of day typed as 18:30, 18.30, 1830 or 18."""
    match = _HM.match(text.strip())
    try:
        if not match:
            raise ValueError
        return time(int(match[1]), int(match[2] or 0))
    except ValueError:
        raise InvalidInput(tr("'{text}' is not a time like 18:30.").format(text=text.strip())) from None


def parse_number(text: str, what: str) -> int:
    text = text.strip()
    if not text.isdigit():
        raise InvalidInput(tr("The {what} must be a whole number.").format(what=what))
    return int(text)


class StepField(QWidget):
    """A value typed in a field, or stepped with − and + (a date by days, a time by a quarter of an
    hour, a number by ``step``). ``value()`` raises InvalidInput for something that cannot be read."""

    changed = Signal()

    def __init__(self, kind: str, value, name: str, step: int = 1, minimum: int = 0, maximum: int = 10_000,
                 words: bool = True, parent=None):
        super().__init__(parent)
        self.kind, self._name, self._step = kind, name, step
        self._min, self._max, self._default = minimum, maximum, value
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.minus = self._button("−", tr("Earlier") if kind != "number" else tr("Fewer"), -1)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setMinimumHeight(72)
        self.edit.setMinimumWidth(200 if kind == "date" else 120)
        self.edit.setMaximumWidth(240 if kind == "date" else 160)
        self.edit.textChanged.connect(self._on_text_changed)
        self.plus = self._button("+", tr("Later") if kind != "number" else tr("More"), 1)
        row.addWidget(self.minus)
        row.addWidget(self.edit)
        row.addWidget(self.plus)
        self.words = QLabel()
        self.words.setProperty("role", "muted")
        row.addWidget(self.words)
        self.words.setVisible(words and kind == "date")  # only once it has a parent: never a window
        row.addStretch(1)
        self.set_value(value)

    def _button(self, text: str, name: str, direction: int) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "step")
        button.setAccessibleName(f"{name}: {self._name}")
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(lambda: self._on_step(direction))
        return button

    def value(self):
        text = self.edit.text()
        if self.kind == "date":
            return parse_date(text)
        if self.kind == "time":
            return parse_time(text)
        number = parse_number(text, self._name.lower())
        if not self._min <= number <= self._max:
            raise InvalidInput(tr("The {what} must be from {low} to {high}.").format(
                what=self._name.lower(), low=self._min, high=self._max))
        return number

    def set_value(self, value) -> None:
        if self.kind == "date":
            self.edit.setText(show_date(value))
        elif self.kind == "time":
            self.edit.setText(value.strftime("%H:%M"))
        else:
            self.edit.setText(str(value))

    def reset(self) -> None:
        self.set_value(self._default)

    def _on_step(self, direction: int) -> None:
        try:
            current = self.value()
        except InvalidInput:
            current = self._default
        if self.kind == "date":
            self.set_value(current + timedelta(days=direction * self._step))
        elif self.kind == "time":
            moved = datetime.combine(date(2000, 1, 1), current) + timedelta(minutes=15 * direction)
            self.set_value(moved.time())
        else:
            self.set_value(max(self._min, min(self._max, current + direction * self._step)))

    def _on_text_changed(self) -> None:
        if self.kind == "date":
            try:
                self.words.setText(day_name(self.value(), translate=tr) + f" {self.value().year}")
            except InvalidInput:
                self.words.setText("")
        self.changed.emit()


def text_field(name: str, limit: int = 120, password: bool = False, capitals: str = "sentences") -> QLineEdit:
    """A one-line field at least 72 px high, named for screen readers. ``capitals`` tells the
    on-screen keyboard how to start words: "sentences", or "words" for names."""
    field = QLineEdit()
    field.setProperty("capitals", capitals)
    field.setAccessibleName(name)
    field.setMaxLength(limit)
    field.setMinimumHeight(72)
    if password:
        field.setEchoMode(QLineEdit.Password)
    return field


def text_area(name: str, height: int = 120) -> QPlainTextEdit:
    """A several-line field; Tab moves on to the next control instead of typing a tab."""
    area = QPlainTextEdit()
    area.setAccessibleName(name)
    area.setFixedHeight(height)
    area.setTabChangesFocus(True)
    return area
