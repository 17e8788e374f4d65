"""Bookings decided centrally, a service like the others (``services.decisions``): whether a
booking is still provisional (made on this kiosk, the central decision not back yet), the words
to show for it, and the desk alerts for bookings shown as confirmed that came back waitlisted."""

import uuid
from collections.abc import Iterable

from sqlalchemy import select

from ..db.models import Activity, Booking, Session
from ..domain.desk import AlertInfo
from ..domain.enums import BookingStatus
from ..domain.errors import NotFound
from ..domain.records import Actor, BookingInfo
from ..domain.refcode import format_reference
from ..domain.timeutil import local_date
from ..domain.wording import QT_TR_NOOP, clock_time, day_name
from .unit_of_work import Tx, UnitOfWork

#: the sync_state key of the central hub this database syncs with (set by its first pull); a
#: kiosk never linked decides its own bookings, so nothing there is provisional
LINKED_HUB = "central_hub"
PROVISIONAL_CONFIRMED = QT_TR_NOOP("Provisional — confirmed when the kiosk reconnects")
PROVISIONAL_WAITLISTED = QT_TR_NOOP(
    "Provisional — your place on the waiting list is checked when the kiosk reconnects")
#: AlertInfo.kind for a booking shown as confirmed that the central database put on the waiting list
CAME_BACK_WAITLISTED = "came-back-waitlisted"


class BookingDecisions:
    """Read models and one desk action about central booking decisions; no Qt."""

    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def provisional(self, booking_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these bookings still wait for the central decision (none on a kiosk that
        does not sync: its own decisions are final)."""
        ids = list(booking_ids)
        with self._uow.read() as tx:
            if not ids or tx.state(LINKED_HUB) is None:
                return set()
            return set(tx.session.scalars(select(Booking.id).where(
                Booking.id.in_(ids), Booking.server_seq.is_(None))))

    def is_provisional(self, booking_id: uuid.UUID) -> bool:
        return booking_id in self.provisional([booking_id])

    def note(self, booking: BookingInfo) -> str | None:
        """The line to show on screen and slip under a provisional booking, else None."""
        if booking.status not in (BookingStatus.CONFIRMED, BookingStatus.WAITLISTED):
            return None
        if not self.is_provisional(booking.id):
            return None
        return PROVISIONAL_CONFIRMED if booking.status is BookingStatus.CONFIRMED else PROVISIONAL_WAITLISTED

    def alerts(self) -> list[AlertInfo]:
        """Bookings a visitor was shown as confirmed that came back waitlisted, for sessions
        not over yet, soonest first (until a volunteer acknowledges them or a place comes free)."""
        with self._uow.read() as tx:
            tz = tx.hub().timezone
            rows = tx.session.execute(
                select(Booking, Session, Activity.name)
                .join(Session, Session.id == Booking.session_id)
                .join(Activity, Activity.id == Session.activity_id)
                .where(Booking.hub_id == tx.hub_id, Booking.deleted_at.is_(None),
                       Booking.provisional_status == BookingStatus.CONFIRMED.value,
                       Booking.status == BookingStatus.WAITLISTED.value, Session.ends_at > tx.now)
                .order_by(Session.starts_at, Booking.queue_no)
            ).tuples().all()
            today = local_date(tx.now, tz)
            return [AlertInfo(CAME_BACK_WAITLISTED, _alert_text(b, s, name, tz, today), s.id)
                    for b, s, name in rows]

    def acknowledge(self, actor: Actor, booking_id: uuid.UUID) -> None:
        """A volunteer has dealt with the alert (told the visitor): it goes away on every kiosk."""
        with self._uow.write() as tx:
            booking = _booking(tx, booking_id)
            if booking.provisional_status is None:
                return
            booking.provisional_status = None
            tx.touch(booking)
            tx.record("booking.acknowledge", booking)
            tx.audit(actor, "booking.acknowledge", "booking", booking.id)


def _booking(tx: Tx, booking_id: uuid.UUID) -> Booking:
    booking = tx.session.get(Booking, booking_id)
    if booking is None or booking.hub_id != tx.hub_id or booking.deleted_at is not None:
        raise NotFound("That booking does not exist.")
    return booking


def _alert_text(booking: Booking, session: Session, activity: str, tz: str, today) -> str:
    day = day_name(local_date(session.starts_at, tz), today)
    return (f"{activity} at {clock_time(session.starts_at, tz)}, {day}: booking "
            f"{format_reference(booking.reference)} was shown as confirmed while the kiosk was "
            "offline, but the session was already full, so it is on the waiting list. "
            "Please let the visitor know.")
