"""Plain-English wording shared by screens and printed documents: times, days, places left.

Each function takes an optional ``translate`` (the screen passes Qt's, printed documents keep
English); the templates are marked with QT_TR_NOOP so tools/translations.py finds them."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .records import SessionInfo
from .translatable import QT_TR_NOOP, Translate


def _same(text: str) -> str:
    return text


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def clock_time(instant: datetime, tz: str) -> str:
    return local(instant, tz).strftime("%H:%M")


def time_range(session: SessionInfo, tz: str, translate: Translate = _same) -> str:
    return translate(QT_TR_NOOP("{start} to {end}")).format(
        start=clock_time(session.starts_at, tz), end=clock_time(session.ends_at, tz))


def day_name(day: date, today: date | None = None, translate: Translate = _same) -> str:
    """"Today, Monday 30 November", "Tomorrow, …" or "Wednesday 2 December". A ``translate``
    that carries ``day_and_month(date)`` (the screen's, from QLocale) names the day itself."""
    named = getattr(translate, "day_and_month", None)
    plain = named(day) if named is not None else translate(QT_TR_NOOP("{weekday} {day} {month}")).format(
        weekday=translate(day.strftime("%A")), day=day.day, month=translate(day.strftime("%B")))
    if today is not None and day == today:
        return translate(QT_TR_NOOP("Today, {date}")).format(date=plain)
    if today is not None and (day - today).days == 1:
        return translate(QT_TR_NOOP("Tomorrow, {date}")).format(date=plain)
    return plain


def session_day(session: SessionInfo, tz: str, translate: Translate = _same) -> str:
    """The local day a session starts on: "Wednesday 2 December"."""
    return day_name(local(session.starts_at, tz).date(), translate=translate)


def session_when(session: SessionInfo, tz: str, translate: Translate = _same) -> str:
    """A session's day and time: "Wednesday 2 December, 10:00 to 11:30"."""
    return f"{session_day(session, tz, translate)}, {time_range(session, tz, translate)}"


def places_text(session: SessionInfo, translate: Translate = _same) -> str:
    if session.is_cancelled:
        if session.cancel_reason:
            return translate(QT_TR_NOOP("Cancelled: {reason}")).format(reason=session.cancel_reason)
        return translate(QT_TR_NOOP("Cancelled"))
    left = session.places_left
    if left == 0:
        return translate(QT_TR_NOOP("Full — join the waiting list"))
    if left == 1:
        return translate(QT_TR_NOOP("1 place left"))
    return translate(QT_TR_NOOP("{count} places left")).format(count=left)


def week_range(monday: date) -> str:
    """"Monday 30 November to Sunday 6 December 2026" (the year once, or both when they differ)."""
    sunday = monday + timedelta(days=6)
    first = day_name(monday) + (f" {monday.year}" if monday.year != sunday.year else "")
    return f"{first} to {day_name(sunday)} {sunday.year}"


def people_text(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


# Day and month names, so lupdate lists them for translators.
_NAMES = [QT_TR_NOOP(n) for n in (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")]
