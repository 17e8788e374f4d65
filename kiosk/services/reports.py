"""Impact and Community Voice reports: raw week-by-week figures for a hub (or every hub the
database holds) and a period, and the tidy suppressed CSV files made from them."""

import uuid
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import String, case, func, literal, select, type_coerce

from ..db.models import Activity, Booking, Feedback, Hub, Poll, PollOption, PollVote, Response, Session, Visit
from ..domain.enums import BookingStatus, SessionStatus, VisitReason
from ..domain.errors import InvalidInput, NotFound
from ..domain.places import AUTOMATIC_PROMOTION, HOLDING
from ..domain.report_tables import build_tables
from ..domain.reports import (
    NOT_GIVEN, ActivitySessions, Answer, Count, Demand, FeedbackMonth, ImpactReport, Loop, PollResult,
    TIMES_OF_DAY, ShownTable, WeekSessions, WeekVisits, time_of_day,
)
from ..domain.records import Actor
from ..domain.timeutil import local_day_bounds, monday_of
from .accounts import require_lead
from .csv_files import write_csv
from .unit_of_work import Tx, UnitOfWork

#: ``hub_id`` meaning every hub the database connection can see (the central database).
ALL_HUBS = None
#: ``hub_id`` meaning this device's own hub (the default).
THIS_HUB = "this"
GENERAL = "General"
LONGEST_DAYS = 400


