"""Random book / cancel / edit-capacity sequences keep the booking rules, checked after every step."""

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kiosk.db.models import Booking, Session
from kiosk.domain.enums import BookingStatus
from kiosk.domain.errors import AlreadyDone, CapacityTooLow, InvalidInput

from .conftest import ADMIN

HOLDS_PLACE = {s.value for s in BookingStatus if s.holds_place}
ALL_STATUSES = {s.value for s in BookingStatus}

# Small sessions and mostly small parties, so that sessions fill and waiting lists form; session 0
# gets most of the traffic, session 1 shows that two queues never mix.
SESSION = st.sampled_from([0, 0, 1])
BOOK = st.tuples(st.just("book"), SESSION, st.sampled_from([1, 1, 1, 2, 2, 3, 4, 6]))
CANCEL = st.tuples(st.just("cancel"), st.sampled_from(["confirmed", "confirmed", "waitlisted"]),
                   st.integers(0, 40))  # the n-th booking in that state
AGAIN = st.tuples(st.just("cancel again"), st.integers(0, 40))  # the n-th cancelled booking
CAPACITY = st.tuples(st.just("capacity"), SESSION, st.integers(1, 8))
OPERATION = st.sampled_from([BOOK, BOOK, CANCEL, CANCEL, CANCEL, CAPACITY, AGAIN]).flatmap(lambda op: op)
# Each example opens with a run of bookings, then mixes every kind of operation.
OPERATIONS = st.tuples(st.lists(BOOK, min_size=3, max_size=8),
                       st.lists(OPERATION, min_size=2, max_size=12)).map(lambda parts: parts[0] + parts[1])


@dataclass
class Place:
    """The reference model's view of one booking."""

    reference: str
    session: int
    party: int
    status: str


class Model:
    """The rules written as plainly as possible: confirmed while the party fits, else waiting;
    freed places go down the waiting list in order, passing over parties that do not fit."""

    def __init__(self, capacities):
        self.capacity = list(capacities)
        self.bookings: list[Place] = []

    def held(self, session: int) -> int:
        return sum(b.party for b in self.bookings if b.session == session and b.status in HOLDS_PLACE)

    def book(self, session: int, party: int) -> str | None:
        if party > self.capacity[session]:
            return None
        return "confirmed" if self.held(session) + party <= self.capacity[session] else "waitlisted"

    def promote(self, session: int) -> list[str]:
        free, promoted = self.capacity[session] - self.held(session), []
        for b in self.bookings:
            if b.session == session and b.status == "waitlisted" and b.party <= free:
                b.status, free = "confirmed", free - b.party
                promoted.append(b.reference)
        return promoted


def step(services, model: Model, sessions, operation) -> int | None:
    """Apply one operation to the services and to the model; returns the session it touched."""
    kind, *args = operation
    if kind == "book":
        index, party = args
        expected = model.book(index, party)
        if expected is None:
            with pytest.raises(InvalidInput):
                services.booking.book(sessions[index].id, "Guest", party)
            return None
        booking = services.booking.book(sessions[index].id, "Guest", party)
        assert booking.status.value == expected
        model.bookings.append(Place(booking.reference, index, party, expected))
        return index
    if kind == "cancel":
        state, n = args
        candidates = [b for b in model.bookings if b.status == state]
        if not candidates:
            return None
        target = candidates[n % len(candidates)]
        target.status = "cancelled"
        result = services.booking.cancel(target.reference.lower())
        assert result.booking.status is BookingStatus.CANCELLED
        assert list(result.promoted) == model.promote(target.session)
        return target.session
    if kind == "cancel again":
        cancelled = [b for b in model.bookings if b.status == "cancelled"]
        if cancelled:
            with pytest.raises(AlreadyDone):
                services.booking.cancel(cancelled[args[0] % len(cancelled)].reference)
        return None
    index, capacity = args
    if capacity < model.held(index):
        with pytest.raises(CapacityTooLow):
            services.schedule.edit_session(ADMIN, sessions[index].id, capacity=capacity)
        return None
    assert services.schedule.edit_session(ADMIN, sessions[index].id, capacity=capacity).capacity == capacity
    model.capacity[index] = capacity
    model.promote(index)
    return index


