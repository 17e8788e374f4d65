""""You said, we did": answers the hub publishes to what visitors told it."""

import uuid

from sqlalchemy import select

from ..db.models import Activity, Response
from ..domain.errors import NotFound
from ..domain.records import Actor, ResponseInfo
from ..domain.text import clean_text
from ..domain.timeutil import local_date
from .unit_of_work import UnitOfWork


class ResponseService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def latest(self, limit: int = 5) -> list[ResponseInfo]:
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            rows = tx.session.execute(
                select(Response, Activity.name).outerjoin(Activity, Activity.id == Response.activity_id)
                .where(Response.hub_id == tx.hub_id, Response.deleted_at.is_(None))
                .order_by(Response.published_at.desc()).limit(limit)
            ).tuples().all()
            return [ResponseInfo(id=r.id, you_said=r.you_said, we_did=r.we_did,
                                 published_on=local_date(r.published_at, tz), activity_name=name)
                    for r, name in rows]

    def publish(self, actor: Actor, you_said: str, we_did: str,
                activity_id: uuid.UUID | None = None) -> ResponseInfo:
        you_said = clean_text(you_said, what="'you said' text", limit=300, required=True)
        we_did = clean_text(we_did, what="'we did' text", limit=600, required=True, multiline=True)
        with self._uow.write() as tx:
            activity = tx.session.get(Activity, activity_id) if activity_id else None
            if activity_id and (activity is None or activity.hub_id != tx.hub_id):
                raise NotFound("That activity does not exist.")
            row = Response(hub_id=tx.hub_id, you_said=you_said, we_did=we_did, activity_id=activity_id,
                           published_at=tx.now, author_id=actor.staff_id)
            tx.add(row)
            tx.record("response.upsert", row)
            tx.audit(actor, "response.publish", "response", row.id)
            return ResponseInfo(id=row.id, you_said=you_said, we_did=we_did,
                                published_on=local_date(tx.now, tx.hub().timezone),
                                activity_name=activity.name if activity else None)
