"""The kiosk (its own SQLite file) and the central database (the real PostgreSQL) decide places
alike: for any sequence of bookings, cancellations and capacity changes made on one kiosk, with
syncs anywhere in between (so one push may carry many of them), every booking ends up with the
same status on both."""

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.domain.enums import BookingStatus
from kiosk.domain.errors import CapacityTooLow

from .helpers import ADMIN, upcoming

OPEN = (BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)
BOOK = st.tuples(st.just("book"), st.sampled_from([1, 1, 1, 2, 2, 3]))
CANCEL = st.tuples(st.just("cancel"), st.integers(0, 30))  # the n-th booking still open
CAPACITY = st.tuples(st.just("capacity"), st.integers(1, 5))
SYNC = st.tuples(st.just("sync"), st.just(0))
STEPS = st.lists(st.one_of(BOOK, BOOK, BOOK, CANCEL, CANCEL, CAPACITY, SYNC), min_size=3, max_size=14)
#: more examples for a longer search: PLACES_EXAMPLES=500 pytest tests/sync/test_places_rule.py
EXAMPLES = int(os.environ.get("PLACES_EXAMPLES", "25"))


def kiosk_statuses(kiosk, session_id) -> dict:
    return {b.id: b.status.value for b in kiosk.services.booking.for_session(session_id)}


def central_statuses(central, session_id) -> dict:
    with central.connect() as conn:
        rows = conn.execute("SELECT id, status FROM booking WHERE session_id = %s", [session_id])
        return dict(rows.fetchall())


def test_kiosk_and_central_decide_places_identically(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Front desk", "desk")
    kiosk.sync()
    activity = kiosk.services.activities.add(ADMIN, "Walk and talk")

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @example(capacity=1, steps=[("book", 1), ("book", 1), ("cancel", 0), ("book", 1)])
    @example(capacity=1, steps=[("book", 1), ("book", 1), ("capacity", 2), ("book", 1)])
    @given(capacity=st.integers(1, 4), steps=STEPS)
    def check(capacity, steps):
        session = kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock), 60, capacity)
        for action, value in steps + [("sync", 0)]:
            if action == "book" and value <= kiosk.services.schedule.get(session.id).capacity:
                kiosk.services.booking.book(session.id, "Sam", value)
            elif action == "capacity":
                try:
                    kiosk.services.schedule.edit_session(ADMIN, session.id, capacity=value)
                except CapacityTooLow:
                    pass  # the kiosk refuses to drop below the places held: nothing is sent
            elif action == "cancel":
                still_open = [b for b in kiosk.services.booking.for_session(session.id) if b.status in OPEN]
                if still_open:
                    kiosk.services.booking.cancel(still_open[value % len(still_open)].reference)
            elif action == "sync":
                decided_here = kiosk_statuses(kiosk, session.id)
                kiosk.sync()
                assert central_statuses(central, session.id) == decided_here
                assert kiosk_statuses(kiosk, session.id) == decided_here

    check()
