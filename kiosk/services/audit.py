"""Reading the append-only audit log (hub leads only)."""

from sqlalchemy import select

from ..db.models import AuditEntry
from ..domain.records import Actor, AuditInfo
from .accounts import require_lead
from .unit_of_work import UnitOfWork


class AuditService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def entries(self, actor: Actor, limit: int = 500) -> list[AuditInfo]:
        require_lead(actor)
        with self._uow.read() as tx:
            rows = tx.session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                                      .limit(limit))
            return [AuditInfo(id=r.id, at=r.at, actor_name=r.actor_name, action=r.action,
                              entity=r.entity, entity_id=r.entity_id, detail=dict(r.detail or {}))
                    for r in rows]
