"""Pull the hub's change feed: every replicated row written centrally since this kiosk's cursor,
read from ONE consistent snapshot (REPEATABLE READ), parents before children, and applied to the
local database. The cursor moves only in the local transaction that applies the last rows, so a
crash at any moment means re-reading rows, never missing them; rows with a local change still
waiting to be pushed are left alone (the central decision on that change comes back later)."""

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import IsolationLevel, sql
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from sqlalchemy import Table

from . import tables
from .local import DEVICE_ID, HUB_ID, LINKED_HUB, PULL_CURSOR, LocalStore

log = logging.getLogger(__name__)

#: Rows applied per local transaction: keeps the kiosk's write lock short for visitors.
CHUNK_ROWS = 2000
#: Rows read per query from the central database.
PAGE_ROWS = 5000


@dataclass
class PullOutcome:
    rows: int = 0
    applied: int = 0
    cursor: int = 0


def feed_query(table: Table) -> sql.Composed:
    """This hub's rows of ``table`` after a feed position, in feed order."""
    names = sql.SQL(", ").join(map(sql.Identifier, tables.columns(table)))
    hub = tables.hub_column(table)
    if hub is not None:
        where = sql.SQL("{} = %(hub)s").format(sql.Identifier(hub))
    else:
        parent, column = tables.PARENT_HUB[table.name]
        where = sql.SQL("{} IN (SELECT p.id FROM {} p WHERE p.hub_id = %(hub)s)").format(
            sql.Identifier(column), sql.Identifier(parent))
    return sql.SQL("SELECT {} FROM {} WHERE {} AND server_seq > %(after)s "
                   "ORDER BY server_seq LIMIT %(limit)s").format(names, sql.Identifier(table.name), where)


class FeedReader:
    """Reads one snapshot of the feed table by table, page by page."""

    def __init__(self, conn: psycopg.Connection, hub_id: uuid.UUID, cursor: int):
        self.conn, self.hub_id, self.cursor = conn, hub_id, cursor

    def first_pages(self) -> dict[str, list[dict]]:
        """The first page of every table, all asked for in one round trip."""
        with self.conn.pipeline():
            pending = {t.name: self._ask(t, self.cursor) for t in tables.TABLES}
        return {name: cur.fetchall() for name, cur in pending.items()}

    def more(self, table: Table, after: int) -> list[dict]:
        return self._ask(table, after).fetchall()

    def _ask(self, table: Table, after: int):
        cur = self.conn.cursor(row_factory=dict_row)
        cur.execute(feed_query(table), {"hub": self.hub_id, "after": after, "limit": PAGE_ROWS})
        return cur


def pull(conn: psycopg.Connection, store: LocalStore, identity: tuple[uuid.UUID, uuid.UUID],
         chunk_rows: int = CHUNK_ROWS) -> PullOutcome:
    """Apply everything new in the hub's feed; ``identity`` (hub, device) is stored with the
    cursor, which is how a new kiosk joins its hub."""
    hub_id, device_id = identity
    cursor = int(store.states().get(PULL_CURSOR) or 0)
    outcome = PullOutcome(cursor=cursor)
    writer = _ChunkWriter(store, chunk_rows, outcome)
    with _snapshot(conn):
        reader = FeedReader(conn, hub_id, cursor)
        first = reader.first_pages()
        for table in tables.TABLES:
            _read_table(reader, table, first[table.name], writer)
    writer.finish({HUB_ID: str(hub_id), DEVICE_ID: str(device_id), LINKED_HUB: str(hub_id),
                   PULL_CURSOR: str(outcome.cursor)})
    return outcome


@contextmanager
def _snapshot(conn: psycopg.Connection) -> Iterator[None]:
    """One read-only REPEATABLE READ transaction: every table is read as of the same moment."""
    conn.isolation_level, conn.read_only = IsolationLevel.REPEATABLE_READ, True
    try:
        with conn.transaction():
            yield
    finally:
        if not conn.closed and conn.info.transaction_status == TransactionStatus.IDLE:
            conn.isolation_level, conn.read_only = None, None


def _read_table(reader: FeedReader, table: Table, page: list[dict], writer: "_ChunkWriter") -> None:
    while page:
        writer.add(table, page)
        if len(page) < PAGE_ROWS:
            return
        page = reader.more(table, page[-1]["server_seq"])


class _ChunkWriter:
    """Applies pulled rows in local transactions of about ``chunk_rows``; the last one also
    stores the cursor (the highest feed position seen)."""

    def __init__(self, store: LocalStore, chunk_rows: int, outcome: PullOutcome):
        self.store, self.chunk_rows, self.outcome = store, chunk_rows, outcome
        self.buffer: list[tuple[Table, list[dict]]] = []
        self.size = 0

    def add(self, table: Table, rows: list[dict]) -> None:
        self.buffer.append((table, rows))
        self.size += len(rows)
        self.outcome.rows += len(rows)
        self.outcome.cursor = max(self.outcome.cursor, max(r["server_seq"] for r in rows))
        if self.size >= self.chunk_rows:
            self._flush({})

    def finish(self, states: dict[str, str]) -> None:
        self._flush(states)

    def _flush(self, states: dict[str, str]) -> None:
        with self.store.write() as conn:
            pending = self.store.pending_entities(conn)
            for table, rows in self.buffer:
                self.outcome.applied += self.store.apply_rows(conn, table, rows, pending)
            if self.buffer:
                self.store.keep_erased(conn)
            if states:
                self.store.set_states(conn, states)
        log.debug("applied %d pulled rows", self.size)
        self.buffer, self.size = [], 0
