"""Booking and help slips: receipt width and A6, the reference big and in a QR code that the
kiosk's My booking accepts as typed, the session, the phone number, waiting-list place."""

import pytest
from reportlab.lib.units import mm

from kiosk.domain.refcode import format_reference, normalise_reference
from kiosk.printing.slips import build_booking_slip, build_help_slip
from tests.conftest import ADMIN

from .conftest import add_week
from .pdfread import metadata, pages_of, qr_codes, squash, text_of


@pytest.fixture
def bookings(hub_services):
    week = add_week(hub_services, counts=(2, 0, 0, 0, 0, 0, 0), names=[("Walk and talk", "#2E6B30")],
                    place="Meet at the front door")
    first, second = week.sessions
    confirmed = hub_services.booking.book(first.id, "Siân", 2)
    hub_services.booking.book(second.id, "Sam", 4)  # fills it
    hub_services.booking.book(second.id, "Tom", 1)
    waiting = hub_services.booking.book(second.id, "Łucja", 1)
    return hub_services, confirmed, waiting


def slip(services, booking, size="receipt") -> bytes:
    return build_booking_slip(services.hub.current(), booking, size=size, printed_at=services.uow.clock())


@pytest.mark.parametrize("size", ["receipt", "A6"])
def test_booking_slip_has_the_reference_session_and_phone(bookings, size):
    services, booking, _ = bookings
    pdf = slip(services, booking, size)
    (page,) = pages_of(pdf)
    if size == "receipt":
        assert round(page.width, 1) == round(80 * mm, 1)
        assert 100 < page.height < 600  # as long as the content, no longer
    else:
        assert (round(page.width), round(page.height)) == (298, 420)
    text = text_of(pdf)
    shown = format_reference(booking.reference)
    big = [c for c in page.chars if c.size >= 28]
    assert "".join(c.text for c in big) == shown  # "K7M Q4X", in characters 28 pt or larger
    for wanted in ("Your place is booked", shown, "Walk and talk", "Monday 7 December", "09:00 to 10:00",
                   "Meet at the front door", "2 people", "What to bring: Nothing", "01632 960 123"):
        assert squash(wanted) in squash(text)
    assert "Siân" not in text  # a lost slip does not say who is coming
    for c in page.chars:
        assert 0 <= c.x0 and c.x1 <= page.width - 4 * mm + 0.5 and 0 <= c.y0 and c.y1 <= page.height
    assert metadata(pdf)["/Title"] == f"Booking {shown} at Riverside Recovery Hub"


@pytest.mark.parametrize("size", ["receipt", "A6"])
def test_the_qr_code_holds_just_the_reference_that_my_booking_looks_up(bookings, tmp_path, size):
    services, booking, _ = bookings
    (codes,) = qr_codes(slip(services, booking, size), tmp_path)
    assert codes == [booking.reference]
    assert normalise_reference(codes[0]) == booking.reference
    assert services.booking.lookup(codes[0]).id == booking.id


def test_a_waiting_list_slip_gives_the_place_in_the_queue(bookings):
    services, _, waiting = bookings
    assert waiting.position == 2
    text = squash(text_of(slip(services, waiting)))
    assert squash("You are on the waiting list") in text
    assert squash("You are number 2 on the waiting list.") in text


def test_a_cancelled_booking_is_shown_as_cancelled_without_a_code_to_scan(bookings, tmp_path):
    services, booking, _ = bookings
    cancelled = services.booking.cancel(booking.reference).booking
    pdf = slip(services, cancelled)
    text = squash(text_of(pdf))
    assert squash("CANCELLED: this booking is cancelled") in text
    assert squash("Cancelled by the visitor") in text
    assert qr_codes(pdf, tmp_path) == [[]]
    (page,) = pages_of(pdf)
    assert any(abs(seg[1] - seg[3]) < 0.01 for seg in page.lines)  # the reference is struck through


def test_a_slip_for_a_session_cancelled_later_says_so(bookings):
    services, booking, _ = bookings
    services.schedule.cancel_session(ADMIN, booking.session.id, "Heavy rain")
    text = squash(text_of(slip(services, services.booking.lookup(booking.reference))))
    assert squash("This session is cancelled.") in text
    assert squash("The session was cancelled: Heavy rain") in text


@pytest.mark.parametrize("size", ["receipt", "A6"])
def test_help_slip_lists_every_crisis_contact(hub_services, size):
    hub = hub_services.hub.current()
    pdf = build_help_slip(hub, size=size, printed_at=hub_services.uow.clock())
    pages = pages_of(pdf)
    assert len(pages) == 1
    text = squash(text_of(pdf))
    for contact in hub.crisis_contacts:
        assert squash(contact.name) in text and squash(contact.detail) in text
    assert squash("Call us: 01632 960 123") in text
    assert "danger" not in text  # 999 is already among the contacts


def test_help_slip_adds_999_when_no_contact_has_it(hub_services):
    from kiosk.domain.records import CrisisContact

    hub_services.hub.update(ADMIN, crisis_contacts=[CrisisContact("Samaritans", "Call 116 123")])
    pdf = build_help_slip(hub_services.hub.current(), printed_at=hub_services.uow.clock())
    assert squash("If someone is in danger now, call 999.") in squash(text_of(pdf))


def test_the_waiting_list_place_ignores_deleted_bookings(bookings):
    """A booking removed (a tombstone from another device) no longer counts as ahead in the queue."""
    from sqlalchemy import text

    services, _, waiting = bookings
    with services.uow.engine.begin() as conn:
        conn.execute(text("UPDATE booking SET deleted_at = CURRENT_TIMESTAMP WHERE reference IN "
                          "(SELECT reference FROM booking WHERE status = 'waitlisted' AND name = 'Tom')"))
    looked_up = services.booking.lookup(waiting.reference)
    assert looked_up.position == 1
    assert squash("You are number 1 on the waiting list.") in squash(text_of(slip(services, looked_up)))
