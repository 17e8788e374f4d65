"""Keeping personal data short and answering people's rights: names on visits and bookings
cleared after the retention period (counts kept), a subject-access export, and erasure recorded
so that a later sync cannot bring the data back."""

import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from ..db.base import PERSONAL, Base
from ..db.models import Activity, Booking, Erasure, Session, Visit
from ..db.serialize import json_value
from ..domain.errors import InvalidInput
from ..domain.records import Actor
from ..domain.text import clean_name
from .accounts import require_lead
from .unit_of_work import Tx, UnitOfWork

#: Every column tagged as a visitor's personal data, and when its row counts as old.
#: A test fails if a tagged column is missing here (or an untagged text column is not justified).
VISITOR_NAME_COLUMNS = {("booking", "name"): Booking.created_at, ("visit", "name"): Visit.arrived_at}


@dataclass(frozen=True)
class PurgeResult:
    bookings: int
    visits: int


@dataclass(frozen=True)
class ErasureResult:
    bookings: int
    visits: int


def tagged_columns(kind: str = "name") -> set[tuple[str, str]]:
    """(table, column) of every column whose ``info`` marks it as ``kind`` of personal data."""
    return {(table.name, column.name) for table in Base.metadata.sorted_tables for column in table.columns
            if column.info.get(PERSONAL) == kind}


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _named(tx: Tx, model, name: str) -> list:
    """Rows of ``model`` whose name is ``name`` ignoring case. Matched in Python: SQLite's lower()
    knows only ASCII, and names are few (retention clears them after a month)."""
    wanted = _fold(name)
    rows = tx.session.scalars(select(model).where(model.hub_id == tx.hub_id, model.name.is_not(None)))
    return [row for row in rows if _fold(row.name) == wanted]


class PrivacyService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def purge(self, actor: Actor, days: int | None = None) -> PurgeResult:
        """Clear names older than ``days`` (default: the hub's retention setting)."""
        with self._uow.write() as tx:
            days = days if days is not None else tx.hub().retention_days
            if not isinstance(days, int) or days < 1:
                raise InvalidInput("The retention period is a whole number of days, at least 1.")
            cutoff = tx.now - timedelta(days=days)
            counts = {}
            for model, when in ((Booking, Booking.created_at), (Visit, Visit.arrived_at)):
                rows = tx.session.scalars(select(model).where(
                    model.hub_id == tx.hub_id, model.name.is_not(None), when < cutoff)).all()
                for row in rows:
                    row.name = None
                    tx.touch(row)
                    tx.record(f"{model.__tablename__}.forget_name", row)
                counts[model.__tablename__] = len(rows)
            tx.audit(actor, "privacy.purge", "hub", tx.hub_id, days=days, **counts)
            return PurgeResult(bookings=counts["booking"], visits=counts["visit"])

    def export(self, actor: Actor, name: str) -> dict:
        """Everything held about a first name or nickname, as a JSON-ready document."""
        require_lead(actor)
        name = _wanted(name)
        with self._uow.read() as tx:
            bookings = sorted(_named(tx, Booking, name), key=lambda b: b.created_at)
            visits = sorted(_named(tx, Visit, name), key=lambda v: v.arrived_at)
            document = {
                "name": name, "exported_at": tx.now.isoformat(), "hub": tx.hub().name,
                "bookings": [_booking_doc(tx, b) for b in bookings],
                "visits": [_visit_doc(v) for v in visits],
                "note": "Feedback and poll votes are anonymous: nothing links them to a person.",
            }
        self._audit_export(actor, len(bookings) + len(visits))
        return document

    def erase(self, actor: Actor, name: str) -> ErasureResult:
        """Remove a name from every booking and visit, and record the erasure for sync."""
        require_lead(actor)
        name = _wanted(name)
        with self._uow.write() as tx:
            counts = {}
            for model in (Booking, Visit):
                rows = _named(tx, model, name)
                for row in rows:
                    row.name = None
                    tx.touch(row)
                    tx.record(f"{model.__tablename__}.erase", row)
                    marker = Erasure(hub_id=tx.hub_id, entity=model.__tablename__, entity_id=row.id,
                                     erased_at=tx.now)
                    tx.session.add(marker)
                    tx.record("erasure.create", marker)
                counts[model.__tablename__] = len(rows)
            tx.audit(actor, "privacy.erase", "hub", tx.hub_id, **counts)
            return ErasureResult(bookings=counts["booking"], visits=counts["visit"])

    def forget_erased(self, tx: Tx) -> int:
        """Null the name of any row an erasure marker covers (after rows arrive from sync)."""
        total = 0
        for model in (Booking, Visit):
            erased = select(Erasure.entity_id).where(Erasure.entity == model.__tablename__)
            result = tx.session.execute(update(model).where(model.id.in_(erased), model.name.is_not(None))
                                        .values(name=None))
            total += result.rowcount or 0
        return total

    def _audit_export(self, actor: Actor, rows: int) -> None:
        with self._uow.write() as tx:
            tx.audit(actor, "privacy.export", "hub", tx.hub_id, rows=rows)


def _wanted(name: str) -> str:
    return clean_name(name, required=True)


def _booking_doc(tx: Tx, booking: Booking) -> dict:
    session = tx.session.get(Session, booking.session_id)
    activity = tx.session.get(Activity, session.activity_id)
    return {"reference": booking.reference, "name": booking.name, "party": booking.party,
            "status": booking.status, "made_at": json_value(booking.created_at),
            "session": {"activity": activity.name, "starts_at": json_value(session.starts_at),
                        "place": session.place}}


def _visit_doc(visit: Visit) -> dict:
    return {"name": visit.name, "arrived_at": json_value(visit.arrived_at), "left_at": json_value(visit.left_at),
            "district": visit.district, "reason": visit.reason, "first_visit": visit.first_visit,
            "family_members": visit.family_count}
