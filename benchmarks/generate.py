"""Generate five years of a busy hub into a freshly migrated SQLite file, fast, then prove the
services read it: ``python -m benchmarks.generate --out FILE [--scale 1.0] [--seed N]``."""

import argparse
import json
import random
import sqlite3
import sys
import time as clock
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.timeutil import monday_of
from kiosk.services import build_services

from . import vocabulary as vocab
from .rows import (
    BOOKING_COLUMNS, FEEDBACK_COLUMNS, VISIT_COLUMNS, Ids, Plan, References, feedback, local_to_utc,
    session_bookings, ts, visits,
)

#: Bump whenever the rows this module writes change shape: cached datasets are then remade.
GENERATOR_VERSION = 2
MARKER_KEY = "bench_dataset"
DEFAULT_SEED = 20_061
PAST_WEEKS = 261  # five years of weeks before this one
FUTURE_WEEKS = 3  # the timetable runs a few weeks past today
SERIES_WEEKS = 52  # a weekly series may last at most a year, so the timetable is renewed yearly
SLOTS_PER_WEEKDAY = (9, 9, 9, 9, 9, 6, 4)  # weekly sessions on Monday … Sunday
ONE_OFFS_PER_WEEK = (2, 6)
MINIMUM = {"visit": 500_000, "booking": 150_000, "session": 15_000, "feedback": 30_000}
TABLES = ("hub", "device", "activity", "series", "session", "booking", "visit", "feedback")

SERIES_COLUMNS = ("id", "hub_id", "activity_id", "weekday", "local_start", "minutes", "first_date",
                  "until", "origin_device_id", "created_at", "updated_at")
SESSION_COLUMNS = ("id", "hub_id", "activity_id", "series_id", "starts_at", "ends_at", "place",
                   "facilitator", "notes", "capacity", "status", "cancel_reason", "origin_device_id",
                   "created_at", "updated_at")


