"""The erasure ledger: one line per erased record, in a small file beside the database that a
restore does not replace, so an erasure can be applied again to a restored copy. It holds what
re-applying needs (record and marker ids, the erasure's time) and never a name."""

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LedgerEntry:
    marker_id: uuid.UUID
    op_id: uuid.UUID
    hub_id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    erased_at: datetime


def append(path: Path, entries: list[LedgerEntry]) -> None:
    """Add ``entries`` and wait until they are on the disk."""
    if not entries:
        return
    lines = "".join(json.dumps({
        "marker": str(e.marker_id), "op": str(e.op_id), "hub": str(e.hub_id), "entity": e.entity,
        "entity_id": str(e.entity_id), "erased_at": e.erased_at.isoformat()}) + "\n" for e in entries)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(lines)
        handle.flush()
        os.fsync(handle.fileno())


def read(path: Path) -> list[LedgerEntry]:
    """Every entry; a line cut short by a power cut is skipped (its erasure is in the database)."""
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            raw = json.loads(line)
            entries.append(LedgerEntry(uuid.UUID(raw["marker"]), uuid.UUID(raw["op"]), uuid.UUID(raw["hub"]),
                                       raw["entity"], uuid.UUID(raw["entity_id"]),
                                       datetime.fromisoformat(raw["erased_at"])))
        except (ValueError, KeyError, TypeError):
            continue
    return entries
