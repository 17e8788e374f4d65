"""First rules of booking on both engines: last place, waiting list, promotion."""

from kiosk.domain.enums import BookingStatus


def test_last_place_then_waitlist_then_promotion(services, make_session):
    session = make_session(capacity=3)
    first = services.booking.book(session.id, "Sam", 2)
    last = services.booking.book(session.id, "Łucja", 1)
    waiting = services.booking.book(session.id, "Siân", 1)
    assert first.status is BookingStatus.CONFIRMED and last.status is BookingStatus.CONFIRMED
    assert waiting.status is BookingStatus.WAITLISTED and waiting.position == 1
    result = services.booking.cancel(first.reference)
    assert result.promoted == (waiting.reference,)
    assert services.booking.lookup(waiting.reference).status is BookingStatus.CONFIRMED
    assert services.schedule.get(session.id).confirmed == 2
