"""Turn read models into JSON-ready objects and readable text, with times in the hub's zone."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..domain.enums import BookingStatus
from ..domain.records import BookingInfo, FeedbackInfo, SessionInfo, StaffInfo, VisitInfo
from ..domain.refcode import format_reference
from ..domain.timeutil import iso_week


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def iso(instant: datetime | None, tz: str) -> str | None:
    """ISO 8601 with the hub's UTC offset, like 2026-12-01T18:30:00+00:00."""
    return None if instant is None else local(instant, tz).isoformat(timespec="seconds")


def day_text(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def when_text(start: datetime, end: datetime, tz: str) -> str:
    """Tue 1 Dec 2026, 18:30–19:30 (local time)."""
    start, end = local(start, tz), local(end, tz)
    return f"{day_text(start.date())}, {start:%H:%M}–{end:%H:%M}"


# -- sessions ------------------------------------------------------------------------------

def session_doc(session: SessionInfo, tz: str) -> dict:
    return {
        "id": str(session.id), "activity": session.activity.name,
        "start": iso(session.starts_at, tz), "end": iso(session.ends_at, tz),
        "place": session.place, "capacity": session.capacity, "confirmed": session.confirmed,
        "waitlisted": session.waitlisted, "status": session.status.value,
        "cancel_reason": session.cancel_reason,
    }


def session_line(session: SessionInfo, tz: str, with_day: bool = False) -> str:
    """One line: time, activity, place, places booked (or why it is cancelled), id."""
    start, end = local(session.starts_at, tz), local(session.ends_at, tz)
    when = when_text(session.starts_at, session.ends_at, tz) if with_day else f"{start:%H:%M}–{end:%H:%M}"
    what = session.activity.name + (f", {session.place}" if session.place else "")
    if session.is_cancelled:
        state = f"CANCELLED ({session.cancel_reason})" if session.cancel_reason else "CANCELLED"
    else:
        state = f"{session.confirmed} of {session.capacity} places booked"
        state += f", {session.waitlisted} waiting" if session.waitlisted else ""
    return f"  {when}  {what}: {state}  [id {session.id}]"


def week_text(hub_name: str, monday: date, sessions: list[SessionInfo], tz: str) -> str:
    lines = [f"{hub_name}: week {iso_week(monday)}, {day_text(monday)} to "
             f"{day_text(monday + timedelta(days=6))} (times in {tz})"]
    if not sessions:
        lines.append("  No sessions this week.")
    current = None
    for session in sessions:
        day = local(session.starts_at, tz).date()
        if day != current:
            lines += ["", day_text(day)]
            current = day
        lines.append(session_line(session, tz))
    return "\n".join(lines)


# -- bookings ------------------------------------------------------------------------------

def booking_doc(booking: BookingInfo, tz: str) -> dict:
    return {
        "reference": booking.reference, "session_id": str(booking.session.id),
        "status": booking.status.value, "party": booking.party, "position": booking.position,
        "name": booking.name, "reason": booking.status_reason,
        "session": session_doc(booking.session, tz),
    }


def status_text(booking: BookingInfo) -> str:
    if booking.status is BookingStatus.WAITLISTED:
        return f"on the waiting list, number {booking.position}"
    reason = f" ({booking.status_reason})" if booking.status_reason else ""
    return f"{booking.status.value}{reason}"


def booking_text(booking: BookingInfo, tz: str) -> str:
    session = booking.session
    place = f", {session.place}" if session.place else ""
    people = "1 person" if booking.party == 1 else f"{booking.party} people"
    return "\n".join([
        f"Reference: {format_reference(booking.reference)}",
        f"Session:   {session.activity.name}, {when_text(session.starts_at, session.ends_at, tz)}{place}",
        f"Name:      {booking.name or '(none)'}, {people}",
        f"Status:    {status_text(booking)}",
    ])


# -- visits, feedback, staff ---------------------------------------------------------------

def visit_doc(visit: VisitInfo, tz: str) -> dict:
    return {
        "id": str(visit.id), "number": visit.day_number, "label": visit.day_label, "name": visit.name,
        "district": visit.district, "reason": visit.reason.value if visit.reason else None,
        "first_visit": visit.first_visit, "family": visit.family_count,
        "arrived_at": iso(visit.arrived_at, tz), "left_at": iso(visit.left_at, tz),
        **({"leave_code": visit.leave_code} if visit.leave_code else {}),
    }


def feedback_doc(feedback: FeedbackInfo) -> dict:
    return {"given_on": feedback.given_on.isoformat(), "rating": feedback.rating,
            "comment": feedback.comment, "activity": feedback.activity_name}


def staff_doc(staff: StaffInfo) -> dict:
    return {"id": str(staff.id), "name": staff.name, "role": staff.role.value, "active": staff.active}
