"""Write speed: bookings per second through ``services.booking.book()`` against raw sqlite3
inserts of the very same booking rows, one transaction per booking on both sides."""

import shutil
import sqlite3
import time
from datetime import timedelta
from itertools import cycle
from pathlib import Path

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.records import Actor
from kiosk.domain.timeutil import utcnow
from kiosk.services import build_services
from kiosk.services.schedule import MAX_CAPACITY

from . import vocabulary as vocab
from .registry import Context, Measure, Row, benchmark

ACTOR = Actor.system("Benchmark")
#: The kiosk engine's connection settings, repeated for the raw side so the ratio is honest.
PRAGMAS = ("busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON")


def prepare(path: Path, sessions: int) -> list:
    """A fresh migrated file with a hub and ``sessions`` roomy sessions from tomorrow on."""
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
        services = build_services(engine)
        services.hub.set_up("Benchmark Hub", address="1 Test Street, Chelmsford")
        activity = services.activities.add(ACTOR, "Walk and talk")
        first = utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
        return [services.schedule.add_session(ACTOR, activity.id, first + timedelta(hours=i), 60,
                                              MAX_CAPACITY).id for i in range(sessions)]
    finally:
        engine.dispose()


def copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


class ServiceSide:
    """Books through ``services.booking.book()``: one unit of work (transaction) per booking."""

    def __init__(self, path: Path):
        self.engine = make_engine(sqlite_url(path))
        self.book = build_services(self.engine).booking.book

    def run(self, plan: list[tuple]) -> float:
        start = time.perf_counter()
        for session_id, name in plan:
            self.book(session_id, name, 1)
        return time.perf_counter() - start

    def close(self) -> None:
        self.engine.dispose()


class RawSide:
    """Inserts the rows the service wrote, each as ``BEGIN IMMEDIATE; INSERT; COMMIT``."""

    def __init__(self, path: Path, columns: list[str]):
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in PRAGMAS:
            self.conn.execute(f"PRAGMA {pragma}")
        marks = ", ".join("?" * len(columns))
        self.sql = f"INSERT INTO booking ({', '.join(columns)}) VALUES ({marks})"

    def run(self, rows: list[tuple]) -> float:
        start = time.perf_counter()
        for row in rows:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(self.sql, row)
            self.conn.execute("COMMIT")
        return time.perf_counter() - start

    def close(self) -> None:
        self.conn.close()


class NewRows:
    """Reads the booking rows the service added since the last call (not timed)."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.columns = [d[0] for d in self.conn.execute("SELECT * FROM booking LIMIT 0").description]
        self.last = 0

    def __call__(self) -> list[tuple]:
        rows = self.conn.execute("SELECT rowid, * FROM booking WHERE rowid > ? ORDER BY rowid",
                                 (self.last,)).fetchall()
        if rows:
            self.last = rows[-1][0]
        return [row[1:] for row in rows]

    def close(self) -> None:
        self.conn.close()


def race(kiosk_db: Path, raw_db: Path, plan: list[tuple], warmup: int, block: int) -> tuple[float, float]:
    """Seconds the service and the raw inserts spent on the bookings after ``warmup``; the two
    take turns block by block so a busy moment on the machine (or its disk) hits them alike."""
    service, new_rows = ServiceSide(kiosk_db), NewRows(kiosk_db)
    raw = RawSide(raw_db, new_rows.columns)
    try:
        service.run(plan[:warmup])
        raw.run(new_rows())
        kiosk_s = raw_s = 0.0
        for first in range(warmup, len(plan), block):
            kiosk_s += service.run(plan[first:first + block])
            rows = new_rows()
            if len(rows) != len(plan[first:first + block]):
                raise RuntimeError("the service did not store one booking per call")
            raw_s += raw.run(rows)
        return kiosk_s, raw_s
    finally:
        service.close()
        raw.close()
        new_rows.close()


@benchmark("booking")
def bookings_per_second(ctx: Context) -> list[Row]:
    count, warmup = ctx.pick(2000, 200), ctx.pick(20, 5)
    sessions = -(-(count + warmup) // MAX_CAPACITY)  # every booking is confirmed
    work = ctx.cache_dir / "booking-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        kiosk_db, raw_db = work / "service.sqlite", work / "raw.sqlite"
        session_ids = prepare(kiosk_db, sessions)
        copy_database(kiosk_db, raw_db)  # the same hub and sessions, no bookings yet
        names = cycle(vocab.NAMES)
        plan = [(session_ids[i % sessions], next(names)) for i in range(count + warmup)]
        kiosk_s, raw_s = race(kiosk_db, raw_db, plan, warmup, block=ctx.pick(100, 50))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    how = (f"{count:,} bookings after {warmup} warm-up over {sessions} sessions of {MAX_CAPACITY} "
           "places, taking turns in blocks, fresh files on the same disk, WAL + synchronous=FULL "
           "on both sides; the service also checks places, writes the outbox entry and returns "
           "a fresh BookingInfo")
    return [Row("bookings per second, one transaction each", Measure(count / kiosk_s, "/s"),
                Measure(count / raw_s, "/s"), None, how)]
