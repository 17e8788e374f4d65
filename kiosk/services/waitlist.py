"""The waiting-list rule of kiosk/domain/places.py applied to the kiosk's own database, for
booking, cancelling and raising a session's capacity."""

from sqlalchemy import func, select

from ..db.models import Booking, Session
from ..domain.enums import BookingStatus
from ..domain.places import AUTOMATIC_PROMOTION, HOLDING, Waiting, promotions
from .unit_of_work import Tx


def places_held(tx: Tx, session_id) -> int:
    return int(tx.session.scalar(
        select(func.coalesce(func.sum(Booking.party), 0)).where(
            Booking.session_id == session_id, Booking.status.in_(HOLDING),
            Booking.deleted_at.is_(None),
        )
    ))


def promote_waitlist(tx: Tx, session: Session) -> list[str]:
    """Give freed places to waiting bookings as the places rule says; returns their references."""
    waiting = tx.session.scalars(
        select(Booking)
        .where(Booking.session_id == session.id, Booking.status == BookingStatus.WAITLISTED.value,
               Booking.deleted_at.is_(None))
        .order_by(Booking.queue_no)
    ).all()
    held = places_held(tx, session.id)
    chosen = promotions(session.capacity, held, (Waiting(b.queue_no, b.party, b) for b in waiting))
    for booking in chosen:
        booking.status = BookingStatus.CONFIRMED.value
        booking.status_reason = AUTOMATIC_PROMOTION
        tx.touch(booking)
        tx.record("booking.promote", booking)
    return [booking.reference for booking in chosen]