class ReportService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def hubs(self) -> list[tuple[uuid.UUID, str]]:
        """The hubs this database holds (one on a kiosk; every hub on the central database)."""
        with self._uow.read() as tx:
            rows = tx.session.execute(select(Hub.id, Hub.name).where(Hub.deleted_at.is_(None))
                                      .order_by(Hub.name)).tuples().all()
            return [(hub_id, name) for hub_id, name in rows]

    def find_hub(self, name: str) -> uuid.UUID:
        for hub_id, hub_name in self.hubs():
            if hub_name.casefold() == name.strip().casefold():
                return hub_id
        raise NotFound(f"There is no hub called '{name}' in this database.")

    def impact(self, actor: Actor, first: date, last: date,
               hub_id: uuid.UUID | str | None = THIS_HUB) -> ImpactReport:
        """Raw figures from ``first`` to ``last`` (inclusive, local dates), for one hub or, with
        ``ALL_HUBS``, for every hub the connection can see. One read transaction; hub leads only."""
        require_lead(actor)
        if last < first or (last - first).days > LONGEST_DAYS:
            raise InvalidInput("Please choose a period that ends after it starts, up to a year long.")
        with self._uow.read() as tx:
            query = _Query(tx, first, last, tx.hub_id if hub_id == THIS_HUB else hub_id)
            return query.report()

    def tables(self, actor: Actor, first: date, last: date,
               hub_id: uuid.UUID | str | None = THIS_HUB) -> list[ShownTable]:
        """The report's tables with every figure suppressed: what any output may show."""
        return build_tables(self.impact(actor, first, last, hub_id))

    def export_csv(self, actor: Actor, first: date, last: date, folder: Path,
                   hub_id: uuid.UUID | str | None = THIS_HUB) -> list[Path]:
        """One tidy CSV file per table in ``folder`` (made if missing); returns the files."""
        require_lead(actor)
        folder = Path(folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in self.tables(actor, first, last, hub_id):
            path = folder / f"{table.key}.csv"
            write_csv(path, ["section", *table.columns], ([table.section, *row] for row in table.rows))
            written.append(path)
        return written


class _Query:
    """The report's reads inside one transaction."""

    def __init__(self, tx: Tx, first: date, last: date, hub_id: uuid.UUID | None):
        self.tx, self.first, self.last, self.hub_id = tx, first, last, hub_id
        hub = tx.session.get(Hub, hub_id) if hub_id is not None else None
        if hub_id is not None and hub is None:
            raise NotFound("That hub is not in this database.")
        self.scope = hub.name if hub else "All hubs"
        self.tz = hub.timezone if hub else "Europe/London"
        self.zone = ZoneInfo(self.tz)
        self.start, self.end = local_day_bounds(first, (last - first).days + 1, self.tz)

    def mine(self, column):
        """The hub filter for ``column`` (nothing when reading every hub)."""
        return column == self.hub_id if self.hub_id is not None else column.is_not(None)

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)

    def weeks(self) -> list[date]:
        monday, found = monday_of(self.first), []
        while monday <= self.last:
            found.append(monday)
            monday = date.fromordinal(monday.toordinal() + 7)
        return found

    def report(self) -> ImpactReport:
        weeks, reasons, districts = self.visits()
        sessions, by_week, demand = self.sessions()
        feedback, loop = self.feedback()
        return ImpactReport(self.scope, self.first, self.last, weeks, reasons, districts, sessions, by_week,
                            demand, feedback, loop, self.polls(), self.answers())

    def week_of(self, column):
        """SQL for the week (index into ``weeks()``) an instant falls in, by the hub's local Mondays."""
        weeks = self.weeks()
        bounds = [local_day_bounds(monday, 7, self.tz)[1] for monday in weeks[:-1]]
        if not bounds:
            return literal(0)
        return case(*[(column < bound, index) for index, bound in enumerate(bounds)], else_=len(bounds))

    def visits(self) -> tuple[tuple[WeekVisits, ...], tuple[Count, ...], tuple[Count, ...]]:
        where = (self.mine(Visit.hub_id), Visit.arrived_at >= self.start, Visit.arrived_at < self.end,
                 Visit.deleted_at.is_(None))
        week = self.week_of(Visit.arrived_at)
        run = self.tx.session.execute
        weeks = self.weeks()
        tally = [[0, 0, 0] for _ in weeks]
        for index, first, visits, family in run(
                select(week, Visit.first_visit, func.count(), func.coalesce(func.sum(Visit.family_count), 0))
                .where(*where).group_by(week, Visit.first_visit)).tuples():
            _add(tally[index], (visits, visits if first else 0, family))
        reasons = dict(run(select(Visit.reason, func.count()).where(*where).group_by(Visit.reason)).tuples().all())
        districts = Counter()
        for district, n in run(select(Visit.district, func.count()).where(*where).group_by(Visit.district)).tuples():
            districts[district or NOT_GIVEN] += n
        reason_counts = tuple(Count(r.label, reasons.pop(r.value, 0)) for r in VisitReason)
        if reasons:
            reason_counts += (Count(NOT_GIVEN, sum(reasons.values())),)
        return (tuple(WeekVisits(m, *counts) for m, counts in zip(weeks, tally, strict=True)), reason_counts,
                tuple(Count(d, n) for d, n in sorted(districts.items(), key=_district_order)))

    def sessions(self) -> tuple[tuple[ActivitySessions, ...], tuple[WeekSessions, ...], tuple[Demand, ...]]:
        sessions = self.tx.session.execute(
            select(_raw(Session.id), Session.starts_at, Session.status, Session.capacity, Activity.name)
            .join(Activity, Activity.id == Session.activity_id)
            .where(self.mine(Session.hub_id), Session.starts_at >= self.start, Session.starts_at < self.end,
                   Session.deleted_at.is_(None))).tuples().all()
        promoted = case((Booking.status_reason == AUTOMATIC_PROMOTION, 1), else_=0)
        bookings = self.tx.session.execute(
            select(_raw(Booking.session_id), Booking.status, promoted, func.count(), func.sum(Booking.party))
            .join(Session, Session.id == Booking.session_id)
            .where(self.mine(Session.hub_id), Session.starts_at >= self.start, Session.starts_at < self.end,
                   Session.deleted_at.is_(None), Booking.deleted_at.is_(None))
            .group_by(Booking.session_id, Booking.status, promoted)).tuples().all()
        by_session: dict[object, list] = defaultdict(list)
        for session_id, status, was_promoted, n, party in bookings:
            by_session[session_id].append((status, was_promoted, n, party))
        activities: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        weeks: dict[date, list[int]] = {w: [0, 0, 0] for w in self.weeks()}
        demand: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for session_id, starts, status, capacity, activity in sessions:
            held = status != SessionStatus.CANCELLED.value
            figures = _booking_figures(by_session[session_id]) if held else (0, 0, 0)
            row = activities[activity]
            _add(row, (int(held), int(not held), capacity if held else 0, *figures))
            _add(weeks[monday_of(self.local(starts).date())], (int(held), figures[0], figures[1]))
            _add(demand[(activity, time_of_day(self.local(starts).hour))], _demand(by_session[session_id]))
        return (tuple(ActivitySessions(name, *row) for name, row in sorted(activities.items())),
                tuple(WeekSessions(m, *row) for m, row in weeks.items()),
                tuple(Demand(a, t, *row) for (a, t), row in sorted(demand.items(), key=_demand_order)
                      if row[0]))

    def feedback(self) -> tuple[tuple[FeedbackMonth, ...], Loop]:
        rows = self.tx.session.execute(
            select(Feedback.given_on, Feedback.rating, Feedback.activity_id, Activity.name)
            .outerjoin(Activity, Activity.id == Feedback.activity_id)
            .where(self.mine(Feedback.hub_id), Feedback.given_on >= self.first,
                   Feedback.given_on <= self.last)).tuples().all()
        months: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
        themes: dict[tuple[uuid.UUID, date], date] = {}
        for given_on, rating, activity_id, name in rows:
            month = given_on.replace(day=1)
            _add(months[(name or GENERAL, month)], (1, rating))
            if activity_id is not None:
                key = (activity_id, month)
                themes[key] = min(given_on, themes.get(key, given_on))
        feedback = tuple(FeedbackMonth(a, m, *row) for (a, m), row in
                         sorted(months.items(), key=lambda item: (item[0][1], item[0][0])))
        return feedback, self.loop(themes)

    def loop(self, themes: dict[tuple[uuid.UUID, date], date]) -> Loop:
        published: dict[uuid.UUID, list[date]] = defaultdict(list)
        for activity_id, at in self.tx.session.execute(
                select(Response.activity_id, Response.published_at)
                .where(self.mine(Response.hub_id), Response.activity_id.is_not(None),
                       Response.published_at < self.end, Response.deleted_at.is_(None))).tuples():
            published[activity_id].append(self.local(at).date())
        days = []
        for (activity_id, _month), first_said in themes.items():
            waits = [(day - first_said).days for day in published[activity_id] if day >= first_said]
            if waits:
                days.append(min(waits))
        return Loop(len(themes), len(days), tuple(sorted(days)))

    def polls(self) -> tuple[PollResult, ...]:
        polls = self.tx.session.execute(
            select(Poll.id, Poll.question, Poll.closed_at, Poll.closes_on)
            .where(self.mine(Poll.hub_id), Poll.deleted_at.is_(None), Poll.closed_at >= self.start,
                   Poll.closed_at < self.end).order_by(Poll.closed_at)).tuples().all()
        if not polls:
            return ()
        ids = [p[0] for p in polls]
        votes = dict(((poll, option), n) for poll, option, n in self.tx.session.execute(
            select(PollVote.poll_id, PollVote.option_id, func.count()).where(PollVote.poll_id.in_(ids))
            .group_by(PollVote.poll_id, PollVote.option_id)).tuples())
        options = defaultdict(list)
        for poll_id, option_id, label in self.tx.session.execute(
                select(PollOption.poll_id, PollOption.id, PollOption.label).where(PollOption.poll_id.in_(ids))
                .order_by(PollOption.position)).tuples():
            options[poll_id].append(Count(label, int(votes.get((poll_id, option_id), 0))))
        return tuple(PollResult(question, self.local(closed).date(), tuple(options[poll_id]))
                     for poll_id, question, closed, _closes in polls)

    def answers(self) -> tuple[Answer, ...]:
        rows = self.tx.session.execute(
            select(Response.published_at, Activity.name, Response.you_said, Response.we_did)
            .outerjoin(Activity, Activity.id == Response.activity_id)
            .where(self.mine(Response.hub_id), Response.deleted_at.is_(None),
                   Response.published_at >= self.start, Response.published_at < self.end)
            .order_by(Response.published_at)).tuples().all()
        return tuple(Answer(self.local(at).date(), name, said, did) for at, name, said, did in rows)


