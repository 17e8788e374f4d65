"""Read speed on five years of data: "this week's sessions with counts" through the service
against one hand-written raw SQL query returning the same rows."""

import sqlite3
import uuid
from pathlib import Path

from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.timeutil import local_date, local_day_bounds, monday_of
from kiosk.services import build_services
from kiosk.domain.places import HOLDING as PLACE_HOLDING

from .dataset import Dataset, get_dataset
from .explain import capture_sql, query_plans
from .registry import Context, Measure, Row, Target, benchmark
from .rows import ts
from .timing import median, percentile, time_calls

TARGET_MS = 20.0

#: The week's sessions with their activity and booking counts, in the service's order.
WEEK_SQL = f"""
WITH week AS (
    SELECT id, activity_id, starts_at, ends_at, place, facilitator, notes, capacity, status,
           cancel_reason, series_id
    FROM session
    WHERE hub_id = :hub AND starts_at >= :start AND starts_at < :end AND deleted_at IS NULL
), counts AS (
    SELECT session_id,
           SUM(CASE WHEN status IN ({", ".join(f"'{s}'" for s in PLACE_HOLDING)})
                    THEN party ELSE 0 END) AS held,
           COUNT(CASE WHEN status = 'waitlisted' THEN 1 END) AS waiting
    FROM booking
    WHERE session_id IN (SELECT id FROM week) AND deleted_at IS NULL
    GROUP BY session_id
)
SELECT w.*, a.id, a.name, a.description, a.what_to_bring, a.accessibility, a.colour, a.icon,
       COALESCE(c.held, 0), COALESCE(c.waiting, 0)
FROM week AS w
JOIN activity AS a ON a.id = w.activity_id
LEFT JOIN counts AS c ON c.session_id = w.id
ORDER BY w.starts_at, a.name
"""


class RawWeek:
    """The baseline: the same rows through the sqlite3 module, one query per call."""

    def __init__(self, path: Path, dataset: Dataset):
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            self.conn.execute(f"PRAGMA {pragma}")
        hub = self.conn.execute("SELECT value FROM sync_state WHERE key = 'hub_id'").fetchone()[0]
        self.hub = uuid.UUID(hub).hex
        self.tz = self.conn.execute("SELECT timezone FROM hub WHERE id = ?", (self.hub,)).fetchone()[0]
        self.now = dataset.now

    def __call__(self) -> list[tuple]:
        start, end = local_day_bounds(monday_of(local_date(self.now, self.tz)), 7, self.tz)
        params = {"hub": self.hub, "start": ts(start.replace(tzinfo=None)),
                  "end": ts(end.replace(tzinfo=None))}
        return self.conn.execute(WEEK_SQL, params).fetchall()

    def close(self) -> None:
        self.conn.close()


@benchmark("week")
def this_week(ctx: Context) -> list[Row]:
    dataset = get_dataset(ctx)
    calls, warmup = ctx.pick(200, 50), ctx.pick(20, 5)
    engine = make_engine(sqlite_url(dataset.path))
    raw = RawWeek(dataset.path, dataset)
    try:
        services = build_services(engine, clock=lambda: dataset.now)
        week = services.schedule.week()
        _same_rows(week, raw())
        kiosk, baseline = time_calls([services.schedule.week, raw], calls, warmup)
        if ctx.explain or median(kiosk) * 1000 >= TARGET_MS:
            ctx.notes.append("query plans of services.schedule.week():")
            ctx.notes += query_plans(dataset.path, capture_sql(engine, services.schedule.week))
    finally:
        raw.close()
        engine.dispose()
    how = (f"{len(week)} sessions, {sum(s.confirmed for s in week)} places held; {calls} calls "
           f"after {warmup} warm-up, taking turns with the baseline; "
           f"{dataset.counts['booking']:,} bookings in the file; baseline: one raw sqlite3 query")
    ms = lambda values, fn: Measure(fn(values) * 1000, "ms")  # noqa: E731
    return [
        Row("this week's sessions, median", ms(kiosk, median), ms(baseline, median),
            Target.below(TARGET_MS, "ms"), how),
        Row("this week's sessions, p95", ms(kiosk, lambda v: percentile(v, 95)),
            ms(baseline, lambda v: percentile(v, 95))),
    ]


def _same_rows(week, raw_rows: list[tuple]) -> None:
    """The baseline must fetch what the service returns, or its figure means nothing."""
    kiosk = [(s.id.hex, s.confirmed, s.waitlisted) for s in week]
    raw = [(r[0], r[-2], r[-1]) for r in raw_rows]
    if kiosk != raw:
        raise RuntimeError("the raw query's rows differ from services.schedule.week()")
