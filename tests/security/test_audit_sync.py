"""The audit log leaves the device (issue 11, finding 8): entries sync to the central database,
where a device login can only add entries in its own name; someone who holds a kiosk's file and
wipes its log (drops the trigger, deletes the rows) leaves a gap in the device's numbering that
the central copy shows, and the desk's audit page shows it with the time of the last
confirmation."""

import sqlite3
import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication
from psycopg import errors

from kiosk.domain.enums import StaffRole
from tests.desk.conftest import activate
from tests.desk.helpers import sign_in, tap
from tests.sync.conftest import central, kiosk_template, sync_server  # noqa: F401 (fixtures)
from tests.sync.helpers import ADMIN

LEAD, PIN = "Lee", "482913"
REFUSED = (errors.InsufficientPrivilege, errors.RaiseException)


@pytest.fixture
def desk(central):  # noqa: F811
    """A desk kiosk of hub A, with a lead, that has sent its first audit entries."""
    hub = central.hub("Hub A")
    kiosk = central.kiosk(hub, "Front desk", "desk")
    kiosk.sync()
    lead = kiosk.services.accounts.add(ADMIN, LEAD, StaffRole.LEAD, PIN)
    for _ in range(3):
        kiosk.services.accounts.sign_in(lead.id, PIN)
    kiosk.sync()
    return hub, kiosk, lead


def central_entries(central, kiosk) -> list[int]:  # noqa: F811
    with central.connect() as conn:
        return [r[0] for r in conn.execute("SELECT device_seq FROM audit_entry WHERE device_id = %s "
                                           "ORDER BY device_seq", [kiosk.login.device_id])]


def wipe_local_log(path) -> None:
    """What someone holding the file can do: drop the append-only triggers, delete the rows."""
    conn = sqlite3.connect(path)
    with conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'audit_entry'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM audit_entry")
    conn.close()


def test_entries_reach_the_central_copy_in_order(central, desk):  # noqa: F811
    _, kiosk, _ = desk
    assert central_entries(central, kiosk) == [1, 2, 3, 4]  # the account, then three sign-ins
    assert central.scalar("SELECT count(*) FROM sync_audit_gap") == 0


def test_a_wiped_local_log_shows_as_a_gap_centrally_and_on_the_desk(qtbot, central, desk):  # noqa: F811
    hub, kiosk, lead = desk
    for _ in range(2):  # entries 5 and 6: made, then wiped before any sync sent them
        kiosk.services.accounts.sign_in(lead.id, PIN)
    wipe_local_log(kiosk.path)
    kiosk.services.accounts.sign_in(lead.id, PIN)  # entry 7
    kiosk.sync()

    assert central_entries(central, kiosk) == [1, 2, 3, 4, 7]  # sent before the wipe: kept
    with central.connect() as conn:
        gaps = conn.execute("SELECT first_seq, last_seq, kind FROM sync_audit_gap WHERE device_id = %s",
                            [kiosk.login.device_id]).fetchall()
    assert gaps == [(5, 6, "missing")]

    from kiosk.views.desk.window import DeskWindow
    window = DeskWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start(kiosk.services)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    sign_in(qtbot, window.area, LEAD, PIN)
    tap(qtbot, window.area.shell.nav["audit"])
    QApplication.processEvents()
    text = window.area.shell.pages["audit"].central.text()
    assert "Last confirmed by the central database:" in text
    assert "Front desk's entries 5 to 6 never reached the central database" in text
    assert "Front desk: entries up to number 7" in text


def test_a_device_login_can_only_add_entries_in_its_own_name(central, desk):  # noqa: F811
    hub, kiosk, _ = desk
    other_hub = central.hub("Hub B")
    other = central.kiosk(other_hub, "B touchscreen")
    other.sync()
    now = datetime.now(UTC)
    with central.connect(kiosk.login) as conn:
        with pytest.raises(REFUSED):
            conn.execute("UPDATE audit_entry SET action = 'nothing' WHERE device_id = %s", [kiosk.login.device_id])
        with pytest.raises(REFUSED):
            conn.execute("DELETE FROM audit_entry")
        with pytest.raises(REFUSED):
            conn.execute("DELETE FROM sync_audit_gap")
        for device, at_hub in ((other.login.device_id, hub.id), (kiosk.login.device_id, other_hub.id)):
            with pytest.raises(REFUSED):
                conn.execute("INSERT INTO audit_entry (id, hub_id, at, actor_name, action, entity, detail, "
                             "device_id, device_seq) VALUES (%s, %s, %s, 'x', 'staff.sign_in', 'staff_account', "
                             "'{}', %s, 99)", [uuid.uuid4(), at_hub, now, device])
    with central.connect(other.login) as conn:  # another hub's device sees none of it
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 0
    assert central_entries(central, kiosk) == [1, 2, 3, 4]