def _add(target: list[int], values) -> None:
    for index, value in enumerate(values):
        target[index] += value


def _booking_figures(bookings: list) -> tuple[int, int, int]:
    """Places booked, attended and no-shows (party sizes) of one session held."""
    booked = sum(party for status, _, _, party in bookings if status in HOLDING)
    attended = sum(party for status, _, _, party in bookings if status == BookingStatus.ATTENDED.value)
    no_shows = sum(party for status, _, _, party in bookings if status == BookingStatus.NO_SHOW.value)
    return booked, attended, no_shows


def _demand(bookings: list) -> tuple[int, int]:
    """Bookings that joined the waiting list (still waiting, or given a freed place) and those
    still waiting."""
    waiting = sum(n for status, _, n, _ in bookings if status == BookingStatus.WAITLISTED.value)
    promoted = sum(n for _, was_promoted, n, _ in bookings if was_promoted)
    return waiting + promoted, waiting


def _district_order(item: tuple[str, int]) -> tuple:
    return (item[0] == NOT_GIVEN, -item[1], item[0])


def _demand_order(item) -> tuple:
    (activity, part), _row = item
    return activity, [name for name, _ in TIMES_OF_DAY].index(part)


def _raw(column):
    """A key column as the database stores it: only matched, never shown, so it is not turned
    into a UUID object row by row (a large share of a quarter's report otherwise)."""
    return type_coerce(column, String)
