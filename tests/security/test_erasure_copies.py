"""Finding 3: an erased name, and a name past the retention period, leave no copy in any file the
kiosk keeps: the database and its write-ahead log, the backups, the copies made before an
upgrade, the files a repair set aside, and the erasure ledger. A restore of an older copy (by
``kiosk db restore`` or by the start-up repair) erases again what was erased since. The attack
reads the raw bytes of every one of those files, after the real commands ran."""

import json
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.app import open_kiosk
from kiosk.config import Settings
from kiosk.db import backup, migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.services import build_services
from tests.conftest import ADMIN, FakeClock

REPO = Path(__file__).resolve().parents[2]
ERASED, KEPT = "Quintessa", "Bartholomew"


def kiosk(db: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args], capture_output=True,
                          text=True, cwd=REPO, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def files_holding(folder: Path, name: str) -> list[str]:
    """Every file under ``folder`` whose raw bytes hold ``name`` (as SQLite stores text, UTF-8)."""
    needle = name.encode()
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes())


def kept_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def fill(db: Path, clock: FakeClock | None = None) -> None:
    """A hub where two people booked and checked in (nothing synced: the outbox holds it all)."""
    engine = make_engine(sqlite_url(db))
    services = build_services(engine, clock or FakeClock())
    if not services.hub.is_set_up():
        services.hub.set_up("Copies Hub")
    walk = services.activities.add(ADMIN, "Walk and talk")
    session = services.schedule.add_session(ADMIN, walk.id, services.uow.clock() + timedelta(hours=2), 60, 10)
    for name in (ERASED, KEPT):
        booking = services.booking.book(session.id, name)
        visit = services.visits.check_in(name, "CM1")
        services.visits.check_out(visit.id)
        services.booking.cancel(booking.reference)  # more outbox payloads and WAL frames with the name
    engine.dispose()


def erase_by_cli(db: Path, name: str) -> None:
    found = json.loads(kiosk(db, "--json", "privacy", "find", "--name", name).stdout)
    assert len(found) == 2
    kiosk(db, "privacy", "erase", *[arg for r in found for arg in ("--record", r["id"])], "--yes")


@pytest.fixture
def folder(sqlite_engine) -> Path:
    """The kiosk's own folder: its database (a real migrated file) and everything kept beside it."""
    db = Path(sqlite_engine.url.database)
    sqlite_engine.dispose()
    return db.parent


def test_an_erased_name_is_in_no_file_the_kiosk_keeps(folder, tmp_path_factory):
    db = folder / "kiosk.sqlite"
    fill(db)
    kiosk(db, "db", "backup")
    migrate.backup_before_upgrade(make_engine(sqlite_url(db)), "0004")  # as an upgrade would
    offsite = tmp_path_factory.mktemp("offsite") / "copy.sqlite"
    shutil.copyfile(backup.backups(folder / "backups")[0].path, offsite)
    db.write_bytes(b"\0" * 100 + db.read_bytes()[100:])  # damaged: the start-up repair sets it aside
    services, recovery = open_kiosk(db, Settings(path=folder / "settings.toml"))
    assert recovery.damaged_copy is not None
    services.visits.check_in("Someone", "CM2")  # the kiosk keeps running: its log holds the visits page
    assert "kiosk.sqlite-wal" in files_holding(folder, ERASED)
    assert files_holding(folder, ERASED) == files_holding(folder, KEPT)

    erase_by_cli(db, ERASED)  # from the command line, while the kiosk still has the file open

    assert files_holding(folder, ERASED) == [], kept_files(folder)
    services.uow.engine.dispose()
    assert "kiosk.sqlite" in files_holding(folder, KEPT)  # the search does find what is still there
    assert len(backup.backups(folder / "backups")) == 1  # the backup was scrubbed, not deleted

    # An older copy kept elsewhere is restored: the erasure is applied again straight away.
    kiosk(db, "db", "restore", str(offsite))
    assert files_holding(folder, ERASED) == [], kept_files(folder)
    assert "kiosk.sqlite" in files_holding(folder, KEPT)


def test_the_start_up_repair_erases_again_what_the_restored_backup_still_had(folder):
    db = folder / "kiosk.sqlite"
    fill(db)
    made = backup.make_backup(db, folder / "backups")
    hidden = folder.parent / "hidden-before-erasure.sqlite"
    shutil.copyfile(made.path, hidden)  # keep the unscrubbed copy, to put it back as if never scrubbed
    erase_by_cli(db, ERASED)
    shutil.copyfile(hidden, made.path)
    hidden.unlink()
    db.write_bytes(b"garbage" * 20 + db.read_bytes()[140:])

    services, recovery = open_kiosk(db, Settings(path=folder / "settings.toml"))
    services.uow.engine.dispose()

    assert recovery.restored_from is not None
    assert files_holding(folder, ERASED) == [], kept_files(folder)  # the backup it came from too
    assert "kiosk.sqlite" in files_holding(folder, KEPT)


def test_retention_clears_old_names_from_every_copy_and_deletes_old_copies(folder):
    db = folder / "kiosk.sqlite"
    long_ago = FakeClock()
    long_ago.now = long_ago.now.replace(year=2020)  # far past any retention period
    fill(db, long_ago)
    old = backup.make_backup(db, folder / "backups", now=long_ago.now)
    aside = folder / f"kiosk.sqlite.damaged-{long_ago.now.strftime(backup.STAMP)}"
    shutil.copyfile(db, aside)  # a damaged file a repair set aside back then
    recent = backup.make_backup(db, folder / "backups")  # today's copy still holds the old names

    kiosk(db, "privacy", "purge")

    assert not old.path.exists() and not aside.exists()
    assert recent.path.exists()
    assert files_holding(folder, ERASED) == files_holding(folder, KEPT) == [], kept_files(folder)


# -- the central database: no login can put an erased name back -------------------------------

from tests.sync.conftest import central, kiosk_template, sync_server  # noqa: E402,F401  (fixtures)


def test_central_never_stores_a_name_on_an_erased_row_whoever_writes_it(central):
    hub = central.hub()
    desk = central.kiosk(hub, "Front desk", "desk")
    desk.sync()
    visit = desk.services.visits.check_in(ERASED, "CM1")
    desk.sync()
    with central.connect(desk.login) as device:  # an op the centre set aside, name and all
        device.execute(
            "INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome, detail) "
            "VALUES (gen_random_uuid(), %s, %s, 999, 'rejected', %s::json)",
            [hub.id, desk.login.device_id, json.dumps({"kind": "visit.check_out", "entity": "visit",
                                                       "entity_id": str(visit.id), "payload": {"name": ERASED}})])
    found = desk.services.privacy.find(ADMIN, ERASED)
    desk.services.privacy.erase(ADMIN, [r.id for r in found])
    desk.sync()

    with central.connect(desk.login) as device:  # the device's own login tries to un-erase
        device.execute("UPDATE visit SET name = %s WHERE id = %s", [ERASED, visit.id])
        device.execute("INSERT INTO visit (id, hub_id, day_number, name, first_visit, family_count, arrived_at, "
                       "created_at, updated_at) SELECT id, hub_id, day_number, %s, first_visit, family_count, "
                       "arrived_at, created_at, updated_at FROM visit WHERE id = %s "
                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name", [ERASED, visit.id])
    assert central.scalar("SELECT name FROM visit WHERE id = %s", visit.id) is None
    assert central.scalar("SELECT count(*) FROM sync_applied_op WHERE detail::text LIKE %s", f"%{ERASED}%") == 0
