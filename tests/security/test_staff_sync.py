"""Staff accounts across a hub's devices (issue 11, finding 1, the sync part): an account made at
the desk works on the hub's touchscreens after one sync, and offline after that; disabling it or a
new PIN reaches them at their next sync; wrong PINs lock an account on the device they were typed
on, and a PIN reset lifts that lock everywhere. PIN hashes are readable by that hub's devices
only, and only a desk device can change staff accounts centrally."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from psycopg import errors

from kiosk.domain.enums import StaffRole
from kiosk.domain.errors import AccountLocked, NotAllowed, WrongPin
from tests.sync.conftest import central, kiosk_template, sync_server  # noqa: F401 (fixtures)
from tests.sync.helpers import ADMIN

LEAD_PIN, VOLUNTEER_PIN, NEW_PIN = "482913", "730418", "615094"


@pytest.fixture
def hub(central):  # noqa: F811
    """Hub A (desk and touchscreen) with a lead and a volunteer made at the desk; hub B."""
    hub_a, hub_b = central.hub("Hub A"), central.hub("Hub B")
    desk, touch = central.kiosk(hub_a, "A desk", "desk"), central.kiosk(hub_a, "A touchscreen")
    other = central.kiosk(hub_b, "B touchscreen")
    for kiosk in (desk, touch, other):
        kiosk.sync()
    lead = desk.services.accounts.add(ADMIN, "Lee", StaffRole.LEAD, LEAD_PIN)
    volunteer = desk.services.accounts.add(ADMIN, "Val", StaffRole.VOLUNTEER, VOLUNTEER_PIN)
    desk.sync()
    touch.sync()
    return hub_a, desk, touch, other, lead, volunteer


def test_an_account_made_at_the_desk_works_on_the_touchscreen(hub):
    _, _, touch, _, lead, volunteer = hub
    assert {s.name for s in touch.services.accounts.staff()} == {"Lee", "Val"}
    # signing in never asks the central database: it works offline once synced
    assert touch.services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN).name == "Val"
    assert touch.services.accounts.sign_in(lead.id, LEAD_PIN).is_lead


def test_disabling_and_a_new_pin_reach_every_device_at_its_next_sync(hub):
    _, desk, touch, _, lead, volunteer = hub
    actor = desk.services.accounts.sign_in(lead.id, LEAD_PIN)
    desk.services.accounts.set_active(actor, volunteer.id, False)
    desk.services.accounts.reset_pin(actor, lead.id, NEW_PIN)
    desk.sync()
    touch.sync()
    with pytest.raises(NotAllowed):
        touch.services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    with pytest.raises(WrongPin):
        touch.services.accounts.sign_in(lead.id, LEAD_PIN)
    assert touch.services.accounts.sign_in(lead.id, NEW_PIN).is_lead


def test_a_lock_stays_on_its_device_and_a_reset_lifts_it_everywhere(central, hub):  # noqa: F811
    _, desk, touch, _, lead, volunteer = hub
    for _ in range(5):
        touch.clock.skew += timedelta(minutes=1)  # past the growing delays
        with pytest.raises((WrongPin, AccountLocked)):
            touch.services.accounts.sign_in(volunteer.id, "999888")
    with pytest.raises(AccountLocked):
        touch.services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    touch.sync()
    desk.sync()
    touch.sync()  # a pull of the unchanged account keeps the touchscreen's lock
    with pytest.raises(AccountLocked):
        touch.services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN)
    assert desk.services.accounts.sign_in(volunteer.id, VOLUNTEER_PIN).name == "Val"
    assert central.scalar("SELECT failed_attempts FROM staff_account WHERE id = %s", volunteer.id) == 0

    actor = desk.services.accounts.sign_in(lead.id, LEAD_PIN)
    desk.services.accounts.reset_pin(actor, volunteer.id, NEW_PIN)
    desk.sync()
    touch.sync()
    assert touch.services.accounts.sign_in(volunteer.id, NEW_PIN).name == "Val"


def test_pin_hashes_are_readable_only_by_the_hubs_own_devices(central, hub):  # noqa: F811
    hub_a, _, touch, other, _, _ = hub
    with central.connect(touch.login) as conn:
        hashes = [r[0] for r in conn.execute("SELECT pin_hash FROM staff_account")]
        assert len(hashes) == 2 and all(h.startswith("$argon2id$") for h in hashes)
    with central.connect(other.login) as conn:
        assert conn.execute("SELECT count(*) FROM staff_account").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM staff_account WHERE hub_id = %s",
                            [hub_a.id]).fetchone()[0] == 0
    assert other.services.accounts.staff() == []


def test_a_touchscreen_login_cannot_change_or_add_staff(central, hub):  # noqa: F811
    hub_a, _, touch, _, lead, _ = hub
    now = datetime.now(UTC)
    with central.connect(touch.login) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE staff_account SET pin_hash = 'x' WHERE id = %s", [lead.id])
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO staff_account (id, hub_id, name, role, pin_hash, active, "
                         "failed_attempts, created_at, updated_at) VALUES (%s, %s, 'Mal', 'lead', 'x', "
                         "true, 0, %s, %s)", [uuid.uuid4(), hub_a.id, now, now])
    assert central.scalar("SELECT count(*) FROM staff_account WHERE hub_id = %s", hub_a.id) == 2


def test_accounts_made_before_accounts_travelled_reach_the_touchscreens(central):  # noqa: F811
    hub_a = central.hub("Hub A")
    desk, touch = central.kiosk(hub_a, "A desk", "desk"), central.kiosk(hub_a, "A touchscreen")
    desk.sync()
    touch.sync()
    older = desk.services.accounts.add(ADMIN, "Ola", StaffRole.VOLUNTEER, VOLUNTEER_PIN)
    with desk.db.begin() as conn:  # as an older version left it: the account was never queued
        conn.exec_driver_sql("DELETE FROM outbox WHERE entity = 'staff_account'")
    desk.sync()
    touch.sync()
    assert touch.services.accounts.sign_in(older.id, VOLUNTEER_PIN).name == "Ola"
    desk.sync()
    assert desk.outbox() == 0  # queued once, not at every sync
