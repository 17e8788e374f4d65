"""Helpers for the service tests: reading the real tables and watching the real transactions."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event, text

from kiosk.domain.enums import StaffRole
from kiosk.domain.records import Actor

ADMIN = Actor.system("Test admin")
VOLUNTEER = Actor("Vera the volunteer", StaffRole.VOLUNTEER)


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


class TransactionLog:
    """What the engine did, in order: 'begin', 'commit', 'rollback' and each SQL statement."""

    def __init__(self):
        self.events: list[str] = []

    def transactions(self) -> list[list[str]]:
        """The statements of each committed transaction."""
        done, current = [], None
        for item in self.events:
            if item == "begin":
                current = []
            elif item == "commit":
                done.append(current or [])
                current = None
            elif item == "rollback":
                current = None
            elif current is not None:
                current.append(item)
        return done


@pytest.fixture
def watch_transactions(engine: Engine):
    """Context manager recording the transactions the engine runs inside the ``with`` block."""

    @contextmanager
    def watch() -> Iterator[TransactionLog]:
        log = TransactionLog()
        listeners = {
            "begin": lambda conn: log.events.append("begin"),
            "commit": lambda conn: log.events.append("commit"),
            "rollback": lambda conn: log.events.append("rollback"),
            "before_cursor_execute": lambda conn, cursor, statement, *rest: log.events.append(
                " ".join(statement.split())),
        }
        for name, listener in listeners.items():
            event.listen(engine, name, listener)
        try:
            yield log
        finally:
            for name, listener in listeners.items():
                event.remove(engine, name, listener)

    return watch
