"""The services behind the desk, on real SQLite and PostgreSQL: attendance, walk-ins, moving from
the waiting list, the Today board and alerts, undoing an edit, settings, feedback filters, the
audit export, and the lead-only rules."""

import csv
import uuid
from datetime import date, timedelta

import pytest

from kiosk.domain.desk import NO_FACILITATOR, OVER_CAPACITY
from kiosk.domain.enums import BookingStatus, StaffRole
from kiosk.domain.errors import (
    AlreadyDone,
    BookingClosed,
    CapacityTooLow,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from kiosk.domain.records import Actor, CrisisContact
from kiosk.services.feedback import count_by_rating

ADMIN = Actor.system("Test admin")
VOLUNTEER = Actor("Vera the volunteer", StaffRole.VOLUNTEER)
LEAD = Actor("Lee the lead", StaffRole.LEAD)


# -- attendance -------------------------------------------------------------------------------


def test_marking_attendance_on_the_day(services, make_session, clock, db):
    session = make_session(capacity=5, hours=2)
    booking = services.booking.book(session.id, "Sam", 2)
    came = services.attendance.mark(VOLUNTEER, booking.id, BookingStatus.ATTENDED)
    assert came.status is BookingStatus.ATTENDED
    assert services.attendance.mark(VOLUNTEER, booking.id, "no-show").status is BookingStatus.NO_SHOW
    assert services.attendance.mark(VOLUNTEER, booking.id, "confirmed").status is BookingStatus.CONFIRMED
    assert services.schedule.get(session.id).confirmed == 2  # marking never frees the places
    assert [e.action for e in db.audit()][-3:] == ["booking.attendance"] * 3
    assert db.outbox_kinds()[-3:] == ["booking.attendance"] * 3


def test_marking_the_same_again_changes_nothing_and_is_not_audited(services, make_session, db):
    booking = services.booking.book(make_session(hours=1).id, "Sam")
    services.attendance.mark(VOLUNTEER, booking.id, BookingStatus.ATTENDED)
    before = db.audit()
    services.attendance.mark(VOLUNTEER, booking.id, BookingStatus.ATTENDED)
    assert db.audit() == before


def test_attendance_waits_for_the_day_and_needs_a_place(services, make_session):
    tomorrow = services.booking.book(make_session(hours=30).id, "Sam")
    with pytest.raises(InvalidInput, match="from the day of the session"):
        services.attendance.mark(VOLUNTEER, tomorrow.id, BookingStatus.ATTENDED)
    full = make_session(capacity=1, hours=1)
    services.booking.book(full.id, "Ann")
    waiting = services.booking.book(full.id, "Bo")
    with pytest.raises(InvalidInput, match="Only a booking with a place"):
        services.attendance.mark(VOLUNTEER, waiting.id, BookingStatus.ATTENDED)
    with pytest.raises(InvalidInput):
        services.attendance.mark(VOLUNTEER, waiting.id, BookingStatus.WAITLISTED)
    with pytest.raises(NotFound):
        services.attendance.mark(VOLUNTEER, uuid.uuid4(), BookingStatus.ATTENDED)


def test_a_walk_in_after_the_start_may_go_over_capacity(services, make_session, clock, db):
    session = make_session(capacity=2, hours=1)
    services.booking.book(session.id, "Ann", 2)
    clock.advance(hours=1, minutes=10)  # the session has started: visitors can no longer book
    with pytest.raises(BookingClosed):
        services.booking.book(session.id, "Late")
    walk_in = services.attendance.walk_in(VOLUNTEER, session.id, "  Kai ", 2)
    assert (walk_in.name, walk_in.party, walk_in.status) == ("Kai", 2, BookingStatus.ATTENDED)
    assert services.schedule.get(session.id).confirmed == 4
    nameless = services.attendance.walk_in(VOLUNTEER, session.id)
    assert nameless.name is None and len(nameless.reference) >= 6
    last = services.audit.entries(LEAD, limit=1)[0]
    assert (last.actor_name, last.action, last.detail) == (VOLUNTEER.name, "booking.walk_in",
                                                           {"party": 1, "over_capacity": True})
    assert "Kai" not in str(db.rows("SELECT detail FROM audit_entry"))  # no visitor names in the log


def test_walk_ins_are_refused_for_cancelled_or_earlier_sessions(services, make_session, clock):
    cancelled = make_session(hours=2)
    services.schedule.cancel_session(ADMIN, cancelled.id, "Rain")
    with pytest.raises(BookingClosed):
        services.attendance.walk_in(VOLUNTEER, cancelled.id, "Kai")
    earlier = make_session(hours=1)
    clock.advance(days=1)
    with pytest.raises(BookingClosed, match="earlier day"):
        services.attendance.walk_in(VOLUNTEER, earlier.id, "Kai")
    with pytest.raises(InvalidInput):
        services.attendance.walk_in(VOLUNTEER, make_session(hours=2).id, "Kai", 7)


def test_moving_someone_from_the_waiting_list(services, make_session, db):
    session = make_session(capacity=2, hours=3)
    services.booking.book(session.id, "Ann", 2)
    first = services.booking.book(session.id, "Bo")
    second = services.booking.book(session.id, "Cy")
    moved = services.attendance.promote(VOLUNTEER, second.id)  # the desk may pick anyone waiting
    assert moved.status is BookingStatus.CONFIRMED and moved.status_reason.startswith("Moved")
    info = services.schedule.get(session.id)
    assert (info.confirmed, info.waitlisted) == (3, 1)
    assert services.booking.lookup(first.reference).position == 1
    assert services.audit.entries(LEAD, limit=1)[0].detail == {"over_capacity": True}
    with pytest.raises(AlreadyDone):
        services.attendance.promote(VOLUNTEER, second.id)


# -- Today ------------------------------------------------------------------------------------


def test_the_today_board_counts_people_who_came(services, make_session, clock):
    session = make_session(capacity=6, hours=1)
    tomorrow = make_session(hours=26)
    a = services.booking.book(session.id, "Ann", 2)
    b = services.booking.book(session.id, "Bo")
    services.booking.book(session.id, "Cy")
    services.attendance.mark(VOLUNTEER, a.id, BookingStatus.ATTENDED)
    services.attendance.mark(VOLUNTEER, b.id, BookingStatus.NO_SHOW)
    [tally] = [t for t in services.today.board() if t.session.id == session.id]
    assert (tally.session.confirmed, tally.attended, tally.no_show) == (4, 2, 1)
    assert tomorrow.id not in {t.session.id for t in services.today.board()}


def test_alerts_for_over_capacity_and_no_facilitator(services, make_session):
    soon = make_session(hours=0.25, facilitator=None)
    make_session(hours=2, facilitator=None)  # not soon enough to worry about
    make_session(hours=0.25, facilitator="Jo")
    full = make_session(capacity=1, hours=30, facilitator="Jo")
    services.booking.book(full.id, "Ann")
    assert [(a.kind, a.session_id) for a in services.today.alerts()] == [(NO_FACILITATOR, soon.id)]
    waiting = services.booking.book(full.id, "Bo")
    services.attendance.promote(VOLUNTEER, waiting.id)
    alerts = {(a.kind, a.session_id): a.message for a in services.today.alerts()}
    assert set(alerts) == {(NO_FACILITATOR, soon.id), (OVER_CAPACITY, full.id)}
    assert "has 2 people booked for 1 places" in alerts[(OVER_CAPACITY, full.id)]
    assert " on Wednesday 2 December" in alerts[(OVER_CAPACITY, full.id)]  # another day is named
    assert "starts soon and has no facilitator" in alerts[(NO_FACILITATOR, soon.id)]


# -- undoing an edit --------------------------------------------------------------------------


def test_undo_puts_the_last_edit_back(services, make_session, db):
    session = make_session(capacity=5, hours=3, place="Hall")
    services.schedule.edit_session(VOLUNTEER, session.id, capacity=8, place="Garden")
    edit = services.schedule.last_edit(VOLUNTEER)
    assert edit.fields == ("capacity", "place") and edit.summary == "capacity, place"
    assert services.schedule.last_edit(LEAD) is None  # only your own edits
    restored = services.schedule.undo_last_edit(VOLUNTEER)
    assert (restored.capacity, restored.place) == (5, "Hall")
    assert services.schedule.last_edit(VOLUNTEER) is None
    with pytest.raises(AlreadyDone, match="no edit of yours"):
        services.schedule.undo_last_edit(VOLUNTEER)
    assert [(e.actor_name, e.action) for e in db.audit()][-2:] == [
        (VOLUNTEER.name, "session.edit"), (VOLUNTEER.name, "session.undo_edit")]


def test_undo_of_a_time_change_keeps_the_length(services, make_session, clock):
    session = make_session(hours=3, minutes=90)
    services.schedule.edit_session(VOLUNTEER, session.id, starts_at=session.starts_at + timedelta(hours=2))
    restored = services.schedule.undo_last_edit(VOLUNTEER)
    assert (restored.starts_at, restored.ends_at) == (session.starts_at, session.ends_at)


def test_undo_is_refused_when_the_session_changed_since(services, make_session):
    session = make_session(capacity=5, hours=3)
    services.schedule.edit_session(VOLUNTEER, session.id, capacity=8)
    services.schedule.edit_session(LEAD, session.id, capacity=9)
    with pytest.raises(AlreadyDone, match="changed again"):
        services.schedule.undo_last_edit(VOLUNTEER)
    assert services.schedule.undo_last_edit(LEAD).capacity == 8


def test_undo_cannot_drop_capacity_below_places_booked_since(services, make_session):
    session = make_session(capacity=2, hours=3)
    services.schedule.edit_session(VOLUNTEER, session.id, capacity=4)
    services.booking.book(session.id, "Ann", 3)
    with pytest.raises(CapacityTooLow, match="3 places are booked now"):
        services.schedule.undo_last_edit(VOLUNTEER)
    assert services.schedule.get(session.id).capacity == 4


def test_undo_is_refused_after_a_cancellation_and_an_unchanged_edit_is_not_undoable(services, make_session):
    session = make_session(capacity=5, hours=3)
    services.schedule.edit_session(VOLUNTEER, session.id, capacity=5)  # changes nothing
    assert services.schedule.last_edit(VOLUNTEER) is None
    services.schedule.edit_session(VOLUNTEER, session.id, capacity=6)
    services.schedule.cancel_session(VOLUNTEER, session.id, "Rain")
    with pytest.raises(AlreadyDone, match="cancelled since"):
        services.schedule.undo_last_edit(VOLUNTEER)


# -- settings ---------------------------------------------------------------------------------


def test_settings_start_with_the_defaults_and_save_in_one_audited_change(services, db):
    settings = services.settings.get()
    assert (settings.retention_days, settings.visitor_idle_seconds, settings.desk_lock_minutes,
            settings.printer) == (30, 90, 5, None)
    before = len(db.audit())
    saved = services.settings.update(LEAD, name="New Name", desk_lock_minutes=10, retention_days="60",
                                     printer="Front desk laser",
                                     crisis_contacts=[CrisisContact("Samaritans", "Call 116 123")])
    assert (saved.desk_lock_minutes, saved.retention_days, saved.printer) == (10, 60, "Front desk laser")
    hub = services.hub.current()
    assert hub.name == "New Name" and [c.name for c in hub.crisis_contacts] == ["Samaritans"]
    entries = db.audit()[before:]
    assert [(e.actor_name, e.action) for e in entries] == [(LEAD.name, "settings.update")]
    assert services.settings.update(LEAD, printer=None).printer is None


@pytest.mark.parametrize("change", [{"desk_lock_minutes": 0}, {"retention_days": 400},
                                    {"visitor_idle_seconds": "soon"}, {"web_address": "example.org"},
                                    {"name": ""}, {"colour": "#000000"}])
def test_bad_settings_are_refused_with_nothing_saved(services, db, change):
    before = db.audit()
    with pytest.raises(InvalidInput):
        services.settings.update(LEAD, **change)
    assert db.audit() == before and services.settings.get().desk_lock_minutes == 5


# -- lead only ----------------------------------------------------------------------------------


def test_a_volunteer_is_refused_every_lead_only_action(services, db, tmp_path):
    lead = services.accounts.add(ADMIN, "Lee", StaffRole.LEAD, "246810")
    before = db.audit()
    refused = [
        lambda: services.accounts.add(VOLUNTEER, "Sly", StaffRole.LEAD, "975310"),
        lambda: services.accounts.set_active(VOLUNTEER, lead.id, False),
        lambda: services.accounts.reset_pin(VOLUNTEER, lead.id, "975310"),
        lambda: services.settings.update(VOLUNTEER, desk_lock_minutes=60),
        lambda: services.hub.update(VOLUNTEER, name="Mine now"),
        lambda: services.audit.entries(VOLUNTEER),
        lambda: services.audit.export_csv(VOLUNTEER, tmp_path / "log.csv"),
    ]
    for action in refused:
        with pytest.raises(NotAllowed, match="Only a hub lead"):
            action()
    assert db.audit() == before
    assert not (tmp_path / "log.csv").exists()


# -- feedback and the audit log ---------------------------------------------------------------


def test_feedback_filters_and_counts(services, activity, clock):
    services.feedback.give(5, "Great", activity.id)
    services.feedback.give(2, "Cold hall")
    clock.advance(days=3)
    services.feedback.give(4, None, activity.id)
    today = clock.now.date()
    everything = services.feedback.between(today - timedelta(days=5), today)
    assert count_by_rating(everything) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert [f.rating for f in services.feedback.between(today, today)] == [4]
    about = services.feedback.between(today - timedelta(days=5), today, activity_id=activity.id)
    assert sorted(f.rating for f in about) == [4, 5]
    assert [f.comment for f in services.feedback.between(date(2026, 1, 1), today, rating=2)] == ["Cold hall"]


def test_the_audit_export_is_a_csv_without_formulas(services, make_session, tmp_path, db):
    session = make_session()
    services.schedule.cancel_session(LEAD, session.id, "=HYPERLINK(\"http://x\")")
    path = tmp_path / "audit.csv"
    count = services.audit.export_csv(LEAD, path)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["when (UTC)", "who", "action", "record", "record id", "details"]
    assert len(rows) == count + 1 and [r[2] for r in rows[1:]][-1] == "session.cancel"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert db.audit()[-1].action == "audit.export"
    with pytest.raises(InvalidInput, match="ending in .csv"):
        services.audit.export_csv(LEAD, tmp_path / "audit.txt")
    with pytest.raises(InvalidInput, match="folder does not exist"):
        services.audit.export_csv(LEAD, tmp_path / "nowhere" / "audit.csv")


def test_the_audit_log_can_be_filtered_by_kind(services, make_session):
    make_session()
    services.visits.check_in("Jo")
    actions = [e.action for e in services.audit.entries(LEAD, action="session.")]
    assert actions == ["session.add"]


def test_checking_out_from_the_desk_is_audited(services, db):
    visit = services.visits.check_in("Jo")
    before = db.audit()
    services.visits.check_out(visit.id, VOLUNTEER)
    assert [(e.actor_name, e.action) for e in db.audit()[len(before):]] == [(VOLUNTEER.name, "visit.checkout")]
    other = services.visits.check_in("Mo")
    services.visits.check_out(other.id)  # the visitor's own check-out is not a desk change
    assert len(db.audit()) == len(before) + 1


# -- every desk-side change: exactly one audit entry naming who did it ------------------------


def _desk_changes(services, make_session, activity, tmp_path):
    """Each desk-side change as (action, call), in an order where each one can be made."""
    session = make_session(capacity=1, hours=1)
    services.booking.book(session.id, "Ann")
    waiting = services.booking.book(session.id, "Bo")
    placed = services.booking.book(make_session(hours=2).id, "Cy")
    visit = services.visits.check_in("Jo")
    services.visits.check_in("Mo")
    staff = services.accounts.add(ADMIN, "Sam", StaffRole.VOLUNTEER, "864200")
    poll = {}
    return [
        ("booking.attendance", lambda: services.attendance.mark(LEAD, placed.id, BookingStatus.ATTENDED)),
        ("booking.walk_in", lambda: services.attendance.walk_in(LEAD, session.id, "Kai")),
        ("booking.promote", lambda: services.attendance.promote(LEAD, waiting.id)),
        ("session.edit", lambda: services.schedule.edit_session(LEAD, session.id, place="Garden")),
        ("session.undo_edit", lambda: services.schedule.undo_last_edit(LEAD)),
        ("visit.checkout", lambda: services.visits.check_out(visit.id, LEAD)),
        ("visit.checkout_all", lambda: services.visits.check_out_everyone(LEAD)),
        ("poll.create", lambda: poll.update(p=services.polls.create(LEAD, "Q?", ["A", "B"], date(2026, 12, 9)))),
        ("poll.close", lambda: services.polls.close(LEAD, poll["p"].id)),
        ("response.publish", lambda: services.responses.publish(LEAD, "More tea", "Bought a big urn")),
        ("activity.add", lambda: services.activities.add(LEAD, "Choir", colour="#283593")),
        ("activity.edit", lambda: services.activities.edit(LEAD, activity.id, icon="feather")),
        ("staff.add", lambda: services.accounts.add(LEAD, "Ola", StaffRole.VOLUNTEER, "975310")),
        ("staff.disable", lambda: services.accounts.set_active(LEAD, staff.id, False)),
        ("staff.reset_pin", lambda: services.accounts.reset_pin(LEAD, staff.id, "975311")),
        ("settings.update", lambda: services.settings.update(LEAD, retention_days=45)),
        ("audit.export", lambda: services.audit.export_csv(LEAD, tmp_path / "log.csv")),
    ]


def test_every_desk_change_leaves_exactly_one_audit_entry_naming_who(services, make_session, activity,
                                                                     tmp_path, db):
    for action, change in _desk_changes(services, make_session, activity, tmp_path):
        before = db.audit()
        change()
        new = db.audit()[len(before):]
        assert [(e.actor_name, e.action) for e in new] == [(LEAD.name, action)], action
