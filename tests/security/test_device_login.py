"""A rogue device login (issue 11, finding 7): with a device's own PostgreSQL login, as
``kiosk central add-device`` makes it, try to write in another device's name, undo an erasure,
push absurd hub settings, and stall another hub's sync. Each attempt is refused centrally, and a
kiosk that pulls an absurd setting does not take it."""

import threading
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors

from tests.sync.conftest import central, kiosk_template, sync_server  # noqa: F401 (fixtures)
from tests.sync.helpers import ADMIN

#: the advisory-lock key the feed used before it became a row lock
FEED_LOCK_CLASS = 7373
REFUSED = (errors.InsufficientPrivilege, errors.RaiseException, errors.CheckViolation)


@pytest.fixture
def hubs(central):  # noqa: F811
    """Hub A with a desk and a touchscreen, hub B with a touchscreen, all synced once."""
    hub_a, hub_b = central.hub("Hub A"), central.hub("Hub B")
    desk = central.kiosk(hub_a, "A desk", "desk")
    touch = central.kiosk(hub_a, "A touchscreen")
    other = central.kiosk(hub_b, "B touchscreen")
    for kiosk in (desk, touch, other):
        kiosk.sync()
    return hub_a, hub_b, desk, touch, other


def test_applied_op_rows_only_in_the_logins_own_name(central, hubs):  # noqa: F811
    hub_a, hub_b, desk, touch, _ = hubs
    with central.connect(touch.login) as conn:
        for device, hub in ((desk.login.device_id, hub_a.id), (touch.login.device_id, hub_b.id)):
            with pytest.raises(REFUSED):
                conn.execute("INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome) "
                             "VALUES (%s, %s, %s, 1, 'applied')", [uuid.uuid4(), hub, device])
        conn.execute("INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome) "
                     "VALUES (%s, %s, %s, 1, 'applied')", [uuid.uuid4(), hub_a.id, touch.login.device_id])
    assert central.scalar("SELECT count(*) FROM sync_applied_op WHERE device_id = %s",
                          desk.login.device_id) == 0


def test_a_new_row_cannot_claim_another_device_and_an_update_cannot_change_its_origin(central, hubs):  # noqa: F811
    hub_a, _, desk, touch, _ = hubs
    now = datetime.now(UTC)
    with central.connect(touch.login) as conn:
        with pytest.raises(REFUSED):
            conn.execute("INSERT INTO visit (id, hub_id, day_number, first_visit, family_count, arrived_at, "
                         "origin_device_id, created_at, updated_at) VALUES (%s, %s, 1, false, 0, %s, %s, %s, %s)",
                         [uuid.uuid4(), hub_a.id, now, desk.login.device_id, now, now])
        mine = uuid.uuid4()
        conn.execute("INSERT INTO visit (id, hub_id, day_number, first_visit, family_count, arrived_at, "
                     "created_at, updated_at) VALUES (%s, %s, 2, false, 0, %s, %s, %s)", [mine, hub_a.id, now, now, now])
        conn.execute("UPDATE visit SET origin_device_id = %s WHERE id = %s", [desk.login.device_id, mine])
        with pytest.raises(REFUSED):
            conn.execute("UPDATE device SET role = 'desk' WHERE id = %s", [touch.login.device_id])
        with pytest.raises(REFUSED):
            conn.execute("UPDATE device SET name = 'Renamed' WHERE id = %s", [desk.login.device_id])
    assert central.scalar("SELECT origin_device_id FROM visit WHERE id = %s", mine) == touch.login.device_id
    assert central.scalar("SELECT role FROM device WHERE id = %s", touch.login.device_id) == "touchscreen"


def test_erasure_markers_are_insert_only(central, hubs):  # noqa: F811
    hub_a, _, desk, touch, _ = hubs
    desk.services.visits.check_in("Robin")
    desk.sync()
    desk.services.privacy.erase(ADMIN, [r.id for r in desk.services.privacy.find(ADMIN, "Robin")])
    desk.sync()
    marker = central.scalar("SELECT id FROM erasure WHERE hub_id = %s", hub_a.id)
    with central.connect(touch.login) as conn:
        with pytest.raises(REFUSED):
            conn.execute("UPDATE erasure SET entity_id = %s WHERE id = %s", [uuid.uuid4(), marker])
        with pytest.raises(REFUSED):
            conn.execute("DELETE FROM erasure WHERE id = %s", [marker])
    assert central.scalar("SELECT count(*) FROM erasure WHERE id = %s", marker) == 1


def test_hub_settings_only_from_a_desk_and_only_in_range(central, hubs):  # noqa: F811
    hub_a, _, desk, touch, _ = hubs
    with central.connect(touch.login) as conn:
        for change in ("retention_days = 60", "visitor_idle_seconds = 120",
                       "crisis_contacts = '[{\"name\": \"Call me\", \"detail\": \"0900 000 000\"}]'"):
            with pytest.raises(REFUSED):
                conn.execute(f"UPDATE hub SET {change} WHERE id = %s", [hub_a.id])
    with central.connect(desk.login) as conn:
        for change in ("retention_days = 100000", "visitor_idle_seconds = 86400", "desk_lock_minutes = 0"):
            with pytest.raises(REFUSED):
                conn.execute(f"UPDATE hub SET {change} WHERE id = %s", [hub_a.id])
        conn.execute("UPDATE hub SET retention_days = 60 WHERE id = %s", [hub_a.id])  # a desk may, in range
    assert central.scalar("SELECT retention_days FROM hub WHERE id = %s", hub_a.id) == 60


