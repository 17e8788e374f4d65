"""Help now: the hub's crisis contacts in large type, reachable from every screen. Service names
and numbers are never translated; in another language the page says the lines answer in English."""

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFrame, QVBoxLayout

from ..page import Page
from ..i18n import current_language, tr


class HelpPage(Page):
    page_name = "help"
    title_text = QT_TR_NOOP("Help now")

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("If you are in danger or need help now, you are not alone. "
                                       "A volunteer at the desk can help you call."), "heading"))
        self.english_only = self.label(tr("These phone and text services answer in English."), "heading")
        self.english_only.setVisible(current_language().code != "en")
        self.body.addWidget(self.english_only)
        self._cards = QVBoxLayout()
        self._cards.setSpacing(12)
        self.body.addLayout(self._cards)
        self.body.addStretch(1)

    def refresh(self) -> None:
        while self._cards.count():
            self._cards.takeAt(0).widget().deleteLater()
        for contact in self._services.hub.current().crisis_contacts:
            card = QFrame()
            card.setProperty("role", "card")
            column = QVBoxLayout(card)
            column.setContentsMargins(24, 12, 24, 12)
            column.addWidget(self.label(contact.name, "heading"))
            column.addWidget(self.label(tr(contact.detail)))
            self._cards.addWidget(card)
