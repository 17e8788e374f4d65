"""Check-in and check-out: who is in the building now, numbered per device and day ("Visitor
A27"), names optional; visitors leave with the code only they were given."""

import uuid
from datetime import datetime

from sqlalchemy import func, select

from ..db.models import Device, Hub, Visit
from ..domain.enums import VisitReason
from ..domain.errors import AlreadyDone, InvalidInput, NotFound, TooSoon
from ..domain.leaving import FORGIVE_AFTER, new_leave_code, normalise_leave_code, seconds_to_wait
from ..domain.records import Actor, VisitInfo
from ..domain.postcode import normalise_district
from ..domain.text import clean_name
from ..domain.timeutil import local_date, local_day_bounds
from .unit_of_work import Tx, UnitOfWork
from ..domain.translatable import QT_TR_NOOP

MAX_FAMILY = 12
#: This device's count of wrong leaving codes, kept in the database like the PIN lockout.
FAILURES, LAST_FAILED = "leaving_code_failures", "leaving_code_last_failed_at"


def visit_info(row: Visit, with_code: bool = False) -> VisitInfo:
    """The visit as read models carry it; the leaving code only for the visitor's own screen."""
    return VisitInfo(
        id=row.id, day_number=row.day_number, name=row.name, district=row.district,
        reason=VisitReason(row.reason) if row.reason else None, first_visit=row.first_visit,
        family_count=row.family_count, arrived_at=row.arrived_at, left_at=row.left_at,
        device_letter=row.device_letter, leave_code=row.leave_code if with_code else None,
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
            raise InvalidInput(QT_TR_NOOP("Family members with you: a number from 0 to {most}."), most=MAX_FAMILY)
        with self._uow.write() as tx:
            letter = self._letter(tx)
            visit = Visit(hub_id=tx.hub_id, day_number=self._next_number(tx, letter), device_letter=letter,
                          leave_code=self._new_code(tx), name=name, district=district,
                          reason=reason.value if reason else None, first_visit=bool(first_visit),
                          family_count=family_count, arrived_at=tx.now)
            tx.add(visit)
            tx.record("visit.create", visit)
            return visit_info(visit, with_code=True)

    def check_out(self, visit_id: uuid.UUID, actor: Actor | None = None) -> VisitInfo:
        """Check one visit out; from the front desk (``actor`` given) this is audited."""
        with self._uow.write() as tx:
            visit = tx.session.get(Visit, visit_id)
            if visit is None or visit.hub_id != tx.hub_id or visit.deleted_at is not None:
                raise NotFound("That visit does not exist.")
            if visit.left_at is not None:
                raise AlreadyDone(QT_TR_NOOP("That visitor has already checked out."))
            self._leave(tx, visit)
            if actor is not None:
                tx.audit(actor, "visit.checkout", "visit", visit.id)
            return visit_info(visit)

    def check_out_by_code(self, code: str) -> VisitInfo:
        """A visitor leaving types the code they were given at check-in. Wrong codes make this
        device wait longer and longer (kept in the database, so a restart does not help), so
        trying codes until one fits is hopeless."""
        code = normalise_leave_code(code)
        with self._uow.write() as tx:
            failures, last = self._failures(tx)
            wait = seconds_to_wait(failures, last, tx.now)
            if wait:
                raise TooSoon(QT_TR_NOOP("Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer."),
                              wait, seconds=wait)
            visit = self._open_today(tx, code)
            if visit is not None:
                self._leave(tx, visit)
                return visit_info(visit)
            tx.set_state(FAILURES, str(failures + 1))
            tx.set_state(LAST_FAILED, tx.now.isoformat())
        raise NotFound(QT_TR_NOOP("That code is not right, or you have already checked out. Please check the "
                                  "code, or ask a volunteer."))

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

    def _today(self, tx: Tx, lock: bool = False) -> tuple[datetime, datetime]:
        stmt = select(Hub).where(Hub.id == tx.hub_id)
        tz = tx.session.scalar(tx.locked(stmt) if lock else stmt).timezone
        return local_day_bounds(local_date(tx.now, tz), 1, tz)

    def _letter(self, tx: Tx) -> str | None:
        device = tx.session.get(Device, tx.device_id) if tx.device_id else None
        return device.letter if device is not None else None

    def _next_number(self, tx: Tx, letter: str | None) -> int:
        # Lock the hub's row so that two check-ins at once cannot both take the same number
        # (SQLite writers are already one at a time). Other devices count under their own
        # letter, so two touchscreens never give out the same "Visitor A3".
        start, end = self._today(tx, lock=True)
        same_device = Visit.device_letter == letter if letter else Visit.device_letter.is_(None)
        return 1 + int(tx.session.scalar(
            select(func.coalesce(func.max(Visit.day_number), 0)).where(
                Visit.hub_id == tx.hub_id, same_device, Visit.arrived_at >= start, Visit.arrived_at < end)
        ))

    def _open_today(self, tx: Tx, code: str) -> Visit | None:
        start, end = self._today(tx)
        return tx.session.scalars(self._open(tx).where(
            Visit.leave_code == code, Visit.arrived_at >= start, Visit.arrived_at < end)
            .order_by(Visit.arrived_at).limit(1)).first()

    def _new_code(self, tx: Tx) -> str:
        """A code no other visit open today holds here (so one code never checks out two people)."""
        while True:
            code = new_leave_code()
            if self._open_today(tx, code) is None:
                return code

    def _failures(self, tx: Tx) -> tuple[int, datetime | None]:
        last_text = tx.state(LAST_FAILED)
        last = datetime.fromisoformat(last_text) if last_text else None
        if last is None or tx.now - last >= FORGIVE_AFTER:
            return 0, None
        return int(tx.state(FAILURES) or 0), last
