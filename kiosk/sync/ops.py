"""One change as it travels from a kiosk's outbox to the central database."""

import json
import uuid
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Op:
    """An outbox entry. ``body`` is the full row after the change, as a dict or as the JSON text
    read from the outbox (copied rows go to the central database as text, never parsed here)."""

    seq: int
    op_id: uuid.UUID
    kind: str
    entity: str
    entity_id: uuid.UUID
    body: dict | str

    @cached_property
    def payload(self) -> dict:
        return json.loads(self.body) if isinstance(self.body, str) else self.body

    @property
    def text(self) -> str:
        return self.body if isinstance(self.body, str) else json.dumps(self.body)


#: Kinds of change that touch only some columns (the payload still holds the whole row, but its
#: other columns may be out of date on the kiosk that sent it, so they are not copied).
_PARTIAL = ((".checkout", ("left_at", "updated_at")),
            (".forget_name", ("name", "updated_at")),
            (".erase", ("name", "updated_at")))


def changed_columns(kind: str) -> tuple[str, ...] | None:
    """The columns a change of ``kind`` is about, or None for the whole row."""
    for suffix, columns in _PARTIAL:
        if kind.endswith(suffix):
            return columns
    return None


@dataclass
class BatchOutcome:
    """What the central database did with a batch."""

    applied: int = 0
    #: ops it had applied before (a resent batch after a lost acknowledgement)
    duplicates: int = 0
    #: ops whose central result differs from what the kiosk did (decided bookings, and so on)
    conflicts: int = 0
    #: ops it could not store at all; kept centrally with their payload for an administrator
    rejected: int = 0

    def add(self, other: "BatchOutcome") -> None:
        self.applied += other.applied
        self.duplicates += other.duplicates
        self.conflicts += other.conflicts
        self.rejected += other.rejected
