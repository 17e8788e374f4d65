"""Row builders for the large-data generator: values stored exactly as SQLAlchemy stores them on
SQLite (UUIDs as 32 hex digits, naive-UTC 'YYYY-MM-DD HH:MM:SS.ffffff' datetimes, ISO dates)."""

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from kiosk.domain.refcode import ALPHABET, LENGTH

from . import vocabulary as vocab

ZONE = ZoneInfo("Europe/London")
EPOCH = datetime(1970, 1, 1)
NAME_DAYS = 30  # names older than this have been cleared by retention
#: Mean visits per local weekday (Mon–Sun) and feedback rows per day; each day varies ±20 %.
VISITS_PER_DAY = (320, 320, 320, 320, 320, 240, 180)
FEEDBACK_PER_DAY = (10, 26)


def ts(moment: datetime) -> str:
    """A naive UTC datetime as SQLAlchemy's SQLite DateTime stores it."""
    return moment.isoformat(" ", "microseconds")


def local_to_utc(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, ZONE).astimezone(UTC).replace(tzinfo=None)


class Ids:
    """UUIDv7 keys (time-ordered, like the device makes) and random v4 keys, as 32 hex digits."""

    def __init__(self, rnd: random.Random):
        self._bits = rnd.getrandbits

    def v7(self, moment: datetime) -> str:
        ms = (moment - EPOCH) // timedelta(milliseconds=1)
        value = ms << 80 | 0x7 << 76 | self._bits(12) << 64 | 0b10 << 62 | self._bits(62)
        return f"{value:032x}"

    def v4(self) -> str:
        value = self._bits(128) & ~(0xF << 76) & ~(0b11 << 62) | 0x4 << 76 | 0b10 << 62
        return f"{value:032x}"


@dataclass
class Plan:
    """The shared facts every table's rows are built from."""

    rnd: random.Random
    ids: Ids
    now: datetime  # naive UTC
    first_day: date  # a Monday, five years (times scale) before today
    weeks: int  # timetable weeks, including the weeks after today
    hub_id: str
    device_id: str  # this touchscreen
    desk_id: str  # the front-desk PC

    @property
    def today(self) -> date:
        return self.now.date()

    def device(self) -> str:
        return self.device_id if self.rnd.random() < 0.85 else self.desk_id

    def name(self, moment: datetime) -> str | None:
        recent = (self.now - moment).days < NAME_DAYS
        return self.rnd.choice(vocab.NAMES) if recent and self.rnd.random() < 0.7 else None


class Weighted:
    """Draw one value of ``(value, weight)`` pairs; the cumulative weights are summed once."""

    def __init__(self, pairs):
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rnd: random.Random):
        return self.values[bisect(self.cumulative, rnd.random() * self.cumulative[-1])]


PARTIES = Weighted([(1, 80), (2, 13), (3, 4), (4, 2), (5, 0.5), (6, 0.5)])
REASONS = Weighted(vocab.REASONS)
DISTRICTS = Weighted(vocab.DISTRICTS)
RATINGS = Weighted(vocab.RATINGS)


class References:
    """Unique booking reference codes from the kiosk's own alphabet."""

    def __init__(self, rnd: random.Random):
        self._rnd, self._seen = rnd, set()

    def new(self) -> str:
        while True:
            code = "".join(self._rnd.choices(ALPHABET, k=LENGTH))
            if code not in self._seen:
                self._seen.add(code)
                return code


BOOKING_COLUMNS = ("id", "hub_id", "session_id", "reference", "name", "party", "status",
                   "status_reason", "queue_no", "origin_device_id", "created_at", "updated_at")


