"""Finding 4: export and erasure of a person's data reach that person only. They start from a
booking reference, or from the records a hub lead ticked after seeing each match's date, session
and district; a first name alone exports or erases nothing. The command line and the desk page
offer both ways, and every search, export and erasure is audited without its content."""

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.db.models import AuditEntry
from kiosk.domain.errors import NotFound
from kiosk.domain.privacy import BOOKING, VISIT
from kiosk.services import build_services
from tests.conftest import ADMIN, FakeClock
from tests.desk.conftest import (  # noqa: F401  (fixtures for the real desk window)
    LEAD_NAME, LEAD_PIN, desk, desk_clock, desk_services, desk_template, make_desk,
)
from tests.desk.helpers import sign_in, tap

REPO = Path(__file__).resolve().parents[2]


def two_sams(services, clock, name: str = "Sam"):
    """Two different people of one name: one booked a walk and came from CM1; one came from SS14."""
    walk = services.activities.add(ADMIN, "Coastal walk")
    session = services.schedule.add_session(ADMIN, walk.id, clock.now + timedelta(hours=2), 60, 10)
    mine = services.booking.book(session.id, name)
    services.visits.check_in(name, "CM1")
    clock.advance(days=1)
    services.visits.check_in(name.lower(), "SS14")
    return mine


def audit_details(services) -> str:
    with services.uow.read() as tx:
        rows = tx.session.execute(select(AuditEntry.action, AuditEntry.detail)
                                  .where(AuditEntry.action.startswith("privacy."))).all()
    return json.dumps([list(r) for r in rows])


def test_a_booking_reference_reaches_only_that_booking(services, clock):
    mine = two_sams(services, clock)
    found = services.privacy.by_reference(ADMIN, mine.reference.lower())
    assert [(r.kind, r.id) for r in found] == [(BOOKING, mine.id)]
    document = services.privacy.export(ADMIN, [r.id for r in found])
    assert [b["reference"] for b in document["bookings"]] == [mine.reference] and document["visits"] == []
    services.privacy.erase(ADMIN, [r.id for r in found])
    remaining = services.privacy.find(ADMIN, "Sam")
    assert sorted(r.district for r in remaining) == ["CM1", "SS14"]  # the visits are untouched


def test_a_name_lists_each_match_for_the_lead_to_tick_and_only_the_ticked_are_erased(services, clock):
    two_sams(services, clock)
    found = services.privacy.find(ADMIN, "SAM")
    assert sorted((r.kind, r.district) for r in found) == [(BOOKING, None), (VISIT, "CM1"), (VISIT, "SS14")]
    assert len({r.on for r in found}) == 2 and all("Sam" not in str(r) for r in found)
    other = next(r for r in found if r.district == "SS14")
    done = services.privacy.erase(ADMIN, [other.id])
    assert (done.bookings, done.visits) == (0, 1)
    assert sorted(r.district or "" for r in services.privacy.find(ADMIN, "Sam")) == ["", "CM1"]
    details = audit_details(services)
    assert "privacy.find" in details and "privacy.erase" in details and "sam" not in details.lower()


@pytest.fixture
def db_file(sqlite_engine) -> Path:
    services = build_services(sqlite_engine, FakeClock())
    services.hub.set_up("Two Sams Hub")
    mine = two_sams(services, FakeClock())
    sqlite_engine.dispose()
    return Path(sqlite_engine.url.database), mine.reference


def kiosk(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args], capture_output=True, text=True,
                          cwd=REPO, stdin=subprocess.DEVNULL, timeout=120)


def test_the_command_line_never_exports_or_erases_by_a_first_name_alone(db_file):
    db, reference = db_file
    for action in (["export"], ["erase", "--yes"]):
        refused = kiosk(db, "privacy", *action, "--name", "Sam")
        assert refused.returncode == 2 and refused.stdout == ""
        assert "3 records" in refused.stderr and "--record" in refused.stderr
    by_reference = json.loads(kiosk(db, "privacy", "export", "--reference", reference).stdout)
    assert [b["reference"] for b in by_reference["bookings"]] == [reference] and by_reference["visits"] == []
    listed = json.loads(kiosk(db, "--json", "privacy", "find", "--name", "sam").stdout)
    cm1 = next(r for r in listed if r["district"] == "CM1")
    assert kiosk(db, "privacy", "erase", "--record", cm1["id"], "--yes").returncode == 0
    after = {r["district"] for r in json.loads(kiosk(db, "--json", "privacy", "find", "--name", "sam").stdout)}
    assert after == {None, "SS14"}


