"""Booking rules on both engines: places, parties, the waiting list, references, closing, outbox."""

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from kiosk.db.models import Booking
from kiosk.domain.enums import BookingStatus
from kiosk.domain.errors import AlreadyDone, BookingClosed, InvalidInput, NotFound
from kiosk.domain.refcode import ALPHABET, format_reference, new_reference
from kiosk.services import build_services

from .conftest import ADMIN, refused

CONFIRMED, WAITLISTED, CANCELLED = BookingStatus.CONFIRMED, BookingStatus.WAITLISTED, BookingStatus.CANCELLED


def statuses(services, *bookings):
    return [services.booking.lookup(b.reference).status for b in bookings]


def test_parties_use_several_places_and_the_last_place_is_taken_exactly(services, make_session):
    session = make_session(capacity=5)
    three = services.booking.book(session.id, "Sam", 3)
    assert three.status is CONFIRMED and three.position is None
    assert services.schedule.get(session.id).places_left == 2
    two = services.booking.book(session.id, "Alex", 2)  # exactly the last two places
    assert two.status is CONFIRMED
    info = services.schedule.get(session.id)
    assert (info.confirmed, info.places_left, info.is_full, info.waitlisted) == (5, 0, True, 0)
    one = services.booking.book(session.id, "Mo", 1)
    assert one.status is WAITLISTED and one.position == 1
    assert services.schedule.get(session.id).confirmed == 5


def test_a_party_that_does_not_fit_waits_even_when_a_place_is_left(services, make_session):
    session = make_session(capacity=4)
    services.booking.book(session.id, "Sam", 3)
    family = services.booking.book(session.id, "Dee", 2)
    assert family.status is WAITLISTED and family.position == 1
    assert services.schedule.get(session.id).places_left == 1


def test_waiting_list_positions_count_up_from_one(services, make_session):
    session = make_session(capacity=1)
    services.booking.book(session.id, "Sam")
    waiting = [services.booking.book(session.id, name) for name in ("Ann", "Bob", "Cat")]
    assert [(b.status, b.position) for b in waiting] == [(WAITLISTED, 1), (WAITLISTED, 2), (WAITLISTED, 3)]
    assert [services.booking.lookup(b.reference).position for b in waiting] == [1, 2, 3]
    assert services.schedule.get(session.id).waitlisted == 3


def test_party_larger_than_the_whole_session_is_refused_clearly(services, make_session, db):
    session = make_session(capacity=4)
    error = refused(InvalidInput, services.booking.book, session.id, "Big family", 5)
    assert error.message == ("This session has 4 places in all, so a group of 5 cannot book it. "
                             "Please ask a volunteer.")
    assert db.count("booking") == 0


def test_party_size_is_one_to_six(services, make_session, db):
    session = make_session(capacity=10)
    for party in (0, 7, -1, 2.0, "2", None):
        refused(InvalidInput, services.booking.book, session.id, "Sam", party, match="1 to 6 people")
    assert db.count("booking") == 0


def test_a_party_of_six_is_allowed(services, make_session):
    session = make_session(capacity=6)
    assert services.booking.book(session.id, "Sam", 6).status is CONFIRMED


def test_cancel_frees_places_and_promotes_first_come_first_served(services, make_session):
    session = make_session(capacity=2)
    holder = services.booking.book(session.id, "Sam", 2)
    first, second, third = (services.booking.book(session.id, n) for n in ("Ann", "Bob", "Cat"))
    result = services.booking.cancel(holder.reference)
    assert result.booking.status is CANCELLED
    assert result.booking.status_reason == "Cancelled by the visitor"
    assert result.promoted == (first.reference, second.reference)
    assert statuses(services, first, second, third) == [CONFIRMED, CONFIRMED, WAITLISTED]
    assert services.booking.lookup(third.reference).position == 1
    assert services.booking.lookup(first.reference).status_reason == "A place came free"
    info = services.schedule.get(session.id)
    assert (info.confirmed, info.waitlisted) == (2, 1)


def test_cancelling_a_waiting_booking_moves_the_others_up(services, make_session):
    session = make_session(capacity=1)
    services.booking.book(session.id, "Sam")
    first, second, third = (services.booking.book(session.id, n) for n in ("Ann", "Bob", "Cat"))
    result = services.booking.cancel(first.reference)
    assert result.promoted == ()
    assert [services.booking.lookup(b.reference).position for b in (second, third)] == [1, 2]


def test_big_waiting_party_is_passed_over_for_a_later_one_that_fits(services, make_session):
    session = make_session(capacity=4)
    services.booking.book(session.id, "Sam", 2)
    pair = services.booking.book(session.id, "Alex", 2)
    big = services.booking.book(session.id, "Dee", 3)
    small = services.booking.book(session.id, "Mo", 2)
    assert (big.position, small.position) == (1, 2)
    result = services.booking.cancel(pair.reference)  # frees 2: the party of 3 still does not fit
    assert result.promoted == (small.reference,)
    big_now = services.booking.lookup(big.reference)
    assert big_now.status is WAITLISTED and big_now.position == 1
    assert services.schedule.get(session.id).confirmed == 4


