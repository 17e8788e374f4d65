"""Clearing a name everywhere the kiosk holds it: the queued outbox payloads and set-aside op
details in the database, the erasure ledger beside it, the write-ahead log and free pages, the
backups and the copies made before upgrades (scrubbed), and old or damaged copies (deleted)."""

import logging
import sqlite3
import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from ..db import erasure_ledger
from ..db.engine import truncate_wal, vacuum
from ..db.files import KioskFiles
from ..db.models import Booking, Erasure, OutboxEntry, SyncAppliedOp, Visit
from ..db.scrub import scrub_copy
from .unit_of_work import Tx

log = logging.getLogger(__name__)
MODELS = {"booking": Booking, "visit": Visit}
_CHUNK = 500


def scrub_payloads(tx: Tx, entity: str, ids: Iterable[uuid.UUID]) -> int:
    """Clear the name inside every queued change (and set-aside op) about these rows."""
    ids, changed = list(ids), 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for entry in tx.session.scalars(select(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.entity_id.in_(chunk))):
            if isinstance(entry.payload, dict) and entry.payload.get("name") is not None:
                entry.payload = {**entry.payload, "name": None}
                flag_modified(entry, "payload")
                changed += 1
    wanted = {str(i) for i in ids}
    for op in tx.session.scalars(select(SyncAppliedOp).where(SyncAppliedOp.detail.is_not(None))):
        detail = op.detail if isinstance(op.detail, dict) else {}
        payload = detail.get("payload")
        if detail.get("entity") == entity and detail.get("entity_id") in wanted and isinstance(payload, dict):
            op.detail = {**detail, "payload": {**payload, "name": None}}
            flag_modified(op, "detail")
            changed += 1
    return changed


def ledger_entries(files: KioskFiles | None) -> list[erasure_ledger.LedgerEntry]:
    return erasure_ledger.read(files.ledger) if files else []


def reapply(tx: Tx, entries: list[erasure_ledger.LedgerEntry]) -> int:
    """Erase again what the ledger says was erased (after a restore brought an older copy
    back); returns how many markers or names it had to put right."""
    fixed = 0
    for entry in entries:
        if entry.hub_id != tx.hub_id:
            continue
        if tx.session.get(Erasure, entry.marker_id) is None:
            marker = Erasure(id=entry.marker_id, hub_id=entry.hub_id, entity=entry.entity,
                             entity_id=entry.entity_id, erased_at=entry.erased_at)
            tx.session.add(marker)
            tx.record("erasure.create", marker, op_id=entry.op_id)
            fixed += 1
        model = MODELS.get(entry.entity)
        row = tx.session.get(model, entry.entity_id) if model else None
        if row is not None and row.name is not None:
            row.name = None
            tx.touch(row)
            tx.record(f"{entry.entity}.erase", row)
            fixed += 1
        if model is not None:
            fixed += scrub_payloads(tx, entry.entity, [entry.entity_id])
    return fixed


def wipe_copies(engine, files: KioskFiles | None, cutoff: datetime | None, erasure: bool,
                drop_set_aside: bool = False) -> None:
    """After names were cleared in the database: leave no old copy of them in its free pages
    (rebuilt after an ``erasure``), its write-ahead log or any file kept beside it. ``cutoff``: the
    retention cut-off (older copies are deleted, names older than it cleared in the rest).
    ``drop_set_aside``: a new erasure deletes the damaged files set aside by a repair, which
    cannot be scrubbed safely (they hold nothing erased before they were set aside)."""
    try:
        if erasure:
            vacuum(engine)
        if not truncate_wal(engine):
            log.warning("the write-ahead log could not be emptied just now (a reader held it)")
    except sqlite3.OperationalError:  # busy past the timeout: the names are cleared all the same
        log.warning("the database was busy: its log is emptied at the next purge, the file rebuilt at the next erasure")
    if files is None:
        return
    if cutoff is not None:
        files.delete_older_than(cutoff)
    if drop_set_aside:
        for kept in files.set_aside():
            files.delete(kept)
    erased = [(e.entity, e.entity_id) for e in ledger_entries(files)]
    for kept in files.copies():
        try:
            scrub_copy(kept.path, erased, cutoff, rebuild=erasure)
        except sqlite3.OperationalError:  # busy or locked: scrubbed at the next purge
            log.warning("a kept copy could not be scrubbed just now: %s", kept.path.name)
        except sqlite3.DatabaseError:  # damaged: it cannot keep the promise, so it goes
            log.warning("a kept copy is damaged and could not be scrubbed, so it was deleted: %s",
                        kept.path.name)
            files.delete(kept)