def test_the_desk_page_finds_ticks_exports_and_erases_one_person(qtbot, desk, desk_services, desk_clock, tmp_path):
    mine = two_sams(desk_services, desk_clock, "Saoirse")  # the demo hub has its own Sams
    sign_in(qtbot, desk.area, LEAD_NAME, LEAD_PIN)
    tap(qtbot, desk.area.shell.nav["privacy"])
    page = desk.area.shell.pages["privacy"]
    qtbot.keyClicks(page.reference, mine.reference)
    qtbot.keyClick(page.reference, Qt.Key_Return)
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text().startswith("Coastal walk")
    shown = desk_services.visits.check_in("Saoirse", "CO4")  # the visitor tells the code on their screen
    qtbot.keyClicks(page.code, shown.leave_code)
    tap(qtbot, _button(page, "Find the visit"))
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "CO4"
    desk_services.privacy.erase(ADMIN, [shown.id])  # out of the way of the name search below
    qtbot.keyClicks(page.name, "Saoirse")
    tap(qtbot, _button(page, "Find by name"))
    assert page.table.rowCount() == 3
    shown = [page.table.item(r, 3).text() for r in range(3)]
    ss14 = shown.index("SS14")
    tap(qtbot, page.export)  # nothing ticked: nothing exported
    assert "at least one" in page.message.text()
    _tick(qtbot, page, ss14)
    page.path.setText(str(tmp_path / "sam.json"))
    tap(qtbot, page.export)
    exported = json.loads((tmp_path / "sam.json").read_text(encoding="utf-8"))
    assert [v["district"] for v in exported["visits"]] == ["SS14"] and exported["bookings"] == []
    tap(qtbot, page.erase)
    tap(qtbot, page.confirm_bar.yes)
    assert "1 visits" in page.notice.text()
    left = {r.district for r in desk_services.privacy.find(ADMIN, "Saoirse")}
    assert left == {None, "CM1"}
    details = audit_details(desk_services)
    assert "privacy.export" in details and "privacy.erase" in details and "saoirse" not in details.lower()


def _button(page, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def _tick(qtbot, page, row: int) -> None:
    """Tick a row's box from the keyboard, as a lead at the desk would (Space on the cell)."""
    page.table.setFocus()
    page.table.setCurrentCell(row, 0)
    qtbot.keyClick(page.table, Qt.Key_Space)
    assert page.table.item(row, 0).checkState() == Qt.Checked


def test_a_leaving_code_and_its_day_reach_only_that_visit(services, clock):
    two_sams(services, clock)
    shown = services.visits.check_in("Sam", "CO4")  # a third Sam; only they saw this code
    day = clock.now.date()
    found = services.privacy.by_leaving_code(ADMIN, shown.leave_code.lower(), day)
    assert [(r.kind, r.district) for r in found] == [(VISIT, "CO4")]
    with pytest.raises(NotFound):
        services.privacy.by_leaving_code(ADMIN, shown.leave_code, day - timedelta(days=1))
    services.privacy.erase(ADMIN, [r.id for r in found])
    assert sorted(r.district or "" for r in services.privacy.find(ADMIN, "Sam")) == ["", "CM1", "SS14"]


def test_the_command_line_exports_by_leaving_code_and_day(sqlite_engine):
    services = build_services(sqlite_engine, FakeClock())
    services.hub.set_up("Leaving Code Hub")
    two_sams(services, FakeClock())
    shown = services.visits.check_in("Sam", "CO4")
    sqlite_engine.dispose()
    db = Path(sqlite_engine.url.database)
    refused = kiosk(db, "privacy", "export", "--leaving-code", shown.leave_code)
    assert refused.returncode == 2 and "--date" in refused.stderr and refused.stdout == ""
    done = kiosk(db, "privacy", "export", "--leaving-code", shown.leave_code, "--date",
                 shown.arrived_at.date().isoformat())
    assert [v["district"] for v in json.loads(done.stdout)["visits"]] == ["CO4"]
