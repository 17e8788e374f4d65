"""ORM models: one class per table. Personal-data columns carry ``info={PERSONAL: ...}``."""

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    JSON, BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Time,
    Uuid, text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.ids import anonymous_id, uuid7
from .base import PERSONAL, Base, UtcDateTime


def _pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid7)


def _hub_fk() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("hub.id"), index=True)


class _Synced:
    """Columns every replicated row has: origin device, timestamps, tombstone."""

    origin_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Hub(_Synced, Base):
    __tablename__ = "hub"
    id: Mapped[uuid.UUID] = _pk()
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(400))
    phone: Mapped[str | None] = mapped_column(String(40))
    web_address: Mapped[str | None] = mapped_column(String(400))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/London")
    #: list of {"name", "detail"} shown on Help now; empty means the UK national defaults.
    crisis_contacts: Mapped[list] = mapped_column(JSON, default=list)
    #: names on visits and bookings are cleared after this many days; the counts stay
    retention_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    #: the visitor screen goes back to Welcome after this long without a touch
    visitor_idle_seconds: Mapped[int] = mapped_column(Integer, default=90, server_default="90")
    #: the front desk locks itself after this long without a touch or key
    desk_lock_minutes: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    #: the visitor screens' language after the idle reset (a code from domain/languages.py)
    default_language: Mapped[str] = mapped_column(String(8), default="en", server_default="en", nullable=False)
    #: languages a hub lead has switched off on the visitor language button (codes)
    languages_off: Mapped[list] = mapped_column(JSON, default=list, server_default="[]", nullable=False)


class Device(_Synced, Base):
    __tablename__ = "device"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    #: the printer this device prints to by default (a name the operating system knows)
    printer: Mapped[str | None] = mapped_column(String(200))
    #: its letter in the hub ("A", "B", …): day numbers read "Visitor A27", one person per hub
    letter: Mapped[str | None] = mapped_column(String(3))


class Activity(_Synced, Base):
    __tablename__ = "activity"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    what_to_bring: Mapped[str | None] = mapped_column(Text)
    accessibility: Mapped[str | None] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7), default="#0B5563")
    icon: Mapped[str] = mapped_column(String(40), default="circle")


class Series(_Synced, Base):
    """A weekly repeat: the sessions it made point back at it."""

    __tablename__ = "series"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    local_start: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    first_date: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)


class Session(_Synced, Base):
    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_hub_id_starts_at", "hub_id", "starts_at"),
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub.id"))
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    series_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("series.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str | None] = mapped_column(String(120))
    facilitator: Mapped[str | None] = mapped_column(String(80))
    notes: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    cancel_reason: Mapped[str | None] = mapped_column(String(200))


class Booking(_Synced, Base):
    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_session_id_status", "session_id", "status"),
        CheckConstraint("party BETWEEN 1 AND 6", name="party_size"),
    )
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"))
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str | None] = mapped_column(String(80), info={PERSONAL: "name"})
    party: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str | None] = mapped_column(String(300))
    #: place in the queue for this session: the order bookings were made on this device.
    queue_no: Mapped[int] = mapped_column(Integer)


class Visit(_Synced, Base):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_hub_id_arrived_at", "hub_id", "arrived_at"),
        # Who is in now reads only open visits: a partial index keeps that instant on years of data.
        Index("ix_visit_open", "hub_id", "arrived_at", sqlite_where=text("left_at IS NULL"),
              postgresql_where=text("left_at IS NULL")),
    )
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub.id"))
    #: "Visitor A27": the visitor's number that day on the device with this letter, shown
    #: instead of a name.
    day_number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(80), info={PERSONAL: "name"})
    district: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(String(20))
    first_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    family_count: Mapped[int] = mapped_column(Integer, default=0)
    arrived_at: Mapped[datetime] = mapped_column(UtcDateTime)
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    device_letter: Mapped[str | None] = mapped_column(String(3))
    #: the short code the visitor was given for leaving (only they know it: not a day number)
    leave_code: Mapped[str | None] = mapped_column(String(8))


class Feedback(Base):
    """Anonymous by construction: a random id, the date only, no link to a visit, booking or device."""

    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=anonymous_id)
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    given_on: Mapped[date] = mapped_column(Date, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))


