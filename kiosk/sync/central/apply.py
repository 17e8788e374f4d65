"""Apply one pushed batch in ONE central transaction: take the hub's feed lock, record the op
ids (``ON CONFLICT DO NOTHING``, so a resent batch changes nothing twice; old entries are pruned
below the device's acknowledged mark, see oplog.py), copy plain rows, let
the booking rules decide sessions and bookings, commit. An op the database cannot store (a broken
reference, another hub's row) is set aside with its payload instead of blocking the queue."""

import logging
import uuid
from datetime import datetime

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql
from psycopg.types.json import Json

from .. import tables
from ..ops import BatchOutcome, Op, changed_columns
from . import oplog, rows
from .bookings import BookingRules

log = logging.getLogger(__name__)

#: Failures caused by what an op holds (not by the network): the op is set aside. A payload
#: missing a field or holding a malformed value counts too, so it can never block the queue.
DATA_ERRORS = (pg_errors.IntegrityError, pg_errors.DataError, pg_errors.InsufficientPrivilege,
               pg_errors.RaiseException, KeyError, ValueError, TypeError)


def lock_hub(cur, hub_id: uuid.UUID) -> datetime:
    """Take the hub's change-feed lock (its row, until commit) and return the transaction's time."""
    return _ask_lock(cur, hub_id).fetchone()[0]


def _ask_lock(cur, hub_id: uuid.UUID):
    return cur.execute("SELECT now() FROM public.sync_lock_feed(%s)", [hub_id])


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
    # one round trip: the lock, the device's marks, the op log, whether the hub has erasures
    with conn.pipeline():
        locked = _ask_lock(conn.cursor(), hub_id)
        marks = oplog.ask_mark(conn.cursor(), hub_id, device_id, ops[0].seq, ops[-1].seq)
        recorded = oplog.record(conn.cursor(), hub_id, device_id, [op.seq for op in ops],
                                [op.op_id for op in ops])
        erased = _ask_erased(conn.cursor(), hub_id, ops)
    now = locked.fetchone()[0]
    acked_upto, pruned_upto = marks.fetchone()
    fresh_ids = {row[0] for row in recorded.fetchall()}
    fresh = [op for op in ops if op.op_id in fresh_ids]
    repeated = [op for op in ops if op.op_id not in fresh_ids]
    known = tables.BY_NAME.keys() - tables.ANONYMOUS | tables.PUSHED_ONLY.keys()
    unknown = [op for op in fresh if op.entity not in known]
    if unknown:
        raise pg_errors.DataError(f"unknown kind of change: {unknown[0].entity}")
    _touch_again(cur, repeated)
    _copy(cur, [op for op in fresh if op.entity not in tables.DECIDED])
    conflicts = BookingRules(conn, now).run([op for op in fresh if op.entity in tables.DECIDED])
    # asked before this batch's own markers went in: those count too
    if erased is not None and (erased.fetchone()[0] or any(op.entity == "erasure" for op in fresh)):
        _keep_erased(cur, hub_id, fresh)
    oplog.prune_if_due(cur, acked_upto, pruned_upto)
    return BatchOutcome(applied=len(fresh), duplicates=len(repeated), conflicts=conflicts)


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
    """Rows that need no decision: the last state of each row in the batch, parents first. A row
    already there gets only the columns the batch's changes were about (a check-out sets the
    leaving time, not a name another kiosk has since cleared)."""
    latest: dict[str, dict[uuid.UUID, str]] = {}
    plans: dict[str, dict[uuid.UUID, tuple[bool, set[str] | None]]] = {}
    for op in ops:
        latest.setdefault(op.entity, {})[op.entity_id] = op.text
        seen = plans.setdefault(op.entity, {})
        changed = changed_columns(op.kind)
        if op.entity_id not in seen:  # (made by this batch, columns changed)
            seen[op.entity_id] = (op.kind.endswith(".create"), None if changed is None else set(changed))
        elif seen[op.entity_id][1] is not None:
            made, before = seen[op.entity_id]
            seen[op.entity_id] = (made, None if changed is None else before | set(changed))
    for table in (*tables.TABLES, *tables.PUSHED_ONLY.values()):
        groups: dict[tuple, list[str]] = {}
        for entity_id, text in latest.get(table.name, {}).items():
            made, only = plans[table.name][entity_id]
            groups.setdefault((made, None if made or only is None else tuple(sorted(only))), []).append(text)
        for (made, only), texts in groups.items():
            rows.upsert_json(cur, table, texts, only, new=made)


