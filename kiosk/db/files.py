"""Every file the kiosk keeps beside its database: the backups, the copies made before an
upgrade, the damaged files set aside by a repair, and the erasure ledger; with their ages, so
retention can delete the old ones and erasure can reach every copy."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import backup

LEDGER_SUFFIX = ".erasures"
_UPGRADE_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class KeptFile:
    path: Path
    made_at: datetime


@dataclass(frozen=True)
class KioskFiles:
    db_path: Path
    backups_folder: Path

    @classmethod
    def beside(cls, db_path: Path, backups_folder: Path | None = None) -> "KioskFiles":
        return cls(Path(db_path), Path(backups_folder) if backups_folder else backup.default_folder(Path(db_path)))

    @property
    def ledger(self) -> Path:
        return self.db_path.with_name(self.db_path.name + LEDGER_SUFFIX)

    def copies(self) -> list[KeptFile]:
        """Whole, readable database copies: the backups and the copies made before upgrades."""
        found = [KeptFile(b.path, b.made_at) for b in backup.backups(self.backups_folder)]
        for path in self.db_path.parent.glob(f"{self.db_path.stem}.before-upgrade-*.sqlite"):
            stamp = path.stem.rsplit("-", 1)[-1]
            found.append(KeptFile(path, _parsed(stamp, _UPGRADE_STAMP, path)))
        return found

    def set_aside(self) -> list[KeptFile]:
        """Damaged files a repair moved aside (each with its -wal and -shm, if any)."""
        found = []
        for path in self.db_path.parent.glob(f"{self.db_path.name}.damaged-*"):
            if path.name.endswith(("-wal", "-shm")):
                continue
            stamp = path.name.rsplit(".damaged-", 1)[-1]
            found.append(KeptFile(path, _parsed(stamp, backup.STAMP, path)))
        return found

    def delete(self, kept: KeptFile) -> None:
        for path in (kept.path, Path(f"{kept.path}-wal"), Path(f"{kept.path}-shm")):
            path.unlink(missing_ok=True)

    def delete_older_than(self, cutoff: datetime) -> int:
        """Delete every copy and set-aside file made before ``cutoff``; returns how many."""
        old = [kept for kept in (*self.copies(), *self.set_aside()) if kept.made_at < cutoff]
        for kept in old:
            self.delete(kept)
        return len(old)


def _parsed(stamp: str, pattern: str, path: Path) -> datetime:
    try:
        return datetime.strptime(stamp, pattern).replace(tzinfo=UTC)
    except ValueError:  # renamed by hand: its file time is the best guess
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