def test_passed_over_party_is_first_when_enough_places_come_free(services, make_session):
    session = make_session(capacity=4)
    first = services.booking.book(session.id, "Sam", 2)
    second = services.booking.book(session.id, "Alex", 2)
    big = services.booking.book(session.id, "Dee", 4)
    later = services.booking.book(session.id, "Mo", 1)
    assert services.booking.cancel(first.reference).promoted == (later.reference,)
    assert services.booking.cancel(second.reference).promoted == ()  # 3 free, the party of 4 waits
    services.booking.cancel(later.reference)
    assert services.booking.lookup(big.reference).status is CONFIRMED


def test_cancel_twice_is_already_done(services, make_session):
    session = make_session()
    booking = services.booking.book(session.id, "Sam")
    services.booking.cancel(booking.reference)
    with pytest.raises(AlreadyDone):
        services.booking.cancel(booking.reference)
    assert services.booking.lookup(booking.reference).status is CANCELLED


def test_lookup_tolerates_lower_case_spaces_and_dashes(services, make_session):
    booking = services.booking.book(make_session().id, "Sam")
    code = booking.reference
    typed = [code.lower(), f"  {code[:3]} {code[3:]}  ", f"{code[:3]}-{code[3:]}".lower(),
             format_reference(code), f"{code[:2]} - {code[2:4]} {code[4:]}"]
    for text in typed:
        found = services.booking.lookup(text)
        assert found.id == booking.id and found.reference == code
    assert services.booking.cancel(typed[2]).booking.status is CANCELLED


def test_unknown_reference_is_not_found(services, make_session):
    booking = services.booking.book(make_session().id, "Sam")
    unknown = next(c for c in iter(new_reference, None) if c != booking.reference)
    with pytest.raises(NotFound):
        services.booking.lookup(unknown)
    with pytest.raises(NotFound):
        services.booking.cancel(unknown)


def test_malformed_reference_is_refused_with_an_example(services):
    for typed in ("", None, "ABC", "ABCDEFG", "ABCDE0", "ABCDEI", "ABCDE1", "ABCDEL", "ÀBCDEF"):
        refused(InvalidInput, services.booking.lookup, typed, match="6 letters and numbers, like K7M Q4X")


def test_unknown_session_is_not_found(services, make_session):
    session = make_session()
    other = make_session()
    services.booking.book(other.id, "Sam")
    with pytest.raises(NotFound):
        services.booking.book(session.activity.id, "Sam")  # an id that is not a session


def test_no_booking_once_the_session_has_started(services, make_session, clock, db):
    session = make_session(capacity=10, hours=1, minutes=60)
    clock.advance(minutes=59)
    services.booking.book(session.id, "Just in time")
    for minutes_after_start in (0, 30, 120):
        clock.now = session.starts_at
        clock.advance(minutes=minutes_after_start)
        refused(BookingClosed, services.booking.book, session.id, "Sam", match="already started")
    assert db.count("booking") == 1


def test_no_booking_on_a_cancelled_session(services, make_session, db):
    session = make_session()
    services.schedule.cancel_session(ADMIN, session.id, "Facilitator unwell")
    before = db.count("outbox")
    with pytest.raises(BookingClosed) as closed:
        services.booking.book(session.id, "Sam")
    assert "cancelled" in closed.value.message and "Facilitator unwell" in closed.value.message
    assert db.count("booking") == 0 and db.count("outbox") == before


def test_cancel_after_the_session_has_finished_is_refused(services, make_session, clock):
    session = make_session(hours=1, minutes=60)
    booking = services.booking.book(session.id, "Sam")
    clock.now = session.ends_at
    with pytest.raises(BookingClosed, match="finished"):
        services.booking.cancel(booking.reference)
    assert services.booking.lookup(booking.reference).status is CONFIRMED


def test_cancel_after_start_frees_the_place_but_promotes_no_one(services, make_session, clock):
    session = make_session(capacity=1, hours=1, minutes=60)
    holder = services.booking.book(session.id, "Sam")
    waiting = services.booking.book(session.id, "Ann")
    clock.now = session.starts_at
    assert services.booking.cancel(holder.reference).promoted == ()
    assert services.booking.lookup(waiting.reference).status is WAITLISTED


def test_reference_codes_avoid_look_alike_characters(services, make_session):
    session = make_session(capacity=40)
    codes = [services.booking.book(session.id, f"Guest {i}").reference for i in range(40)]
    codes += [new_reference() for _ in range(5000)]
    used = set("".join(codes))
    assert used <= set(ALPHABET)
    assert not used & set("0O1IL")
    assert all(len(c) == 6 for c in codes)
    assert len(set(codes[:40])) == 40


