"""Run the packaged Alembic migrations in-process: back the SQLite file up first, keep foreign
keys off while tables are rebuilt, then prove nothing dangles with ``PRAGMA foreign_key_check``.

Alembic is imported only when there is work to do, so an up-to-date kiosk starts quickly."""

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ..domain.errors import DatabaseProblem
from .engine import is_sqlite, set_foreign_keys

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: The newest revision in migrations/versions; a test keeps it equal to Alembic's single head.
HEAD = "0007"


@dataclass(frozen=True)
class MigrationState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_heads() -> list[str]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).get_heads())


def head_revision() -> str:
    """Alembic's single head, read from the scripts (slow: for checks and tests)."""
    heads = script_heads()
    if len(heads) != 1:
        raise DatabaseProblem(f"The migrations have {len(heads)} heads; expected one.")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migration_state(engine: Engine) -> MigrationState:
    return MigrationState(current=current_revision(engine), head=HEAD)


def upgrade(engine: Engine, revision: str = "head") -> MigrationState:
    """Bring the schema to ``revision``; a schema newer than this app knows is refused."""
    state = migration_state(engine)
    if state.up_to_date and revision == "head":
        return state
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if state.current is not None and not _known(script, state.current):
        raise DatabaseProblem(
            "This database was made by a newer version of the kiosk. Please update the app."
        )
    if is_sqlite(engine) and state.current is not None:
        backup_before_upgrade(engine, state.current)
    _run(engine, lambda cfg: command.upgrade(cfg, revision))
    return migration_state(engine)


def _known(script, revision: str) -> bool:
    """True if ``revision`` is one of the packaged scripts (Alembic raises for unknown ones)."""
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def downgrade(engine: Engine, revision: str) -> MigrationState:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, revision))
    return migration_state(engine)


def _run(engine: Engine, step) -> None:
    with engine.connect() as conn:
        sqlite = is_sqlite(engine)
        if sqlite:
            set_foreign_keys(conn, False)
        try:
            with conn.begin():
                step(alembic_config(conn))
                if sqlite:  # checked before commit, so a migration that breaks links is undone
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise DatabaseProblem(
                            f"The upgrade left {len(problems)} broken links between records."
                        )
        finally:
            if sqlite:
                set_foreign_keys(conn, True)


def backup_before_upgrade(engine: Engine, revision: str) -> Path | None:
    """Copy the SQLite file aside (consistently, through the backup API) before migrating."""
    path = engine.url.database
    if not path or path == ":memory:":
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(path).with_name(f"{Path(path).stem}.before-upgrade-{revision}-{stamp}.sqlite")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        dst.execute("PRAGMA secure_delete=ON")  # as on every connection the kiosk opens
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target
