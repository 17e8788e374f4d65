"""Random sequences of book / cancel / edit-capacity on two sessions keep the booking rules,
checked against the database after every step."""

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

OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("book"), st.integers(0, 1), st.integers(1, 6)),
    st.tuples(st.just("cancel"), st.integers(0, 40)),
    st.tuples(st.just("capacity"), st.integers(0, 1), st.integers(1, 10)),
), min_size=1, max_size=16)


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
        fits = self.held(session) + party <= self.capacity[session]
        return "confirmed" if fits else "waitlisted"

    def promote(self, session: int) -> list[str]:
        free, promoted = self.capacity[session] - self.held(session), []
        for b in self.bookings:
            if b.session == session and b.status == "waitlisted" and b.party <= free:
                b.status, free = "confirmed", free - b.party
                promoted.append(b.reference)
        return promoted


def database_state(engine, session_ids):
    with engine.connect() as conn:
        capacity = dict(conn.execute(select(Session.id, Session.capacity).where(Session.id.in_(session_ids))).all())
        rows = conn.execute(select(Booking.reference, Booking.session_id, Booking.party, Booking.status,
                                   Booking.queue_no).where(Booking.session_id.in_(session_ids))
                            .order_by(Booking.queue_no)).all()
    return capacity, rows


def check_rules(services, engine, session_ids, before: dict[str, str]) -> dict[str, str]:
    """Every rule, read straight from the tables; returns reference → status for the next step."""
    capacity, rows = database_state(engine, session_ids)
    statuses = {r.reference: r.status for r in rows}
    assert set(statuses.values()) <= {s.value for s in BookingStatus}
    promoted = {ref for ref, status in statuses.items() if before.get(ref) == "waitlisted" and status == "confirmed"}
    for sid in session_ids:
        mine = [r for r in rows if r.session_id == sid]
        held = sum(r.party for r in mine if r.status in HOLDS_PLACE)
        assert held <= capacity[sid], "more places confirmed than the session has"
        free = capacity[sid] - held
        waiting = [r for r in mine if r.status == "waitlisted"]
        assert [r.queue_no for r in mine] == sorted({r.queue_no for r in mine}), "queue numbers repeat"
        # nobody is left waiting who would fit in the places that are free now
        assert all(r.party > free for r in waiting), "a waiting party fits but was not given the places"
        # first come, first served: an earlier waiting party stays waiting only if it did not fit
        # into what was free when the promotion reached it
        for w in waiting:
            later_promoted = sum(r.party for r in mine if r.reference in promoted and r.queue_no > w.queue_no)
            if later_promoted:
                assert w.party > free + later_promoted, "a later booking jumped an earlier one that fitted"
        # the visitor-facing view agrees: positions 1..n in queue order, counts match
        listed = services.booking.for_session(sid)
        assert [b.position for b in listed if b.status is BookingStatus.WAITLISTED] == \
            list(range(1, len(waiting) + 1))
        assert [b.reference for b in listed if b.status is BookingStatus.WAITLISTED] == \
            [r.reference for r in waiting]
        assert all(b.position is None for b in listed if b.status is not BookingStatus.WAITLISTED)
        info = services.schedule.get(sid)
        assert (info.capacity, info.confirmed, info.waitlisted) == (capacity[sid], held, len(waiting))
    return statuses


def step(services, model: Model, sessions, operation):
    kind, *args = operation
    if kind == "book":
        index, party = args
        expected = model.book(index, party)
        if expected is None:
            with pytest.raises(InvalidInput):
                services.booking.book(sessions[index].id, "Guest", party)
            return
        booking = services.booking.book(sessions[index].id, "Guest", party)
        assert booking.status.value == expected
        model.bookings.append(Place(booking.reference, index, party, expected))
    elif kind == "cancel":
        if not model.bookings:
            return
        target = model.bookings[args[0] % len(model.bookings)]
        if target.status == "cancelled":
            with pytest.raises(AlreadyDone):
                services.booking.cancel(target.reference.lower())
            return
        target.status = "cancelled"
        result = services.booking.cancel(target.reference.lower())
        assert result.booking.status is BookingStatus.CANCELLED
        assert list(result.promoted) == model.promote(target.session)
    else:
        index, capacity = args
        if capacity < model.held(index):
            with pytest.raises(CapacityTooLow):
                services.schedule.edit_session(ADMIN, sessions[index].id, capacity=capacity)
            return
        info = services.schedule.edit_session(ADMIN, sessions[index].id, capacity=capacity)
        model.capacity[index] = capacity
        model.promote(index)
        assert info.capacity == capacity


def test_random_booking_sequences_keep_the_rules(services, make_session, engine):
    examples = 40 if engine.dialect.name == "sqlite" else 15

    # Each example books on two brand-new sessions of the same database, so the examples do not
    # share bookings even though they share the engine and hub made once by the fixtures.
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(capacities=st.tuples(st.integers(1, 8), st.integers(1, 8)), operations=OPERATIONS)
    def run(capacities, operations):
        sessions = [make_session(capacity=c) for c in capacities]
        ids = [s.id for s in sessions]
        model = Model(capacities)
        statuses: dict[str, str] = {}
        for operation in operations:
            step(services, model, sessions, operation)
            statuses = check_rules(services, engine, ids, statuses)
            assert statuses == {b.reference: b.status for b in model.bookings}, operation

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
