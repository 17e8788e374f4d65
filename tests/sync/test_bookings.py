"""Bookings are decided by the central database: two kiosks offline book the last places of one
session; after both sync, places go in the order the bookings reached the server, the rest wait,
nothing is dropped, and every copy of the hub's data is the same."""

import pytest

from kiosk.domain.enums import BookingStatus
from kiosk.services.decisions import (
    CAME_BACK_WAITLISTED,
    PROVISIONAL_CONFIRMED,
    BookingDecisions,
)

from .helpers import ADMIN, upcoming


@pytest.fixture
def hub_with_session(central):
    """A hub, a desk and a touchscreen (both synced), and a 6-place session with 3 taken."""
    hub = central.hub()
    desk = central.kiosk(hub, "Front desk", "desk")
    touch = central.kiosk(hub, "Touchscreen")
    desk.sync()
    activity = desk.services.activities.add(ADMIN, "Walk and talk")
    session = desk.services.schedule.add_session(ADMIN, activity.id, upcoming(desk.clock), 90, 6)
    for name in ("Sam", "Alex", "Jo"):
        desk.services.booking.book(session.id, name)
    desk.sync()
    touch.sync()
    return hub, desk, touch, session


def statuses(kiosk, session_id) -> list[tuple[str, str]]:
    return [(b.name, b.status.value) for b in kiosk.services.booking.for_session(session_id)]


def test_offline_kiosks_booking_the_last_places_end_up_identical(central, hub_with_session):
    hub, desk, touch, session = hub_with_session
    # Both offline: each sees 3 places left and confirms 3 more on its own.
    made_at_touch = [touch.services.booking.book(session.id, n) for n in ("Tia", "Uma", "Val")]
    made_at_desk = [desk.services.booking.book(session.id, n) for n in ("Dee", "Eli", "Fay")]
    assert {b.status for b in made_at_touch + made_at_desk} == {BookingStatus.CONFIRMED}

    touch.sync()  # reaches the server first
    desk.sync()
    touch.sync()

    central_rows = [tuple(r) for r in _central_bookings(central, session.id)]
    assert sum(1 for _, status, _ in central_rows if status == "confirmed") == 6
    assert [(name, status) for name, status, _ in central_rows] == [
        ("Sam", "confirmed"), ("Alex", "confirmed"), ("Jo", "confirmed"),
        ("Tia", "confirmed"), ("Uma", "confirmed"), ("Val", "confirmed"),
        ("Dee", "waitlisted"), ("Eli", "waitlisted"), ("Fay", "waitlisted")]
    assert [q for _, _, q in central_rows] == list(range(1, 10))
    assert statuses(touch, session.id) == statuses(desk, session.id) == [r[:2] for r in central_rows]
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)
    assert touch.outbox() == desk.outbox() == 0


def test_bookings_that_came_back_waitlisted_are_desk_alerts(central, hub_with_session):
    _, desk, touch, session = hub_with_session
    for name in ("Tia", "Uma", "Val"):
        desk.services.booking.book(session.id, name)
    desk.sync()
    late = touch.services.booking.book(session.id, "Kez")
    decisions = BookingDecisions(touch.services.uow)
    assert decisions.note(late) == PROVISIONAL_CONFIRMED  # what the screen and slip say

    result = touch.sync()

    assert result.conflicts == 1
    back = touch.services.booking.lookup(late.reference)
    assert back.status is BookingStatus.WAITLISTED and back.position == 1
    assert decisions.note(back) is None  # decided now
    desk.sync()
    alerts = BookingDecisions(desk.services.uow).alerts()
    assert [a.kind for a in alerts] == [CAME_BACK_WAITLISTED]
    assert late.reference[:3] in alerts[0].message and session.id == alerts[0].session_id
    BookingDecisions(desk.services.uow).acknowledge(ADMIN, late.id)
    desk.sync()
    touch.sync()
    assert BookingDecisions(touch.services.uow).alerts() == []


def test_a_freed_place_goes_to_the_first_in_the_central_queue(central, hub_with_session):
    hub, desk, touch, session = hub_with_session
    for name in ("Tia", "Uma", "Val"):
        desk.services.booking.book(session.id, name)
    desk.sync()
    touch.sync()
    waiting_desk = desk.services.booking.book(session.id, "Wes")  # waitlisted, first in queue
    desk.sync()
    first = touch.services.booking.for_session(session.id)[0]
    waiting_touch = touch.services.booking.book(session.id, "Zed")  # touch has not seen Wes
    touch.services.booking.cancel(first.reference)  # touch promotes Zed on its own
    assert touch.services.booking.lookup(waiting_touch.reference).status is BookingStatus.CONFIRMED

    touch.sync()
    desk.sync()

    for kiosk in (touch, desk):
        assert kiosk.services.booking.lookup(waiting_desk.reference).status is BookingStatus.CONFIRMED
        assert kiosk.services.booking.lookup(waiting_touch.reference).status is BookingStatus.WAITLISTED
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def test_a_booking_made_while_synced_is_not_provisional_on_a_kiosk_without_central(services, make_session):
    """A kiosk that never syncs decides its own bookings: nothing is provisional there."""
    session = make_session(capacity=2)
    booking = services.booking.book(session.id, "Sam")
    assert BookingDecisions(services.uow).note(booking) is None


def _central_bookings(central, session_id):
    with central.connect() as conn:
        return conn.execute("SELECT name, status, queue_no FROM booking WHERE session_id = %s "
                            "ORDER BY queue_no", [session_id]).fetchall()


def test_two_kiosks_giving_out_the_same_reference_offline(central, hub_with_session, monkeypatch):
    """Codes are random, so two kiosks can (rarely) pick the same one offline: the later one to
    reach the server gets a fresh code, and every kiosk ends up with the same, unique codes."""
    hub, desk, touch, session = hub_with_session
    monkeypatch.setattr("kiosk.services.booking.new_reference", lambda: "KKK777")
    first = touch.services.booking.book(session.id, "Tia")
    second = desk.services.booking.book(session.id, "Dee")
    assert first.reference == second.reference == "KKK777"
    touch.sync()
    result = desk.sync()
    touch.sync()
    assert result.conflicts == 1
    renamed = desk.services.booking.for_session(session.id)[-1]
    assert renamed.name == "Dee" and renamed.reference != "KKK777"
    assert touch.services.booking.lookup("KKK777").name == "Tia"
    assert touch.services.booking.lookup(renamed.reference).name == "Dee"
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)
