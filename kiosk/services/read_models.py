"""Build frozen read models from rows, with the booking counts every session view needs."""

import uuid
from collections.abc import Iterable

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session as DbSession

from ..db.models import Activity, Booking, Hub, Session
from ..domain.enums import BookingStatus, SessionStatus
from ..domain.places import HOLDING
from ..domain.records import ActivityInfo, BookingInfo, CrisisContact, HubInfo, SessionInfo
from ..domain.translatable import QT_TR_NOOP

#: UK national services, shown on Help now when a hub has set none of its own. Their details are
#: marked for translation (numbers and names stay as they are); a hub's own contacts are shown as typed.
DEFAULT_CRISIS_CONTACTS = (
    CrisisContact("Emergency", QT_TR_NOOP("Call 999")),
    CrisisContact("NHS 111", QT_TR_NOOP("Call 111 and choose option 2 for mental health crisis")),
    CrisisContact("Samaritans", QT_TR_NOOP("Call 116 123, free, day or night")),
    CrisisContact("Shout", QT_TR_NOOP("Text SHOUT to 85258")),
    CrisisContact("FRANK (drugs advice)", QT_TR_NOOP("Call 0300 123 6600")),
    CrisisContact("Drinkline", QT_TR_NOOP("Call 0300 123 1110")),
)


def hub_info(hub: Hub) -> HubInfo:
    contacts = tuple(CrisisContact(c["name"], c["detail"]) for c in hub.crisis_contacts or ())
    return HubInfo(
        id=hub.id, name=hub.name, address=hub.address, phone=hub.phone,
        web_address=hub.web_address, timezone=hub.timezone,
        crisis_contacts=contacts or DEFAULT_CRISIS_CONTACTS, retention_days=hub.retention_days,
    )


def activity_info(row: Activity) -> ActivityInfo:
    return ActivityInfo(
        id=row.id, name=row.name, description=row.description, what_to_bring=row.what_to_bring,
        accessibility=row.accessibility, colour=row.colour, icon=row.icon,
    )


def booking_counts(db: DbSession, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    """session id → (places held by confirmed parties, waiting-list bookings), in one query."""
    ids = list(session_ids)
    if not ids:
        return {}
    stmt = (
        select(
            Booking.session_id,
            func.coalesce(func.sum(case((Booking.status.in_(HOLDING), Booking.party), else_=0)), 0),
            func.count(case((Booking.status == BookingStatus.WAITLISTED.value, 1))),
        )
        .where(Booking.session_id.in_(ids), Booking.deleted_at.is_(None))
        .group_by(Booking.session_id)
    )
    return {sid: (int(held), int(waiting)) for sid, held, waiting in db.execute(stmt)}


def session_infos(db: DbSession, rows: list[tuple[Session, Activity]]) -> list[SessionInfo]:
    counts = booking_counts(db, (s.id for s, _ in rows))
    return [session_info(s, a, *counts.get(s.id, (0, 0))) for s, a in rows]


def session_info(row: Session, activity: Activity, confirmed: int, waitlisted: int) -> SessionInfo:
    return SessionInfo(
        id=row.id, activity=activity_info(activity), starts_at=row.starts_at, ends_at=row.ends_at,
        place=row.place, facilitator=row.facilitator, notes=row.notes, capacity=row.capacity,
        confirmed=confirmed, waitlisted=waitlisted, status=SessionStatus(row.status),
        cancel_reason=row.cancel_reason, series_id=row.series_id,
    )


def load_session_info(db: DbSession, session_id: uuid.UUID) -> SessionInfo:
    session = db.get(Session, session_id)
    return session_infos(db, [(session, db.get(Activity, session.activity_id))])[0]


def waitlist_position(db: DbSession, booking: Booking) -> int | None:
    if booking.status != BookingStatus.WAITLISTED.value:
        return None
    ahead = db.scalar(
        select(func.count()).where(
            Booking.session_id == booking.session_id,
            Booking.status == BookingStatus.WAITLISTED.value,
            Booking.queue_no < booking.queue_no,
            Booking.deleted_at.is_(None),
        )
    )
    return int(ahead) + 1


def booking_info(db: DbSession, booking: Booking, session: SessionInfo | None = None) -> BookingInfo:
    return BookingInfo(
        id=booking.id, reference=booking.reference,
        session=session or load_session_info(db, booking.session_id), name=booking.name,
        party=booking.party, status=BookingStatus(booking.status),
        position=waitlist_position(db, booking), status_reason=booking.status_reason,
    )
