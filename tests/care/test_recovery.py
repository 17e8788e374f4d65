"""Corrupt, truncated and garbage-WAL databases: the kiosk keeps the damaged file aside, restores
the newest good backup, tells the desk what may be missing, and shows the maintenance screen."""

import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.app import KioskRuntime, open_kiosk
from kiosk.views.tasks import wait_for_tasks
from kiosk.config import Settings
from kiosk.db import backup
from kiosk.views.main_window import MainWindow

PAGE = 4096


def settle(path: Path) -> None:
    """Fold the WAL into the file so damage lands in real pages."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def flip_bytes(path: Path, rnd: random.Random) -> None:
    """Flip a byte in the header of a page that holds data (a flip in a free page harms nothing,
    and no check without page checksums can see one inside a stored text)."""
    conn = sqlite3.connect(path)
    in_use = [row[0] for row in conn.execute(
        "SELECT pageno FROM dbstat WHERE pagetype IN ('leaf', 'internal') AND pageno > 1")]
    conn.close()
    data = bytearray(path.read_bytes())
    page = rnd.choice(in_use) - 1
    data[page * PAGE + rnd.randrange(0, 8)] ^= rnd.randrange(1, 256)
    path.write_bytes(bytes(data))


def truncate(path: Path, rnd: random.Random) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(rnd.randrange(PAGE, size - PAGE))


def garbage_wal(path: Path, rnd: random.Random) -> None:
    Path(f"{path}-wal").write_bytes(rnd.randbytes(rnd.randrange(32, 40_000)))


DAMAGE = [(kind, seed) for kind in (flip_bytes, truncate, garbage_wal) for seed in range(8)]


@pytest.fixture
def kiosk_with_backup(demo_db, tmp_path):
    settings = Settings(path=tmp_path / "settings.toml", backup_folder=tmp_path / "backups")
    settle(demo_db)
    made = backup.make_backup(demo_db, settings.backup_folder, now=datetime.now(UTC) - timedelta(hours=3))
    return demo_db, settings, made


@pytest.mark.parametrize("damage, seed", DAMAGE, ids=[f"{k.__name__}-{s}" for k, s in DAMAGE])
def test_damage_ends_in_the_maintenance_screen_and_a_restored_database(qtbot, kiosk_with_backup, damage, seed):
    db_path, settings, made = kiosk_with_backup
    damage(db_path, random.Random(seed))
    assert not backup.is_healthy(db_path)
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    runtime = KioskRuntime(db_path, settings)
    runtime.open_and_start(window, window.start)
    assert window.pages.currentWidget() is window.maintenance
    notice = window.maintenance.details.text()
    assert "restored from the backup made" in notice and "may be missing" in notice
    assert backup.is_healthy(db_path, full=True)
    assert list(db_path.parent.glob("kiosk.sqlite.damaged-*")), "the damaged file is kept aside"
    qtbot.mouseClick(window.maintenance.carry_on, Qt.LeftButton)
    assert window.current_name == "welcome"
    assert runtime.services.maintenance.recovery_notice() == notice  # the desk is told too
    window.unlock_for_shutdown()
    runtime.services.uow.engine.dispose()
    assert wait_for_tasks(30_000)  # the day's backup, made in the task pool


def test_no_backup_at_all_starts_empty_and_says_so(demo_db, tmp_path):
    settings = Settings(path=tmp_path / "settings.toml", backup_folder=tmp_path / "none")
    settle(demo_db)
    truncate(demo_db, random.Random(1))
    services, recovery = open_kiosk(demo_db, settings)
    assert recovery.restored_from is None and recovery.damaged_copy.exists()
    assert not services.hub.is_set_up()
    assert "no backup could be restored" in services.maintenance.recovery_notice()
    services.uow.engine.dispose()


def test_backups_are_verified_and_only_the_newest_are_kept(demo_db, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, 3, tzinfo=UTC)
    for day in range(16):
        made = backup.make_backup(demo_db, folder, now=start + timedelta(days=day), keep=14)
        assert backup.is_healthy(made.path, full=True)
    kept = backup.backups(folder)
    assert len(kept) == 14 and kept[0].made_at == start + timedelta(days=15)
    rows = sqlite3.connect(kept[0].path).execute("SELECT count(*) FROM booking").fetchone()[0]
    assert rows == sqlite3.connect(demo_db).execute("SELECT count(*) FROM booking").fetchone()[0]


def test_a_stale_partial_copy_from_a_power_cut_is_cleared(demo_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "kiosk-backup-20261101T030000000000Z.partial").write_bytes(b"half")
    backup.make_backup(demo_db, folder)
    assert not list(folder.glob("*.partial"))


def test_restore_command_keeps_the_current_file(tmp_path, demo_db):
    import subprocess
    import sys

    made = backup.make_backup(demo_db, tmp_path / "b")
    shutil.copy(demo_db, tmp_path / "current.sqlite")
    done = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(tmp_path / "current.sqlite"), "--json",
                           "db", "restore", str(made.path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "previous_file_kept_as" in done.stdout
    assert list(tmp_path.glob("current.sqlite.damaged-*"))
