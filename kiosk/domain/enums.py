"""Enumerations of the domain: statuses, roles and reasons, with plain-English labels."""

from enum import StrEnum

from .translatable import QT_TR_NOOP


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
            "session": QT_TR_NOOP("A session"),
            "drop-in": QT_TR_NOOP("Dropping in"),
            "talk": QT_TR_NOOP("To talk to someone"),
            "family": QT_TR_NOOP("Family support"),
            "appointment": QT_TR_NOOP("An appointment"),
            "other": QT_TR_NOOP("Something else"),
        }[self.value]
