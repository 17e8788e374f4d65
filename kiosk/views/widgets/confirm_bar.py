"""An in-page "are you sure?" bar: nothing happens until Yes is pressed."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from ..i18n import keep_english as tr  # the desk's own widget: English
from .buttons import action_button


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
