"""A year of one hub's activity, written straight into the tables (fast, seeded), with names and
comments that must never reach a report."""

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert

from kiosk.db.models import Activity, Booking, Feedback, Hub, Poll, PollOption, PollVote, Response, Session, Visit
from kiosk.domain.ids import uuid7

TZ = ZoneInfo("Europe/London")
YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)
#: (activity, weekday, local start)
TIMETABLE = (("Walk and talk", 0, time(10)), ("Yoga", 2, time(18, 30)), ("Poetry workshop", 3, time(14)),
             ("Peer support", 4, time(11)))
DISTRICTS = ("CM1", "CM2", "SS14", "CO1", "CM77", None)
WEIGHTS = (30, 20, 15, 10, 5, 8)
REASONS = ("session", "drop-in", "talk", "family", "appointment", "other", None)
VISITOR_NAME = "Zebedee Quill"
BOOKING_NAME = "Ottoline Marsh"
COMMENT = "Confidential remark number"
RARE_DISTRICT = "IP1"  # exactly three visits in the year


def local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, TZ).astimezone(UTC)


def stamp(now: datetime) -> dict:
    return {"created_at": now, "updated_at": now}


def new_hub(engine: Engine, name: str) -> uuid.UUID:
    """A second hub's row, as the central database holds it."""
    hub_id = uuid7()
    with engine.begin() as conn:
        conn.execute(insert(Hub), [{"id": hub_id, "name": name, "timezone": "Europe/London",
                                    "crisis_contacts": [], **stamp(datetime.now(UTC))}])
    return hub_id


def fill_year(engine: Engine, hub_id: uuid.UUID, seed: int = 7) -> dict[str, uuid.UUID]:
    """Activities, sessions, bookings, visits, feedback, answers and polls for 2026."""
    rng = random.Random(seed)
    rows: dict[type, list[dict]] = {m: [] for m in (Activity, Session, Booking, Visit, Feedback, Response,
                                                    Poll, PollOption, PollVote)}
    activities = {}
    for name, *_ in TIMETABLE:
        activities[name] = uuid7()
        rows[Activity].append({"id": activities[name], "hub_id": hub_id, "name": name, "colour": "#2E6B30",
                               "icon": "circle", **stamp(local(YEAR_START, time(8)))})
    day = YEAR_START
    while day <= YEAR_END:
        _day(rng, rows, hub_id, activities, day)
        day += timedelta(days=1)
    for n in range(3):
        rows[Visit].append(_visit(rng, hub_id, date(2026, 3 + 3 * n, 10), RARE_DISTRICT))
    _answers_and_polls(rng, rows, hub_id, activities)
    with engine.begin() as conn:
        for model, values in rows.items():
            if values:
                conn.execute(insert(model), values)
    return activities


def _day(rng, rows, hub_id, activities, day: date) -> None:
    for _ in range(rng.randint(0, 7)):
        rows[Visit].append(_visit(rng, hub_id, day, rng.choices(DISTRICTS, WEIGHTS)[0]))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        activity = rng.choice([None, *activities.values()])
        rows[Feedback].append({"id": uuid.uuid4(), "hub_id": hub_id, "given_on": day,
                               "rating": rng.randint(1, 5), "activity_id": activity,
                               "comment": f"{COMMENT} {rng.randint(100, 999)}"})
    for name, weekday, start in TIMETABLE:
        if day.weekday() == weekday:
            _session(rng, rows, hub_id, activities[name], day, start)


def _visit(rng, hub_id, day: date, district: str | None) -> dict:
    arrived = local(day, time(rng.randint(9, 16), rng.randint(0, 59)))
    return {"id": uuid7(), "hub_id": hub_id, "day_number": rng.randint(1, 50), "name": VISITOR_NAME,
            "district": district, "reason": rng.choice(REASONS), "first_visit": rng.random() < 0.2,
            "family_count": rng.choice((0, 0, 0, 1, 2)), "arrived_at": arrived,
            "left_at": arrived + timedelta(hours=1), **stamp(arrived)}


def _session(rng, rows, hub_id, activity_id, day: date, start: time) -> None:
    starts = local(day, start)
    cancelled = rng.random() < 0.08
    capacity = rng.randint(6, 12)
    session_id = uuid7()
    rows[Session].append({"id": session_id, "hub_id": hub_id, "activity_id": activity_id, "starts_at": starts,
                          "ends_at": starts + timedelta(minutes=90), "capacity": capacity,
                          "status": "cancelled" if cancelled else "scheduled", "facilitator": "Facilitator Fen",
                          **stamp(starts - timedelta(days=7))})
    held = 0
    for queue_no in range(1, rng.randint(0, capacity + 5) + 1):
        party = rng.choice((1, 1, 1, 2, 3))
        status, reason = _booking_status(rng, cancelled, held + party <= capacity)
        held += party if status in ("confirmed", "attended", "no-show") else 0
        rows[Booking].append({"id": uuid7(), "hub_id": hub_id, "session_id": session_id,
                              "reference": uuid.uuid4().hex[:12].upper(), "name": BOOKING_NAME, "party": party,
                              "status": status, "status_reason": reason, "queue_no": queue_no,
                              **stamp(starts - timedelta(days=2))})


def _booking_status(rng, cancelled: bool, fits: bool) -> tuple[str, str | None]:
    if cancelled:
        return "cancelled", "The session was cancelled: rain"
    if not fits:
        return ("confirmed", "A place came free") if rng.random() < 0.15 else ("waitlisted", None)
    return rng.choice(("attended", "attended", "attended", "no-show", "confirmed", "cancelled")), None


def _answers_and_polls(rng, rows, hub_id, activities) -> None:
    for n, activity_id in enumerate([*activities.values()] * 2):
        published = local(date(2026, 1 + n, 20), time(12))
        rows[Response].append({"id": uuid7(), "hub_id": hub_id, "activity_id": activity_id,
                               "you_said": f"Theme {n}: more sessions", "we_did": f"Action {n}: added one",
                               "published_at": published, **stamp(published)})
    for n, closed in enumerate((date(2026, 2, 27), date(2026, 5, 29), date(2026, 11, 27))):
        poll_id = uuid7()
        closed_at = local(closed, time(17))
        rows[Poll].append({"id": poll_id, "hub_id": hub_id, "question": f"Question {n}: which evening?",
                           "closes_on": closed, "closed_at": closed_at, **stamp(closed_at)})
        for position, label in enumerate(("Monday", "Wednesday", "Friday")):
            option_id = uuid7()
            rows[PollOption].append({"id": option_id, "poll_id": poll_id, "label": label, "position": position,
                                     **stamp(closed_at)})
            for _ in range(rng.choice((0, 2, 3, 7, 11))):
                rows[PollVote].append({"id": uuid.uuid4(), "hub_id": hub_id, "poll_id": poll_id,
                                       "option_id": option_id, "voted_on": closed - timedelta(days=3)})