def test_a_kiosk_does_not_take_an_out_of_range_setting_it_pulls(central, hubs):  # noqa: F811
    hub_a, _, _, touch, _ = hubs
    with central.connect() as conn:  # as if written before the checks existed
        conn.execute("ALTER TABLE hub DISABLE TRIGGER USER")
        conn.execute("UPDATE hub SET retention_days = 100000, visitor_idle_seconds = 86400, "
                     "desk_lock_minutes = 45, updated_at = now() WHERE id = %s", [hub_a.id])
        conn.execute("ALTER TABLE hub ENABLE TRIGGER USER")
        conn.execute("UPDATE hub SET name = name WHERE id = %s", [hub_a.id])  # a new feed position
    touch.sync()
    settings = touch.services.settings.get()
    assert (settings.retention_days, settings.visitor_idle_seconds) == (30, 90)  # its own, kept
    assert settings.desk_lock_minutes == 45  # an in-range value is taken


def test_device_roles_have_time_limits(central, hubs):  # noqa: F811
    _, _, desk, touch, _ = hubs
    for kiosk in (desk, touch):
        with central.connect(kiosk.login) as conn:
            for name in ("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout"):
                assert conn.execute(f"SHOW {name}").fetchone()[0] not in ("0", "0ms"), name


def test_no_login_can_hold_another_hubs_feed_lock(central, hubs):  # noqa: F811
    hub_a, _, _, touch, other = hubs
    touch.services.visits.check_in("Ash")
    with central.connect(other.login) as rogue:
        rogue.autocommit = False
        rogue.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", [FEED_LOCK_CLASS, str(hub_a.id)])
        rogue.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [FEED_LOCK_CLASS, str(hub_a.id)])
        assert rogue.execute("SELECT count(*) FROM (SELECT 1 FROM sync_feed_lock FOR UPDATE) l"
                             ).fetchone()[0] == 1  # its own hub's row only
        rogue.execute("SAVEPOINT s")
        with pytest.raises(REFUSED):
            rogue.execute("LOCK TABLE visit IN EXCLUSIVE MODE")
        rogue.execute("ROLLBACK TO SAVEPOINT s")
        done = threading.Event()
        outcome = {}

        def sync_hub_a():
            try:
                outcome["result"] = touch.sync()
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                outcome["error"] = error
            done.set()

        threading.Thread(target=sync_hub_a, daemon=True).start()
        finished = done.wait(15)
        rogue.rollback()
    done.wait(30)
    assert finished, "hub A's sync waited on a lock another hub's login held"
    assert outcome.get("result") is not None and outcome["result"].pushed >= 1, outcome


def test_a_device_cannot_lock_another_hubs_row_by_name(central, hubs):  # noqa: F811
    hub_a, _, _, _, other = hubs
    with central.connect(other.login) as rogue, rogue.transaction():
        found = rogue.execute("SELECT count(*) FROM (SELECT 1 FROM sync_feed_lock WHERE hub_id = %s "
                              "FOR UPDATE) l", [hub_a.id]).fetchone()[0]
        assert found == 0
        with pytest.raises(REFUSED + (psycopg.errors.UndefinedFunction,)):
            rogue.execute("SELECT sync_lock_feed(%s)", [hub_a.id])


def test_upgrading_an_existing_central_keeps_every_guard(central, hubs):  # noqa: F811
    hub_a, _, desk, touch, _ = hubs
    central.admin.upgrade()  # again, as after installing a newer version
    with central.connect(touch.login) as conn:
        assert conn.execute("SELECT count(*) FROM sync_feed_lock").fetchone()[0] == 1
        assert conn.execute("SHOW lock_timeout").fetchone()[0] != "0"
        with pytest.raises(REFUSED):
            conn.execute("INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome) "
                         "VALUES (%s, %s, %s, 1, 'applied')", [uuid.uuid4(), hub_a.id, desk.login.device_id])
        with pytest.raises(REFUSED):
            conn.execute("UPDATE hub SET retention_days = 60 WHERE id = %s", [hub_a.id])
    touch.services.visits.check_in("Kim")
    assert touch.sync().pushed >= 1


def test_a_marker_of_one_hub_cannot_erase_another_hubs_name(central, hubs):  # noqa: F811
    hub_a, hub_b, _, touch, other = hubs
    visit = touch.services.visits.check_in("Robin")
    touch.sync()
    with central.connect(other.login) as conn:  # hub B's login, naming hub A's visit
        conn.execute("INSERT INTO erasure (id, hub_id, entity, entity_id, erased_at) "
                     "VALUES (%s, %s, 'visit', %s, now())", [uuid.uuid4(), hub_b.id, visit.id])
    with central.connect() as conn:
        conn.execute("UPDATE visit SET updated_at = now() WHERE id = %s", [visit.id])  # written again
    assert central.scalar("SELECT name FROM visit WHERE id = %s", visit.id) == "Robin"
