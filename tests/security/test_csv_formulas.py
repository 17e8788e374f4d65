"""Finding 10 (CSV part): text typed into the kiosk (a poll question, a staff name) never reaches
a spreadsheet as a formula. Every CSV the kiosk writes goes through one writer, and each one is
written here the way an admin would (the command line, the desk's service) and read back raw."""

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kiosk.domain.enums import StaffRole
from kiosk.domain.records import Actor
from kiosk.services import build_services
from kiosk.services.csv_files import FORMULA_STARTS, safe_cell
from tests.conftest import ADMIN, FakeClock

REPO = Path(__file__).resolve().parents[2]
ATTACKS = ("=1+2", "+SUM(1;1)", "-2+3", "@SUM(1)", "\t=1", "\r=1")


def cells(path: Path, encoding: str = "utf-8") -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding=encoding))))
    return [cell for row in rows for cell in row]


def assert_no_formula(found: list[str]) -> None:
    live = [cell for cell in found if cell.startswith(FORMULA_STARTS)]
    assert not live, f"cells a spreadsheet would run: {live}"


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_shared_writer_neutralises_every_formula_start(attack):
    assert safe_cell(attack) == "'" + attack
    assert safe_cell(-3) == -3 and safe_cell("Sam") == "Sam" and safe_cell(None) == ""


@pytest.fixture
def hub(sqlite_engine):
    services = build_services(sqlite_engine, FakeClock())
    services.hub.set_up("Formula Hub")
    return services, Path(sqlite_engine.url.database)


def test_poll_questions_reach_the_report_csv_as_text_not_formulas(hub, tmp_path):
    services, db = hub
    for question in ("=1+2", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"):
        poll = services.polls.create(ADMIN, question, ["-2+3", "=HYPERLINK(\"http://x\")"], date(2026, 12, 1))
        services.polls.vote(poll.id, poll.options[0].id)
        services.polls.close(ADMIN, poll.id)
    services.uow.engine.dispose()
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), "report", "csv", "--from", "2026-11-01",
                           "--to", "2026-12-31", "--out", str(out)], capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    polls = cells(out / "poll_results.csv")
    assert "'=1+2: -2+3" in polls  # still readable, as text
    for path in sorted(out.glob("*.csv")):
        assert_no_formula(cells(path))


def test_a_staff_name_reaches_the_audit_csv_as_text_not_a_formula(hub, tmp_path):
    services, _ = hub
    lead = services.accounts.add(ADMIN, "=cmd|' /C calc'!A0", StaffRole.LEAD, "246810")
    actor = Actor(lead.name, StaffRole.LEAD, lead.id)
    services.polls.create(actor, "-1+1", ["Yes", "No"], date(2026, 12, 1))
    path = tmp_path / "audit.csv"
    services.audit.export_csv(actor, path)
    found = cells(path, "utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in found
    assert_no_formula(found)


def test_no_module_writes_csv_except_the_shared_writer():
    writers = [p.relative_to(REPO).as_posix() for p in (REPO / "kiosk").rglob("*.py")
               if "import csv" in p.read_text(encoding="utf-8")]
    assert writers == ["kiosk/services/csv_files.py"]
