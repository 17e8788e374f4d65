"""Booking places: confirmed while places remain, else the waiting list; cancel by reference
promotes the waiting list; look a booking up by its reference."""

import uuid

from sqlalchemy import func, select

from ..db.models import Booking, Session
from ..domain.enums import BookingStatus, SessionStatus
from ..domain.errors import AlreadyDone, BookingClosed, InvalidInput, NotFound
from ..domain.limits import MAX_PARTY
from ..domain.places import decide
from ..domain.records import BookingInfo, CancelResult
from ..domain.refcode import new_reference, normalise_reference
from ..domain.text import clean_name
from .read_models import booking_info, load_session_info
from .unit_of_work import Tx, UnitOfWork
from .waitlist import places_held, promote_waitlist
from ..domain.translatable import QT_TR_NOOP


def check_party(party: int) -> int:
    if not isinstance(party, int) or not 1 <= party <= MAX_PARTY:
        raise InvalidInput(QT_TR_NOOP("A booking is for 1 to {most} people."), most=MAX_PARTY)
    return party


def unique_reference(tx: Tx) -> str:
    """A booking reference no other booking has."""
    while True:
        code = new_reference()
        if tx.session.scalar(select(Booking.id).where(Booking.reference == code)) is None:
            return code


def next_queue_no(tx: Tx, session_id: uuid.UUID) -> int:
    """The next place in a session's queue (the order bookings were made in)."""
    return 1 + int(tx.session.scalar(
        select(func.coalesce(func.max(Booking.queue_no), 0)).where(Booking.session_id == session_id)
    ))


class BookingService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def book(self, session_id: uuid.UUID, name: str, party: int = 1) -> BookingInfo:
        """Book ``party`` places for a first name or nickname: confirmed when they fit,
        otherwise on the waiting list (never refused just for being full)."""
        name = clean_name(name, required=True)
        check_party(party)
        with self._uow.write() as tx:
            session = tx.session.scalar(tx.locked(
                select(Session).where(Session.id == session_id, Session.hub_id == tx.hub_id,
                                      Session.deleted_at.is_(None))
            ))
            if session is None:
                raise NotFound(QT_TR_NOOP("That session does not exist."))
            self._check_open(tx, session)
            if party > session.capacity:
                raise InvalidInput(QT_TR_NOOP("This session has {capacity} places in all, so a group of {party} "
                                              "cannot book it. Please ask a volunteer."),
                                   capacity=session.capacity, party=party)
            status = decide(session.capacity, places_held(tx, session.id), party)
            booking = Booking(hub_id=tx.hub_id, session_id=session.id, reference=unique_reference(tx),
                              name=name, party=party, status=status.value,
                              queue_no=next_queue_no(tx, session.id))
            tx.add(booking)
            tx.record("booking.create", booking)
            return booking_info(tx.session, booking)

    def lookup(self, reference: str) -> BookingInfo:
        code = normalise_reference(reference)
        with self._uow.read() as tx:
            return booking_info(tx.session, self._by_reference(tx, code))

    def cancel(self, reference: str) -> CancelResult:
        """Cancel by reference; freed places go to the waiting list, first come first served."""
        code = normalise_reference(reference)
        with self._uow.write() as tx:
            booking = self._by_reference(tx, code)
            session = tx.session.scalar(tx.locked(select(Session).where(Session.id == booking.session_id)))
            tx.session.refresh(booking)
            if booking.status == BookingStatus.CANCELLED.value:
                raise AlreadyDone(QT_TR_NOOP("This booking is already cancelled."))
            if booking.status not in (BookingStatus.CONFIRMED.value, BookingStatus.WAITLISTED.value):
                raise AlreadyDone(QT_TR_NOOP("This session has already happened, so the booking cannot be cancelled."))
            if session.ends_at <= tx.now:
                raise BookingClosed(QT_TR_NOOP("This session has already finished."))
            booking.status = BookingStatus.CANCELLED.value
            booking.status_reason = "Cancelled by the visitor"
            tx.touch(booking)
            tx.record("booking.cancel", booking)
            promoted = promote_waitlist(tx, session) if session.starts_at > tx.now else []
            return CancelResult(booking=booking_info(tx.session, booking), promoted=tuple(promoted))

    def for_session(self, session_id: uuid.UUID) -> list[BookingInfo]:
        """Every booking of a session in queue order (front desk only: holds names)."""
        with self._uow.read() as tx:
            info = load_session_info(tx.session, session_id)
            rows = tx.session.scalars(
                select(Booking).where(Booking.session_id == session_id, Booking.deleted_at.is_(None))
                .order_by(Booking.queue_no)
            ).all()
            return [booking_info(tx.session, b, info) for b in rows]

    def _check_open(self, tx: Tx, session: Session) -> None:
        if session.status == SessionStatus.CANCELLED.value:
            if session.cancel_reason:
                raise BookingClosed(QT_TR_NOOP("Sorry, this session has been cancelled ({reason})."),
                                    reason=session.cancel_reason)
            raise BookingClosed(QT_TR_NOOP("Sorry, this session has been cancelled."))
        if session.starts_at <= tx.now:
            raise BookingClosed(QT_TR_NOOP("Sorry, this session has already started, so it cannot be booked."))

    def _by_reference(self, tx: Tx, code: str) -> Booking:
        booking = tx.session.scalar(select(Booking).where(
            Booking.reference == code, Booking.hub_id == tx.hub_id, Booking.deleted_at.is_(None)))
        if booking is None:
            raise NotFound(QT_TR_NOOP("We could not find a booking with that reference. Please check it and try again."))
        return booking
