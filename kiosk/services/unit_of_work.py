"""One transaction per service call: the unit of work, its outbox and audit helpers, the hooks
told when a write queued for sync has committed, and the translation of database failures into
plain-English errors."""

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Engine, Select, func, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session as DbSession

from ..db.anonymous import reshuffle_day, reshuffle_queue
from ..db.engine import SQLITE_BEGIN, is_sqlite, truncate_wal
from ..db.models import AnonymousOutboxEntry, AuditEntry, Hub, OutboxEntry, SyncState
from ..db.serialize import row_to_dict
from ..domain.errors import DatabaseProblem, NoHub, StorageFull
from ..domain.records import Actor
from ..domain.timeutil import utcnow

Clock = Callable[[], datetime]
#: sync_state key: the last audit number this device gave out
AUDIT_SEQ = "audit_seq"
log = logging.getLogger(__name__)


class Tx:
    """The open transaction a service method works in."""

    def __init__(self, session: DbSession, now: datetime, sqlite: bool, uow: "UnitOfWork"):
        self.session = session
        self.now = now
        self._sqlite = sqlite
        self._uow = uow
        #: whether this transaction queued a change in the (sequenced) outbox
        self.queued = False
        #: run once this transaction has committed (not if it fails)
        self.committed_steps: list[Callable[[], object]] = []

    @property
    def hub_id(self) -> uuid.UUID:
        return self._uow.hub_id(self.session)

    @property
    def device_id(self) -> uuid.UUID | None:
        return self._uow.device_id(self.session)

    def hub(self) -> Hub:
        return self.session.get(Hub, self.hub_id)

    def locked(self, stmt: Select) -> Select:
        """Lock the selected rows until commit. SQLite writers already hold the database's
        write lock (BEGIN IMMEDIATE), so only PostgreSQL needs FOR UPDATE."""
        return stmt if self._sqlite else stmt.with_for_update()

    def add(self, row) -> None:
        """Add a new replicated row, stamped with this device and the transaction's time."""
        row.origin_device_id = self.device_id
        row.created_at = row.updated_at = self.now
        self.session.add(row)

    def touch(self, row) -> None:
        row.updated_at = self.now

    def record(self, kind: str, row, op_id: uuid.UUID | None = None) -> None:
        """Queue ``row``'s new state for central sync, in this same transaction (``op_id``: to
        send an op again under the id it had, so the central database applies it only once)."""
        self.session.flush()
        self.session.add(OutboxEntry(
            kind=kind, entity=row.__tablename__, entity_id=row.id,
            payload=row_to_dict(row), created_at=self.now, **({"op_id": op_id} if op_id else {}),
        ))
        self.queued = True

    def record_anonymous(self, kind: str, row, day_column: str) -> None:
        """Queue an anonymous row for sync without a sequence number or a time, then write that
        day's anonymous rows again in random order, so the file keeps no order of giving; the
        write-ahead log is emptied after the commit, for the same reason."""
        self.session.flush()
        self.session.add(AnonymousOutboxEntry(kind=kind, entity=row.__tablename__,
                                              payload=row_to_dict(row)))
        self.session.flush()
        day = getattr(row, day_column)
        conn = self.session.connection()
        reshuffle_day(conn, row.__table__, day_column, row.hub_id, day)
        reshuffle_queue(conn, day)
        self.session.expunge(row)  # its row was written again: the object is no longer the row
        self.committed_steps.append(lambda: truncate_wal(self._uow.engine))

    def audit(self, actor: Actor, action: str, entity: str, entity_id: uuid.UUID | None,
              **detail) -> None:
        """Append who did what. ``detail`` must never hold a visitor's name or comment."""
        self.session.add(AuditEntry(
            hub_id=self._uow.hub_id(self.session, required=False), at=self.now,
            actor_id=actor.staff_id, actor_name=actor.name, action=action, entity=entity,
            entity_id=entity_id, detail=detail, device_id=self.device_id,
            device_seq=self._next_audit_seq(),
        ))

    def _next_audit_seq(self) -> int:
        """This device's next audit number. The count is kept apart from the entries, so removing
        entries does not give their numbers out again: the central copy sees the gap."""
        stored = self.state(AUDIT_SEQ)
        top = self.session.scalar(select(func.max(AuditEntry.device_seq)))
        number = max(int(stored or 0), int(top or 0)) + 1
        self.set_state(AUDIT_SEQ, str(number))
        return number

    def state(self, key: str) -> str | None:
        row = self.session.get(SyncState, key)
        return row.value if row else None

    def set_state(self, key: str, value: str) -> None:
        self.session.merge(SyncState(key=key, value=value))


class UnitOfWork:
    """Opens transactions on one engine; writers on SQLite begin IMMEDIATE."""

    def __init__(self, engine: Engine, clock: Clock = utcnow):
        self.engine = engine
        self.clock = clock
        self._sqlite = is_sqlite(engine)
        self._writer = engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}) if self._sqlite else engine
        self._identity: dict[str, uuid.UUID] = {}
        self._commit_hooks: list[Callable[[], None]] = []

    def on_commit(self, hook: Callable[[], None]) -> None:
        """Call ``hook()`` after every committed write that queued changes for sync. It runs on
        the writer's thread, so it must be quick (the sync worker's wake-up is)."""
        self._commit_hooks.append(hook)

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self._transaction(self._writer) as tx:
            yield tx
        if tx.queued:
            self._committed()

    def _committed(self) -> None:
        # The change is saved whatever a hook does, so a failing hook is logged, never raised.
        for hook in self._commit_hooks:
            try:
                hook()
            except Exception:
                log.exception("a commit hook failed")

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self._transaction(self.engine) as tx:
            yield tx

    @contextmanager
    def _transaction(self, bind) -> Iterator[Tx]:
        try:
            with DbSession(bind, expire_on_commit=False, autoflush=True) as session:
                with session.begin():
                    tx = Tx(session, self.clock(), self._sqlite, self)
                    yield tx
        except sa_exc.DBAPIError as error:
            mapped = translate_db_error(error)
            if mapped is error:
                raise
            raise mapped from error
        for step in tx.committed_steps:
            step()

    def hub_id(self, session: DbSession, required: bool = True) -> uuid.UUID | None:
        return self._local_id(session, "hub_id", required)

    def device_id(self, session: DbSession) -> uuid.UUID | None:
        return self._local_id(session, "device_id", False)

    def _local_id(self, session: DbSession, key: str, required: bool) -> uuid.UUID | None:
        if key not in self._identity:
            value = session.scalar(select(SyncState.value).where(SyncState.key == key))
            if value is None:
                if required:
                    raise NoHub("No hub is set up yet: run the demo or set the hub up at the front desk.")
                return None
            self._identity[key] = uuid.UUID(value)
        return self._identity[key]

    def forget_identity(self) -> None:
        self._identity.clear()


def translate_db_error(error: sa_exc.DBAPIError) -> Exception:
    """Map driver failures to errors a person can act on; leave real bugs alone."""
    text = str(error.orig).lower()
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return StorageFull("The kiosk's storage is full, so nothing was saved. Please tell a volunteer.")
    if "database is locked" in text or "database is busy" in text:
        return DatabaseProblem("The kiosk is busy. Please try again in a moment.")
    if isinstance(error.orig, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "disk i/o" in text
    ):
        return DatabaseProblem("The kiosk's database is damaged. Please tell a volunteer.")
    return error
