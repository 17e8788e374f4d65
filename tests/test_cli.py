"""The ``kiosk`` command line on real SQLite files: outputs, exit codes, one-line errors, privacy.

Most cases run the real command in a child process; a few run ``main`` in-process to stay fast."""

import json
import os
import sqlite3
import subprocess
import sys
import types
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk import __version__
from kiosk.__main__ import main
from kiosk.config import DB_ENV, default_db_path, resolve_db_path
from kiosk.domain.timeutil import iso_week, monday_of

TZ = ZoneInfo("Europe/London")  # the demo hub's time zone
REPO = Path(__file__).resolve().parent.parent
SESSION_KEYS = {"id", "activity", "start", "end", "place", "capacity", "confirmed", "waitlisted", "status"}
BOOKING_KEYS = {"reference", "session_id", "status", "party", "position"}
UNICODE_COMMENT = "شكراً جزيلاً 🌟🙏 Dziękuję, zażółć gęślą jaźń — merci à tous"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != DB_ENV}
    env["PYTHONUTF8"] = "1"
    return env


def kiosk(db: Path, *args: str, stdin: str | None = None) -> Result:
    """Run the real ``kiosk`` command in a child process."""
    proc = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO,
                          env=child_env(), timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def run(capsys, db):
    """Run ``main`` in this process (fast), on the test's database."""

    def call(*args: str, database: Path | None = None) -> Result:
        code = main(["--db", str(database or db), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def assert_failure(result: Result, code: int, *, says: str | None = None) -> str:
    """Exactly one plain line on stderr, no traceback, nothing on stdout."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("kiosk: ")
    assert "Traceback" not in result.err
    assert result.out == ""
    if says:
        assert says in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = kiosk(path, "demo")
    assert result.code == 0, result.err
    return path


@pytest.fixture
def db(tmp_path, demo_template) -> Path:
    """A fresh copy of the demo database for one test."""
    target = tmp_path / "k.sqlite"
    source, copy = sqlite3.connect(demo_template), sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def local_day(days_ahead: int) -> date:
    return datetime.now(TZ).date() + timedelta(days=days_ahead)


def add_session(run, capacity: int, days_ahead: int = 2, *extra: str) -> dict:
    result = run("--json", "sessions", "add", "--activity", "Yoga",
                 "--start", f"{local_day(days_ahead).isoformat()}T10:00", "--minutes", "60",
                 "--capacity", str(capacity), *extra)
    assert result.code == 0, result.err
    return result.json()[0]


# -- general ---------------------------------------------------------------------------------

def test_version_and_help(tmp_path, run):
    result = kiosk(tmp_path / "v.sqlite", "--version")
    assert (result.code, result.out.strip()) == (0, f"kiosk {__version__}")
    assert not (tmp_path / "v.sqlite").exists()  # nothing opened just to print the version
    helped = run("--help")
    assert helped.code == 0 and "sessions" in helped.out and "checkin" in helped.out


def test_unknown_command_is_one_line_exit_2(tmp_path):
    line = assert_failure(kiosk(tmp_path / "k.sqlite", "frobnicate"), 2, says="unknown command")
    assert "frobnicate" not in line


@pytest.mark.parametrize("args, says", [
    ([], "COMMAND"),
    (["book", "0190c1d2-3f4a-7b6c-8d9e-0f1a2b3c4d5e"], "--name"),
    (["book", "0190c1d2-3f4a-7b6c-8d9e-0f1a2b3c4d5e", "--name", "Sam", "--party", "two"], "whole number"),
    (["staff", "add", "--name", "Hannah", "--role", "boss"], "volunteer"),
    (["sessions", "--json"], "before the command"),
    (["db"], "ACTION"),
])
def test_usage_errors_are_one_line_exit_2(run, args, says):
    assert_failure(run(*args), 2, says=says)


def test_unquoted_name_is_not_echoed_to_stderr(run):
    unquoted = ("book", "0190c1d2-3f4a-7b6c-8d9e-0f1a2b3c4d5e", "--name", "Zofia", "Kowalska")
    line = assert_failure(run(*unquoted), 2)
    assert "Kowalska" not in line and "quotes" in line


def test_cli_commands_never_import_qt(db):
    code = ("import sys; from kiosk.__main__ import main; "
            f"rc = main(['--db', {str(db)!r}, '--json', 'sessions']); "
            "print(rc, any(m.startswith('PySide6') for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env=child_env(), timeout=120)
    assert proc.stdout.splitlines()[-1] == "0 False", proc.stderr


def test_run_hands_over_to_the_app(run, db, monkeypatch):
    calls = []
    fake = types.ModuleType("kiosk.app")
    fake.run_app = lambda **kwargs: calls.append(kwargs) or 0
    monkeypatch.setitem(sys.modules, "kiosk.app", fake)
    assert run("run", "--demo", "--windowed").code == 0
    settings = calls[0].pop("settings")
    assert calls == [{"db_path": db, "demo": True, "desk": False, "windowed": True}]
    assert settings.mode == "touchscreen"  # the settings file was read and checked first


def test_unexpected_error_is_one_line_and_debug_shows_the_traceback(run, monkeypatch):
    from kiosk.services.booking import BookingService

    def broken(self, reference):
        raise RuntimeError("boom for Zofia")

    monkeypatch.setattr(BookingService, "lookup", broken)
    line = assert_failure(run("booking", "K7MQ4X"), 1)
    assert line == "kiosk: unexpected error: RuntimeError; run with --debug for details"
    debug = run("--debug", "booking", "K7MQ4X")
    assert debug.code == 1 and "Traceback" in debug.err
    assert debug.err.splitlines()[-1] == line


def test_db_path_from_option_then_environment_then_default(monkeypatch, tmp_path, db, capsys):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite"))
    assert resolve_db_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    monkeypatch.setenv(DB_ENV, str(db))
    assert main(["--json", "sessions"]) == 0 and json.loads(capsys.readouterr().out)
    monkeypatch.setenv(DB_ENV, "  ")
    assert resolve_db_path(None) == default_db_path()
    assert default_db_path().name == "kiosk.sqlite"
    assert "recovery-hub-kiosk" in str(default_db_path())


# -- demo and database -----------------------------------------------------------------------

def test_demo_fills_an_empty_database_once(tmp_path):
    path = tmp_path / "k.sqlite"
    first = kiosk(path, "--json", "demo")
    assert first.code == 0, first.err
    assert first.json()["sessions"] >= 20
    assert_failure(kiosk(path, "demo"), 2, says="already has a hub")


def test_a_database_without_a_hub_says_how_to_start(tmp_path):
    assert_failure(kiosk(tmp_path / "k.sqlite", "sessions"), 1, says="kiosk demo")


def test_db_upgrade_and_check(tmp_path, run):
    path = tmp_path / "new.sqlite"
    upgraded = run("--json", "db", "upgrade", database=path)
    assert upgraded.code == 0 and upgraded.json()["up_to_date"] is True
    check = kiosk(path, "--json", "db", "check")
    assert check.code == 0, check.err
    report = check.json()
    assert report["ok"] is True and report["integrity"] == ["ok"] and report["current"] == report["head"]


def test_db_check_on_a_garbage_file_fails_in_one_line(tmp_path, run):
    garbage = tmp_path / "k.sqlite"
    garbage.write_bytes(os.urandom(8192))
    assert_failure(kiosk(garbage, "db", "check"), 1, says="not a kiosk database")
    assert_failure(run("sessions", database=garbage), 1, says="damaged")
    assert_failure(run("db", "check", database=tmp_path / "missing.sqlite"), 1)
    assert not (tmp_path / "missing.sqlite").exists()


def test_db_check_reports_an_unmigrated_database(tmp_path, run):
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    result = run("db", "check", database=empty)
    assert result.code == 1 and "kiosk db upgrade" in result.out
    assert len(result.err.splitlines()) == 1


# -- sessions --------------------------------------------------------------------------------

def test_sessions_json_shape(db):
    result = kiosk(db, "--json", "sessions")
    assert result.code == 0, result.err
    sessions = result.json()
    assert sessions and all(SESSION_KEYS <= set(s) for s in sessions)
    monday = monday_of(datetime.now(TZ).date())
    for s in sessions:
        start, end = datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])
        assert start.utcoffset() is not None and start < end
        assert monday <= start.astimezone(TZ).date() < monday + timedelta(days=7)
        assert s["status"] in ("scheduled", "cancelled")
        assert 0 <= s["confirmed"] <= s["capacity"]


def test_sessions_for_a_chosen_week(run):
    next_monday = monday_of(local_day(7))
    week = iso_week(next_monday)
    sessions = run("--json", "sessions", "--week", week).json()
    days = {datetime.fromisoformat(s["start"]).astimezone(TZ).date() for s in sessions}
    assert sessions and min(days) >= next_monday and max(days) <= next_monday + timedelta(days=6)
    text = run("sessions", "--week", week)
    assert text.code == 0 and f"week {week}" in text.out and "Walk and talk" in text.out
    assert_failure(run("sessions", "--week", "2026-W60"), 2, says="not a week")
    assert_failure(run("sessions", "--week", "next week"), 2, says="not a week")


def test_sessions_add_one_off(db):
    start = f"{local_day(3).isoformat()}T19:15"
    result = kiosk(db, "--json", "sessions", "add", "--activity", "poetry workshop", "--start", start,
                   "--minutes", "90", "--capacity", "6", "--place", "Quiet room")
    assert result.code == 0, result.err
    [session] = result.json()
    assert session["activity"] == "Poetry workshop" and session["place"] == "Quiet room"
    begins = datetime.fromisoformat(session["start"])
    assert begins.astimezone(TZ).replace(tzinfo=None) == datetime.fromisoformat(start)
    assert datetime.fromisoformat(session["end"]) - begins == timedelta(minutes=90)
    assert (session["capacity"], session["confirmed"], session["status"]) == (6, 0, "scheduled")


def test_sessions_add_weekly_series(run):
    first = local_day(1)
    added = run("--json", "sessions", "add", "--activity", "Yoga", "--start", f"{first}T07:30",
                "--minutes", "45", "--capacity", "8", "--weekly-until", str(first + timedelta(days=21)))
    assert added.code == 0, added.err
    starts = [datetime.fromisoformat(s["start"]).astimezone(TZ) for s in added.json()]
    assert len(starts) == 4 and all(s.strftime("%H:%M") == "07:30" for s in starts)
    assert [(b.date() - a.date()).days for a, b in zip(starts, starts[1:])] == [7, 7, 7]
    text = run("sessions", "add", "--activity", "Yoga", "--start", f"{first}T08:30", "--minutes", "45",
               "--capacity", "8", "--weekly-until", str(first + timedelta(days=7)))
    assert text.code == 0 and text.out.startswith("Added 2 weekly sessions")


@pytest.mark.parametrize("change, says", [
    ({"--weekly-until": "2026-02-30"}, "not a date"),
    ({"--start": "tomorrow at ten"}, "not a date and time"),
    ({"--activity": "Zumba"}, "no activity called"),
    ({"--capacity": "0"}, "Capacity"),
    ({"--minutes": "ninety"}, "whole number"),
])
def test_sessions_add_refuses_bad_input(run, change, says):
    options = {"--activity": "Yoga", "--start": f"{local_day(2)}T10:00", "--minutes": "60",
               "--capacity": "5"} | change
    assert_failure(run("sessions", "add", *[x for pair in options.items() for x in pair]), 2, says=says)


def test_cancel_session_cancels_its_bookings_with_the_reason(db, run):
    session = add_session(run, capacity=4)
    reference = run("--json", "book", session["id"], "--name", "Łucja").json()["reference"]
    cancelled = kiosk(db, "--json", "sessions", "cancel", session["id"], "--reason", "The teacher is unwell")
    assert cancelled.code == 0, cancelled.err
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "The teacher is unwell"
    booking = run("--json", "booking", reference).json()
    assert booking["status"] == "cancelled" and "The teacher is unwell" in booking["reason"]
    line = assert_failure(run("book", session["id"], "--name", "Łucja"), 2, says="cancelled")
    assert "Łucja" not in line
    assert_failure(run("sessions", "cancel", session["id"], "--reason", "Again"), 2, says="already")


# -- bookings --------------------------------------------------------------------------------

def test_book_until_full_then_waitlist_then_cancel_promotes(db, run):
    session = add_session(run, capacity=3)
    first = kiosk(db, "--json", "book", session["id"], "--name", "Siân", "--party", "2")
    assert first.code == 0, first.err
    first = first.json()
    assert BOOKING_KEYS <= set(first)
    assert (first["status"], first["party"], first["position"], first["session_id"]) == \
        ("confirmed", 2, None, session["id"])
    last = run("--json", "book", session["id"], "--name", "Mo").json()
    waiting = [run("--json", "book", session["id"], "--name", name).json() for name in ("Sam", "Dee")]
    assert last["status"] == "confirmed"
    assert [(w["status"], w["position"]) for w in waiting] == [("waitlisted", 1), ("waitlisted", 2)]
    cancel = kiosk(db, "--json", "cancel", first["reference"])
    assert cancel.code == 0, cancel.err
    assert cancel.json()["status"] == "cancelled"
    assert cancel.json()["promoted"] == [w["reference"] for w in waiting]
    assert run("--json", "booking", waiting[1]["reference"]).json()["status"] == "confirmed"
    listed = next(s for s in run("--json", "sessions", "--week", iso_week(local_day(2))).json()
                  if s["id"] == session["id"])
    assert (listed["confirmed"], listed["waitlisted"]) == (3, 0)
    assert_failure(run("cancel", first["reference"]), 2, says="already cancelled")


def test_booking_lookup_in_readable_text(db, run):
    session = add_session(run, 5, 2, "--place", "Main hall")
    code = run("--json", "book", session["id"], "--name", "Şükrü", "--party", "3").json()["reference"]
    formatted = f"{code[:3]} {code[3:]}"
    shown = kiosk(db, "booking", f"{code[:3].lower()}-{code[3:].lower()}")
    assert shown.code == 0, shown.err
    assert f"Reference: {formatted}" in shown.out
    assert "Yoga" in shown.out and "Main hall" in shown.out and "10:00" in shown.out
    assert "Şükrü, 3 people" in shown.out and "confirmed" in shown.out
    cancelled = run("cancel", formatted)
    assert cancelled.code == 0 and "cancelled" in cancelled.out


def test_bad_and_unknown_references(db, run):
    assert_failure(kiosk(db, "booking", "ZZ-1"), 2, says="6 letters and numbers")
    assert_failure(run("booking", "K7MQ4X"), 2, says="could not find a booking")
    assert_failure(run("cancel", "OOO111"), 2, says="6 letters and numbers")


def test_bad_and_unknown_session_ids(db, run):
    line = assert_failure(kiosk(db, "book", "Zofia", "--name", "Zofia"), 2, says="id is not valid")
    assert "Zofia" not in line
    assert_failure(run("book", "0190c1d2-3f4a-7b6c-8d9e-0f1a2b3c4d5e", "--name", "Sam"), 2,
                   says="That session does not exist.")
    assert_failure(run("sessions", "cancel", "12345", "--reason", "x"), 2, says="id is not valid")


def test_over_long_name_and_bad_party_are_refused(db, run):
    session = add_session(run, capacity=5)
    long_name = "Maximilian-Alexander Featherstonehaugh-Smythe"  # 45 characters
    line = assert_failure(kiosk(db, "book", session["id"], "--name", "x" * 41), 2, says="too long")
    assert "x" * 41 not in line
    assert_failure(run("book", session["id"], "--name", long_name), 2, says="40 characters")
    assert_failure(run("book", session["id"], "--name", "Sam", "--party", "7"), 2, says="1 to 6")
    assert_failure(run("book", session["id"], "--name", "   "), 2, says="first name or a nickname")


# -- visits and feedback ---------------------------------------------------------------------

def test_checkin_and_checkout(db, run):
    arrived = kiosk(db, "--json", "checkin", "--name", "Niamh", "--district", "ss14", "--reason", "talk",
                    "--first-visit", "--family", "2")
    assert arrived.code == 0, arrived.err
    visit = arrived.json()
    assert (visit["name"], visit["district"], visit["reason"], visit["first_visit"], visit["family"]) == \
        ("Niamh", "SS14", "talk", True, 2)
    assert datetime.fromisoformat(visit["arrived_at"]).utcoffset() is not None and visit["left_at"] is None
    left = run("--json", "checkout", visit["id"]).json()
    assert left["id"] == visit["id"] and left["left_at"] is not None
    assert_failure(run("checkout", visit["id"]), 2, says="already checked out")
    assert_failure(run("checkout", "not-an-id"), 2, says="id is not valid")
    anonymous = run("checkin")
    assert anonymous.code == 0 and "Visitor" in anonymous.out


def test_full_postcode_is_refused(db, run):
    line = assert_failure(kiosk(db, "checkin", "--name", "Jo", "--district", "CM1 1AA"), 2,
                          says="only the first part of your postcode")
    assert "1AA" not in line and "Jo" not in line.replace("kiosk:", "")
    assert_failure(run("checkin", "--reason", "party"), 2, says="reason must be one of")
    assert_failure(run("checkin", "--family", "40"), 2, says="0 to 12")


def test_feedback_unicode_round_trip(db, run):
    given = kiosk(db, "--json", "feedback", "--rating", "5", "--comment", UNICODE_COMMENT,
                  "--activity", "yoga")
    assert given.code == 0, given.err
    assert given.json() == {"given_on": given.json()["given_on"], "rating": 5,
                            "comment": UNICODE_COMMENT, "activity": "Yoga"}
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT rating, comment FROM feedback WHERE comment = ?",
                              (UNICODE_COMMENT,)).fetchall()
    assert stored == [(5, UNICODE_COMMENT)]
    assert_failure(run("feedback", "--rating", "9"), 2, says="1 to 5")
    too_long = assert_failure(run("feedback", "--rating", "3", "--comment", "ś" * 1001), 2, says="too long")
    assert "ś" not in too_long


# -- staff -----------------------------------------------------------------------------------

def test_staff_add_reads_the_pin_from_stdin_and_audits(db):
    pin = "582047"
    added = kiosk(db, "--json", "staff", "add", "--name", "Priya", "--role", "volunteer", stdin=pin + "\n")
    assert added.code == 0, added.err
    assert pin not in added.out + added.err
    staff = added.json()
    assert (staff["name"], staff["role"], staff["active"]) == ("Priya", "volunteer", True)
    with sqlite3.connect(db) as conn:
        (pin_hash,) = conn.execute("SELECT pin_hash FROM staff_account WHERE name = 'Priya'").fetchone()
        audit = conn.execute("SELECT actor_name, entity_id FROM audit_entry WHERE action = 'staff.add'"
                             ).fetchall()
    assert pin_hash.startswith("$argon2id$") and pin not in pin_hash
    assert len(audit) == 1 and audit[0][0] == "Command line" and audit[0][1] is not None


@pytest.mark.parametrize("stdin, says", [("987654\n", "too easy"), ("12ab\n", "6 to 12 digits"),
                                         ("", "standard input")])
def test_staff_add_refuses_a_weak_or_missing_pin(db, stdin, says):
    result = kiosk(db, "staff", "add", "--name", "Priya", "--role", "lead", stdin=stdin)
    line = assert_failure(result, 2, says=says)
    assert not stdin.strip() or stdin.strip() not in line


def test_run_without_a_screen_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(tmp_path / "k.sqlite"), "run", "--demo"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "no screen" in done.stderr and "Traceback" not in done.stderr


def test_the_command_line_loads_no_database_or_qt_code_until_a_command_needs_it():
    """`kiosk run` must paint its window without waiting for SQLAlchemy to load first."""
    code = "import sys, kiosk.cli.main; print(sorted(m for m in ('sqlalchemy', 'PySide6', 'psycopg') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
