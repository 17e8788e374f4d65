"""One session at the desk: its bookings with names (never shown to visitors), big Came / Did
not come toggles, walk-ins, moving someone from the waiting list, and printing the register."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from ...domain.enums import BookingStatus
from ...domain.records import BookingInfo
from ...domain.refcode import format_reference
from ...domain.wording import session_when
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import StepField, text_field

MARKABLE = (BookingStatus.CONFIRMED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)


def status_words(booking: BookingInfo) -> str:
    if booking.status is BookingStatus.WAITLISTED:
        return tr("Waiting list, number {position}").format(position=booking.position)
    if booking.status is BookingStatus.CANCELLED:
        return tr("Cancelled") + (f": {booking.status_reason}" if booking.status_reason else "")
    return {BookingStatus.CONFIRMED: tr("Booked, not marked yet"), BookingStatus.ATTENDED: tr("Came"),
            BookingStatus.NO_SHOW: tr("Did not come")}[booking.status]


class SessionPage(DeskPage):
    page_name = "session"
    title_text = "Session"

    def _build_ui(self) -> None:
        self._session = None
        self.summary = self.label(role="heading")
        self.body.addWidget(self.summary)
        self._build_walk_in()
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        self.body.addLayout(self.rows_box)
        self.body.addStretch(1)
        self.print_button = action_button(tr("Print the register"), "secondary", "printer")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.edit = action_button(tr("Edit or cancel this session"), "secondary", "pencil-line")
        self.edit.clicked.connect(lambda: self.go("session_form", {"session_id": self._session.id}))
        self.back = action_button(tr("Back to today"), "secondary", "arrow-left")
        self.back.clicked.connect(lambda: self.go("today"))
        for button in (self.print_button, self.edit):
            self.actions.addWidget(button)
        self.actions.addStretch(1)
        self.actions.addWidget(self.back)
        self.came: dict = {}
        self.missed: dict = {}
        self.give_place: dict = {}

    def _build_walk_in(self) -> None:
        self.body.addWidget(self.label(tr("Someone came without booking?"), "heading"))
        line = QHBoxLayout()
        line.setSpacing(16)
        self.walk_in_name = text_field(tr("Walk-in's first name or nickname (you can leave it empty)"), 40, capitals="words")
        self.walk_in_name.setPlaceholderText(tr("First name or nickname (optional)"))
        self.walk_in_name.returnPressed.connect(self._on_walk_in_clicked)
        self.walk_in_party = StepField("number", 1, tr("People"), minimum=1, maximum=6)
        self.walk_in = action_button(tr("Add walk-in"), icon_name="plus")
        self.walk_in.clicked.connect(self._on_walk_in_clicked)
        line.addWidget(self.walk_in_name, 2)
        line.addWidget(self.label(tr("People")))
        line.addWidget(self.walk_in_party, 1)
        line.addWidget(self.walk_in)
        self.body.addLayout(line)

    def show_with(self, session_id) -> None:
        self.reset()
        self._session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        session = self.attempt(self._services.schedule.get, self._session_id)
        if session is None:
            return
        self._session = session
        tz = self.timezone()
        self.title.setText(f"{session.activity.name}: {session_when(session, tz, tr)}")
        facts = [session.place or tr("Place to be confirmed"),
                 tr("Facilitator: {name}").format(name=session.facilitator or tr("nobody yet")),
                 tr("{booked} of {capacity} places booked, {waiting} waiting").format(
                     booked=session.confirmed, capacity=session.capacity, waiting=session.waitlisted)]
        if session.is_cancelled:
            facts.append(tr("Cancelled: {reason}").format(reason=session.cancel_reason))
        self.summary.setText("   ·   ".join(facts))
        self.print_button.setVisible(self.context.print_register is not None)
        self._render(self._services.booking.for_session(session.id))

    def _render(self, bookings: list[BookingInfo]) -> None:
        """Bookings with a place, then the waiting list, then cancelled ones, each under a heading."""
        clear_layout(self.rows_box)
        self.came, self.missed, self.give_place = {}, {}, {}
        if not bookings:
            self.rows_box.addWidget(self.label(tr("No bookings yet."), "muted"))
        groups = ((tr("Booked: {count}"), MARKABLE), (tr("Waiting list: {count}"), (BookingStatus.WAITLISTED,)),
                  (tr("Cancelled: {count}"), (BookingStatus.CANCELLED,)))
        for heading, statuses in groups:
            chosen = [b for b in bookings if b.status in statuses]
            if chosen:
                self.rows_box.addWidget(self.label(heading.format(count=len(chosen)), "heading"))
            for booking in chosen:
                self.rows_box.addWidget(self._row(booking))

    def _row(self, booking: BookingInfo) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        line = QHBoxLayout(card)
        line.setContentsMargins(16, 8, 16, 8)
        line.setSpacing(16)
        name = booking.name or tr("No name given")
        party = tr(" ({count} people)").format(count=booking.party) if booking.party > 1 else ""
        who = self.label(f"{name}{party}   ·   {format_reference(booking.reference)}", "heading")
        line.addWidget(who, 2)
        line.addWidget(self.label(status_words(booking)), 2)
        if booking.status in MARKABLE and not self._session.is_cancelled:
            self.came[booking.id] = self._toggle(tr("Came"), booking, BookingStatus.ATTENDED, name)
            self.missed[booking.id] = self._toggle(tr("Did not come"), booking, BookingStatus.NO_SHOW, name)
            line.addWidget(self.came[booking.id])
            line.addWidget(self.missed[booking.id])
        elif booking.status is BookingStatus.WAITLISTED and not self._session.is_cancelled:
            button = action_button(tr("Give a place"), "secondary", "check")
            button.setAccessibleName(tr("Give {name} a place").format(name=name))
            button.clicked.connect(lambda _=False, b=booking: self._on_give_place_clicked(b))
            line.addWidget(button)
            self.give_place[booking.id] = button
        return card

    def _toggle(self, words: str, booking: BookingInfo, status: BookingStatus, name: str) -> QPushButton:
        button = QPushButton(words)
        button.setCheckable(True)
        button.setChecked(booking.status is status)
        button.setProperty("role", "choice")
        button.setMinimumSize(200, 72)
        button.setAccessibleName(f"{name}: {words}")
        button.clicked.connect(lambda checked, b=booking.id: self._on_mark(b, status if checked else
                                                                           BookingStatus.CONFIRMED))
        return button

    def _on_mark(self, booking_id, status: BookingStatus) -> None:
        done = self.act(self._services.attendance.mark, self.actor, booking_id, status)
        if done is not None:
            self.say(tr("{name}: {status}").format(name=done.name or tr("No name given"),
                                                    status=status_words(done)))

    def _on_give_place_clicked(self, booking: BookingInfo) -> None:
        session = self._session
        after = session.confirmed + booking.party
        question = tr("Give {name} a place?").format(name=booking.name or tr("this booking"))
        if after > session.capacity:
            question += " " + tr("That makes {after} people for {capacity} places: over capacity.").format(
                after=after, capacity=session.capacity)
        self.ask(question, tr("Yes, give a place"), lambda: self._promote(booking))
        row = self.give_place[booking.id]
        QTimer.singleShot(0, row, lambda: self.scroll.ensureWidgetVisible(row, 40, 120))

    def _promote(self, booking: BookingInfo) -> None:
        done = self.act(self._services.attendance.promote, self.actor, booking.id)
        if done is not None:
            self.say(tr("{name} has a place now. Please let them know.").format(
                name=done.name or tr("The booking")))

    def _on_walk_in_clicked(self) -> None:
        party = self.attempt(self.walk_in_party.value)
        if party is None:
            return
        done = self.attempt(self._services.attendance.walk_in, self.actor, self._session.id,
                            self.walk_in_name.text(), party)
        if done is not None:
            self.walk_in_name.clear()
            self.walk_in_party.reset()
            self.refresh()
            self.say(tr("Added the walk-in and marked them as came."))

    def _on_print_clicked(self) -> None:
        if self.context.print_register is not None and self._session is not None:
            self.say(tr("Sending the register to the printer…"))
            self.context.print_register(self._session.id, self.printed)

    def reset(self) -> None:
        super().reset()
        self._session = None
        self._session_id = None
        clear_layout(self.rows_box)
        self.summary.clear()
        self.walk_in_name.clear()
        self.walk_in_party.reset()
        self.came, self.missed, self.give_place = {}, {}, {}
