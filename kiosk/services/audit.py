"""Reading the append-only audit log and exporting it as CSV (hub leads only)."""

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from ..db.models import AuditEntry, SyncState
from ..domain.audit_trail import AuditConfirmation, AuditGap, DeviceAuditState
from ..domain.errors import InvalidInput
from ..domain.records import Actor, AuditInfo
from .accounts import require_lead
from .csv_files import write_csv
from .unit_of_work import UnitOfWork

#: sync_state key: what the central database last confirmed of the hub's audit logs (JSON)
AUDIT_CENTRAL = "audit_central"
CSV_COLUMNS = ["when (UTC)", "who", "action", "record", "record id", "details"]


def _info(row: AuditEntry) -> AuditInfo:
    return AuditInfo(id=row.id, at=row.at, actor_name=row.actor_name, action=row.action,
                     entity=row.entity, entity_id=row.entity_id, detail=dict(row.detail or {}))


class AuditService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def entries(self, actor: Actor, limit: int = 500, action: str | None = None) -> list[AuditInfo]:
        """The newest entries first; ``action`` keeps only actions starting with it ("session.")."""
        require_lead(actor)
        with self._uow.read() as tx:
            stmt = select(AuditEntry)
            if action:
                stmt = stmt.where(AuditEntry.action.startswith(action, autoescape=True))
            rows = tx.session.scalars(stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
            return [_info(r) for r in rows]

    def export_csv(self, actor: Actor, path: str | os.PathLike) -> int:
        """Write the whole log, oldest first, to a CSV file; returns how many entries. The export
        itself is audited. The log holds no visitor's name, so the file holds none either."""
        require_lead(actor)
        target = Path(path).expanduser()
        if target.suffix.lower() != ".csv":
            raise InvalidInput("Please give a file name ending in .csv")
        if not target.parent.is_dir():
            raise InvalidInput("That folder does not exist. Please choose another.")
        with self._uow.write() as tx:
            rows = tx.session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)).all()
            try:
                write_csv(target, CSV_COLUMNS, ([
                    row.at.isoformat(timespec="seconds"), row.actor_name, row.action, row.entity,
                    row.entity_id, json.dumps(row.detail or {}, ensure_ascii=False, sort_keys=True)]
                    for row in rows), encoding="utf-8-sig")
            except OSError as error:
                raise InvalidInput(f"The file could not be written ({error.strerror or 'unknown reason'}).") from None
            tx.audit(actor, "audit.export", "audit_entry", None, entries=len(rows))
            return len(rows)

    def central_confirmation(self, actor: Actor) -> AuditConfirmation | None:
        """What the central database confirmed at the last sync, or None if it never has."""
        require_lead(actor)
        with self._uow.read() as tx:
            text = tx.session.scalar(select(SyncState.value).where(SyncState.key == AUDIT_CENTRAL))
        return confirmation_from_json(text) if text else None


def confirmation_from_json(text: str) -> AuditConfirmation | None:
    try:
        data = json.loads(text)
        return AuditConfirmation(
            confirmed_at=_instant(data["confirmed_at"]),
            devices=tuple(DeviceAuditState(
                device_id=uuid.UUID(d["device_id"]), name=d["name"], last_seq=d["last_seq"],
                last_at=_instant(d["last_at"]) if d["last_at"] else None,
                gaps=tuple(AuditGap(g["first"], g["last"], g["kind"], _instant(g["found_at"]))
                           for g in d["gaps"])) for d in data["devices"]))
    except (ValueError, KeyError, TypeError):
        return None  # a damaged note reads as "not confirmed", never as "all is well"


def _instant(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