def session_bookings(plan: Plan, refs: References, session_id: str, starts: datetime,
                     capacity: int, cancel_reason: str | None) -> list[tuple]:
    """A session's bookings in queue order: confirmed while places remain, then waitlisted;
    some cancelled; past ones attended or no-show."""
    rnd, now = plan.rnd, plan.now
    weeks_ahead = (starts - now).days // 7 if starts > now else -1
    fill = {-1: 1.0, 0: 0.9, 1: 0.7, 2: 0.45}.get(weeks_ahead, 0.25)
    demand = round(capacity * rnd.uniform(0.45, 1.35) * fill)
    made = sorted(min(starts - timedelta(seconds=rnd.uniform(1800, 14 * 86400)),
                      now - timedelta(seconds=rnd.uniform(60, 3 * 86400)))
                  for _ in range(demand))
    rows, held = [], 0
    for queue_no, created in enumerate(made, 1):
        party = min(PARTIES.pick(rnd), capacity)
        updated, reason = created, None
        if cancel_reason is not None:
            status, reason = "cancelled", f"The session was cancelled: {cancel_reason}"
            updated = max(created, min(starts - timedelta(hours=3), now))
        elif rnd.random() < 0.09:
            status, reason = "cancelled", vocab.VISITOR_CANCEL_REASON
            updated = created + (min(starts, now) - created) * rnd.random()
        elif held + party <= capacity:
            held += party
            status = "confirmed"
            if starts <= now:
                status = "attended" if rnd.random() < 0.86 else "no-show"
                updated = starts + timedelta(minutes=5)
        else:
            status = "waitlisted"
        rows.append((plan.ids.v7(created), plan.hub_id, session_id, refs.new(), plan.name(created),
                     party, status, reason, queue_no, plan.device(), ts(created), ts(updated)))
    return rows


VISIT_COLUMNS = ("id", "hub_id", "day_number", "name", "district", "reason", "first_visit",
                 "family_count", "arrived_at", "left_at", "origin_device_id", "created_at",
                 "updated_at")


def visits(plan: Plan) -> Iterator[tuple]:
    """Check-ins day by day from the first day up to now, numbered in arrival order per day."""
    rnd = plan.rnd
    day = plan.first_day
    while day <= plan.today:
        if (day.month, day.day) != (12, 25):  # closed on Christmas Day
            offset = ZONE.utcoffset(datetime.combine(day, time(12)))
            midnight = datetime.combine(day, time(0)) - offset
            count = round(VISITS_PER_DAY[day.weekday()] * rnd.uniform(0.8, 1.2))
            seconds = sorted(rnd.triangular(9 * 3600, 20 * 3600, 12 * 3600) for _ in range(count))
            closing = midnight + timedelta(hours=21)
            for number, second in enumerate(seconds, 1):
                arrived = midnight + timedelta(seconds=second)
                if arrived > plan.now:
                    break
                left = min(arrived + timedelta(seconds=rnd.uniform(600, 3 * 3600)), closing)
                left = None if left > plan.now else left
                district = DISTRICTS.pick(rnd) if rnd.random() < 0.75 else None
                family = 0 if rnd.random() < 0.85 else rnd.randint(1, 3)
                yield (plan.ids.v7(arrived), plan.hub_id, number, plan.name(arrived), district,
                       REASONS.pick(rnd), int(rnd.random() < 0.07), family, ts(arrived),
                       left and ts(left), plan.device(), ts(arrived), ts(left or arrived))
        day += timedelta(days=1)


FEEDBACK_COLUMNS = ("id", "hub_id", "given_on", "rating", "comment", "activity_id")


def feedback(plan: Plan, activity_ids: list[str]) -> Iterator[tuple]:
    """Anonymous feedback: a random id and the date only."""
    rnd = plan.rnd
    day = plan.first_day
    while day <= plan.today:
        for _ in range(rnd.randint(*FEEDBACK_PER_DAY)):
            comment = rnd.choice(vocab.FEEDBACK_COMMENTS) if rnd.random() < 0.35 else None
            activity = rnd.choice(activity_ids) if rnd.random() < 0.4 else None
            yield (plan.ids.v4(), plan.hub_id, day.isoformat(), RATINGS.pick(rnd),
                   comment, activity)
        day += timedelta(days=1)