def check_tables(engine, session_ids, before: dict[str, str]) -> dict[str, list]:
    """The rules, read straight from the tables; returns each session's bookings in queue order."""
    with engine.connect() as conn:
        capacity = dict(conn.execute(select(Session.id, Session.capacity)
                                     .where(Session.id.in_(session_ids))).all())
        rows = conn.execute(select(Booking.reference, Booking.session_id, Booking.party, Booking.status,
                                   Booking.queue_no).where(Booking.session_id.in_(session_ids))
                            .order_by(Booking.queue_no)).all()
    assert {r.status for r in rows} <= ALL_STATUSES
    assert len({r.reference for r in rows}) == len(rows)  # each booking is one row, in one state
    promoted = {r.reference for r in rows
                if before.get(r.reference) == "waitlisted" and r.status == "confirmed"}
    by_session = {}
    for sid in session_ids:
        mine = by_session[sid] = [r for r in rows if r.session_id == sid]
        held = sum(r.party for r in mine if r.status in HOLDS_PLACE)
        assert held <= capacity[sid], "more places confirmed than the session has"
        free = capacity[sid] - held
        waiting = [r for r in mine if r.status == "waitlisted"]
        assert len({r.queue_no for r in mine}) == len(mine), "two bookings share a place in the queue"
        assert all(r.party > free for r in waiting), "a waiting party fits but was not given the places"
        # first come, first served: a waiting party stays behind a later one that was promoted
        # only if it did not fit into what was free when the promotion reached it
        for w in waiting:
            given_to_later = sum(r.party for r in mine if r.reference in promoted and r.queue_no > w.queue_no)
            if given_to_later:
                assert w.party > free + given_to_later, "a later booking jumped an earlier one that fitted"
    return by_session


def check_views(services, session_id, rows) -> None:
    """What the desk and the visitor see agrees with the tables: positions 1..n, and the counts."""
    waiting = [r.reference for r in rows if r.status == "waitlisted"]
    listed = services.booking.for_session(session_id)
    assert [(b.reference, b.status.value) for b in listed] == [(r.reference, r.status) for r in rows]
    assert [b.position for b in listed if b.reference in waiting] == list(range(1, len(waiting) + 1))
    assert all(b.position is None for b in listed if b.reference not in waiting)
    info = services.schedule.get(session_id)
    held = sum(r.party for r in rows if r.status in HOLDS_PLACE)
    assert (info.confirmed, info.waitlisted) == (held, len(waiting))


def test_random_booking_sequences_keep_the_rules(services, make_session, engine):
    examples = 40 if engine.dialect.name == "sqlite" else 15

    # Each example books on two brand-new sessions of the one database the fixtures made, so the
    # examples share the engine and the hub but never a booking.
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(capacities=st.tuples(st.integers(1, 5), st.integers(1, 5)), operations=OPERATIONS)
    def run(capacities, operations):
        sessions = [make_session(capacity=c) for c in capacities]
        ids = [s.id for s in sessions]
        model = Model(capacities)
        statuses: dict[str, str] = {}
        for operation in operations:
            touched = step(services, model, sessions, operation)
            tables = check_tables(services.uow.engine, ids, statuses)
            statuses = {r.reference: r.status for rows in tables.values() for r in rows}
            assert statuses == {b.reference: b.status for b in model.bookings}, operation
            if touched is not None:
                check_views(services, ids[touched], tables[ids[touched]])
        for sid in ids:
            check_views(services, sid, tables[sid])

    run()


@pytest.mark.parametrize("capacity, parties, cancel, promoted", [
    (4, [4, 3, 1, 2], 0, [1, 2]),        # 3 fits, then 1; the 2 no longer fits
    (4, [3, 1, 4, 2, 1], 0, [3, 4]),     # 3 free: the 4 is passed over for the 2 and the 1
    (5, [5, 5, 2, 3], 0, [1]),           # the first waiting party takes all five places
    (3, [2, 1, 3, 2, 1], 1, [4]),        # one place frees: only the last, a single, fits
])
def test_known_promotion_orders(services, make_session, capacity, parties, cancel, promoted):
    session = make_session(capacity=capacity)
    bookings = [services.booking.book(session.id, "Guest", p) for p in parties]
    result = services.booking.cancel(bookings[cancel].reference)
    assert list(result.promoted) == [bookings[i].reference for i in promoted]
