"""The packaged migrations on real SQLite and PostgreSQL: up from empty, down and up again, one
head, no drift from the models, SQLite durability settings, backups and refusals."""

import shutil
import sqlite3
import textwrap
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Engine, MetaData, String, inspect, text
from sqlalchemy import exc as sa_exc

from kiosk.db import migrate, models
from kiosk.db.base import Base
from kiosk.db.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url
from kiosk.domain.errors import DatabaseProblem
from kiosk.domain.records import Actor
from kiosk.services import build_services
ADMIN = Actor.system("Migration test")
VERSION_TABLE = "alembic_version"


def schema_objects(engine: Engine) -> set[str]:
    """Every table, index, view, sequence, trigger and function the schema holds, by name."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(
                "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).scalars()
        else:
            rows = conn.exec_driver_sql(
                "SELECT c.relkind::text || ' ' || c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                "UNION ALL SELECT 'function ' || p.proname FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
                "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"
            ).scalars()
        return set(rows)


def version_objects(engine: Engine) -> set[str]:
    if engine.dialect.name == "sqlite":
        return {f"table {VERSION_TABLE}"}
    return {f"r {VERSION_TABLE}", f"i {VERSION_TABLE}_pkc"}


def stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def autogenerate_diff(engine: Engine, metadata: MetaData) -> list:
    """What ``alembic revision --autogenerate`` would write, configured as env.py configures it."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "target_metadata": metadata,
            "render_as_batch": True,
            "compare_type": True,
            "user_module_prefix": "kiosk.db.base.",
        })
        return compare_metadata(context, metadata)


def add_audit_entry(conn) -> uuid.UUID:
    entry_id = uuid.uuid4()
    conn.execute(models.AuditEntry.__table__.insert().values(
        id=entry_id, at=datetime.now(UTC), actor_name="Test admin", action="test",
        entity="hub", detail={},
    ))
    return entry_id


# -- the chain --------------------------------------------------------------------------------


def test_the_revision_chain_has_one_base_and_one_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_bases()) == 1
    assert script.get_heads() == [migrate.head_revision()]
    chain = list(script.walk_revisions())
    assert chain[-1].down_revision is None
    for newer, older in zip(chain, chain[1:]):
        assert newer.down_revision == older.revision, "the chain is not a straight line"


def test_the_fast_head_constant_matches_the_scripts():
    """Start-up compares the database with ``HEAD`` instead of reading every script."""
    assert migrate.HEAD == migrate.head_revision()


def test_two_heads_are_refused(tmp_path, monkeypatch):
    head = migrate.head_revision()
    copy = copy_migrations(tmp_path, monkeypatch)
    for name in ("branch_a", "branch_b"):
        write_revision(copy, name, head, "pass", "pass")
    with pytest.raises(DatabaseProblem, match="2 heads"):
        migrate.head_revision()


# -- up, down, up ----------------------------------------------------------------------------


