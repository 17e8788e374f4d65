"""Frozen read models that services return and views render; never ORM rows."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import BookingStatus, SessionStatus, StaffRole, VisitReason


@dataclass(frozen=True)
class CrisisContact:
    name: str
    detail: str


@dataclass(frozen=True)
class HubInfo:
    id: uuid.UUID
    name: str
    address: str | None
    phone: str | None
    web_address: str | None
    timezone: str
    crisis_contacts: tuple[CrisisContact, ...]
    #: how many days visitors' names are kept before they are cleared
    retention_days: int = 30


@dataclass(frozen=True)
class ActivityInfo:
    id: uuid.UUID
    name: str
    description: str | None
    what_to_bring: str | None
    accessibility: str | None
    colour: str
    icon: str


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    activity: ActivityInfo
    starts_at: datetime
    ends_at: datetime
    place: str | None
    facilitator: str | None
    notes: str | None
    capacity: int
    #: places held by confirmed (and attended / no-show) bookings, counting whole parties
    confirmed: int
    #: waiting-list bookings (parties, not people)
    waitlisted: int
    status: SessionStatus
    cancel_reason: str | None
    series_id: uuid.UUID | None

    @property
    def places_left(self) -> int:
        return max(0, self.capacity - self.confirmed)

    @property
    def is_full(self) -> bool:
        return self.places_left == 0

    @property
    def is_cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED

    def still_to_come(self, now: datetime) -> bool:
        """Not over yet at ``now`` (it may have started)."""
        return self.ends_at > now

    def open_for_booking(self, now: datetime) -> bool:
        """A visitor may still book it (or join its waiting list) at ``now``."""
        return not self.is_cancelled and self.starts_at > now


@dataclass(frozen=True)
class SessionOffer:
    """One session as a visitor sees it, and whether it can still be booked."""

    session: SessionInfo
    bookable: bool


@dataclass(frozen=True)
class ComingUp:
    """The sessions of some days that are not over yet, in start order, with the hub's local
    date they were read on (for "Today" and "Tomorrow" headings)."""

    today: date
    sessions: tuple[SessionInfo, ...]


@dataclass(frozen=True)
class BookingInfo:
    id: uuid.UUID
    reference: str
    session: SessionInfo
    name: str | None
    party: int
    status: BookingStatus
    #: 1-based place on the waiting list, only while waitlisted
    position: int | None
    status_reason: str | None


@dataclass(frozen=True)
class CancelResult:
    booking: BookingInfo
    #: references of waiting-list bookings that were given the freed places
    promoted: tuple[str, ...]


@dataclass(frozen=True)
class VisitInfo:
    id: uuid.UUID
    day_number: int
    name: str | None
    district: str | None
    reason: VisitReason | None
    first_visit: bool
    family_count: int
    arrived_at: datetime
    left_at: datetime | None
    #: the letter of the device it was made on: "A" in "Visitor A27"
    device_letter: str | None = None
    #: the visitor's code for leaving: given only to the visitor at check-in, never to a list
    leave_code: str | None = None

    @property
    def day_label(self) -> str:
        """"A27": unique in the hub that day, across its devices."""
        return f"{self.device_letter or ''}{self.day_number}"

    @property
    def label(self) -> str:
        """How the desk names this visit: the nickname given, or "Visitor A27"."""
        return self.name or f"Visitor {self.day_label}"


@dataclass(frozen=True)
class FeedbackInfo:
    id: uuid.UUID
    given_on: date
    rating: int
    comment: str | None
    activity_name: str | None


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    role: StaffRole
    active: bool
    locked_until: datetime | None
    #: locked out by wrong PINs right now
    locked: bool = False


@dataclass(frozen=True)
class Actor:
    """Who is making a desk-side change; written into the audit log."""

    name: str
    role: StaffRole
    staff_id: uuid.UUID | None = None

    @property
    def is_lead(self) -> bool:
        return self.role is StaffRole.LEAD

    @classmethod
    def system(cls, name: str) -> "Actor":
        """An administrator acting outside the app (the command line), with lead rights."""
        return cls(name=name, role=StaffRole.LEAD)


@dataclass(frozen=True)
class AuditInfo:
    id: uuid.UUID
    at: datetime
    actor_name: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class PollOptionInfo:
    id: uuid.UUID
    label: str
    votes: int


@dataclass(frozen=True)
class PollInfo:
    id: uuid.UUID
    question: str
    closes_on: date
    closed: bool
    options: tuple[PollOptionInfo, ...]

    #: results are shown only once this many votes exist, so no one's vote can be picked out
    RESULTS_FROM = 5

    @property
    def total_votes(self) -> int:
        return sum(o.votes for o in self.options)

    @property
    def results_visible(self) -> bool:
        return self.total_votes >= self.RESULTS_FROM


@dataclass(frozen=True)
class ResponseInfo:
    """A published "you said, we did" answer."""

    id: uuid.UUID
    you_said: str
    we_did: str
    published_on: date
    activity_name: str | None
