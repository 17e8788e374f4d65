"""Engines for the local SQLite file (WAL, synchronous=FULL, foreign keys, busy timeout,
secure delete, explicit BEGIN) and for PostgreSQL."""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000

#: Execution option naming how a SQLite transaction begins; writers use IMMEDIATE so that
#: two writers queue on the busy timeout instead of failing to upgrade a read lock.
SQLITE_BEGIN = "sqlite_begin"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).expanduser().resolve()}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for ``url``; SQLite files get the kiosk's durability settings. SQL parameters
    (names, comments) never appear in error messages or logs."""
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    if parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    # Take transaction control from the driver so BEGIN is explicit and DDL is transactional.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted and overwritten content is zeroed, so a cleared name leaves no copy in free space;
    # temporary tables stay in memory, never in a file beside the database.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _on_sqlite_begin(conn) -> None:
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def truncate_wal(engine: Engine) -> bool:
    """Copy the write-ahead log into the database file and cut the log to nothing, so old page
    images (with data since cleared) do not stay in it. False if a reader kept it from finishing;
    does nothing on PostgreSQL."""
    if not is_sqlite(engine):
        return True
    return _outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")[0] == 0


def vacuum(engine: Engine) -> None:
    """Rebuild the SQLite file so no free page keeps old content (none on PostgreSQL)."""
    if is_sqlite(engine):
        _outside_transaction(engine, "VACUUM")


def _outside_transaction(engine: Engine, statement: str):
    """Run ``statement`` on a pooled connection without the explicit BEGIN (VACUUM and a full
    checkpoint cannot run inside a transaction)."""
    raw = engine.raw_connection()
    try:
        return raw.driver_connection.execute(statement).fetchone()
    finally:
        raw.close()


def database_path(engine: Engine) -> Path | None:
    """The SQLite file behind ``engine``; None for PostgreSQL or an in-memory database."""
    name = engine.url.database if is_sqlite(engine) else None
    return Path(name) if name and name != ":memory:" else None


def set_foreign_keys(conn, enabled: bool) -> None:
    """Switch SQLite foreign-key enforcement; only works outside a transaction."""
    raw = conn.connection.dbapi_connection
    raw.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
