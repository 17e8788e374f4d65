"""SQLite backups and recovery: consistent copies through the backup API, each verified with
``integrity_check``, the newest 14 kept; a quick check at start-up; and restoring the newest good
copy while keeping the damaged file aside for inspection."""

import os
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import DatabaseProblem

KEEP = 14
PREFIX = "kiosk-backup-"
STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime


@dataclass(frozen=True)
class Recovery:
    """What a restore did: where the damaged file went and how old the restored copy is."""

    damaged_copy: Path | None
    restored_from: Backup | None

    @property
    def missing_since(self) -> datetime | None:
        """Anything saved after this moment may be missing (None: nothing could be restored)."""
        return self.restored_from.made_at if self.restored_from else None


def default_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def is_healthy(db_path: Path, full: bool = False) -> bool:
    """``PRAGMA quick_check`` (or the full ``integrity_check``) says ok, and the write-ahead log is
    not garbage; False for any damage, including a file that is not a database at all."""
    if not db_path.exists():
        return True  # a new kiosk: nothing to be damaged yet
    if not wal_header_ok(Path(f"{db_path}-wal")):
        return False
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def wal_header_ok(wal: Path) -> bool:
    """SQLite silently ignores a write-ahead log whose header is damaged, losing the commits in
    it; so a non-empty log must start with a valid magic number and header checksum."""
    try:
        header = wal.read_bytes()[:32] if wal.exists() else b""
    except OSError:
        return False
    if not header:
        return True
    if len(header) < 32:
        return False
    magic, version = struct.unpack(">II", header[:8])
    if magic not in (0x377F0682, 0x377F0683) or version != 3007000:
        return False
    order = ">" if magic & 1 else "<"
    s0 = s1 = 0
    for offset in range(0, 24, 8):
        x0, x1 = struct.unpack(order + "II", header[offset:offset + 8])
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return (s0, s1) == struct.unpack(">II", header[24:32])


def make_backup(db_path: Path, folder: Path, now: datetime | None = None, keep: int = KEEP) -> Backup:
    """Copy ``db_path`` into ``folder`` through SQLite's online backup, verify the copy, then
    keep only the newest ``keep`` copies. A copy that fails its check is deleted and refused."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{PREFIX}*.partial"):  # left by a power cut mid-copy
        stale.unlink(missing_ok=True)
    target = folder / f"{PREFIX}{now.strftime(STAMP)}.sqlite"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(db_path, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            copy.execute("PRAGMA secure_delete=ON")  # as on every connection the kiosk opens
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            copy.close()
    finally:
        source.close()
    if not is_healthy(partial, full=True):
        partial.unlink(missing_ok=True)
        raise DatabaseProblem("The backup copy failed its check, so it was not kept.")
    _fsync(partial)
    os.replace(partial, target)
    prune(folder, keep)
    return Backup(target, now)


def backups(folder: Path) -> list[Backup]:
    """Every backup in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*.sqlite") if folder.exists() else ():
        try:
            made = datetime.strptime(path.stem.removeprefix(PREFIX), STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, made))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune(folder: Path, keep: int = KEEP) -> None:
    for old in backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)


def backed_up_today(folder: Path, today) -> bool:
    return any(b.made_at.date() == today for b in backups(folder))


def restore(db_path: Path, folder: Path, source: Path | None = None) -> Recovery:
    """Put the newest good backup (or ``source``) in place of ``db_path``; the damaged file and
    its WAL are moved aside, never deleted."""
    chosen = _chosen(folder, source)
    damaged = _set_aside(db_path)
    if chosen is not None:
        partial = db_path.with_suffix(".restoring")
        shutil.copyfile(chosen.path, partial)
        _fsync(partial)
        os.replace(partial, db_path)
    return Recovery(damaged_copy=damaged, restored_from=chosen)


def _chosen(folder: Path, source: Path | None) -> Backup | None:
    if source is not None:
        if not is_healthy(source, full=True):
            raise DatabaseProblem("That backup file is damaged or is not a kiosk database.")
        match = [b for b in backups(source.parent) if b.path == source]
        return match[0] if match else Backup(source, datetime.fromtimestamp(source.stat().st_mtime, UTC))
    return next((b for b in backups(folder) if is_healthy(b.path, full=True)), None)


def _set_aside(db_path: Path) -> Path | None:
    if not db_path.exists():
        return None
    stamp = datetime.now(UTC).strftime(STAMP)
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    return aside


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