def _keep_erased(cur, hub_id: uuid.UUID, ops: list[Op]) -> None:
    """A name erased on any kiosk stays erased: rows of this batch that an erasure marker covers
    lose their name again, whatever the kiosk that sent them still had."""
    if "erasure" not in tables.PUSHED_ONLY and "erasure" not in tables.BY_NAME:
        return
    for name in ("booking", "visit"):
        ids = sorted({op.entity_id for op in ops if op.entity == name}
                     | {uuid.UUID(str(op.payload["entity_id"])) for op in ops
                        if op.entity == "erasure" and op.payload.get("entity") == name})
        if ids:  # read from the (usually empty) markers' side, so this costs nearly nothing
            cur.execute(sql.SQL(
                "UPDATE {} AS t SET name = NULL FROM erasure e WHERE e.hub_id = %s AND e.entity = %s "
                "AND t.id = e.entity_id AND t.id = ANY(%s) AND t.name IS NOT NULL"
            ).format(sql.Identifier(name)), [hub_id, name, ids])


def _ask_erased(cur, hub_id: uuid.UUID, ops: list[Op]):
    """Whether names may need erasing again: None when the batch holds no named row or marker,
    else a cursor telling whether the hub has any erasure marker at all."""
    if "erasure" not in tables.PUSHED_ONLY and "erasure" not in tables.BY_NAME:
        return None
    if not {op.entity for op in ops} & {"booking", "visit", "erasure"}:
        return None
    return cur.execute("SELECT EXISTS (SELECT 1 FROM erasure WHERE hub_id = %s)", [hub_id])


def _set_aside(conn, hub_id: uuid.UUID, device_id: uuid.UUID, op: Op, error: Exception) -> None:
    """Keep an op the database refused, with why, so nothing is silently lost."""
    log.warning("a pushed %s change was set aside centrally (%s)", op.entity, type(error).__name__)
    try:
        payload = op.payload
    except ValueError:  # not even JSON: keep the text as it came
        payload = op.text
    detail = {"kind": op.kind, "entity": op.entity, "entity_id": str(op.entity_id),
              "payload": payload, "error": type(error).__name__,
              "sqlstate": getattr(error, "sqlstate", None)}
    conn.execute(
        "INSERT INTO sync_applied_op (op_id, hub_id, device_id, device_seq, outcome, detail) "
        "VALUES (%s, %s, %s, %s, 'rejected', %s) ON CONFLICT DO NOTHING",
        [op.op_id, hub_id, device_id, op.seq, Json(detail)])


def apply_anonymous(conn: psycopg.Connection, hub_id: uuid.UUID,
                    entries: list[tuple[str, dict]]) -> set[uuid.UUID]:
    """Store anonymous rows (feedback, votes) in the order given, in a transaction of their own;
    a row already there is left alone. Returns the ids now stored; a row the database refuses
    stays on the kiosk rather than blocking the others."""
    with conn.transaction():
        cur = conn.cursor()
        lock_hub(cur, hub_id)
        stored: set[uuid.UUID] = set()
        for entity, payload in entries:
            table = tables.BY_NAME.get(entity)
            if table is None or entity not in tables.ANONYMOUS:
                continue
            row = rows.row_from_payload(table, payload)
            try:
                with conn.transaction():
                    rows.insert_new(cur, table, [row])
                stored.add(uuid.UUID(str(row["id"])))
            except DATA_ERRORS as error:
                log.warning("an anonymous %s row was refused centrally (%s); it stays on the kiosk",
                            entity, type(error).__name__)
        return stored