def test_each_booking_writes_one_outbox_row_in_its_own_transaction(
        services, make_session, db, watch_transactions):
    session = make_session(capacity=1)
    for name in ("Sam", "Ann"):  # one confirmed, one waitlisted
        last_seq = db.scalar("SELECT max(seq) FROM outbox")
        with watch_transactions() as log:
            booking = services.booking.book(session.id, name)
        rows = db.rows("SELECT kind, entity, entity_id FROM outbox WHERE seq > :seq", seq=last_seq)
        assert [(r.kind, r.entity, uuid.UUID(str(r.entity_id))) for r in rows] == [
            ("booking.create", "booking", booking.id)]
        writes = [t for t in log.transactions() if any(s.startswith("INSERT") for s in t)]
        assert len(writes) == 1, "the booking and its outbox row must share one transaction"
        inserts = sorted(s.split()[2] for s in writes[0] if s.startswith("INSERT"))
        assert inserts == ["booking", "outbox"]


def test_outbox_payload_is_the_booking_as_stored(services, make_session, db):
    booking = services.booking.book(make_session(capacity=1).id, "Sam", 1)
    payload = db.rows("SELECT payload FROM outbox WHERE kind = 'booking.create'")[0].payload
    if isinstance(payload, str):  # SQLite hands JSON back as text through a raw query
        payload = json.loads(payload)
    assert payload["id"] == str(booking.id) and payload["reference"] == booking.reference
    assert payload["status"] == "confirmed" and payload["party"] == 1


def test_a_failed_booking_writes_no_outbox_row(services, make_session, clock, db):
    session = make_session(capacity=2, hours=1)
    cancelled = make_session(capacity=2, hours=1)
    services.schedule.cancel_session(ADMIN, cancelled.id, "Storm warning")
    before = db.outbox_kinds()
    refused(InvalidInput, services.booking.book, session.id, "Sam", 3)      # bigger than the session
    refused(InvalidInput, services.booking.book, session.id, "Sam", 0)      # no one
    refused(InvalidInput, services.booking.book, session.id, "", 1)         # no name
    refused(BookingClosed, services.booking.book, cancelled.id, "Sam", 1)
    clock.advance(hours=2)
    refused(BookingClosed, services.booking.book, session.id, "Sam", 1)     # started
    assert db.outbox_kinds() == before
    assert db.count("booking") == 0


def test_cancel_writes_the_cancel_and_each_promotion_to_the_outbox(services, make_session, db):
    session = make_session(capacity=2)
    holder = services.booking.book(session.id, "Sam", 2)
    services.booking.book(session.id, "Ann")
    services.booking.book(session.id, "Bob")
    before = len(db.outbox_kinds())
    services.booking.cancel(holder.reference)
    assert db.outbox_kinds()[before:] == ["booking.cancel", "booking.promote", "booking.promote"]


def test_simultaneous_bookings_never_overbook(services, make_session, engine, clock):
    """Several kiosks (threads with their own services) book the same small session at once."""
    session = make_session(capacity=3)
    kiosks = [build_services(engine, clock) for _ in range(8)]
    start = threading.Barrier(len(kiosks))

    def book(kiosk):
        start.wait()
        return kiosk.booking.book(session.id, "Guest", 1)

    with ThreadPoolExecutor(len(kiosks)) as pool:
        results = list(pool.map(book, kiosks))
    assert sorted(b.status.value for b in results) == ["confirmed"] * 3 + ["waitlisted"] * 5
    assert sorted(b.position for b in results if b.position) == [1, 2, 3, 4, 5]
    queue = db_queue(engine, session.id)
    assert len(set(queue)) == len(queue) == 8
    assert services.schedule.get(session.id).confirmed == 3


def db_queue(engine, session_id):
    with engine.connect() as conn:
        return conn.execute(select(Booking.queue_no).where(Booking.session_id == session_id)).scalars().all()


def test_the_same_booking_cancelled_twice_at_once_frees_its_places_once(services, make_session, engine,
                                                                       clock):
    session = make_session(capacity=2)
    holder = services.booking.book(session.id, "Sam", 2)
    waiting = [services.booking.book(session.id, name, 2) for name in ("Ann", "Bob")]
    kiosks = [build_services(engine, clock) for _ in range(2)]
    start = threading.Barrier(len(kiosks))

    def cancel(kiosk):
        start.wait()
        try:
            return kiosk.booking.cancel(holder.reference).promoted
        except AlreadyDone:
            return "already done"

    with ThreadPoolExecutor(len(kiosks)) as pool:
        outcomes = list(pool.map(cancel, kiosks))
    assert sorted(outcomes, key=str) == [(waiting[0].reference,), "already done"]
    assert services.booking.lookup(waiting[1].reference).position == 1
    assert services.schedule.get(session.id).confirmed == 2
