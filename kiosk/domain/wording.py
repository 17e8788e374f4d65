"""Plain-English wording shared by screens and printed documents: times, days, places left."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .records import SessionInfo


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def clock_time(instant: datetime, tz: str) -> str:
    return local(instant, tz).strftime("%H:%M")


def time_range(session: SessionInfo, tz: str) -> str:
    return f"{clock_time(session.starts_at, tz)} to {clock_time(session.ends_at, tz)}"


def day_name(day: date, today: date | None = None) -> str:
    """"Today", "Tomorrow" or "Wednesday 2 December"."""
    if today is not None:
        if day == today:
            return f"Today, {day.strftime('%A')} {day.day} {day.strftime('%B')}"
        if (day - today).days == 1:
            return f"Tomorrow, {day.strftime('%A')} {day.day} {day.strftime('%B')}"
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


def places_text(session: SessionInfo) -> str:
    if session.is_cancelled:
        return "Cancelled" + (f": {session.cancel_reason}" if session.cancel_reason else "")
    left = session.places_left
    if left == 0:
        return "Full — join the waiting list"
    return f"{left} place{'s' if left != 1 else ''} left"


def week_range(monday: date) -> str:
    """"Monday 30 November to Sunday 6 December 2026" (the year once, or both when they differ)."""
    sunday = monday + timedelta(days=6)
    first = day_name(monday) + (f" {monday.year}" if monday.year != sunday.year else "")
    return f"{first} to {day_name(sunday)} {sunday.year}"


def people_text(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"
