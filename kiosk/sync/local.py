"""This kiosk's side of sync in its own database: the outbox read in device order and emptied
only after the central commit, the anonymous queue, sync facts in ``sync_state``, and pulled rows
applied without ever passing through the outbox."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, case, delete, func, null, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..db.engine import SQLITE_BEGIN, is_sqlite
from ..db.models import AnonymousOutboxEntry, Base, OutboxEntry, SyncState
from ..services.decisions import LINKED_HUB  # noqa: F401  (a sync_state key, read by the decisions service)
from . import tables
from .checks import checked_hub_rows
from .ops import Op

OUTBOX = OutboxEntry.__table__
ANONYMOUS_OUTBOX = AnonymousOutboxEntry.__table__
STATE = SyncState.__table__
#: erasure markers (kiosk/services/privacy.py), if this version has them
ERASURE = Base.metadata.tables.get("erasure")

# sync_state keys
HUB_ID, DEVICE_ID = "hub_id", "device_id"
PULL_CURSOR = "pull_cursor"
LAST_SUCCESS, LAST_ATTEMPT, LAST_ERROR = "last_sync_at", "last_sync_attempt_at", "last_sync_error"
CLOCK_OFFSET = "clock_offset_seconds"

_RAW_BATCH = ("SELECT seq, op_id, kind, entity, entity_id, payload FROM outbox "
              "WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")


class LocalStore:
    """Short transactions on the kiosk's database; writers begin IMMEDIATE on SQLite."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sqlite = is_sqlite(engine)
        self._writer = engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}) if self._sqlite else engine
        self._insert = sqlite.insert if self._sqlite else postgresql.insert

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    # -- sync_state ------------------------------------------------------------------------------

    def states(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(STATE.c.key, STATE.c.value)).tuples().all())

    def set_states(self, conn: Connection, values: dict[str, str | None]) -> None:
        """Set (or, for None, remove) sync facts inside the caller's transaction."""
        for key, value in values.items():
            conn.execute(delete(STATE).where(STATE.c.key == key))
            if value is not None:
                conn.execute(STATE.insert().values(key=key, value=str(value)))

    def save_states(self, values: dict[str, str | None]) -> None:
        with self.write() as conn:
            self.set_states(conn, values)

    def identity(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        found = self.states()
        return tuple(uuid.UUID(found[k]) if found.get(k) else None for k in (HUB_ID, DEVICE_ID))

    # -- the outbox ------------------------------------------------------------------------------

    def last_outbox_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.coalesce(func.max(OUTBOX.c.seq), 0))))

    def outbox_batch(self, upto: int, limit: int, after: int = 0) -> list[Op]:
        """The oldest ``limit`` changes with a device sequence after ``after`` and up to
        ``upto``, in device order."""
        stmt = (select(OUTBOX.c.seq, OUTBOX.c.op_id, OUTBOX.c.kind, OUTBOX.c.entity,
                       OUTBOX.c.entity_id, OUTBOX.c.payload)
                .where(OUTBOX.c.seq > after, OUTBOX.c.seq <= upto).order_by(OUTBOX.c.seq).limit(limit))
        if self._sqlite:  # raw rows, the payload left as JSON text: several times faster
            with self.engine.connect() as conn:
                rows = conn.connection.driver_connection.execute(_RAW_BATCH, (after, upto, limit)).fetchall()
            return [Op(seq, _uuid(op_id), kind, entity, _uuid(entity_id), payload)
                    for seq, op_id, kind, entity, entity_id, payload in rows]
        with self.engine.connect() as conn:
            return [Op(*row) for row in conn.execute(stmt)]

    def renumber_above(self, seen: int) -> int:
        """If this database hands out device sequences the central database has already had
        from this device (it was restored from an older backup), move its waiting changes, in
        their order, above ``seen`` so none is mistaken for one already applied. Returns how
        many were moved."""
        if not self._sqlite or seen <= 0:
            return 0
        with self.write() as conn:
            used = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").scalar() or 0
            if used >= seen:
                return 0
            moved = conn.exec_driver_sql("UPDATE outbox SET seq = seq + ?", (seen,)).rowcount
            top = conn.exec_driver_sql("SELECT max(seq) FROM outbox").scalar() or seen
            if conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'", (top,)).rowcount == 0:
                conn.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)", (top,))
            return moved

    def forget_pushed(self, ops: list[Op]) -> None:
        """Delete the entries the central database has committed (called after its ack). The batch
        is every entry from its first to its last sequence: later entries always get higher ones."""
        with self.write() as conn:
            conn.execute(delete(OUTBOX).where(OUTBOX.c.seq >= ops[0].seq, OUTBOX.c.seq <= ops[-1].seq))

    def anonymous_entries(self) -> list[tuple[uuid.UUID, str, dict]]:
        stmt = select(ANONYMOUS_OUTBOX.c.id, ANONYMOUS_OUTBOX.c.entity, ANONYMOUS_OUTBOX.c.payload)
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(stmt)]

    def forget_anonymous(self, ids: list[uuid.UUID]) -> None:
        if ids:
            with self.write() as conn:
                conn.execute(delete(ANONYMOUS_OUTBOX).where(ANONYMOUS_OUTBOX.c.id.in_(ids)))

    def pending(self) -> int:
        """Changes waiting to be sent: the outbox and the anonymous queue."""
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(OUTBOX))) + int(
                conn.scalar(select(func.count()).select_from(ANONYMOUS_OUTBOX)))

    # -- pulled rows -----------------------------------------------------------------------------

    def pending_entities(self, conn: Connection) -> set[tuple[str, uuid.UUID]]:
        """Rows with a local change not yet pushed: a pulled copy must not overwrite them."""
        return set(conn.execute(select(OUTBOX.c.entity, OUTBOX.c.entity_id)).tuples())

    def keep_erased(self, conn: Connection) -> None:
        """Names covered by an erasure marker recorded here stay empty whatever was pulled."""
        if ERASURE is None:
            return
        for name in ("booking", "visit"):
            table = tables.BY_NAME[name]
            erased = select(ERASURE.c.entity_id).where(ERASURE.c.entity == name)
            conn.execute(update(table).where(table.c.id.in_(erased), table.c.name.is_not(None))
                         .values(name=None))

    def apply_rows(self, conn: Connection, table, rows: list[dict],
                   pending: set[tuple[str, uuid.UUID]]) -> int:
        """Insert or replace pulled rows by id, in the caller's transaction; never the outbox."""
        wanted = [r for r in rows if (table.name, r["id"]) not in pending]
        if table.name == "hub":
            wanted = checked_hub_rows(conn, wanted)
        if wanted and _has_unique_columns(table):
            # Rows already here first: a booking whose reference the central database changed
            # frees its old code before a new row that now carries that code arrives.
            ids = [r["id"] for r in wanted]
            known = set(conn.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
            wanted.sort(key=lambda r: r["id"] not in known)
        if wanted and self._sqlite and table.name != "staff_account":
            _raw_upsert(conn, table, wanted)
        elif wanted:
            stmt = self._insert(table)
            values = {c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"}
            if table.name == "staff_account":
                values.update(kept_lockout(table, stmt.excluded))
            stmt = stmt.on_conflict_do_update(index_elements=[table.c.id], set_=values)
            conn.execute(stmt, wanted)
        return len(wanted)


def kept_lockout(table, pulled) -> dict:
    """Wrong-PIN counts and locks belong to the device they were typed on: a pulled staff row
    keeps this device's, unless it brings a new PIN (a reset), which starts afresh."""
    same_pin = table.c.pin_hash == pulled.pin_hash
    return {"failed_attempts": case((same_pin, table.c.failed_attempts), else_=0),
            "last_failed_at": case((same_pin, table.c.last_failed_at), else_=null()),
            "locked_until": case((same_pin, table.c.locked_until), else_=null())}


def _raw_upsert(conn: Connection, table, rows: list[dict]) -> None:
    """The same upsert straight through the SQLite driver, in the caller's transaction: each
    value goes through its column type's own conversion, computed once per column, which is
    most of what a pull costs otherwise."""
    names = [c.name for c in table.columns]
    convert = [table.c[n].type._cached_bind_processor(conn.dialect) for n in names]
    pairs = list(zip(names, convert, strict=True))
    values = [tuple(row[n] if fn is None else fn(row[n]) for n, fn in pairs)
              for row in rows]
    quoted = [f'"{n}"' for n in names]
    statement = (f'INSERT INTO "{table.name}" ({", ".join(quoted)}) VALUES ({", ".join("?" * len(names))}) '
                 f'ON CONFLICT ("id") DO UPDATE SET '
                 + ", ".join(f"{q} = excluded.{q}" for q in quoted if q != '"id"'))
    conn.connection.driver_connection.executemany(statement, values)


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _has_unique_columns(table) -> bool:
    return any(c.unique for c in table.columns)
