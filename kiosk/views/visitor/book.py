"""Booking a place: a first name or nickname (on-screen keyboard) and how many people, then the
reference in large letters and as a QR code, with a slip to print where a printer is set."""

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ...domain.limits import MAX_PARTY
from ...domain.refcode import format_reference
from ...domain.text import NAME_MAX
from ...domain.wording import session_when
from ..page import Page
from ..qr import qr_pixmap
from ..widgets.buttons import action_button
from ..widgets.choices import Stepper
from ..widgets.keyboard import OnScreenKeyboard
from ..i18n import tr


def retention_promise(days: int) -> str:
    """What the kiosk promises about the name typed: kept for the hub's own retention days
    (a hub keeps names for at least a week)."""
    return tr("We keep your name for {days} days, only so the volunteers know who is coming.").format(days=days)


class BookPage(Page):
    page_name = "book"
    title_text = QT_TR_NOOP("Book a place")

    def _build_ui(self) -> None:
        left, right = self.form_beside_keyboard()
        self.summary = self.label(role="heading")
        left.addWidget(self.summary)
        left.addWidget(self.label(tr("Your first name or a nickname")))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(tr("Your first name or a nickname"))
        self.name.setMinimumHeight(72)
        left.addWidget(self.name)
        left.addWidget(self.label(tr("How many people, including you?")))
        self.party = Stepper(1, MAX_PARTY, 1, tr("people"))
        left.addWidget(self.party)
        self.promise = self.label(role="muted")
        left.addWidget(self.promise)
        left.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.name)
        right.addWidget(self.keyboard)
        right.addStretch(1)
        self.confirm = action_button(tr("Book my place"), icon_name="check")
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.name.returnPressed.connect(self._on_confirm_clicked)
        self.actions.addWidget(self.confirm)
        self._session = None

    def show_with(self, session_id) -> None:
        self.reset()
        self._session = self.attempt(self._services.schedule.get, session_id)
        if self._session is None:
            return
        session = self._session
        hub = self._services.hub.current()
        self.title.setText(tr("Join the waiting list") if session.is_full else tr("Book a place"))
        self.summary.setText(f"{session.activity.name}: {session_when(session, hub.timezone, tr)}")
        self.promise.setText(retention_promise(hub.retention_days))
        self.party.setVisible(True)
        self.confirm.setText(tr("Join the waiting list") if session.is_full else tr("Book my place"))
        self.confirm.setAccessibleName(self.confirm.text())
        self.name.setFocus()

    def _on_confirm_clicked(self) -> None:
        if self._session is None:
            return
        booking = self.attempt(self._services.booking.book, self._session.id, self.name.text(),
                               self.party.value())
        if booking is not None:
            self.go("booked", booking)

    def reset(self) -> None:
        super().reset()
        self.name.clear()
        self.party.reset()
        self.keyboard.reset()
        self._session = None


class BookedPage(Page):
    """The booker's own confirmation: the only visitor screen that shows a name."""
    page_name = "booked"
    confirmation = True
    title_text = QT_TR_NOOP("You're booked")

    def __init__(self, services, theme, print_slip=None, parent=None):
        self._print_slip = print_slip
        super().__init__(services, theme, parent)

    def _build_ui(self) -> None:
        self.greeting = self.label(role="heading")
        self.session_line = self.label()
        self.body.addWidget(self.greeting)
        self.provisional = self.label(role="heading")
        self.provisional.hide()
        self.body.addWidget(self.provisional)
        self.body.addWidget(self.session_line)
        card = QFrame()
        card.setProperty("role", "card")
        row = QHBoxLayout(card)
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(48)
        words = QVBoxLayout()
        words.addWidget(self.label(tr("Your booking reference is")))
        self.reference = QLabel()
        self.reference.setProperty("role", "reference")
        self.reference.setTextInteractionFlags(Qt.NoTextInteraction)
        words.addWidget(self.reference)
        words.addWidget(self.label(tr("Write it down or take a photo of it. You need it to see or cancel "
                                   "your booking."), "muted"))
        row.addLayout(words, 1)
        self.qr = QLabel()
        self.qr.setAccessibleName(tr("QR code of your booking reference"))
        row.addWidget(self.qr)
        self.body.addWidget(card)
        self.body.addStretch(1)
        self.print_button = action_button(tr("Print my slip"), "secondary", "printer")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.done = action_button(tr("Done"), icon_name="check")
        self.done.clicked.connect(lambda: self.go("welcome"))
        self.actions.addWidget(self.print_button)
        self.actions.addWidget(self.done, 2)
        self._booking = None

    def show_with(self, booking) -> None:
        self.clear_message()
        self._booking = booking
        tz = self._services.hub.current().timezone
        session = booking.session
        if booking.position:
            self.title.setText(tr("You're on the waiting list"))
            self.greeting.setText(tr("Thank you, {name}. You are number {position} on the "
                                  "waiting list. We will give you a place if one comes free.").format(
                                      name=booking.name, position=booking.position))
        else:
            self.title.setText(tr("You're booked"))
            template = (tr("Thank you, {name}. Your place is booked for {party} people.") if booking.party > 1
                        else tr("Thank you, {name}. Your place is booked."))
            self.greeting.setText(template.format(name=booking.name, party=booking.party))
        self.session_line.setText(f"{session.activity.name}: {session_when(session, tz, tr)}, "
                                  f"{session.place or ''}".rstrip(", "))
        note = self._services.decisions.note(booking)
        self.provisional.setText(tr(note) if note else "")
        self.provisional.setVisible(bool(note))
        self.reference.setText(format_reference(booking.reference))
        self.reference.setAccessibleName(" ".join(booking.reference))
        self.qr.setPixmap(qr_pixmap(booking.reference, 240))
        self.print_button.setVisible(self._print_slip is not None)

    def _on_print_clicked(self) -> None:
        if self._booking is not None and self._print_slip is not None:
            self.print_button.setEnabled(False)
            self._print_slip(self._booking.reference, self._on_printed)

    def _on_printed(self, ok: bool, message: str) -> None:
        self.print_button.setEnabled(True)
        (self.show_note if ok else self.show_message)(message)

    def reset(self) -> None:
        super().reset()
        self._booking = None
        self.greeting.clear()
        self.reference.clear()
        self.qr.clear()
