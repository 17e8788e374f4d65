"""What the central database confirms of the hub's audit logs: per device, the last entry it
holds and the gaps in that device's numbering (entries removed before they were sent, or a log
numbered again after being rolled back)."""

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuditGap:
    first: int
    last: int
    #: "missing" (numbers skipped) or "numbered again" (the log went back)
    kind: str
    found_at: datetime


@dataclass(frozen=True)
class DeviceAuditState:
    device_id: uuid.UUID
    name: str
    last_seq: int | None
    last_at: datetime | None
    gaps: tuple[AuditGap, ...] = ()


@dataclass(frozen=True)
class AuditConfirmation:
    """None of it is known before the first sync that sent the log."""

    confirmed_at: datetime
    devices: tuple[DeviceAuditState, ...]

    @property
    def gaps(self) -> int:
        return sum(len(d.gaps) for d in self.devices)
