"""What a hub lead sees before exporting or erasing a person's data: each matching record by
date, session and district (never another person's name), to tick the ones that are theirs."""

import uuid
from dataclasses import dataclass
from datetime import date

BOOKING, VISIT = "booking", "visit"


@dataclass(frozen=True)
class PersonRecord:
    """One booking or visit that may be the person's."""

    kind: str  # BOOKING or VISIT
    id: uuid.UUID
    on: date  # the local date: of the session for a booking, of the visit for a visit
    session: str | None  # "Walk and talk, 10:00" for a booking
    district: str | None  # the visit's postcode district, if given
    reference: str | None  # the booking reference

    @property
    def what(self) -> str:
        return self.session or "Visit"


@dataclass(frozen=True)
class PurgeResult:
    bookings: int
    visits: int


@dataclass(frozen=True)
class ErasureResult:
    bookings: int
    visits: int
