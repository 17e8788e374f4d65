"""Impact and Community Voice report records: raw counts from the database (never shown as they
are) and the suppressed tables every output is made from."""

from dataclasses import dataclass
from datetime import date

#: Parts of the day a session's local start time falls in, for unmet demand.
TIMES_OF_DAY = (("morning", 12), ("afternoon", 17), ("evening", 24))


def time_of_day(hour: int) -> str:
    return next(name for name, before in TIMES_OF_DAY if hour < before)


@dataclass(frozen=True)
class WeekVisits:
    monday: date
    visits: int
    first: int
    family: int

    @property
    def returning(self) -> int:
        return self.visits - self.first


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class ActivitySessions:
    activity: str
    held: int
    cancelled: int
    places: int  # places offered by the sessions held
    booked: int  # places booked (confirmed, attended or no-show) on the sessions held
    attended: int
    no_shows: int


@dataclass(frozen=True)
class WeekSessions:
    monday: date
    held: int
    booked: int
    attended: int


@dataclass(frozen=True)
class Demand:
    activity: str
    time_of_day: str
    signed_up: int  # joined a waiting list (still waiting, or given a place later)
    never_offered: int  # still waiting: never given a place


@dataclass(frozen=True)
class FeedbackMonth:
    activity: str
    month: date  # first day of the month
    count: int
    rating_total: int


@dataclass(frozen=True)
class Loop:
    """The co-production loop. A *theme* is the feedback about one activity in one month; it is
    answered when a "you said, we did" about that activity was published on or after the theme's
    first feedback and by the end of the period."""

    themes: int
    answered: int
    days_to_answer: tuple[int, ...]


@dataclass(frozen=True)
class PollResult:
    question: str
    closed_on: date
    options: tuple[Count, ...]

    @property
    def votes(self) -> int:
        return sum(o.count for o in self.options)


@dataclass(frozen=True)
class Answer:
    """A published "you said, we did" answer (written by staff for the public screen)."""

    published_on: date
    activity: str | None
    you_said: str
    we_did: str


@dataclass(frozen=True)
class ImpactReport:
    """Raw figures for a period: integers straight from the database, before suppression."""

    scope: str  # the hub's name, or "All hubs"
    first: date
    last: date
    visits_by_week: tuple[WeekVisits, ...]
    reasons: tuple[Count, ...]
    districts: tuple[Count, ...]
    sessions: tuple[ActivitySessions, ...]
    sessions_by_week: tuple[WeekSessions, ...]
    demand: tuple[Demand, ...]
    feedback: tuple[FeedbackMonth, ...]
    loop: Loop
    polls: tuple[PollResult, ...]
    answers: tuple[Answer, ...]

    @property
    def visits(self) -> int:
        return sum(w.visits for w in self.visits_by_week)

    @property
    def distinct_districts(self) -> int:
        return sum(1 for d in self.districts if d.label != NOT_GIVEN and d.count > 0)


NOT_GIVEN = "Not given"


@dataclass(frozen=True)
class Chart:
    """How a table is drawn: ``kind`` "bar" or "line", the table column plotted, its axis words."""

    kind: str
    column: int
    title: str


@dataclass(frozen=True)
class ShownTable:
    """One table as it may leave the database: every figure already suppressed. ``numbers`` holds
    the figure behind each shown cell for charts (None where hidden or not a number)."""

    key: str
    section: str
    title: str
    says: str  # a plain-English sentence saying what it shows
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: tuple[tuple[float | None, ...], ...]
    chart: Chart | None = None

    def column_values(self, column: int) -> list[float]:
        """The plotted figures of ``column``, 0 where the figure is hidden (tables show why)."""
        return [numbers[column] or 0.0 for row, numbers in zip(self.rows, self.numbers, strict=True)
                if not is_total(row[0])]

    def labels(self) -> list[str]:
        return [row[0] for row in self.rows if not is_total(row[0])]


def is_total(label: str) -> bool:
    return label == TOTAL or label.startswith(TOTAL + " ")


TOTAL = "Total"
