"""The timetable on both engines: sessions, weekly series over clock changes, edits, cancels, audit."""

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from kiosk.domain.enums import BookingStatus, SessionStatus
from kiosk.domain.errors import AlreadyDone, CapacityTooLow, InvalidInput, NotFound

from .conftest import ADMIN, VOLUNTEER, refused

LONDON = ZoneInfo("Europe/London")


def london(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def test_one_off_session(services, activity, db):
    starts = london(2026, 12, 3, 10, 30)
    session = services.schedule.add_session(ADMIN, activity.id, starts, 90, 12, place="Front door",
                                            facilitator="Jo", notes="Bring water\nand a coat")
    assert session.starts_at == starts and session.starts_at.tzinfo is not None
    assert session.ends_at - session.starts_at == timedelta(minutes=90)
    assert (session.capacity, session.confirmed, session.waitlisted) == (12, 0, 0)
    assert (session.place, session.facilitator) == ("Front door", "Jo")
    assert session.notes == "Bring water\nand a coat"
    assert session.status is SessionStatus.SCHEDULED and session.series_id is None
    assert session.activity.name == "Walk and talk"
    assert services.schedule.get(session.id) == session
    assert db.count("session") == 1 and db.outbox_kinds()[-1] == "session.upsert"


def test_one_off_session_refuses_bad_values(services, activity, db):
    good = {"starts_at": london(2026, 12, 3, 10, 30), "minutes": 60, "capacity": 10}
    for bad, message in [({"capacity": 0}, "Capacity"), ({"capacity": 201}, "Capacity"),
                         ({"capacity": 2.5}, "Capacity"), ({"minutes": 4}, "5 minutes to 12 hours"),
                         ({"minutes": 12 * 60 + 1}, "5 minutes to 12 hours"),
                         ({"starts_at": datetime(2026, 12, 3, 10, 30)}, "time zone")]:
        values = good | bad
        refused(InvalidInput, services.schedule.add_session, ADMIN, activity.id, values["starts_at"],
                values["minutes"], values["capacity"], match=message)
    refused(InvalidInput, services.schedule.add_session, ADMIN, activity.id, **good, place="x" * 121,
            match="place is too long")
    assert db.count("session") == 0


def test_unknown_activity_or_session_is_not_found(services, activity):
    with pytest.raises(NotFound):
        services.schedule.add_session(ADMIN, uuid.uuid4(), london(2026, 12, 3, 10), 60, 5)
    with pytest.raises(NotFound):
        services.schedule.get(activity.id)


@pytest.mark.parametrize("first, until, utc_hours", [
    # clocks go back on Sunday 31 October 2027: 18:30 stays 18:30 in London
    (london(2027, 10, 19, 18, 30), date(2027, 11, 9), [17, 17, 18, 18]),
    # clocks go forward on Sunday 28 March 2027
    (london(2027, 3, 16, 10, 0), date(2027, 4, 6), [10, 10, 9, 9]),
])
def test_weekly_series_keeps_the_local_time_across_clock_changes(services, activity, clock,
                                                                 first, until, utc_hours):
    clock.now = (first - timedelta(days=10)).astimezone(UTC)
    sessions = services.schedule.add_series(ADMIN, activity.id, first, 60, 8, until=until, place="Hall")
    assert len(sessions) == 4
    local = [s.starts_at.astimezone(LONDON) for s in sessions]
    assert [t.timetz().replace(tzinfo=None) for t in local] == [first.timetz().replace(tzinfo=None)] * 4
    assert [t.date() for t in local] == [first.date() + timedelta(weeks=n) for n in range(4)]
    assert [s.starts_at.astimezone(UTC).hour for s in sessions] == utc_hours
    assert all(s.ends_at - s.starts_at == timedelta(minutes=60) for s in sessions)
    assert len({s.series_id for s in sessions}) == 1 and sessions[0].series_id is not None
    assert all(s.capacity == 8 and s.place == "Hall" for s in sessions)
    # read back from the database, the week of the change still shows 18:30 / 10:00 local
    week = services.schedule.week(local[2].date())
    assert [s.starts_at.astimezone(LONDON).time() for s in week] == [local[0].time()]


def test_weekly_series_runs_until_a_date_inclusive(services, activity, db):
    for until, count in [(date(2026, 12, 3), 1),     # the first day only
                         (date(2026, 12, 16), 2),    # the day before the third one
                         (date(2026, 12, 17), 3),    # the last date itself is included
                         (date(2027, 12, 3), 53)]:   # a whole year
        sessions = services.schedule.add_series(ADMIN, activity.id, london(2026, 12, 3, 14), 60, 8,
                                                until=until)
        assert len(sessions) == count, until
        assert sessions[-1].starts_at.date() <= until
    assert db.count("series") == 4 and db.count("session") == 1 + 2 + 3 + 53


def test_weekly_series_ending_before_it_starts_is_refused(services, activity, db):
    with pytest.raises(InvalidInput, match="cannot be before"):
        services.schedule.add_series(ADMIN, activity.id, london(2026, 12, 3, 14), 60, 8,
                                     until=date(2026, 12, 2))
    with pytest.raises(InvalidInput, match="at most a year"):
        services.schedule.add_series(ADMIN, activity.id, london(2026, 12, 3, 14), 60, 8,
                                     until=date(2027, 12, 10))
    assert db.count("series") == 0 and db.count("session") == 0


def test_weekly_series_without_a_time_zone_is_refused(services, activity, db):
    with pytest.raises(InvalidInput, match="time zone"):
        services.schedule.add_series(ADMIN, activity.id, datetime(2026, 12, 3, 14), 60, 8,
                                     until=date(2026, 12, 31))
    assert db.count("series") == 0 and db.count("session") == 0


def test_edit_capacity_below_confirmed_places_is_refused(services, make_session, db):
    session = make_session(capacity=6)
    services.booking.book(session.id, "Sam", 3)
    services.booking.book(session.id, "Ann", 1)
    audit_before = len(db.audit())
    error = refused(CapacityTooLow, services.schedule.edit_session, ADMIN, session.id, capacity=3)
    assert error.message == "4 places are already booked, so the capacity cannot go below 4."
    assert services.schedule.get(session.id).capacity == 6
    assert len(db.audit()) == audit_before
    assert services.schedule.edit_session(ADMIN, session.id, capacity=4).capacity == 4


def test_edit_capacity_ignores_waiting_and_cancelled_places(services, make_session):
    session = make_session(capacity=2)
    services.booking.book(session.id, "Sam", 2)
    services.booking.book(session.id, "Ann", 2)  # waiting
    gone = services.booking.book(make_session(capacity=5).id, "Bob")
    services.booking.cancel(gone.reference)
    assert services.schedule.edit_session(ADMIN, session.id, capacity=2).capacity == 2
    with pytest.raises(CapacityTooLow):
        services.schedule.edit_session(ADMIN, session.id, capacity=1)


def test_raising_capacity_promotes_the_waiting_list(services, make_session):
    session = make_session(capacity=2)
    services.booking.book(session.id, "Sam", 2)
    pair = services.booking.book(session.id, "Ann", 2)
    single = services.booking.book(session.id, "Bob", 1)
    after = services.schedule.edit_session(ADMIN, session.id, capacity=3)
    assert (after.confirmed, after.waitlisted) == (3, 1)
    assert services.booking.lookup(single.reference).status is BookingStatus.CONFIRMED
    assert services.booking.lookup(pair.reference).position == 1
    after = services.schedule.edit_session(ADMIN, session.id, capacity=10)
    assert (after.confirmed, after.waitlisted, after.places_left) == (5, 0, 5)
    assert services.booking.lookup(pair.reference).status is BookingStatus.CONFIRMED


def test_edit_other_fields(services, make_session):
    session = make_session(capacity=5, minutes=60)
    later = session.starts_at + timedelta(days=1)
    edited = services.schedule.edit_session(ADMIN, session.id, starts_at=later, place="  Main   hall ",
                                            facilitator="", minutes=45)
    assert edited.starts_at == later and edited.ends_at == later + timedelta(minutes=45)
    assert edited.place == "Main hall" and edited.facilitator is None
    assert services.schedule.get(session.id) == edited


def test_edit_with_a_start_without_time_zone_is_refused(services, make_session):
    session = make_session()
    with pytest.raises(InvalidInput, match="time zone"):
        services.schedule.edit_session(ADMIN, session.id, starts_at=datetime(2026, 12, 5, 10, 0))
    assert services.schedule.get(session.id).starts_at == session.starts_at


def test_cancel_with_reason_cancels_its_bookings_and_says_why(services, make_session, db):
    session = make_session(capacity=2)
    held = services.booking.book(session.id, "Sam", 2)
    waiting = services.booking.book(session.id, "Ann", 1)
    other = services.booking.book(make_session(capacity=5).id, "Bob")
    cancelled = services.schedule.cancel_session(ADMIN, session.id, "  The facilitator is unwell ")
    assert cancelled.status is SessionStatus.CANCELLED and cancelled.is_cancelled
    assert cancelled.cancel_reason == "The facilitator is unwell"
    assert (cancelled.confirmed, cancelled.waitlisted) == (0, 0)
    for booking in (held, waiting):
        now = services.booking.lookup(booking.reference)
        assert now.status is BookingStatus.CANCELLED
        assert "The facilitator is unwell" in now.status_reason
    assert services.booking.lookup(other.reference).status is BookingStatus.CONFIRMED
    with pytest.raises(AlreadyDone):
        services.schedule.cancel_session(ADMIN, session.id, "again")
    with pytest.raises(AlreadyDone):
        services.schedule.edit_session(ADMIN, session.id, capacity=5)


def test_cancel_needs_a_reason(services, make_session):
    session = make_session()
    with pytest.raises(InvalidInput, match="reason"):
        services.schedule.cancel_session(ADMIN, session.id, "   ")
    assert services.schedule.get(session.id).status is SessionStatus.SCHEDULED


def test_cancel_the_rest_of_a_series_from_a_date(services, activity):
    sessions = services.schedule.add_series(ADMIN, activity.id, london(2026, 12, 3, 10), 60, 5,
                                            until=date(2026, 12, 24))
    booked = services.booking.book(sessions[3].id, "Sam")
    kept = services.booking.book(sessions[1].id, "Ann")
    cancelled = services.schedule.cancel_series(ADMIN, sessions[0].series_id, date(2026, 12, 17),
                                                "Hall closed for the holidays")
    assert [s.id for s in cancelled] == [sessions[2].id, sessions[3].id]
    now = [services.schedule.get(s.id) for s in sessions]
    assert [s.status for s in now] == [SessionStatus.SCHEDULED] * 2 + [SessionStatus.CANCELLED] * 2
    assert all(s.cancel_reason == "Hall closed for the holidays" for s in now[2:])
    assert services.booking.lookup(booked.reference).status is BookingStatus.CANCELLED
    assert services.booking.lookup(kept.reference).status is BookingStatus.CONFIRMED
    with pytest.raises(AlreadyDone):
        services.schedule.cancel_series(ADMIN, sessions[0].series_id, date(2026, 12, 17), "again")


def test_cancel_series_from_a_local_date_in_summer_time(services, activity):
    # 00:30 on a Monday in London is still Sunday in UTC: the local date decides.
    sessions = services.schedule.add_series(ADMIN, activity.id, london(2027, 6, 7, 0, 30), 60, 5,
                                            until=date(2027, 6, 21))
    cancelled = services.schedule.cancel_series(ADMIN, sessions[0].series_id, date(2027, 6, 14), "Moved")
    assert [s.id for s in cancelled] == [sessions[1].id, sessions[2].id]


def test_week_is_monday_to_sunday_in_hub_local_time_with_counts(services, activity, clock):
    def add(start, capacity=3):
        return services.schedule.add_session(ADMIN, activity.id, start, 30, capacity)

    before = add(london(2027, 6, 6, 23, 0))    # the Sunday before (22:00 UTC)
    monday = add(london(2027, 6, 7, 0, 30))    # Monday 00:30 BST = Sunday 23:30 UTC
    middle = add(london(2027, 6, 10, 12, 0), capacity=1)
    sunday = add(london(2027, 6, 13, 23, 15))  # Sunday 23:15 BST
    after = add(london(2027, 6, 14, 0, 15))    # next Monday 00:15 BST = Sunday 23:15 UTC
    services.booking.book(middle.id, "Sam")
    services.booking.book(middle.id, "Ann")
    services.booking.book(middle.id, "Bob")
    services.schedule.cancel_session(ADMIN, sunday.id, "Rain")
    for day in (date(2027, 6, 7), date(2027, 6, 10), date(2027, 6, 13)):
        week = services.schedule.week(day)
        assert [s.id for s in week] == [monday.id, middle.id, sunday.id]
    counts = {s.id: (s.confirmed, s.waitlisted, s.status) for s in services.schedule.week(date(2027, 6, 9))}
    assert counts[middle.id] == (1, 2, SessionStatus.SCHEDULED)
    assert counts[monday.id] == (0, 0, SessionStatus.SCHEDULED)
    assert counts[sunday.id][2] is SessionStatus.CANCELLED
    assert [s.id for s in services.schedule.week(date(2027, 6, 6))] == [before.id]
    assert [s.id for s in services.schedule.week(date(2027, 6, 14))] == [after.id]
    clock.now = datetime(2027, 6, 6, 23, 45, tzinfo=UTC)  # already Monday in London
    assert [s.id for s in services.schedule.week()] == [monday.id, middle.id, sunday.id]


def _changes(services, activity, make_session):
    """Every kind of timetable change, each as (action, call)."""
    series = {}

    def add_series():
        series["rows"] = services.schedule.add_series(VOLUNTEER, activity.id, london(2026, 12, 4, 10), 60,
                                                      5, until=date(2026, 12, 25))

    one = make_session(capacity=5)
    return [
        ("session.add", lambda: services.schedule.add_session(VOLUNTEER, activity.id,
                                                              london(2026, 12, 5, 10), 60, 5)),
        ("session.edit", lambda: services.schedule.edit_session(VOLUNTEER, one.id, capacity=7)),
        ("session.cancel", lambda: services.schedule.cancel_session(VOLUNTEER, one.id, "Rain")),
        ("series.add", add_series),
        ("series.cancel", lambda: services.schedule.cancel_series(
            VOLUNTEER, series["rows"][0].series_id, date(2026, 12, 11), "Closed")),
        ("activity.edit", lambda: services.activities.edit(VOLUNTEER, activity.id, what_to_bring="Boots")),
    ]


def test_every_change_leaves_exactly_one_audit_entry_naming_the_actor(services, activity, make_session, db):
    for action, change in _changes(services, activity, make_session):
        before = db.audit()
        change()
        new = db.audit()[len(before):]
        assert [(e.actor_name, e.action) for e in new] == [(VOLUNTEER.name, action)], action
        assert new[0].entity_id is not None


def test_refused_changes_leave_no_audit_entry(services, make_session, activity, db):
    session = make_session(capacity=2)
    services.booking.book(session.id, "Sam", 2)
    before = db.audit()
    for change in (lambda: services.schedule.edit_session(VOLUNTEER, session.id, capacity=1),
                   lambda: services.schedule.cancel_session(VOLUNTEER, session.id, ""),
                   lambda: services.schedule.add_session(VOLUNTEER, activity.id, london(2026, 12, 5), 60, 0)):
        with pytest.raises(InvalidInput):
            change()
    assert db.audit() == before


def test_audit_entries_cannot_be_updated_or_deleted(services, make_session, engine, db):
    make_session()
    before = db.rows("SELECT id, actor_name, action FROM audit_entry ORDER BY id")
    assert before
    for statement in ("UPDATE audit_entry SET actor_name = 'Someone else'",
                      "DELETE FROM audit_entry",
                      "UPDATE audit_entry SET action = 'nothing' WHERE action = 'session.add'"):
        with pytest.raises(sa_exc.DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(statement))
    assert db.rows("SELECT id, actor_name, action FROM audit_entry ORDER BY id") == before


def test_audit_entries_can_still_be_added(services, make_session, db):
    make_session()
    make_session()
    assert [e.action for e in db.audit()] == ["activity.add", "session.add", "session.add"]


def test_session_times_are_stored_in_utc(services, activity, db):
    services.schedule.add_session(ADMIN, activity.id, london(2027, 7, 1, 10, 0), 60, 5)
    stored = db.scalar("SELECT starts_at FROM session")
    if isinstance(stored, str):  # SQLite keeps naive UTC text
        stored = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    assert stored == datetime(2027, 7, 1, 9, 0, tzinfo=UTC)