class Poll(_Synced, Base):
    __tablename__ = "poll"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    question: Mapped[str] = mapped_column(String(200))
    closes_on: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PollOption(_Synced, Base):
    __tablename__ = "poll_option"
    id: Mapped[uuid.UUID] = _pk()
    poll_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poll.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)


class PollVote(Base):
    """Anonymous like feedback: random id, date only."""

    __tablename__ = "poll_vote"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=anonymous_id)
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    poll_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poll.id"), index=True)
    option_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("poll_option.id"))
    voted_on: Mapped[date] = mapped_column(Date)


class Response(_Synced, Base):
    """A published "you said, we did" answer."""

    __tablename__ = "response"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    you_said: Mapped[str] = mapped_column(String(300))
    we_did: Mapped[str] = mapped_column(String(600))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    published_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_account.id"))


class StaffAccount(_Synced, Base):
    __tablename__ = "staff_account"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    name: Mapped[str] = mapped_column(String(80), info={PERSONAL: "staff"})
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE): who did what, when."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_device_id_device_seq", "device_id", "device_seq"),)
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hub.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_account.id"))
    actor_name: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    #: the device that wrote it and that device's running number for its entries: gaps in the
    #: numbers show, centrally, entries removed before they were sent
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_seq: Mapped[int | None] = mapped_column(BigInteger)


class SessionEdit(Base):
    """The front desk's undo journal: a session's values before and after one edit. Local to
    this device (never synced); holds no visitor data."""

    __tablename__ = "session_edit"
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"), index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_account.id"))
    actor_name: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    before: Mapped[dict] = mapped_column(JSON)
    after: Mapped[dict] = mapped_column(JSON)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OutboxEntry(Base):
    """A change waiting to be pushed to the central database, in device order."""

    __tablename__ = "outbox"
    # AUTOINCREMENT: a pushed (deleted) sequence number must never be handed out again.
    __table_args__ = {"sqlite_autoincrement": True}
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid7)
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AnonymousOutboxEntry(Base):
    """Anonymous rows (feedback, votes) waiting for sync: a random id and no sequence or time,
    so their order cannot be lined up with the check-ins and bookings in the main outbox."""

    __tablename__ = "anonymous_outbox"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=anonymous_id)
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)


class SyncState(Base):
    """Small key/value facts about this device and its sync: device id, cursor, last sync."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# -- central sync (kiosk/sync) ---------------------------------------------------------------

class SyncAppliedOp(Base):
    """Used in the central database: an outbox op already applied there, so a resent batch is
    harmless. ``detail`` keeps a rejected op's kind and payload for an administrator."""

    __tablename__ = "sync_applied_op"
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: no foreign key or index: each would slow every push (hubs are never deleted)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(20))
    detail: Mapped[dict | None] = mapped_column(JSON)


class SyncDeviceLogin(Base):
    """Used in the central database: the hub and device each kiosk's database login belongs to."""

    __tablename__ = "sync_device_login"
    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"), unique=True)
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


#: Tables copied between the kiosks of a hub through the central database.
REPLICATED = (Hub, Device, Activity, Series, Session, Booking, Visit, Feedback, Poll, PollOption,
              PollVote, Response, StaffAccount)
for _model in REPLICATED:
    # The row's place in its hub's change feed, given by the central database on every write;
    # NULL for a change made here that has not come back from the central database yet.
    _model.server_seq = mapped_column(BigInteger)
    if "hub_id" in _model.__table__.c:
        Index(f"ix_{_model.__tablename__}_hub_id_server_seq", _model.__table__.c.hub_id,
              _model.__table__.c.server_seq)
#: The status a visitor was shown before the central decision, kept when the decision differed
#: (a booking shown as confirmed that came back waitlisted is an alert for the front desk).
Booking.provisional_status = mapped_column(String(20))



class Erasure(Base):
    """A person's data was erased from these rows: kept (without the name) so that a later sync
    can never bring it back."""

    __tablename__ = "erasure"
    __table_args__ = (Index("ix_erasure_entity_entity_id", "entity", "entity_id"),)
    id: Mapped[uuid.UUID] = _pk()
    hub_id: Mapped[uuid.UUID] = _hub_fk()
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    erased_at: Mapped[datetime] = mapped_column(UtcDateTime)
