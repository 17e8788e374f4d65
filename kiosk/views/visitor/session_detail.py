"""One session in full: what it is, when and where, what to bring, access notes, places left,
and the one next step: book a place or join the waiting list."""

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QHBoxLayout

from ...domain.wording import places_text, session_when
from ..page import Page
from ..widgets.buttons import action_button
from ..widgets.chip import activity_chip
from ..i18n import tr


class SessionDetailPage(Page):
    page_name = "session"
    title_text = QT_TR_NOOP("About this session")

    def _build_ui(self) -> None:
        self._chip_row = QHBoxLayout()
        self.body.addLayout(self._chip_row)
        self.when = self.label(role="heading")
        self.where = self.label()
        self.about = self.label()
        self.bring = self.label()
        self.access = self.label()
        self.places = self.label(role="heading")
        for widget in (self.when, self.where, self.about, self.bring, self.access, self.places):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.book = action_button(tr("Book a place"), icon_name="check")
        self.book.clicked.connect(lambda: self.go("book", self._session.id))
        self.actions.addWidget(self.book)
        self._session = None

    def show_with(self, session_id) -> None:
        self.clear_message()
        offer = self.attempt(self._services.schedule.offer, session_id)
        if offer is None:
            return
        self._session = offer.session
        self.refresh()

    def refresh(self) -> None:
        if self._session is None:
            return
        offer = self._services.schedule.offer(self._session.id)
        session = self._session = offer.session
        tz = self._services.hub.current().timezone
        while self._chip_row.count():
            self._chip_row.takeAt(0).widget().deleteLater()
        self._chip_row.addWidget(activity_chip(session, self._theme))
        self.title.setText(session.activity.name)
        self.when.setText(session_when(session, tz, tr))
        self.where.setText(tr("Where: {place}").format(place=session.place or tr("to be confirmed")))
        activity = session.activity
        self._optional(self.about, activity.description)
        self._optional(self.bring, activity.what_to_bring and tr("What to bring: {things}").format(
            things=activity.what_to_bring))
        self._optional(self.access, activity.accessibility and tr("Access: {notes}").format(
            notes=activity.accessibility))
        self.places.setText(places_text(session, tr))
        self.book.setVisible(offer.bookable)
        self.book.setText(tr("Join the waiting list") if session.is_full else tr("Book a place"))
        self.book.setAccessibleName(self.book.text())

    def _optional(self, label, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))