def test_upgrade_from_empty_reaches_head(empty_engine):
    assert schema_objects(empty_engine) == set()
    before = migrate.migration_state(empty_engine)
    assert before.current is None and not before.up_to_date

    after = migrate.upgrade(empty_engine)

    assert after.up_to_date and after.current == migrate.head_revision()
    assert stamped_revision(empty_engine) == after.head
    tables = set(inspect(empty_engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {VERSION_TABLE}


def test_upgrading_a_current_database_changes_nothing(empty_engine):
    migrate.upgrade(empty_engine)
    objects = schema_objects(empty_engine)
    assert migrate.upgrade(empty_engine).up_to_date
    assert schema_objects(empty_engine) == objects


def test_downgrade_to_base_leaves_nothing_and_upgrade_works_again(empty_engine):
    migrate.upgrade(empty_engine)
    migrated = schema_objects(empty_engine)

    assert migrate.downgrade(empty_engine, "base").current is None
    assert schema_objects(empty_engine) <= version_objects(empty_engine)
    assert inspect(empty_engine).get_table_names() in ([], [VERSION_TABLE])

    assert migrate.upgrade(empty_engine).up_to_date
    assert schema_objects(empty_engine) == migrated
    assert autogenerate_diff(empty_engine, Base.metadata) == []


def test_the_audit_log_is_append_only_after_down_and_up(empty_engine):
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    migrate.upgrade(empty_engine)
    with empty_engine.begin() as conn:
        entry_id = add_audit_entry(conn)
    table = models.AuditEntry.__table__
    for statement in (table.update().values(action="changed"), table.delete()):
        with pytest.raises(sa_exc.DBAPIError, match="append-only"):
            with empty_engine.begin() as conn:
                conn.execute(statement.where(table.c.id == entry_id))


# -- no drift between the models and the migrations ---------------------------------------------


def test_autogenerate_finds_no_difference(engine):
    assert autogenerate_diff(engine, Base.metadata) == []


def test_autogenerate_would_notice_a_new_column(engine):
    """The comparison above is not vacuous: one extra model column shows up."""
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["booking"].append_column(Column("note", String(40), nullable=True))
    diff = autogenerate_diff(engine, changed)
    assert [(d[0], d[2], d[3].name) for d in diff] == [("add_column", "booking", "note")]


# -- SQLite settings ------------------------------------------------------------------------


def pragmas(conn) -> dict[str, object]:
    names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in names}


def test_sqlite_engine_is_durable_and_enforces_links(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "settings.sqlite"))
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                settings = pragmas(conn)
                assert settings["journal_mode"].lower() == "wal"
                assert settings["synchronous"] == 2  # FULL
                assert settings["foreign_keys"] == 1
                assert settings["busy_timeout"] == BUSY_TIMEOUT_MS > 0
    finally:
        engine.dispose()


def test_foreign_keys_are_on_again_after_migrating(tmp_path):
    """The migration runs with foreign keys off; every pooled connection has them back on."""
    sqlite_engine = make_engine(sqlite_url(tmp_path / "fresh.sqlite"))
    migrate.upgrade(sqlite_engine)
    pooled = sqlite_engine.pool.checkedin()
    assert pooled >= 1
    connections = [sqlite_engine.connect() for _ in range(pooled + 1)]
    try:
        enforced = [c.exec_driver_sql("PRAGMA foreign_keys").scalar() for c in connections]
        assert enforced == [1] * len(connections)
    finally:
        for conn in connections:
            conn.close()
    session = models.Session.__table__
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"):
        with sqlite_engine.begin() as conn:
            now = datetime.now(UTC)
            conn.execute(session.insert().values(
                id=uuid.uuid4(), hub_id=uuid.uuid4(), activity_id=uuid.uuid4(),
                starts_at=now, ends_at=now + timedelta(hours=1), capacity=5, status="scheduled",
                created_at=now, updated_at=now,
            ))


# -- backups, refusals and failures on SQLite ------------------------------------------------


