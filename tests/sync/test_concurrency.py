"""Twenty device connections book the last places of a 10-place session at the same moment,
round after round: the lock on the session row means exactly 10 are confirmed every time and
everyone else is on the waiting list, each with its own place in the queue."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from kiosk.domain.ids import uuid7
from kiosk.domain.refcode import new_reference
from kiosk.sync.central.apply import apply_batch
from kiosk.sync.ops import Op

from .helpers import ADMIN

CONNECTIONS, DEVICES, ROUNDS, CAPACITY = 20, 4, 8, 10


def booking_op(hub_id: uuid.UUID, session_id: uuid.UUID, device_id: uuid.UUID, seq: int) -> Op:
    booking_id, now = uuid7(), datetime.now(UTC).isoformat()
    payload = {"id": str(booking_id), "hub_id": str(hub_id), "session_id": str(session_id),
               "reference": new_reference(), "name": f"Visitor {seq}", "party": 1,
               "status": "confirmed", "queue_no": 1, "origin_device_id": str(device_id),
               "created_at": now, "updated_at": now}
    return Op(seq, uuid7(), "booking.create", "booking", booking_id, payload)


def test_twenty_connections_never_overbook(central):
    hub = central.hub()
    desk = central.kiosk(hub, "Front desk", "desk")
    desk.sync()
    activity = desk.services.activities.add(ADMIN, "Yoga")
    start = datetime.now(UTC) + timedelta(days=1)
    sessions = [desk.services.schedule.add_session(ADMIN, activity.id, start + timedelta(hours=n), 60,
                                                   CAPACITY).id for n in range(ROUNDS)]
    desk.sync()
    logins = [central.admin.add_device(hub, f"Kiosk {n}") for n in range(DEVICES)]
    conns = [central.connect(logins[n % DEVICES]) for n in range(CONNECTIONS)]
    try:
        for round_no, session_id in enumerate(sessions):
            gate = threading.Barrier(CONNECTIONS)

            def book(n: int, session_id=session_id, gate=gate, first=round_no * CONNECTIONS):
                login = logins[n % DEVICES]
                op = booking_op(hub.id, session_id, login.device_id, first + n + 1)
                gate.wait()
                return apply_batch(conns[n], hub.id, login.device_id, [op])

            with ThreadPoolExecutor(CONNECTIONS) as pool:
                outcomes = list(pool.map(book, range(CONNECTIONS)))
            assert sum(o.applied for o in outcomes) == CONNECTIONS
            with central.connect() as conn:
                rows = conn.execute("SELECT status, queue_no FROM booking WHERE session_id = %s",
                                    [session_id]).fetchall()
            statuses = [status for status, _ in rows]
            assert statuses.count("confirmed") == CAPACITY, f"round {round_no}"
            assert statuses.count("waitlisted") == CONNECTIONS - CAPACITY
            assert sorted(q for _, q in rows) == list(range(1, CONNECTIONS + 1))
            confirmed_last = max(q for s, q in rows if s == "confirmed")
            assert confirmed_last == CAPACITY  # first come, first served
    finally:
        for conn in conns:
            conn.close()