@dataclass(frozen=True)
class Summary:
    path: Path
    counts: dict[str, int]
    seconds: float  # migrate + generate + write
    verify_seconds: float
    size_bytes: int
    now: datetime  # the generator's "now" (aware UTC): the dataset's today
    week_sessions: int


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED,
             now: datetime | None = None) -> Summary:
    """Write the dataset to ``out`` (replacing it); a half-written file never takes its name."""
    started = clock.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    partial = out.with_name(out.name + ".partial")
    remove_database(partial)
    engine = make_engine(sqlite_url(partial))
    migrate.upgrade(engine)
    engine.dispose()
    counts = _fill(partial, scale, seed, now.replace(tzinfo=None))
    seconds = clock.perf_counter() - started
    _write_marker(partial, {"version": GENERATOR_VERSION, "scale": scale, "seed": seed,
                            "schema": migrate.head_revision(), "now": now.isoformat(),
                            "counts": counts, "seconds": round(seconds, 2)})
    checked = clock.perf_counter()
    week_sessions = verify(partial, now)
    verify_seconds = clock.perf_counter() - checked
    remove_database(out)
    partial.rename(out)
    return Summary(out, counts, seconds, verify_seconds, out.stat().st_size, now, week_sessions)


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def read_marker(path: Path) -> dict | None:
    """The generator's marker in ``sync_state``, or None when the file has none."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (MARKER_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def _insert(conn: sqlite3.Connection, table: str, columns, rows) -> None:
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _fill(path: Path, scale: float, seed: int, now: datetime) -> dict[str, int]:
    rnd = random.Random(seed)
    ids = Ids(rnd)
    past_weeks = max(2, round(PAST_WEEKS * scale))
    first_day = monday_of(now.date()) - timedelta(weeks=past_weeks)
    opened = datetime.combine(first_day - timedelta(days=30), time(9))
    plan = Plan(rnd, ids, now, first_day, past_weeks + 1 + FUTURE_WEEKS, hub_id=ids.v7(opened),
                device_id=ids.v7(opened), desk_id=ids.v7(opened))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Generation only: the measured kiosk later opens this file with WAL and synchronous=FULL.
        for pragma in ("journal_mode=MEMORY", "synchronous=OFF", "cache_size=-524288",
                       "temp_store=MEMORY"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN")
        _hub_and_devices(conn, plan, opened)
        activities = _activities(conn, plan, opened)
        _timetable(conn, plan, activities)
        _insert(conn, "visit", VISIT_COLUMNS, visits(plan))
        _insert(conn, "feedback", FEEDBACK_COLUMNS, feedback(plan, [a[0] for a in activities]))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _hub_and_devices(conn: sqlite3.Connection, plan: Plan, opened: datetime) -> None:
    at = ts(opened)
    conn.execute(
        "INSERT INTO hub (id, name, address, phone, web_address, timezone, crisis_contacts, "
        "origin_device_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (plan.hub_id, "Riverside Recovery Hub", "12 Riverside Walk, Chelmsford CM1 1AA",
         "01632 960 123", "https://example.org/riverside", "Europe/London", json.dumps([]),
         plan.device_id, at, at))
    _insert(conn, "device", ("id", "hub_id", "name", "role", "origin_device_id", "created_at",
                             "updated_at"),
            [(plan.device_id, plan.hub_id, "Reception touchscreen", "touchscreen", plan.device_id, at, at),
             (plan.desk_id, plan.hub_id, "Front desk PC", "desk", plan.desk_id, at, at)])
    _insert(conn, "sync_state", ("key", "value"),
            [("hub_id", _dashed(plan.hub_id)), ("device_id", _dashed(plan.device_id))])


def _dashed(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


def _activities(conn: sqlite3.Connection, plan: Plan, opened: datetime) -> list[tuple]:
    """Activity rows; returns (id, spec) pairs for the timetable."""
    at = ts(opened)
    pairs = [(plan.ids.v7(opened), spec) for spec in vocab.ACTIVITIES]
    _insert(conn, "activity", ("id", "hub_id", "name", "description", "what_to_bring",
                               "accessibility", "colour", "icon", "origin_device_id", "created_at",
                               "updated_at"),
            [(aid, plan.hub_id, s[0], s[3], s[4], s[5], s[1], s[2], plan.desk_id, at, at)
             for aid, s in pairs])
    return pairs


def _timetable(conn: sqlite3.Connection, plan: Plan, activities: list[tuple]) -> None:
    """A weekly timetable renewed each year (series and their sessions), plus one-off sessions,
    each with its bookings."""
    rnd, refs = plan.rnd, References(plan.rnd)
    series, sessions, bookings = [], [], []
    latest = plan.now - timedelta(days=1)
    for first_week in range(0, plan.weeks, SERIES_WEEKS):
        weeks = min(SERIES_WEEKS, plan.weeks - first_week)
        monday = plan.first_day + timedelta(weeks=first_week)
        planned = min(datetime.combine(monday - timedelta(days=14), time(10)), latest)
        for weekday, count in enumerate(SLOTS_PER_WEEKDAY):
            for start in sorted(rnd.sample(vocab.START_TIMES, count)):
                activity = rnd.choice(activities)
                first = monday + timedelta(days=weekday)
                series_id = plan.ids.v7(planned)
                minutes, capacity, place = _shape(rnd, activity[1])
                series.append((series_id, plan.hub_id, activity[0], weekday,
                               start.isoformat("microseconds"), minutes, first.isoformat(),
                               (first + timedelta(weeks=weeks - 1)).isoformat(), plan.desk_id,
                               ts(planned), ts(planned)))
                for week in range(weeks):
                    _session(plan, refs, activity, first + timedelta(weeks=week), start,
                             (minutes, capacity, place), series_id, planned, sessions, bookings)
        for week in range(weeks):
            week_monday = monday + timedelta(weeks=week)
            made = min(datetime.combine(week_monday - timedelta(days=rnd.randint(3, 21)), time(11)), latest)
            for _ in range(rnd.randint(*ONE_OFFS_PER_WEEK)):
                activity = rnd.choice(activities)
                _session(plan, refs, activity, week_monday + timedelta(days=rnd.randrange(7)),
                         rnd.choice(vocab.START_TIMES), _shape(rnd, activity[1]), None, made,
                         sessions, bookings)
    _insert(conn, "series", SERIES_COLUMNS, series)
    _insert(conn, "session", SESSION_COLUMNS, sessions)
    bookings.sort(key=lambda row: row[0])  # rows arrive in the order they were made
    _insert(conn, "booking", BOOKING_COLUMNS, bookings)


def _shape(rnd: random.Random, spec: tuple) -> tuple[int, int, str]:
    return rnd.choice(spec[7]), rnd.choice(spec[6]), rnd.choice(spec[8])


def _session(plan: Plan, refs: References, activity: tuple, day: date, start: time, shape: tuple,
             series_id: str | None, planned: datetime, sessions: list, bookings: list) -> None:
    rnd = plan.rnd
    minutes, capacity, place = shape
    starts = local_to_utc(day, start)
    reason = rnd.choice(vocab.CANCEL_REASONS) if rnd.random() < 0.02 else None
    updated = planned
    if reason:
        updated = max(planned, min(starts - timedelta(days=rnd.uniform(0.2, 5)), plan.now))
    session_id = plan.ids.v7(planned)
    sessions.append((session_id, plan.hub_id, activity[0], series_id, ts(starts),
                     ts(starts + timedelta(minutes=minutes)), place, rnd.choice(vocab.FACILITATORS),
                     rnd.choice(vocab.NOTES), capacity, "cancelled" if reason else "scheduled", reason,
                     plan.desk_id, ts(planned), ts(updated)))
    bookings += session_bookings(plan, refs, session_id, starts, capacity, reason)


def _write_marker(path: Path, marker: dict) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?)",
                     (MARKER_KEY, json.dumps(marker, sort_keys=True)))
    finally:
        conn.close()


def verify(path: Path, now: datetime) -> int:
    """Prove the kiosk's own services read the rows; returns the sessions in the dataset's week."""
    engine = make_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            reference = conn.exec_driver_sql(
                "SELECT reference FROM booking JOIN session ON session.id = booking.session_id "
                "WHERE session.starts_at > ? AND booking.status = 'confirmed' LIMIT 1",
                (ts(now.replace(tzinfo=None)),)).scalar()
        if broken:
            raise RuntimeError(f"generated rows break {len(broken)} foreign keys")
        services = build_services(engine, clock=lambda: now)
        week = services.schedule.week()
        if not week or not any(s.confirmed for s in week):
            raise RuntimeError("the services found no booked sessions this week in the dataset")
        if reference is None or services.booking.lookup(reference).session.starts_at <= now:
            raise RuntimeError("the services could not look up an upcoming booking by reference")
        services.hub.current()
        return len(week)
    finally:
        engine.dispose()


def format_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[t]:,} {t}" for t in TABLES if t in counts)


def describe(summary: Summary) -> str:
    counts = format_counts(summary.counts)
    return (f"generated {summary.path.name} in {summary.seconds:.1f} s "
            f"(checked through the services in {summary.verify_seconds:.2f} s): {counts}; "
            f"{summary.size_bytes / 1e6:,.0f} MB; {summary.week_sessions} sessions this week")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="SQLite file to write")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = five years (default)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.force:
        print(f"{args.out} exists; add --force to replace it.", file=sys.stderr)
        return 2
    if args.scale <= 0:
        print("--scale must be above 0.", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    summary = generate(args.out, args.scale, args.seed)
    print(describe(summary))
    short = {t: n for t, n in MINIMUM.items() if summary.counts[t] < n}
    if args.scale >= 1.0 and short:
        print(f"warning: fewer rows than a five-year busy hub needs: {short}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
