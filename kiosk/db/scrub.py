"""Clearing names inside a kept SQLite copy (a backup, a copy made before an upgrade): the names
of erased records and of records older than the retention cut-off, the same names inside queued
outbox payloads and set-aside op details, with secure delete on (and after an erasure the file
rebuilt, so no free page keeps them)."""

import sqlite3
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

#: table → the column that dates its rows for retention
NAMED = {"booking": "created_at", "visit": "arrived_at"}

_PAYLOADS = """
UPDATE outbox SET payload = json_set(payload, '$.name', json('null'))
WHERE entity = :entity AND json_valid(payload) AND json_extract(payload, '$.name') IS NOT NULL
  AND EXISTS (SELECT 1 FROM {table} r WHERE r.id = outbox.entity_id AND r.name IS NULL)"""
_DETAILS = """
UPDATE sync_applied_op SET detail = json_set(detail, '$.payload.name', json('null'))
WHERE json_valid(detail) AND json_extract(detail, '$.entity') = :entity
  AND json_extract(detail, '$.payload.name') IS NOT NULL
  AND EXISTS (SELECT 1 FROM {table} r WHERE lower(replace(json_extract(detail, '$.entity_id'), '-', '')) = r.id
              AND r.name IS NULL)"""


def scrub_copy(path: Path, erased: Iterable[tuple[str, uuid.UUID]], cutoff: datetime | None,
               rebuild: bool = True) -> int:
    """Clear the names in the copy at ``path``; returns how many rows changed (0: left as it was).
    Secure delete zeroes what the changes overwrite; ``rebuild`` (after an erasure) also
    rebuilds the file, for free pages written before secure delete was on."""
    wanted = {table: [] for table in NAMED}
    for entity, entity_id in erased:
        if entity in wanted:
            wanted[entity].append(entity_id.hex)
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        changed = 0
        for table, dated in NAMED.items():
            changed += _clear_names(conn, table, dated, wanted[table], cutoff)
            changed += conn.execute(_PAYLOADS.format(table=table), {"entity": table}).rowcount
            if _has_table(conn, "sync_applied_op"):
                changed += conn.execute(_DETAILS.format(table=table), {"entity": table}).rowcount
        conn.execute("COMMIT")
        if changed and rebuild:
            conn.execute("VACUUM")
        return changed
    finally:
        conn.close()


def _clear_names(conn, table: str, dated: str, ids: list[str], cutoff: datetime | None) -> int:
    conditions, params = [], []
    if ids:
        conditions.append(f"id IN ({', '.join('?' * len(ids))})")
        params += ids
    if cutoff is not None:  # stored as naive UTC text, the way the kiosk writes it
        conditions.append(f"{dated} < ?")
        params.append(cutoff.replace(tzinfo=None).isoformat(sep=" "))
    if not conditions:
        return 0
    return conn.execute(f"UPDATE {table} SET name = NULL WHERE name IS NOT NULL AND ({' OR '.join(conditions)})",
                        params).rowcount


def _has_table(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None
