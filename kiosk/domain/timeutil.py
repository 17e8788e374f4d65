"""Local hub time and ISO weeks: the timetable is planned in the hub's wall-clock time,
stored in UTC."""

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .errors import InvalidInput

_ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$")


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_iso_week(text: str) -> date:
    """The Monday of an ISO week written YYYY-Www (2026-W49)."""
    match = _ISO_WEEK.match(text.strip().upper())
    if not match:
        raise InvalidInput(f"'{text}' is not a week like 2026-W49.")
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise InvalidInput(f"'{text}' is not a week that exists.") from None


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def local_day_bounds(first: date, days: int, tz: str) -> tuple[datetime, datetime]:
    """UTC instants of local midnight at ``first`` and ``days`` days later (DST-safe)."""
    zone = ZoneInfo(tz)
    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(first + timedelta(days=days), time(0), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(ZoneInfo(tz)).date()


def at_local(day: date, clock: time, tz: str) -> datetime:
    """The UTC instant of wall-clock ``clock`` on ``day`` in the hub's time zone."""
    return datetime.combine(day, clock, ZoneInfo(tz)).astimezone(UTC)


def parse_local_datetime(text: str, tz: str) -> datetime:
    """An ISO date-time typed by a person; without an offset it is hub-local time."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date and time like 2026-12-03T10:30.") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    return value.astimezone(UTC)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date like 2026-12-31.") from None
