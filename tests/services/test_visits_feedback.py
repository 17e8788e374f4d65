"""Check-in, check-out and anonymous feedback on both engines, with what each may and may not store."""

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect

from kiosk.domain.enums import VisitReason
from kiosk.domain.errors import AlreadyDone, InvalidInput, NotFound
from kiosk.services import build_services

from .conftest import VOLUNTEER, refused

FEEDBACK_COLUMNS = {"id", "hub_id", "given_on", "rating", "comment", "activity_id", "server_seq"}


def test_check_in_with_and_without_a_name(services, db, clock):
    named = services.visits.check_in("  Sam  ", "cm1", VisitReason.SESSION, first_visit=True, family_count=2)
    assert (named.name, named.district, named.reason, named.first_visit, named.family_count) == (
        "Sam", "CM1", VisitReason.SESSION, True, 2)
    assert named.arrived_at == clock.now and named.left_at is None and named.label == "Sam"
    nameless = services.visits.check_in()
    assert (nameless.name, nameless.district, nameless.reason) == (None, None, None)
    assert nameless.first_visit is False and nameless.family_count == 0
    assert nameless.label == f"Visitor A{nameless.day_number}"  # the hub's only device is A
    assert services.visits.check_in("   ").name is None
    assert db.count("visit") == 3
    assert db.outbox_kinds()[-3:] == ["visit.create"] * 3


def test_district_is_normalised(services, db):
    cases = [("cm1", "CM1"), (" ss14 ", "SS14"), ("Cm 2", "CM2"), ("e1w", "E1W"), ("", None), (None, None)]
    for typed, stored in cases:
        assert services.visits.check_in(district=typed).district == stored, typed
    assert [r.district for r in db.rows("SELECT district FROM visit ORDER BY day_number")] == \
        [stored for _, stored in cases]


def test_full_postcode_is_refused_kindly_and_nothing_is_stored(services, db):
    before = db.outbox_kinds()
    for full in ("CM1 1AA", "cm11aa", "SS14 3BX", " sw1a 2aa ", "CM1\u00a01AA"):
        error = refused(InvalidInput, services.visits.check_in, "Sam", full)
        assert error.message == ("Please give only the first part of your postcode, like CM1. "
                                 "We never keep a full postcode."), full
    for odd in ("CM1-1AA", "CM1.1AA", "CM1 1AA UK"):  # refused too, if less kindly
        refused(InvalidInput, services.visits.check_in, "Sam", odd)
    assert db.count("visit") == 0 and db.outbox_kinds() == before


def test_something_that_is_not_a_district_is_refused(services, db):
    for bad in ("Chelmsford", "123", "CM", "CMX1", "CM1 1A"):
        refused(InvalidInput, services.visits.check_in, district=bad, match="CM1 or SS14")
    for kwargs in ({"reason": "shopping"}, {"family_count": -1}, {"family_count": 13}):
        refused(InvalidInput, services.visits.check_in, **kwargs)
    assert db.count("visit") == 0


def test_day_numbers_count_up_and_restart_the_next_local_day(services, clock):
    # 22:30 UTC on 1 June is 23:30 in London; 23:05 UTC is already 2 June there.
    clock.now = datetime(2027, 6, 1, 22, 30, tzinfo=UTC)
    assert [services.visits.check_in().day_number for _ in range(3)] == [1, 2, 3]
    clock.advance(minutes=35)
    assert [services.visits.check_in().day_number for _ in range(2)] == [1, 2]
    clock.advance(hours=12)
    assert services.visits.check_in().day_number == 3


def test_simultaneous_check_ins_get_different_numbers(engine, services, clock):
    """Two kiosks (threads with their own services) checking people in at the same moment."""
    kiosks = [build_services(engine, clock) for _ in range(6)]
    start = threading.Barrier(len(kiosks))

    def check_in(kiosk):
        start.wait()
        return kiosk.visits.check_in().day_number

    with ThreadPoolExecutor(len(kiosks)) as pool:
        numbers = list(pool.map(check_in, kiosks))
    assert sorted(numbers) == [1, 2, 3, 4, 5, 6]


def test_day_numbers_are_not_reused_after_someone_leaves(services):
    first = services.visits.check_in()
    services.visits.check_in()
    services.visits.check_out(first.id)
    assert services.visits.check_in().day_number == 3


def test_check_out_and_check_out_twice(services, clock, db):
    visit = services.visits.check_in("Sam")
    clock.advance(hours=2)
    left = services.visits.check_out(visit.id)
    assert left.left_at == clock.now and left.arrived_at == visit.arrived_at
    assert db.outbox_kinds()[-1] == "visit.checkout"
    before = db.outbox_kinds()
    with pytest.raises(AlreadyDone):
        services.visits.check_out(visit.id)
    assert db.outbox_kinds() == before
    with pytest.raises(NotFound):
        services.visits.check_out(uuid.uuid4())


