"""Frozen records and rules of the front desk: hub settings, alerts, today's tallies, undoable
edits, and the palette of activity colours checked for contrast."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from .errors import InvalidInput
from .records import SessionInfo

#: (name, colour) pairs for activity chips; white text on each passes WCAG 2.2 AA (DESIGN.md §9).
ACTIVITY_COLOURS = (
    ("Deep teal", "#0B5563"),
    ("Green", "#2E6B30"),
    ("Purple", "#6A2C70"),
    ("Indigo", "#283593"),
    ("Brown", "#8A4B08"),
    ("Sea green", "#00695C"),
    ("Plum", "#8E2453"),
)

#: limits a hub lead can set, with the defaults a new hub starts with
RETENTION_DAYS = (7, 365, 30)
VISITOR_IDLE_SECONDS = (30, 600, 90)
DESK_LOCK_MINUTES = (1, 60, 5)


def colour_name(colour: str) -> str:
    """The plain name of a palette colour ("Green"), or the code itself if it is not one of them."""
    for name, value in ACTIVITY_COLOURS:
        if value.upper() == (colour or "").upper():
            return name
    return colour


def check_whole_number(value, limits: tuple[int, int, int], what: str) -> int:
    """A whole number between the two limits, or a plain message saying what is allowed."""
    low, high, _default = limits
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInput(f"The {what} must be a whole number from {low} to {high}.")
    return value


@dataclass(frozen=True)
class HubSettings:
    """Settings a hub lead changes at the desk, beside the hub's name and address."""

    retention_days: int
    visitor_idle_seconds: int
    desk_lock_minutes: int
    #: the printer this device uses; None means the system's default printer
    printer: str | None
    #: the visitors' language after the idle reset, and the languages switched off (codes)
    default_language: str = "en"
    languages_off: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AlertInfo:
    """Something on the Today page that needs a person to act."""

    kind: str
    message: str
    session_id: uuid.UUID | None = None


OVER_CAPACITY = "over-capacity"
NO_FACILITATOR = "no-facilitator"


@dataclass(frozen=True)
class SessionTally:
    """A session with the numbers the desk needs: attended and no-show count people, not parties."""

    session: SessionInfo
    attended: int
    no_show: int

    @property
    def over_capacity(self) -> bool:
        return self.session.confirmed > self.session.capacity


@dataclass(frozen=True)
class EditInfo:
    """One timetable edit that can still be undone."""

    id: uuid.UUID
    session_id: uuid.UUID
    at: datetime
    actor_name: str
    fields: tuple[str, ...]

    @property
    def summary(self) -> str:
        words = {"starts_at": "start time", "minutes": "length", "capacity": "capacity",
                 "place": "place", "facilitator": "facilitator", "notes": "notes"}
        return ", ".join(words.get(f, f) for f in self.fields)