def copy_migrations(tmp_path: Path, monkeypatch) -> Path:
    """A private copy of the packaged migrations that the kiosk will use for this test."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    return copy


def write_revision(directory: Path, revision: str, down: str, upgrade: str, downgrade: str) -> None:
    """Add a revision to a copy made by ``copy_migrations`` (as a newer app would ship it)."""
    body = f'''\
        """Throwaway revision {revision} for a migration test."""
        import sqlalchemy as sa
        from alembic import op

        revision = "{revision}"
        down_revision = "{down}"
        branch_labels = None
        depends_on = None


        def upgrade():
            {upgrade}


        def downgrade():
            {downgrade}
        '''
    (directory / "versions" / f"{revision}.py").write_text(textwrap.dedent(body))


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def book_some(engine: Engine, clock, count: int = 3) -> list[str]:
    services = build_services(engine, clock)
    services.hub.set_up("Backup Hub")
    activity = services.activities.add(ADMIN, "Poetry workshop")
    starts = clock.now + timedelta(days=1)
    session = services.schedule.add_session(ADMIN, activity.id, starts, 60, 10)
    return [services.booking.book(session.id, f"Visitor {n}").reference for n in range(count)]


def references(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r for (r,) in conn.execute("SELECT reference FROM booking"))


def backups_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.before-upgrade-*"))


def test_a_fresh_database_needs_no_backup(sqlite_engine):
    assert backups_of(Path(sqlite_engine.url.database)) == []


def test_backup_is_a_complete_consistent_copy(sqlite_engine, clock):
    """Rows still in the write-ahead log are in the copy too."""
    path = Path(sqlite_engine.url.database)
    booked = book_some(sqlite_engine, clock)

    backup = migrate.backup_before_upgrade(sqlite_engine, migrate.head_revision())

    assert backup.parent == path.parent and backup != path
    assert integrity(backup) == "ok"
    assert references(backup) == sorted(booked)
    copy = make_engine(sqlite_url(backup))
    try:
        assert stamped_revision(copy) == migrate.head_revision()
        services = build_services(copy, clock)
        assert {services.booking.lookup(ref).reference for ref in booked} == set(booked)
    finally:
        copy.dispose()


def test_upgrading_an_older_file_backs_it_up_first(sqlite_engine, clock, monkeypatch, tmp_path):
    path = Path(sqlite_engine.url.database)
    old_head = migrate.head_revision()
    booked = book_some(sqlite_engine, clock)
    copy = copy_migrations(tmp_path, monkeypatch)
    monkeypatch.setattr(migrate, "HEAD", "zz_test_note")
    write_revision(copy, "zz_test_note", old_head,
                   'op.create_table("test_note", sa.Column("id", sa.Integer, primary_key=True))',
                   'op.drop_table("test_note")')

    state = migrate.upgrade(sqlite_engine)

    assert state.current == "zz_test_note" and state.up_to_date
    assert "test_note" in inspect(sqlite_engine).get_table_names()
    [backup] = backups_of(path)
    assert f"before-upgrade-{old_head}-" in backup.name
    assert integrity(backup) == "ok"
    assert references(backup) == references(path) == sorted(booked)
    with sqlite3.connect(backup) as conn:
        assert conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone() == (old_head,)
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "test_note" not in tables


def test_a_failed_migration_leaves_the_file_as_it_was(sqlite_engine, clock, monkeypatch, tmp_path):
    """Migrations run in one transaction, so a failure half-way through is rolled back."""
    old_head = migrate.head_revision()
    booked = book_some(sqlite_engine, clock)
    before = schema_objects(sqlite_engine)
    copy = copy_migrations(tmp_path, monkeypatch)
    monkeypatch.setattr(migrate, "HEAD", "zz_test_fails")
    write_revision(copy, "zz_test_fails", old_head,
                   'op.create_table("test_note", sa.Column("id", sa.Integer, primary_key=True)); '
                   'op.drop_table("no_such_table")',
                   "pass")

    with pytest.raises(sa_exc.OperationalError):
        migrate.upgrade(sqlite_engine)

    assert stamped_revision(sqlite_engine) == old_head
    assert schema_objects(sqlite_engine) == before
    assert references(Path(sqlite_engine.url.database)) == sorted(booked)
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_migration_that_breaks_links_is_rolled_back(sqlite_engine, clock, monkeypatch, tmp_path):
    """Foreign keys are off while migrating; ``foreign_key_check`` refuses a result that dangles."""
    old_head = migrate.head_revision()
    booked = book_some(sqlite_engine, clock)
    copy = copy_migrations(tmp_path, monkeypatch)
    monkeypatch.setattr(migrate, "HEAD", "zz_test_dangles")
    write_revision(copy, "zz_test_dangles", old_head,
                   f"op.execute(\"UPDATE booking SET session_id = '{uuid.UUID(int=0).hex}'\")",
                   "pass")

    with pytest.raises(DatabaseProblem, match="broken links"):
        migrate.upgrade(sqlite_engine)

    assert stamped_revision(sqlite_engine) == old_head
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    services = build_services(sqlite_engine, clock)
    assert {services.booking.lookup(ref).reference for ref in booked} == set(booked)


def test_a_database_from_a_newer_kiosk_is_refused(empty_engine):
    migrate.upgrade(empty_engine)
    with empty_engine.begin() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'zz_from_the_future'"))
    objects = schema_objects(empty_engine)

    with pytest.raises(DatabaseProblem, match="newer version"):
        migrate.upgrade(empty_engine)

    assert stamped_revision(empty_engine) == "zz_from_the_future"
    assert schema_objects(empty_engine) == objects
    if empty_engine.dialect.name == "sqlite":
        assert backups_of(Path(empty_engine.url.database)) == []