def test_check_out_everyone_is_audited(services, clock, db):
    visits = [services.visits.check_in(name) for name in ("Sam", None, "Ann")]
    services.visits.check_out(visits[1].id)
    clock.advance(hours=8)
    assert services.visits.check_out_everyone(VOLUNTEER) == 2
    assert services.visits.who_is_in() == []
    entries = db.audit()
    assert [(e.actor_name, e.action) for e in entries][-1] == (VOLUNTEER.name, "visit.checkout_all")
    detail = db.scalar("SELECT detail FROM audit_entry WHERE action = 'visit.checkout_all'")
    detail = json.loads(detail) if isinstance(detail, str) else detail
    assert detail == {"count": 2}
    assert services.visits.check_out_everyone(VOLUNTEER) == 0
    assert len(db.audit()) == len(entries) + 1


def test_who_is_in_lists_open_visits_oldest_first(services, clock):
    ann = services.visits.check_in("Ann")
    clock.advance(minutes=5)
    bob = services.visits.check_in()
    clock.advance(minutes=5)
    cat = services.visits.check_in("Cat")
    clock.advance(minutes=5)
    services.visits.check_out(bob.id)
    dan = services.visits.check_in("Dan")
    assert [v.id for v in services.visits.who_is_in()] == [ann.id, cat.id, dan.id]
    assert [v.label for v in services.visits.who_is_in()] == ["Ann", "Cat", "Dan"]


# -- feedback --------------------------------------------------------------------------------


def test_feedback_ratings_one_to_five_only(services, db):
    assert [services.feedback.give(r).rating for r in (1, 2, 3, 4, 5)] == [1, 2, 3, 4, 5]
    for rating in (0, 6, -1, 3.5, "5", None):
        refused(InvalidInput, services.feedback.give, rating, "Nice", match="1 to 5")
    assert sorted(r.rating for r in db.rows("SELECT rating FROM feedback")) == [1, 2, 3, 4, 5]
    assert db.count("anonymous_outbox") == 5


def test_feedback_comment_up_to_a_thousand_characters(services, db):
    longest = "x" * 999 + "é"
    assert services.feedback.give(4, longest).comment == longest
    with pytest.raises(InvalidInput, match="1000 characters"):
        services.feedback.give(4, longest + "!")
    assert [r.comment for r in db.rows("SELECT comment FROM feedback")] == [longest]
    assert services.feedback.give(3, "  \n  ").comment is None
    assert services.feedback.give(5, "Line one\nLine two").comment == "Line one\nLine two"


def test_feedback_with_an_activity(services, activity, db):
    given = services.feedback.give(5, "Lovely walk", activity.id)
    assert given.activity_name == "Walk and talk"
    with pytest.raises(NotFound):
        services.feedback.give(5, "Lovely", uuid.uuid4())
    assert db.count("feedback") == 1


def test_feedback_is_stored_with_the_local_date_only(services, clock, db):
    clock.now = datetime(2027, 6, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 June in London
    given = services.feedback.give(4, "Good")
    assert given.given_on == date(2027, 6, 2)
    assert [f.id for f in services.feedback.between(date(2027, 6, 2), date(2027, 6, 2))] == [given.id]
    stored = db.scalar("SELECT given_on FROM feedback")
    assert str(stored) == "2027-06-02"  # a date, with no time of day


def test_feedback_table_cannot_hold_a_time_a_device_or_a_visit(services, engine):
    columns = {c["name"]: c for c in inspect(engine).get_columns("feedback")}
    # server_seq is the row's place in the central change feed, drawn when a crowd of anonymous
    # rows is pushed in random order; it is never set on the kiosk that took the feedback.
    assert set(columns) == FEEDBACK_COLUMNS
    forbidden = ("time", "_at", "created", "updated", "device", "visit", "booking", "session", "staff")
    assert not [name for name in columns if any(word in name for word in forbidden)]
    assert "DATE" in str(columns["given_on"]["type"]).upper()
    assert "TIME" not in str(columns["given_on"]["type"]).upper()
    foreign = {fk["referred_table"] for fk in inspect(engine).get_foreign_keys("feedback")}
    assert foreign == {"hub", "activity"}


def test_feedback_given_here_has_no_feed_position(services, db):
    services.feedback.give(4, "Good")
    assert db.scalar("SELECT server_seq FROM feedback") is None


def test_feedback_id_is_random_not_time_ordered(services, db):
    ids = [services.feedback.give(3).id for _ in range(5)]
    assert all(i.version == 4 for i in ids)
    assert {uuid.UUID(str(r.id)).version for r in db.rows("SELECT id FROM feedback")} == {4}
    visit = services.visits.check_in()
    assert visit.id.version == 7  # the ordinary rows are time-ordered; feedback must not be


def test_feedback_goes_to_the_anonymous_outbox_not_the_sequenced_one(services, db):
    before = db.outbox_kinds()
    given = services.feedback.give(5, "Staff are kind")
    assert db.outbox_kinds() == before
    rows = db.rows("SELECT * FROM anonymous_outbox")
    assert len(rows) == 1 and rows[0].kind == "feedback.create"
    assert set(rows[0]._mapping) == {"id", "kind", "entity", "payload"}
    payload = rows[0].payload if isinstance(rows[0].payload, dict) else json.loads(rows[0].payload)
    assert payload["id"] == str(given.id) and payload["comment"] == "Staff are kind"
    assert set(payload) == FEEDBACK_COLUMNS and payload["server_seq"] is None
    assert uuid.UUID(str(rows[0].id)).version == 4
