"""Issue 11, finding 10: invisible characters never reach a stored name or short text, and a
district with a space then digits ("CM1 1") is refused kindly instead of becoming "CM11"."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import page, tap

REPO = Path(__file__).resolve().parents[2]
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u3164",
              "\U000e0041", "\ufe0f", "\u202e"]


def kiosk(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=120,
                          env={"PYTHONUTF8": "1", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)})


def raw(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def added(db: Path, column: str, before: list[tuple]) -> list:
    """The values of ``column`` on visits added since ``before`` was read."""
    rows = raw(db, f"SELECT id, {column} FROM visit")
    old = {row[0] for row in before}
    return [value for key, value in rows if key not in old]


def no_invisible_bytes(db: Path) -> None:
    data = db.read_bytes() + (Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b"")
    for ch in INVISIBLES:
        if ch != "\ufe0f":  # the demo's own emoji may carry a presentation selector
            assert ch.encode() not in data, f"U+{ord(ch):04X} is stored"


def test_a_name_typed_with_invisible_characters_is_stored_as_what_shows(qtbot, make_window, demo_db):
    window = make_window()
    before = raw(demo_db, "SELECT id FROM visit")
    tap(qtbot, page(window, "welcome").tiles["check_in"])
    check_in = page(window, "check_in")
    tap(qtbot, check_in.name)
    typed = QInputMethodEvent("", [])
    typed.setCommitString("S\u200ba\u2060m\u200b\u00ad")  # what an input method may send
    QApplication.sendEvent(check_in.name, typed)
    assert check_in.name.text().startswith("S\u200b")
    tap(qtbot, check_in.confirm)
    assert window.current_name == "checked_in"
    window.services.uow.engine.dispose()
    assert added(demo_db, "name", before) == ["Sam"]
    no_invisible_bytes(demo_db)


def test_the_command_line_strips_them_from_names_and_short_texts(demo_db):
    before = raw(demo_db, "SELECT id FROM visit")
    for invisible in INVISIBLES:
        done = kiosk(demo_db, "checkin", "--name", f"Sam{invisible}")
        assert done.returncode == 0, done.stderr
    assert added(demo_db, "name", before) == ["Sam"] * len(INVISIBLES)
    lead = kiosk(demo_db, "staff", "add", "--name", "Lee\u200b\u200d", "--role", "volunteer",
                  stdin="864209\n")
    assert lead.returncode == 0, lead.stderr
    assert raw(demo_db, "SELECT name FROM staff_account WHERE name LIKE 'Lee%'") == [("Lee",)]
    no_invisible_bytes(demo_db)


def test_a_name_of_nothing_but_invisible_characters_is_refused(demo_db):
    before = raw(demo_db, "SELECT count(*) FROM visit")
    done = kiosk(demo_db, "checkin", "--name", "\u200b\u2060\u3164")
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.strip().splitlines() == ["kiosk: Please use at least one letter in the name."]
    assert raw(demo_db, "SELECT count(*) FROM visit") == before


def test_emoji_and_joining_scripts_keep_the_joiners_they_need(demo_db):
    for name in ("👩🏽\u200d🦱 Jo", "Jo 🏳️\u200d🌈", "مر\u200cيم"):
        before = raw(demo_db, "SELECT id FROM visit")
        assert kiosk(demo_db, "checkin", "--name", name).returncode == 0
        assert added(demo_db, "name", before) == [name]


def test_a_district_with_a_space_then_digits_is_refused_on_the_screen(qtbot, make_window, demo_db):
    window = make_window()
    before = window.services.visits.who_is_in()
    tap(qtbot, page(window, "welcome").tiles["check_in"])
    check_in = page(window, "check_in")
    tap(qtbot, check_in.district)
    qtbot.keyClicks(check_in.district, "CM1 1")
    tap(qtbot, check_in.confirm)
    assert window.current_name == "check_in"
    assert check_in.message.isVisible()
    assert "first part of your postcode, like CM1 or SS14" in check_in.message.text()
    assert check_in.district.text() == "CM1 1"  # nothing typed is lost
    assert window.services.visits.who_is_in() == before
    window.services.uow.engine.dispose()
    assert raw(demo_db, "SELECT count(*) FROM visit WHERE district = 'CM11'") == [(0,)]


def test_a_district_with_a_space_then_digits_is_refused_at_the_command_line(demo_db):
    for district in ("CM1 1", "cm1  1", "SS14 2A"):
        done = kiosk(demo_db, "checkin", "--district", district)
        assert done.returncode != 0 and done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "first part of your postcode, like CM1 or SS14" in lines[0], lines
    assert raw(demo_db, "SELECT count(*) FROM visit WHERE district IN ('CM11', 'SS142A')") == [(0,)]
    before = raw(demo_db, "SELECT id FROM visit")
    assert kiosk(demo_db, "checkin", "--district", " cm1 ").returncode == 0
    assert added(demo_db, "district", before) == ["CM1"]
