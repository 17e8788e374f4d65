"""Sync through PgBouncer in transaction pooling mode: two kiosks, each with its own login, push
and pull at the same time through one server connection that PgBouncer hands from transaction to
transaction (and from login to login), and end with the same data as the central database; the
booking decisions are still made under the session's lock."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.support.pgbouncer import find_pgbouncer, start_pgbouncer

from .helpers import ADMIN, upcoming

pytestmark = pytest.mark.skipif(find_pgbouncer() is None, reason="Debian's pgbouncer is not installed")

#: Small batches and many changes: each sync runs the same statements many times, more than
#: psycopg's threshold for preparing them on the server connection of the moment.
BATCH, CHANGES, CAPACITY = 3, 24, 10


@pytest.fixture
def bouncer(sync_server):
    # one server connection for the whole database: every transaction of both kiosks shares it
    made = start_pgbouncer(sync_server.host, sync_server.port, pool_size=1)
    yield made
    made.stop()


def make_changes(kiosk, session_id, tag: str) -> None:
    for n in range(CHANGES // 2):
        kiosk.services.booking.book(session_id, f"{tag}{n}")
        kiosk.services.visits.check_in(f"{tag}{n}", "CM1")


def test_two_kiosks_sync_through_pgbouncer_in_transaction_mode(central, bouncer):
    hub = central.hub()
    first = central.kiosk(hub, "Reception", port=bouncer.port, batch_size=BATCH)
    second = central.kiosk(hub, "Cafe", port=bouncer.port, batch_size=BATCH)
    first.sync()
    second.sync()
    activity = first.services.activities.add(ADMIN, "Walk and talk")
    session = first.services.schedule.add_session(ADMIN, activity.id, upcoming(first.clock), 60, CAPACITY)
    first.sync()
    second.sync()
    make_changes(first, session.id, "A")
    make_changes(second, session.id, "B")

    gate = threading.Barrier(2)

    def sync(kiosk):
        gate.wait()
        return [kiosk.sync() for _ in range(2)]

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(sync, (first, second)))
    for kiosk in (first, second):
        kiosk.sync()  # brings each the other's changes and the final decisions

    assert [r[0].pushed for r in results] == [CHANGES, CHANGES]
    assert first.outbox() == second.outbox() == 0
    assert first.digest(hub.id) == second.digest(hub.id) == central.digest(hub.id)
    with central.connect() as conn:
        statuses = dict(conn.execute("SELECT status, count(*) FROM booking GROUP BY status").fetchall())
        applied = conn.execute("SELECT count(*) FROM sync_applied_op").fetchone()[0]
    assert statuses == {"confirmed": CAPACITY, "waitlisted": CHANGES - CAPACITY}
    assert applied == 2 * CHANGES + 2  # every booking and visit, the activity and the session, once
    pools = {p["user"]: p for p in bouncer.pools() if p["database"] == central.dbname}
    assert {first.login.role_name, second.login.role_name} <= pools.keys()
    assert all(p["pool_mode"] == "transaction" for p in pools.values())
    assert bouncer.servers() <= 2  # the pool's one connection (and the console's own check)
