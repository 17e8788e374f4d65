"""The applied-op log stays small: a device's acknowledged ops are pruned, yet a resent old batch
whose rows were pruned is still recognised and changes nothing; and a kiosk restored from an
older backup still gets every new change through (it renumbers its waiting ones first)."""

import shutil

import pytest

from kiosk.sync.central import oplog
from kiosk.sync.central.apply import apply_batch

from .helpers import ADMIN, upcoming

BATCH = 4


@pytest.fixture(autouse=True)
def prune_soon(monkeypatch):
    monkeypatch.setattr(oplog, "PRUNE_AFTER", 6)


def changes(kiosk, session_id, tag: str, count: int) -> None:
    for n in range(count):
        kiosk.services.booking.book(session_id, f"{tag}{n}")
        kiosk.services.visits.check_in(f"{tag}{n}", "CM1")


def state(central, hub_id):
    with central.connect() as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE hub_id = %s", [hub_id]).fetchone()[0]
                  for t in ("booking", "visit", "sync_applied_op")}
        queue = conn.execute("SELECT string_agg(status || queue_no, ',' ORDER BY queue_no) FROM booking "
                             "WHERE hub_id = %s", [hub_id]).fetchone()[0]
    return counts, queue


def content(central, hub_id) -> dict[str, list]:
    """Every column of the hub's rows but their feed position (a resent op's rows are given a
    new one on purpose, so kiosks that skipped them pull them again)."""
    with central.connect() as conn:
        return {t: [r[0] for r in conn.execute(f"SELECT to_jsonb(t) - 'server_seq' FROM {t} AS t "
                                                "WHERE hub_id = %s ORDER BY id", [hub_id])]
                for t in ("activity", "session", "booking", "visit")}


def test_a_resent_batch_whose_log_rows_were_pruned_changes_nothing(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", batch_size=BATCH)
    kiosk.sync()
    activity = kiosk.services.activities.add(ADMIN, "Yoga")
    session = kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock), 60, 5)
    changes(kiosk, session.id, "A", 4)
    first_batch = kiosk.store.outbox_batch(kiosk.store.last_outbox_seq(), BATCH)
    kiosk.sync()
    changes(kiosk, session.id, "B", 6)
    kiosk.sync()
    pushed = 2 + 2 * 4 + 2 * 6

    with central.connect() as conn:
        acked, pruned = conn.execute("SELECT acked_upto, pruned_upto FROM sync_device_mark WHERE device_id = %s",
                                     [kiosk.login.device_id]).fetchone()
    before, queue = state(central, hub.id)
    assert 0 < pruned <= acked < pushed
    assert before["sync_applied_op"] == pushed - pruned  # the pruned ones are gone from the log
    assert first_batch[-1].seq <= pruned  # ... the whole first batch among them
    rows = content(central, hub.id)

    with central.connect(kiosk.login) as conn:
        again = apply_batch(conn, hub.id, kiosk.login.device_id, first_batch)

    assert (again.applied, again.duplicates) == (0, len(first_batch))
    assert state(central, hub.id) == (before, queue)
    assert content(central, hub.id) == rows
    assert before["booking"] == 10 and queue.count("confirmed") == 5


def test_a_device_cannot_move_its_own_pruned_mark(central):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    kiosk.sync()
    kiosk.services.visits.check_in("Sam", "CM1")
    kiosk.sync()
    with central.connect(kiosk.login) as conn, pytest.raises(Exception, match="permission denied"):
        conn.execute("UPDATE sync_device_mark SET pruned_upto = 1000000")
    with central.connect(kiosk.login) as conn, pytest.raises(Exception, match="permission denied"):
        conn.execute("DELETE FROM sync_applied_op")


def test_a_kiosk_restored_from_an_older_backup_loses_no_new_change(central, tmp_path):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", batch_size=BATCH)
    kiosk.sync()
    kiosk.services.visits.check_in("Early", "CM1")
    kiosk.db.dispose()
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(kiosk.path, backup)  # holds the first change, not yet sent
    for n in range(12):
        kiosk.services.visits.check_in(f"Later{n}", "CM1")
    kiosk.sync()
    kiosk.services.visits.check_in("Last", "CM1")
    kiosk.sync()  # acknowledged and pruned well past where the backup stopped
    kiosk.db.dispose()
    shutil.copyfile(backup, kiosk.path)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"{kiosk.path.name}{suffix}").unlink(missing_ok=True)

    after_restore = kiosk.services.visits.check_in("Restored", "CM1")  # reuses a pushed sequence
    kiosk.sync()

    with central.connect() as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM visit WHERE hub_id = %s", [hub.id]))
        stored = conn.execute("SELECT count(*) FROM visit WHERE id = %s", [after_restore.id]).fetchone()[0]
    assert stored == 1
    assert names == sorted(["Early", "Last", "Restored", *(f"Later{n}" for n in range(12))])
    assert kiosk.outbox() == 0
