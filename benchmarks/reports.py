"""Report speed on five years of data: the full quarterly Community Voice pack (figures, suppression,
charts and PDF) against the same SELECT statements run as raw SQL through sqlite3, in one process."""

import sqlite3
from datetime import date, timedelta

from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.timeutil import local_date
from kiosk.printing.report_pack import report_pack_pdf
from kiosk.domain.records import Actor
from kiosk.services import build_services

from .dataset import get_dataset
from .explain import capture_sql
from .registry import Context, Measure, Row, Target, benchmark
from .timing import median, time_calls

ADMIN = Actor.system("Benchmark")
TARGET_S = 2.0
TARGET_RATIO = 3.0


def last_quarter(today: date) -> tuple[date, date]:
    """The last whole calendar quarter before ``today``."""
    start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last = start - timedelta(days=1)
    return date(last.year, 3 * ((last.month - 1) // 3) + 1, 1), last


class RawQueries:
    """The baseline: every statement the report reads with, fetched whole through sqlite3."""

    def __init__(self, path, statements: list[tuple[str, tuple]]):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.statements = [(sql, params) for sql, params in statements
                           if sql.lstrip().upper().startswith(("SELECT", "WITH"))]

    def __call__(self) -> int:
        rows = 0
        self.conn.execute("BEGIN")
        for sql, params in self.statements:
            rows += len(self.conn.execute(sql, params).fetchall())
        self.conn.execute("COMMIT")
        return rows

    def close(self) -> None:
        self.conn.close()


@benchmark("reports")
def quarterly_pack(ctx: Context) -> list[Row]:
    dataset = get_dataset(ctx)
    calls, warmup = ctx.pick(10, 3), ctx.pick(2, 1)
    engine = make_engine(sqlite_url(dataset.path))
    try:
        services = build_services(engine, clock=lambda: dataset.now)
        first, last = last_quarter(local_date(dataset.now, services.hub.current().timezone))
        pack = lambda: report_pack_pdf(services, ADMIN, first, last)  # noqa: E731
        figures = lambda: services.reports.tables(ADMIN, first, last)  # noqa: E731
        raw = RawQueries(dataset.path, capture_sql(engine, lambda: services.reports.impact(ADMIN, first, last)))
        try:
            pdf, rows = pack(), raw()
            kiosk, tables, baseline = time_calls([pack, figures, raw], calls, warmup)
        finally:
            raw.close()
    finally:
        engine.dispose()
    how = (f"{first} to {last}: {len(raw.statements)} statements reading {rows:,} rows; "
           f"{len(pdf) / 1000:,.0f} kB PDF; {calls} calls after {warmup} warm-up, taking turns")
    seconds = lambda values: Measure(median(values), "s")  # noqa: E731
    return [
        Row("quarterly pack (PDF), median", seconds(kiosk), seconds(baseline), Target.ratio_at_most(TARGET_RATIO),
            how),
        Row("quarterly pack (PDF), under 2 s", seconds(kiosk), seconds(baseline), Target.below(TARGET_S, "s")),
        Row("report figures, suppressed", seconds(tables), seconds(baseline), None,
            "services.reports.tables(ADMIN, ): the queries, week-by-week sums and suppression, no PDF"),
    ]
