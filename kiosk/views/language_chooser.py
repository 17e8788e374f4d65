"""The language chooser: a full-window card listing each offered language in its own name and
script, one big button each; a tap switches the screens at once."""

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from ..domain.languages import Language
from .i18n import tr
from .widgets.buttons import action_button


class LanguageChooser(QFrame):
    chosen = Signal(str)  # the language's code
    opened = Signal()
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("still-there")  # the same full-window card look as the idle prompt
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignCenter)
        layout.setSpacing(24)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        layout.addLayout(self._grid)
        self.close_button = action_button("", "secondary", "x")
        self.close_button.clicked.connect(self.close_chooser)
        layout.addWidget(self.close_button, 0, Qt.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def open(self, languages: list[Language], current: str) -> None:
        self.title.setText(tr("Choose your language"))
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self._set_languages(languages, current)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.opened.emit()
        if current in self.buttons:
            self.buttons[current].setFocus()

    def _set_languages(self, languages: list[Language], current: str) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        columns = 2 if len(languages) > 4 else 1
        for index, lang in enumerate(languages):
            # not checkable: a screen reader's "press" then chooses, as a tap does
            button = action_button(lang.own_name, "secondary", "check" if lang.code == current else None)
            button.setProperty("current", lang.code == current)
            # screen readers pick the right voice for the name; Urdu's reads right to left
            button.setLocale(QLocale(lang.locale))
            button.setLayoutDirection(Qt.RightToLeft if lang.right_to_left else Qt.LeftToRight)
            button.clicked.connect(lambda _=False, code=lang.code: self._on_chosen(code))
            self._grid.addWidget(button, index // columns, index % columns)
            self.buttons[lang.code] = button

    def _on_chosen(self, code: str) -> None:
        self.close_chooser()
        self.chosen.emit(code)

    def close_chooser(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()
