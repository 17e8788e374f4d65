"""Enumerations of the domain: statuses, roles and reasons, with plain-English labels."""

from enum import StrEnum


class BookingStatus(StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no-show"

    @property
    def holds_place(self) -> bool:
        """Whether a booking in this state uses places of the session's capacity."""
        return self in (BookingStatus.CONFIRMED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW)


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class StaffRole(StrEnum):
    VOLUNTEER = "volunteer"
    LEAD = "lead"

    @property
    def label(self) -> str:
        return {"volunteer": "Volunteer", "lead": "Hub lead"}[self.value]


class DeviceRole(StrEnum):
    TOUCHSCREEN = "touchscreen"
    DESK = "desk"


class VisitReason(StrEnum):
    SESSION = "session"
    DROP_IN = "drop-in"
    TALK = "talk"
    FAMILY = "family"
    APPOINTMENT = "appointment"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "session": "A session",
            "drop-in": "Dropping in",
            "talk": "To talk to someone",
            "family": "Family support",
            "appointment": "An appointment",
            "other": "Something else",
        }[self.value]
