"""The front desk's part in a session: who came (attended / no-show), walk-ins added at the desk,
and moving someone from the waiting list by hand. Every change is audited."""

import uuid

from sqlalchemy import select

from ..db.models import Booking, Session
from ..domain.enums import BookingStatus, SessionStatus
from ..domain.errors import AlreadyDone, BookingClosed, InvalidInput, NotFound
from ..domain.records import Actor, BookingInfo
from ..domain.text import clean_name
from ..domain.timeutil import local_date
from .booking import check_party, next_queue_no, unique_reference
from .read_models import booking_info
from .unit_of_work import Tx, UnitOfWork
from .waitlist import places_held

#: what a volunteer can mark; CONFIRMED takes a mark back ("not marked yet")
MARKS = (BookingStatus.ATTENDED, BookingStatus.NO_SHOW, BookingStatus.CONFIRMED)
WALK_IN = "Walk-in added at the desk"
MOVED = "Moved from the waiting list at the desk"


class AttendanceService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def mark(self, actor: Actor, booking_id: uuid.UUID, status: BookingStatus | str) -> BookingInfo:
        """Mark a booking attended or no-show (or back to not marked), from the session's day on."""
        try:
            status = BookingStatus(status)
        except ValueError:
            raise InvalidInput("Attendance is 'attended', 'no-show' or 'confirmed'.") from None
        if status not in MARKS:
            raise InvalidInput("Attendance is 'attended', 'no-show' or 'confirmed'.")
        with self._uow.write() as tx:
            booking, session = _load(tx, booking_id)
            if booking.status not in {m.value for m in MARKS}:
                raise InvalidInput("Only a booking with a place can be marked as attended or not.")
            if local_date(session.starts_at, tx.hub().timezone) > local_date(tx.now, tx.hub().timezone):
                raise InvalidInput("Attendance can be taken from the day of the session.")
            if booking.status != status.value:
                booking.status = status.value
                tx.touch(booking)
                tx.record("booking.attendance", booking)
                tx.audit(actor, "booking.attendance", "booking", booking.id, status=status.value)
            return booking_info(tx.session, booking)

    def walk_in(self, actor: Actor, session_id: uuid.UUID, name: str | None = None,
                party: int = 1) -> BookingInfo:
        """Someone who turned up without booking: marked as attended, even after the start and even
        if that takes the session over its capacity (the Today page then says so)."""
        name = clean_name(name)
        check_party(party)
        with self._uow.write() as tx:
            session = _session(tx, session_id, lock=True)
            _check_still_today(tx, session)
            booking = Booking(hub_id=tx.hub_id, session_id=session.id, reference=unique_reference(tx),
                              name=name, party=party, status=BookingStatus.ATTENDED.value,
                              status_reason=WALK_IN, queue_no=next_queue_no(tx, session.id))
            tx.add(booking)
            tx.record("booking.create", booking)
            over = places_held(tx, session.id) > session.capacity
            tx.audit(actor, "booking.walk_in", "booking", booking.id, party=party, over_capacity=over)
            return booking_info(tx.session, booking)

    def promote(self, actor: Actor, booking_id: uuid.UUID) -> BookingInfo:
        """Give a waiting-list booking a place now; the volunteer decides, even beyond capacity."""
        with self._uow.write() as tx:
            booking, session = _load(tx, booking_id, lock=True)
            if booking.status != BookingStatus.WAITLISTED.value:
                raise AlreadyDone("This booking is not on the waiting list.")
            _check_still_today(tx, session)
            booking.status = BookingStatus.CONFIRMED.value
            booking.status_reason = MOVED
            tx.touch(booking)
            tx.record("booking.promote", booking)
            over = places_held(tx, session.id) > session.capacity
            tx.audit(actor, "booking.promote", "booking", booking.id, over_capacity=over)
            return booking_info(tx.session, booking)


def _session(tx: Tx, session_id: uuid.UUID, lock: bool = False) -> Session:
    stmt = select(Session).where(Session.id == session_id, Session.hub_id == tx.hub_id,
                                 Session.deleted_at.is_(None))
    session = tx.session.scalar(tx.locked(stmt) if lock else stmt)
    if session is None:
        raise NotFound("That session does not exist.")
    if session.status == SessionStatus.CANCELLED.value:
        raise BookingClosed("This session is cancelled.")
    return session


def _load(tx: Tx, booking_id: uuid.UUID, lock: bool = False) -> tuple[Booking, Session]:
    booking = tx.session.get(Booking, booking_id)
    if booking is None or booking.hub_id != tx.hub_id or booking.deleted_at is not None:
        raise NotFound("That booking does not exist.")
    session = _session(tx, booking.session_id, lock)
    tx.session.refresh(booking)
    return booking, session


def _check_still_today(tx: Tx, session: Session) -> None:
    """Walk-ins and moves from the waiting list are allowed until the end of the session's day."""
    tz = tx.hub().timezone
    if local_date(session.starts_at, tz) < local_date(tx.now, tz):
        raise BookingClosed("This session was on an earlier day, so nobody can be added to it now.")
