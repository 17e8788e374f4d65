"""Check-in and check-out: who is in the building now, numbered per day, names optional."""

import uuid

from sqlalchemy import func, select

from ..db.models import Hub, Visit
from ..domain.enums import VisitReason
from ..domain.errors import AlreadyDone, InvalidInput, NotFound
from ..domain.records import Actor, VisitInfo
from ..domain.postcode import normalise_district
from ..domain.text import clean_name
from ..domain.timeutil import local_date, local_day_bounds
from .unit_of_work import Tx, UnitOfWork

MAX_FAMILY = 12


def visit_info(row: Visit) -> VisitInfo:
    return VisitInfo(
        id=row.id, day_number=row.day_number, name=row.name, district=row.district,
        reason=VisitReason(row.reason) if row.reason else None, first_visit=row.first_visit,
        family_count=row.family_count, arrived_at=row.arrived_at, left_at=row.left_at,
    )


class VisitService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def check_in(self, name: str | None = None, district: str | None = None,
                 reason: VisitReason | str | None = None, first_visit: bool = False,
                 family_count: int = 0) -> VisitInfo:
        name = clean_name(name)
        district = normalise_district(district)
        try:
            reason = VisitReason(reason) if reason else None
        except ValueError:
            raise InvalidInput(
                "The reason must be one of: " + ", ".join(r.value for r in VisitReason) + "."
            ) from None
        if not isinstance(family_count, int) or not 0 <= family_count <= MAX_FAMILY:
            raise InvalidInput(f"Family members with you: a number from 0 to {MAX_FAMILY}.")
        with self._uow.write() as tx:
            visit = Visit(hub_id=tx.hub_id, day_number=self._next_number(tx), name=name,
                          district=district, reason=reason.value if reason else None,
                          first_visit=bool(first_visit), family_count=family_count, arrived_at=tx.now)
            tx.add(visit)
            tx.record("visit.create", visit)
            return visit_info(visit)

    def check_out(self, visit_id: uuid.UUID, actor: Actor | None = None) -> VisitInfo:
        """Check one visit out; from the front desk (``actor`` given) this is audited."""
        with self._uow.write() as tx:
            visit = tx.session.get(Visit, visit_id)
            if visit is None or visit.hub_id != tx.hub_id or visit.deleted_at is not None:
                raise NotFound("That visit does not exist.")
            if visit.left_at is not None:
                raise AlreadyDone("That visitor has already checked out.")
            self._leave(tx, visit)
            if actor is not None:
                tx.audit(actor, "visit.checkout", "visit", visit.id)
            return visit_info(visit)

    def check_out_by_number(self, day_number: int) -> VisitInfo:
        """A visitor leaving says the number they were given today ("Visitor 27")."""
        with self._uow.write() as tx:
            tz = tx.hub().timezone
            start, end = local_day_bounds(local_date(tx.now, tz), 1, tz)
            visit = tx.session.scalar(self._open(tx).where(
                Visit.day_number == day_number, Visit.arrived_at >= start, Visit.arrived_at < end))
            if visit is None:
                raise NotFound(f"Nobody with number {day_number} is checked in today. "
                               "Please check the number, or ask a volunteer.")
            self._leave(tx, visit)
            return visit_info(visit)

    def check_out_everyone(self, actor: Actor) -> int:
        """Closing time: check out every open visit; returns how many."""
        with self._uow.write() as tx:
            open_visits = tx.session.scalars(self._open(tx)).all()
            for visit in open_visits:
                self._leave(tx, visit)
            tx.audit(actor, "visit.checkout_all", "visit", None, count=len(open_visits))
            return len(open_visits)

    def who_is_in(self) -> list[VisitInfo]:
        """Open visits, oldest first (front desk and fire register only: holds names)."""
        with self._uow.read() as tx:
            return [visit_info(v) for v in tx.session.scalars(self._open(tx).order_by(Visit.arrived_at))]

    def _open(self, tx: Tx):
        return select(Visit).where(Visit.hub_id == tx.hub_id, Visit.left_at.is_(None),
                                   Visit.deleted_at.is_(None))

    def _leave(self, tx: Tx, visit: Visit) -> None:
        visit.left_at = tx.now
        tx.touch(visit)
        tx.record("visit.checkout", visit)

    def _next_number(self, tx: Tx) -> int:
        # Lock the hub's row so that two check-ins at once cannot both take the same number
        # (SQLite writers are already one at a time).
        tz = tx.session.scalar(tx.locked(select(Hub).where(Hub.id == tx.hub_id))).timezone
        start, end = local_day_bounds(local_date(tx.now, tz), 1, tz)
        return 1 + int(tx.session.scalar(
            select(func.coalesce(func.max(Visit.day_number), 0)).where(
                Visit.hub_id == tx.hub_id, Visit.arrived_at >= start, Visit.arrived_at < end)
        ))
