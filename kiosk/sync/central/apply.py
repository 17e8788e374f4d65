"""Apply one pushed batch in ONE central transaction: take the hub's feed lock, record the op
ids (``ON CONFLICT DO NOTHING``, so a resent batch changes nothing twice), copy plain rows, let
the booking rules decide sessions and bookings, commit. An op the database cannot store (a broken
reference, another hub's row) is set aside with its payload instead of blocking the queue."""

import logging
import uuid
from datetime import datetime

import psycopg
from psycopg import errors as pg_errors
from psycopg.types.json import Json

from .. import tables
from ..ops import BatchOutcome, Op
from . import rows
from .bookings import BookingRules
from .schema import FEED_LOCK_CLASS

log = logging.getLogger(__name__)

#: Failures caused by what an op holds (not by the network or a bug): the op is set aside.
DATA_ERRORS = (pg_errors.IntegrityError, pg_errors.DataError, pg_errors.InsufficientPrivilege,
               pg_errors.RaiseException)


def lock_hub(cur, hub_id: uuid.UUID) -> datetime:
    """Take the hub's change-feed lock (until commit) and return the transaction's time."""
    return cur.execute("SELECT now() FROM pg_advisory_xact_lock(%s, hashtext(%s))",
                       [FEED_LOCK_CLASS, str(hub_id)]).fetchone()[0]


def apply_batch(conn: psycopg.Connection, hub_id: uuid.UUID, device_id: uuid.UUID,
                ops: list[Op]) -> BatchOutcome:
    """Apply ``ops`` (in device order) and commit; returns only once the commit is acknowledged.
    If one op cannot be stored, the batch is applied again op by op, setting that one aside."""
    try:
        with conn.transaction():
            return _apply(conn, hub_id, device_id, ops)
    except DATA_ERRORS as error:
        log.warning("a pushed batch could not be applied whole (%s); applying it op by op",
                    type(error).__name__)
    outcome = BatchOutcome()
    with conn.transaction():
        for op in ops:
            try:
                with conn.transaction():
                    outcome.add(_apply(conn, hub_id, device_id, [op]))
            except DATA_ERRORS as error:
                _set_aside(conn, hub_id, device_id, op, error)
                outcome.rejected += 1
    return outcome


def _apply(conn, hub_id: uuid.UUID, device_id: uuid.UUID, ops: list[Op]) -> BatchOutcome:
    cur = conn.cursor()
    now = lock_hub(cur, hub_id)
    fresh_ids = _record(cur, hub_id, device_id, ops)
    fresh = [op for op in ops if op.op_id in fresh_ids]
    repeated = [op for op in ops if op.op_id not in fresh_ids]
    unknown = [op for op in fresh if op.entity not in tables.BY_NAME or op.entity in tables.ANONYMOUS]
    if unknown:
        raise pg_errors.DataError(f"unknown kind of change: {unknown[0].entity}")
    _touch_again(cur, repeated)
    _copy(cur, [op for op in fresh if op.entity not in tables.DECIDED])
    conflicts = BookingRules(conn, now).run([op for op in fresh if op.entity in tables.DECIDED])
    return BatchOutcome(applied=len(fresh), duplicates=len(repeated), conflicts=conflicts)


def _record(cur, hub_id: uuid.UUID, device_id: uuid.UUID, ops: list[Op]) -> set[uuid.UUID]:
    """Record the op ids; returns those not seen before."""
    cur.execute(
        "INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome) "
        "SELECT o.op_id, %s, %s, o.seq, 'applied' FROM unnest(%s::uuid[], %s::bigint[]) AS o(op_id, seq) "
        "ON CONFLICT DO NOTHING RETURNING op_id",
        [hub_id, device_id, [op.op_id for op in ops], [op.seq for op in ops]])
    return {row[0] for row in cur.fetchall()}


def _touch_again(cur, repeated: list[Op]) -> None:
    """Rows of ops applied before get a new feed position: a kiosk that skipped them while its
    own change was pending (the acknowledgement was lost) pulls them again."""
    by_table: dict[str, set[uuid.UUID]] = {}
    for op in repeated:
        if op.entity in tables.BY_NAME:
            by_table.setdefault(op.entity, set()).add(op.entity_id)
    for table in tables.TABLES:
        if table.name in by_table:
            rows.touch(cur, table, by_table[table.name])


def _copy(cur, ops: list[Op]) -> None:
    """Rows that need no decision: the last state of each row in the batch, parents first."""
    latest: dict[str, dict[uuid.UUID, dict]] = {}
    for op in ops:
        latest.setdefault(op.entity, {})[op.entity_id] = op.payload
    for table in tables.TABLES:
        if table.name in latest:
            rows.upsert(cur, table, [rows.row_from_payload(table, p) for p in latest[table.name].values()])


def _set_aside(conn, hub_id: uuid.UUID, device_id: uuid.UUID, op: Op, error: Exception) -> None:
    """Keep an op the database refused, with why, so nothing is silently lost."""
    log.warning("a pushed %s change was set aside centrally (%s)", op.entity, type(error).__name__)
    detail = {"kind": op.kind, "entity": op.entity, "entity_id": str(op.entity_id),
              "payload": op.payload, "error": type(error).__name__,
              "sqlstate": getattr(error, "sqlstate", None)}
    conn.execute(
        "INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome, detail) "
        "VALUES (%s, %s, %s, %s, 'rejected', %s) ON CONFLICT DO NOTHING",
        [op.op_id, hub_id, device_id, op.seq, Json(detail)])
