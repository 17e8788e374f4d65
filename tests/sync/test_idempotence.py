"""Resending is harmless: the same batch pushed twice, and a batch whose acknowledgement was lost
after the central commit (the proxy cuts the connection right after the server's COMMIT reply),
store every change exactly once."""

import pytest

from kiosk.sync.central.apply import apply_batch
from kiosk.sync.errors import CentralUnreachable

from .helpers import ADMIN, upcoming


@pytest.fixture
def joined(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    kiosk.sync()
    return hub, kiosk


def some_changes(kiosk) -> None:
    activity = kiosk.services.activities.add(ADMIN, "Poetry workshop")
    session = kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock), 60, 2)
    for name in ("Sam", "Alex", "Jo"):
        kiosk.services.booking.book(session.id, name)
    visit = kiosk.services.visits.check_in("Mo", "CM1")
    kiosk.services.visits.check_out(visit.id)


def central_counts(central, hub_id) -> dict[str, int]:
    with central.connect() as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table} WHERE hub_id = %s", [hub_id]).fetchone()[0]
                for table in ("activity", "session", "booking", "visit", "sync_applied_op")}


def test_the_same_batch_pushed_twice_is_applied_once(central, joined):
    hub, kiosk = joined
    some_changes(kiosk)
    ops = kiosk.store.outbox_batch(kiosk.store.last_outbox_seq(), 100)
    with central.connect(kiosk.login) as conn:
        first = apply_batch(conn, hub.id, kiosk.login.device_id, ops)
        after_first = central_counts(central, hub.id)
        queue = central.scalar("SELECT string_agg(status || queue_no, ',' ORDER BY queue_no) FROM booking")
        second = apply_batch(conn, hub.id, kiosk.login.device_id, ops)
    assert (first.applied, first.duplicates) == (len(ops), 0)
    assert (second.applied, second.duplicates) == (0, len(ops))
    assert central_counts(central, hub.id) == after_first
    assert after_first["booking"] == 3 and after_first["visit"] == 1
    assert central.scalar("SELECT string_agg(status || queue_no, ',' ORDER BY queue_no) FROM booking") == queue
    kiosk.sync()
    assert kiosk.digest(hub.id) == central.digest(hub.id)


def test_a_lost_acknowledgement_after_the_commit_duplicates_nothing(central, proxy):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", port=proxy.port)
    kiosk.sync()
    some_changes(kiosk)
    waiting = kiosk.outbox()
    proxy.drop_after_next_commit()

    with pytest.raises(CentralUnreachable):
        kiosk.sync()

    assert proxy.commits_dropped == 1
    assert kiosk.outbox() == waiting  # not deleted: the commit was never acknowledged
    committed = central_counts(central, hub.id)
    assert committed["booking"] == 3  # ... yet the server has it all
    result = kiosk.sync()
    assert (result.pushed, result.duplicates) == (waiting, waiting)
    assert central_counts(central, hub.id) == committed
    assert kiosk.outbox() == 0
    assert kiosk.digest(hub.id) == central.digest(hub.id)
    session_id = central.scalar("SELECT id FROM session")
    assert [b.status.value for b in kiosk.services.booking.for_session(session_id)] == [
        "confirmed", "confirmed", "waitlisted"]
