"""The hub's change feed: a row committed late is never skipped (positions are drawn under a
per-hub lock held to commit), pulled rows never go back into the outbox, a local change waiting
to be pushed is not overwritten, deletions travel as tombstones, and the cursor moves only with
the rows it covers."""

import threading
import uuid
from datetime import UTC, datetime

import pytest

from kiosk.sync import pull as pull_module
from kiosk.sync.local import PULL_CURSOR

from .helpers import ADMIN, upcoming


def insert_visit(conn, hub_id) -> uuid.UUID:
    visit_id, now = uuid.uuid4(), datetime.now(UTC)
    conn.execute("INSERT INTO visit (id, hub_id, day_number, first_visit, family_count, arrived_at, "
                 "created_at, updated_at) VALUES (%s, %s, 1, false, 0, %s, %s, %s)",
                 [visit_id, hub_id, now, now, now])
    return visit_id


def test_a_row_committed_late_is_not_skipped(central):
    hub, other = central.hub("Hub A"), central.hub("Hub B")
    kiosk = central.kiosk(hub, "Touchscreen")
    kiosk.sync()
    with central.connect() as slow, central.connect() as fast, central.connect() as elsewhere:
        with slow.transaction():
            early = insert_visit(slow, hub.id)  # holds hub A's feed lock until it commits
            done = threading.Event()
            late_ids = []

            def write_later() -> None:
                with fast.transaction():
                    late_ids.append(insert_visit(fast, hub.id))
                done.set()

            writer = threading.Thread(target=write_later)
            writer.start()
            assert not done.wait(0.5), "a second writer of the same hub must wait for the first"
            with elsewhere.transaction():
                insert_visit(elsewhere, other.id)  # another hub is not held up
            assert kiosk.sync().pulled == 0
        writer.join(10)
        assert done.is_set()
    seq = dict(central.admin.engine.connect().exec_driver_sql(
        "SELECT id, server_seq FROM visit").all())
    assert seq[early] < seq[late_ids[0]]
    kiosk.sync()
    assert kiosk.digest(hub.id) == central.digest(hub.id)
    assert kiosk.digest(hub.id)["visit"].startswith("2:")


def test_pulled_rows_never_reach_the_outbox(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    activity = desk.services.activities.add(ADMIN, "Yoga")
    desk.services.schedule.add_session(ADMIN, activity.id, upcoming(desk.clock), 60, 5)
    desk.sync()
    result = touch.sync()
    assert result.pulled >= 5 and touch.outbox() == 0
    assert touch.sync().pushed == 0


def test_a_pending_local_change_is_not_overwritten_by_a_pull(central):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    activity = desk.services.activities.add(ADMIN, "Yoga")
    session = desk.services.schedule.add_session(ADMIN, activity.id, upcoming(desk.clock), 60, 5)
    desk.sync()
    touch.sync()
    booking = touch.services.booking.book(session.id, "Sam")
    touch.sync()
    touch.services.booking.cancel(booking.reference)
    store = touch.store
    pull_module.pull(_device_conn(central, touch), store, (hub.id, touch.login.device_id))  # pull only
    assert touch.services.booking.lookup(booking.reference).status.value == "cancelled"
    touch.sync()
    assert central.scalar("SELECT status FROM booking WHERE id = %s", booking.id) == "cancelled"


def test_deletions_travel_as_tombstones(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    kiosk.sync()
    activity = kiosk.services.activities.add(ADMIN, "Bingo")
    kiosk.sync()
    with central.connect() as conn:  # an administrator retires it centrally, by hand
        conn.execute("UPDATE activity SET deleted_at = now() WHERE id = %s", [activity.id])
    kiosk.sync()
    assert kiosk.services.activities.list() == []
    assert kiosk.digest(hub.id) == central.digest(hub.id)


def test_the_cursor_moves_only_with_the_rows_it_covers(central, monkeypatch):
    hub = central.hub()
    desk, touch = central.kiosk(hub, "Front desk", "desk"), central.kiosk(hub, "Touchscreen")
    desk.sync()
    activity = desk.services.activities.add(ADMIN, "Yoga")
    for hours in range(24, 30):
        desk.services.schedule.add_session(ADMIN, activity.id, upcoming(desk.clock, hours), 60, 5)
    desk.sync()
    touch.sync()
    before = touch.store.states()[PULL_CURSOR]
    for hours in range(30, 40):
        desk.services.schedule.add_session(ADMIN, activity.id, upcoming(desk.clock, hours), 60, 5)
    desk.sync()

    def power_cut(conn, values):
        raise RuntimeError("power cut")

    monkeypatch.setattr(touch.store, "set_states", power_cut)  # the last chunk stores the cursor
    with pytest.raises(RuntimeError):
        pull_module.pull(_device_conn(central, touch), touch.store, (hub.id, touch.login.device_id),
                         chunk_rows=4)
    assert touch.store.states()[PULL_CURSOR] == before
    # the chunk committed before the failure is in, but the cursor did not move past it: the
    # next pull reads those rows again (harmless) rather than risk missing any
    assert len(touch.services.schedule.days(upcoming(desk.clock).date(), 3)) == 16
    monkeypatch.undo()
    touch.sync()
    assert touch.digest(hub.id) == desk.digest(hub.id) == central.digest(hub.id)


def _device_conn(central, kiosk):
    return central.connect(kiosk.login)
