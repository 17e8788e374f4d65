"""Service-test helpers: databases migrated once and reset per test, raw SQL reads, transaction logs."""

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, event

from kiosk.domain.enums import StaffRole
from kiosk.domain.records import Actor

from tests.support.databases import (  # noqa: F401  (fixtures used by this directory's tests)
    Db, db, migrated_postgres_url, postgres_engine, shared_postgres_engine,
)

ADMIN = Actor.system("Test admin")
VOLUNTEER = Actor("Vera the volunteer", StaffRole.VOLUNTEER)


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


def refused(error: type[Exception], call, *args, match: str | None = None, **kwargs) -> Exception:
    """Call and expect ``error``, failing with a message that names the input if it is accepted;
    lets one test walk through many bad inputs without a database per input."""
    try:
        call(*args, **kwargs)
    except error as caught:
        message = getattr(caught, "message", str(caught))
        assert match is None or re.search(match, message), f"{args!r} {kwargs!r}: {message!r}"
        return caught
    pytest.fail(f"{args!r} {kwargs!r} was accepted")
