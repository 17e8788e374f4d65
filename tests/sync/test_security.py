"""Least privilege in the central database: each device signs in with its own password, is no
superuser, cannot bypass row-level security and owns nothing; row-level security is forced on
every table, so a device of hub A can neither read nor write hub B's rows."""

import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors

from kiosk.sync.central.apply import apply_batch
from kiosk.sync.ops import Op

from .helpers import ADMIN, upcoming


@pytest.fixture
def two_hubs(central):
    """Hubs A and B, each with a kiosk that has made an activity and a booking and synced."""
    made = []
    for name in ("Hub A", "Hub B"):
        hub = central.hub(name)
        kiosk = central.kiosk(hub, f"{name} touchscreen")
        kiosk.sync()
        activity = kiosk.services.activities.add(ADMIN, f"Yoga at {name}")
        session = kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock), 60, 5)
        kiosk.services.booking.book(session.id, "Sam")
        kiosk.sync()
        made.append((hub, kiosk, activity))
    return made


def test_a_device_reads_only_its_own_hub(central, two_hubs):
    (hub_a, kiosk_a, _), (hub_b, _, activity_b) = two_hubs
    with central.connect(kiosk_a.login) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM hub")] == [hub_a.id]
        assert conn.execute("SELECT count(*) FROM booking WHERE hub_id = %s", [hub_b.id]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM activity WHERE id = %s", [activity_b.id]).fetchone()[0] == 0
        assert {r[0] for r in conn.execute("SELECT hub_id FROM session")} == {hub_a.id}
        assert {r[0] for r in conn.execute("SELECT hub_id FROM device")} == {hub_a.id}
        assert conn.execute("SELECT count(*) FROM sync_device_login").fetchone()[0] == 1
    assert central.scalar("SELECT count(*) FROM booking") == 2  # the rows are there


def test_a_device_cannot_write_another_hubs_rows(central, two_hubs):
    (hub_a, kiosk_a, activity_a), (hub_b, _, activity_b) = two_hubs
    now = datetime.now(UTC)
    with central.connect(kiosk_a.login) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO activity (id, hub_id, name, colour, icon, created_at, updated_at) "
                         "VALUES (%s, %s, 'Sneaky', '#000000', 'x', %s, %s)", [uuid.uuid4(), hub_b.id, now, now])
        updated = conn.execute("UPDATE activity SET name = 'Changed' WHERE id = %s", [activity_b.id])
        assert updated.rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE activity SET hub_id = %s WHERE id = %s", [hub_b.id, activity_a.id])
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM visit")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE feedback SET rating = 1")
    assert central.scalar("SELECT name FROM activity WHERE id = %s", activity_b.id) == "Yoga at Hub B"
    assert central.scalar("SELECT hub_id FROM activity WHERE id = %s", activity_a.id) == hub_a.id


def test_a_pushed_change_for_another_hub_is_set_aside_not_applied(central, two_hubs):
    (hub_a, kiosk_a, _), (hub_b, _, activity_b) = two_hubs
    now = datetime.now(UTC).isoformat()
    forged = Op(1, uuid.uuid4(), "activity.upsert", "activity", activity_b.id,
                {"id": str(activity_b.id), "hub_id": str(hub_b.id), "name": "Hijacked",
                 "colour": "#000000", "icon": "x", "created_at": now, "updated_at": now})
    visit_id = uuid.uuid4()
    honest = Op(2, uuid.uuid4(), "visit.create", "visit", visit_id,
                {"id": str(visit_id), "hub_id": str(hub_a.id), "day_number": 1, "first_visit": False,
                 "family_count": 0, "arrived_at": now, "created_at": now, "updated_at": now})
    with central.connect(kiosk_a.login) as conn:
        outcome = apply_batch(conn, hub_a.id, kiosk_a.login.device_id, [forged, honest])
    assert (outcome.applied, outcome.rejected) == (1, 1)
    assert central.scalar("SELECT name FROM activity WHERE id = %s", activity_b.id) == "Yoga at Hub B"
    assert central.scalar("SELECT count(*) FROM visit WHERE id = %s", honest.entity_id) == 1
    assert central.scalar("SELECT outcome FROM sync_applied_op WHERE op_id = %s", forged.op_id) == "rejected"


def test_device_roles_have_no_power_beyond_their_rows(central, two_hubs):
    logins = [kiosk.login.role_name for _, kiosk, _ in two_hubs]
    with central.connect() as conn:
        for role in logins:
            attrs = conn.execute("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication, "
                                 "rolcanlogin FROM pg_roles WHERE rolname = %s", [role]).fetchone()
            assert attrs == (False, False, False, False, False, True)
            owned = conn.execute("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                                 "WHERE r.rolname = %s", [role]).fetchone()[0]
            assert owned == 0
        unprotected = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' "
            "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)").fetchall()
        assert unprotected == []
        assert conn.execute("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = 'public' AND c.relkind = 'r'").fetchone()[0] >= 15


def test_a_device_must_give_its_own_password(central, two_hubs):
    (_, kiosk_a, _), _ = two_hubs
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        central.connect(kiosk_a.login, password="not-the-password").close()
    with central.connect(kiosk_a.login) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == kiosk_a.login.role_name
    stored = central.scalar("SELECT rolpassword FROM pg_authid WHERE rolname = %s", kiosk_a.login.role_name)
    assert stored.startswith("SCRAM-SHA-256$") and kiosk_a.login.password not in stored


def test_a_malformed_change_is_set_aside_and_the_queue_moves_on(central, two_hubs):
    (hub_a, kiosk_a, _), _ = two_hubs
    broken = Op(1, uuid.uuid4(), "booking.create", "booking", uuid.uuid4(), {"party": "many"})
    kiosk_a.services.visits.check_in("Sam")
    ops = kiosk_a.store.outbox_batch(kiosk_a.store.last_outbox_seq(), 10)
    with central.connect(kiosk_a.login) as conn:
        outcome = apply_batch(conn, hub_a.id, kiosk_a.login.device_id, [broken, *ops])
    assert (outcome.rejected, outcome.applied) == (1, len(ops))
    detail = central.scalar("SELECT detail FROM sync_applied_op WHERE op_id = %s", broken.op_id)
    assert detail["payload"] == {"party": "many"} and detail["error"] == "KeyError"
