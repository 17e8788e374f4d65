"""The timetable travels between the kiosks of a hub: edits made at the front desk reach the
touchscreen, and a cancelled session cancels its bookings on every kiosk, including bookings made
elsewhere that the desk never saw."""

from datetime import timedelta

from kiosk.domain.enums import BookingStatus, SessionStatus

from .helpers import ADMIN, upcoming


def test_desk_edits_reach_the_touchscreen(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    touch.sync()
    yoga = desk.services.activities.add(ADMIN, "Yoga", what_to_bring="A mat if you have one")
    first = upcoming(desk.clock, hours=30)
    weekly = desk.services.schedule.add_series(ADMIN, yoga.id, first, 60, 10,
                                               until=(first + timedelta(days=21)).date(), place="Main hall")
    edited = desk.services.schedule.edit_session(ADMIN, weekly[1].id, capacity=14, place="The garden")
    desk.sync()

    touch.sync()

    seen = touch.services.schedule.get(edited.id)
    assert (seen.capacity, seen.place) == (14, "The garden")
    assert [s.id for s in touch.services.schedule.days(first.date(), 28)] == [s.id for s in weekly]
    assert touch.services.activities.find("yoga").what_to_bring == "A mat if you have one"
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def test_a_cancelled_session_cancels_its_bookings_everywhere(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    walk = desk.services.activities.add(ADMIN, "Walk and talk")
    session = desk.services.schedule.add_session(ADMIN, walk.id, upcoming(desk.clock), 90, 4)
    desk.services.booking.book(session.id, "Sam")
    desk.sync()
    touch.sync()
    seen_by_desk = touch.services.booking.book(session.id, "Alex")
    touch.sync()
    offline = touch.services.booking.book(session.id, "Jo")  # the desk never hears of it first
    desk.sync()
    desk.services.schedule.cancel_session(ADMIN, session.id, "The leader is unwell")
    desk.sync()

    touch.sync()
    desk.sync()

    for kiosk in (desk, touch):
        assert kiosk.services.schedule.get(session.id).status is SessionStatus.CANCELLED
        found = kiosk.services.booking.for_session(session.id)
        assert len(found) == 3
        assert {b.status for b in found} == {BookingStatus.CANCELLED}
        assert all("The leader is unwell" in b.status_reason for b in found)
    assert {seen_by_desk.reference, offline.reference} <= {b.reference for b in found}
    assert central.scalar("SELECT count(*) FROM booking WHERE status <> 'cancelled'") == 0
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def test_an_edit_never_brings_a_cancelled_session_back(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Second desk", "desk")
    desk.sync()
    walk = desk.services.activities.add(ADMIN, "Walk and talk")
    session = desk.services.schedule.add_session(ADMIN, walk.id, upcoming(desk.clock), 90, 4)
    desk.sync()
    touch.sync()
    desk.services.schedule.cancel_session(ADMIN, session.id, "Flooded path")
    desk.sync()
    touch.services.schedule.edit_session(ADMIN, session.id, place="Meet at the café")  # offline

    result = touch.sync()

    assert result.conflicts == 1
    assert touch.services.schedule.get(session.id).status is SessionStatus.CANCELLED
