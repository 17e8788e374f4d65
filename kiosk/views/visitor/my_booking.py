"""My booking: type the reference on a big keypad, or scan the slip's QR code (a USB scanner
types the code and Enter); see the booking or waiting-list place; cancel after a confirm step."""

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from ...domain.enums import BookingStatus
from ...domain.refcode import format_reference
from ...domain.wording import session_when
from ..page import Page
from ..widgets.buttons import action_button
from ..widgets.keypad import reference_keypad
from ..i18n import tr

STATUS_WORDS = {
    BookingStatus.CONFIRMED: QT_TR_NOOP("Your place is booked."),
    BookingStatus.ATTENDED: QT_TR_NOOP("You came to this session. Thank you!"),
    BookingStatus.NO_SHOW: QT_TR_NOOP("This session has happened."),
}


class MyBookingPage(Page):
    page_name = "my_booking"
    title_text = QT_TR_NOOP("My booking")

    def _build_ui(self) -> None:
        self._booking = None
        self.prompt = self.label(tr("Type your booking reference, or hold your slip's QR code to the scanner."))
        self.body.addWidget(self.prompt)
        self.code = QLineEdit()
        self.code.setMaxLength(9)
        self.code.setAccessibleName(tr("Booking reference"))
        self.code.setMinimumHeight(80)
        self.code.setAlignment(Qt.AlignCenter)
        self.code.setProperty("role", "code")
        self.code.returnPressed.connect(self._on_find_clicked)
        self.body.addWidget(self.code)
        self.keypad = reference_keypad(self.code)
        self.body.addWidget(self.keypad)
        self.find = action_button(tr("Find my booking"), icon_name="ticket")
        self.find.clicked.connect(self._on_find_clicked)
        self.actions.addWidget(self.find)
        self._build_result()
        self.body.addStretch(1)

    def _build_result(self) -> None:
        self.result = QWidget()
        column = QHBoxLayout(self.result)
        column.setContentsMargins(0, 0, 0, 0)
        self.details = self.label(role="heading")
        column.addWidget(self.details, 1)
        self.body.addWidget(self.result)
        self.cancel = action_button(tr("Cancel this booking"), "secondary", "x")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.confirm_cancel = action_button(tr("Yes, cancel it"), icon_name="check")
        self.confirm_cancel.clicked.connect(self._on_confirm_cancel_clicked)
        self.keep = action_button(tr("No, keep it"), "secondary")
        self.keep.clicked.connect(self._show_booking)
        self.another = action_button(tr("Look up another"), "secondary")
        self.another.clicked.connect(self.reset)
        for button in (self.cancel, self.confirm_cancel, self.keep, self.another):
            self.actions.addWidget(button)
        self._set_mode("entry")

    def _set_mode(self, mode: str) -> None:
        entry = mode == "entry"
        for widget in (self.prompt, self.code, self.keypad, self.find):
            widget.setVisible(entry)
        self.result.setVisible(not entry)
        active = self._booking is not None and self._booking.status in (
            BookingStatus.CONFIRMED, BookingStatus.WAITLISTED) and not self._booking.session.is_cancelled
        self.cancel.setVisible(mode == "booking" and active)
        self.confirm_cancel.setVisible(mode == "confirm")
        self.keep.setVisible(mode == "confirm")
        self.another.setVisible(mode in ("booking", "done"))
        if entry:
            self.code.setFocus()

    def show_with(self, argument) -> None:
        self.reset()

    def _on_find_clicked(self) -> None:
        booking = self.attempt(self._services.booking.lookup, self.code.text())
        if booking is not None:
            self._booking = booking
            self._show_booking()

    def _show_booking(self) -> None:
        booking = self._booking
        session = booking.session
        tz = self._services.hub.current().timezone
        when = f"{session.activity.name}\n{session_when(session, tz, tr)}"
        if session.place:
            when += f"\n{session.place}"
        if booking.status is BookingStatus.WAITLISTED:
            status = tr("You are number {position} on the waiting list.").format(position=booking.position)
        elif booking.status is BookingStatus.CANCELLED:
            status = tr("This booking is cancelled.") + (f" {booking.status_reason}." if booking.status_reason else "")
        else:
            status = tr(STATUS_WORDS[booking.status])
        party = "\n" + tr("For {party} people.").format(party=booking.party) if booking.party > 1 else ""
        note = self._services.decisions.note(booking)
        if note:
            status += "\n" + tr(note)
        self.title.setText(tr("Booking {reference}").format(reference=format_reference(booking.reference)))
        self.details.setText(f"{status}\n\n{when}{party}")
        self._set_mode("booking")

    def _on_cancel_clicked(self) -> None:
        self.details.setText(self.details.text() + "\n\n" + tr("Do you want to cancel this booking? "
                                                              "Your place will go to someone on the waiting list."))
        self._set_mode("confirm")

    def _on_confirm_cancel_clicked(self) -> None:
        result = self.attempt(self._services.booking.cancel, self._booking.reference)
        if result is not None:
            self._booking = result.booking
            self.details.setText(tr("Your booking is cancelled. Thank you for letting us know."))
            self._set_mode("done")

    def reset(self) -> None:
        super().reset()
        self._booking = None
        self.title.setText(tr(self.title_text))
        self.code.clear()
        self.details.clear()
        self._set_mode("entry")
