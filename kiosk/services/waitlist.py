"""The waiting-list rule shared by cancelling and by raising a session's capacity."""

from sqlalchemy import func, select

from ..db.models import Booking, Session
from ..domain.enums import BookingStatus
from .read_models import PLACE_HOLDING
from .unit_of_work import Tx


def places_held(tx: Tx, session_id) -> int:
    return int(tx.session.scalar(
        select(func.coalesce(func.sum(Booking.party), 0)).where(
            Booking.session_id == session_id, Booking.status.in_(PLACE_HOLDING),
            Booking.deleted_at.is_(None),
        )
    ))


def promote_waitlist(tx: Tx, session: Session) -> list[str]:
    """Give freed places to waiting bookings first come, first served; a party too big for
    what is free is passed over (keeping its place) for a later one that fits."""
    free = session.capacity - places_held(tx, session.id)
    promoted: list[str] = []
    if free <= 0:
        return promoted
    waiting = tx.session.scalars(
        select(Booking)
        .where(Booking.session_id == session.id, Booking.status == BookingStatus.WAITLISTED.value,
               Booking.deleted_at.is_(None))
        .order_by(Booking.queue_no)
    ).all()
    for booking in waiting:
        if booking.party <= free:
            booking.status = BookingStatus.CONFIRMED.value
            booking.status_reason = "A place came free"
            tx.touch(booking)
            tx.record("booking.promote", booking)
            free -= booking.party
            promoted.append(booking.reference)
            if free == 0:
                break
    return promoted
