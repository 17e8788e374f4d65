"""Fast real databases for service-level tests: a PostgreSQL database migrated once per run and
emptied before each test, and plain-SQL reads that bypass the services on purpose. A conftest
that imports these fixtures overrides the shared ``postgres_engine`` for its directory."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from kiosk.db import migrate
from kiosk.db.engine import make_engine
from kiosk.db.models import Base


@pytest.fixture(scope="session")
def migrated_postgres_url(postgres_server) -> Iterator[str]:
    """A PostgreSQL database built once by the real migrations for all the service tests
    (making and migrating a database per test costs about 0.35 s; emptying one, 0.01 s)."""
    url = postgres_server.create_database()
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    postgres_server.drop_database(url)


def empty_postgres(engine: Engine) -> None:
    """Delete every row, children first. Only this cleaning transaction runs as a replica, which
    skips the triggers that keep the audit log append-only; the tests themselves never do."""
    tables = Base.metadata.sorted_tables
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        for table in reversed(tables):
            conn.execute(table.delete())
        left = conn.execute(text(" + ".join(f"(SELECT count(*) FROM {t.name})" for t in tables)
                                 .join(["SELECT ", ""]))).scalar()
    assert left == 0, "rows were left behind"


@pytest.fixture(scope="session")
def shared_postgres_engine(migrated_postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(migrated_postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_engine(shared_postgres_engine: Engine) -> Engine:
    """Overrides the shared fixture for this directory: the same schema, emptied, not rebuilt."""
    empty_postgres(shared_postgres_engine)
    return shared_postgres_engine


class Db:
    """Plain SQL against the engine the services use, bypassing the services on purpose."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def rows(self, sql: str, **params) -> list:
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params))

    def scalar(self, sql: str, **params):
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def count(self, table: str, where: str = "1 = 1", **params) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {table} WHERE {where}", **params))

    def audit(self) -> list:
        """Every audit entry, oldest first."""
        return self.rows("SELECT actor_name, action, entity, entity_id FROM audit_entry ORDER BY at, id")

    def outbox_kinds(self) -> list[str]:
        return [r.kind for r in self.rows("SELECT kind FROM outbox ORDER BY seq")]


@pytest.fixture
def db(engine: Engine) -> Db:
    return Db(engine)
