"""A booking made while the kiosk cannot reach the central database says so, in plain words, on
the visitor's confirmation, in My booking and on the printed slip."""

from kiosk.printing import slip_pdf
from kiosk.services.decisions import PROVISIONAL_CONFIRMED
from kiosk.views.main_window import MainWindow
from tests.printing.pdfread import page_texts

from .test_bookings import hub_with_session  # noqa: F401  (the fixture)


def test_offline_booking_is_provisional_on_screen_and_slip(qtbot, central, hub_with_session):  # noqa: F811
    _, _, touch, session = hub_with_session
    decisions = touch.services.decisions  # a service: no note function handed to the window
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    window.show()
    window.start(touch.services)
    booking = touch.services.booking.book(session.id, "Offline")  # not synced yet
    window.go("booked", booking)
    booked = window.page_by_name["booked"]
    assert booked.provisional.isVisible() and booked.provisional.text() == PROVISIONAL_CONFIRMED
    window.go("my_booking")
    my_booking = window.page_by_name["my_booking"]
    my_booking.code.setText(booking.reference)
    my_booking._on_find_clicked()
    assert PROVISIONAL_CONFIRMED in my_booking.details.text()
    slip = " ".join(page_texts(slip_pdf(touch.services, booking.reference, note_for=decisions.note)))
    assert "Provisional" in slip and "reconnects" in slip
    touch.sync()
    window.go("booked", touch.services.booking.lookup(booking.reference))
    assert not booked.provisional.isVisible()  # decided centrally now
    window.unlock_for_shutdown()
