"""Central sync speed on the loopback: pushing 10,000 changes (check-ins and bookings, decided
centrally) from a kiosk's outbox, and pulling 10,000 rows into a new kiosk, each against raw
psycopg ``executemany`` of the very same rows into a plain copy of the schema, in the same run.

Uses a throwaway PostgreSQL server (the test suite's helper) unless KIOSK_BENCH_POSTGRES names an
administrator address (postgresql://user@host:port/postgres) of a server to use."""

import os
import shutil
import statistics
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg import sql

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.db.models import Booking, Visit
from kiosk.domain.records import Actor
from kiosk.domain.refcode import new_reference
from kiosk.services import build_services
from kiosk.sync import tables
from kiosk.sync.central.admin import CentralAdmin
from kiosk.sync.engine import SyncEngine
from kiosk.sync.pull import pull
from kiosk.sync.push import PushOutcome, push_outbox
from kiosk.central_config import central_settings

from .registry import Context, Measure, Row, Target, benchmark

ACTOR = Actor.system("Benchmark")
SERVER_ENV = "KIOSK_BENCH_POSTGRES"
TARGET = Target("≥ 0.7×", lambda row: row.ratio is not None and row.ratio >= 0.7)
#: One change in this many is a booking (decided centrally), the rest check-ins.
BOOKING_EVERY = 10
SESSIONS, CAPACITY = 20, 200
BATCH = 1000


class Server:
    """Where the databases are made: a given server, or a throwaway one started here."""

    def __init__(self, stack: ExitStack):
        given = os.environ.get(SERVER_ENV)
        if given:
            self.base = given.rsplit("/", 1)[0]
        else:
            from tests.support.postgres import (
                start_postgres,  # the suite's root-safe starter
            )

            work = Path(stack.enter_context(_temporary_folder()))
            server = start_postgres(work)
            stack.callback(server.stop)
            self.base = f"postgresql://postgres@{server.host}:{server.port}"
        self.names: list[str] = []
        stack.callback(self.drop_all)

    def create(self) -> str:
        name = f"kiosk_bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"{self.base}/postgres", autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.names.append(name)
        return f"{self.base}/{name}"

    def drop_all(self) -> None:
        with psycopg.connect(f"{self.base}/postgres", autocommit=True) as conn:
            for name in self.names:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


class _temporary_folder:
    def __enter__(self) -> str:
        import tempfile

        self.path = tempfile.mkdtemp(prefix="kiosk-bench-sync-")
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class Hub:
    """A central database set up for sync, with one hub and a login per kiosk."""

    def __init__(self, server: Server, work: Path):
        self.url = server.create()
        self.admin = CentralAdmin.from_url(self.url)
        self.admin.upgrade()
        self.hub = self.admin.add_hub("Benchmark Hub")
        self.work = work

    def kiosk(self, name: str) -> SyncEngine:
        """A new kiosk database joined to the hub (its first sync pulls the hub)."""
        login = self.admin.add_device(self.hub, name)
        url = psycopg.conninfo.conninfo_to_dict(self.url.replace("postgresql+psycopg", "postgresql"))
        settings = central_settings({"host": url["host"], "port": int(url["port"]), "dbname": url["dbname"],
                                     "user": login.role_name, "password": login.password,
                                     "batch_size": BATCH})
        db = make_engine(sqlite_url(self.work / f"{name}.sqlite"))
        migrate.upgrade(db)
        engine = SyncEngine(db, settings)
        engine.run_once()
        return engine


def queue_changes(engine: SyncEngine, count: int) -> None:
    """``count`` changes in the outbox, written as the services write them (not timed)."""
    services = build_services(engine.store.engine)
    activity = services.activities.add(ACTOR, "Walk and talk")
    first = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    sessions = [services.schedule.add_session(ACTOR, activity.id, first + timedelta(hours=n), 60, CAPACITY).id
                for n in range(SESSIONS)]
    left = count - engine.store.pending()
    with services.uow.write() as tx:
        for n in range(left):
            if n % BOOKING_EVERY == 0:
                number = n // BOOKING_EVERY
                row = Booking(hub_id=tx.hub_id, session_id=sessions[number % SESSIONS], reference=new_reference(),
                              name="Sam", party=1, status="confirmed", queue_no=1 + number // SESSIONS)
                kind = "booking.create"
            else:
                row = Visit(hub_id=tx.hub_id, day_number=n + 1, first_visit=False, family_count=0,
                            arrived_at=tx.now)
                kind = "visit.create"
            tx.add(row)
            tx.record(kind, row)


def time_push(engine: SyncEngine) -> float:
    """Seconds to empty the outbox into the central database (an open connection, as both sides)."""
    hub_id, device_id = engine.store.identity()
    with engine._connector(engine.settings) as conn:
        started = time.perf_counter()
        push_outbox(conn, engine.store, hub_id, device_id, engine.settings.batch_size, PushOutcome())
        return time.perf_counter() - started


def time_pull(engine: SyncEngine) -> tuple[float, int]:
    """Seconds for a kiosk to pull everything new in its hub's feed, and the rows pulled."""
    identity = engine.store.identity()
    with engine._connector(engine.settings) as conn:
        started = time.perf_counter()
        outcome = pull(conn, engine.store, identity)
        return time.perf_counter() - started, outcome.rows


def pushed_rows(url: str, hub_id: uuid.UUID) -> dict[str, tuple[list[str], list[tuple]]]:
    """The visit and booking rows the push stored, as they are stored (read once, not timed)."""
    found = {}
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        for name in ("visit", "booking"):
            columns = [c for c in tables.columns(tables.BY_NAME[name])]
            query = sql.SQL("SELECT {} FROM {} WHERE hub_id = %s ORDER BY server_seq").format(
                sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(name))
            found[name] = (columns, conn.execute(query, [hub_id]).fetchall())
    return found


def time_baseline(server: Server, source: str, rows: dict) -> float:
    """Raw executemany of the same rows into a plain copy of the schema (no sync set-up), with
    their hub, activity and sessions already there; one transaction, timed to the commit."""
    target = server.create()
    engine = make_engine(target.replace("postgresql://", "postgresql+psycopg://"))
    migrate.upgrade(engine)
    engine.dispose()
    plain = target.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(source.replace("postgresql+psycopg", "postgresql")) as src, psycopg.connect(plain) as dst:
        for name in ("hub", "activity", "session"):
            columns = tables.columns(tables.BY_NAME[name])
            _insert(dst, name, columns, src.execute(sql.SQL("SELECT {} FROM {}").format(
                sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(name))).fetchall())
        dst.commit()
        started = time.perf_counter()
        for name, (columns, values) in rows.items():
            _insert(dst, name, columns, values)
        dst.commit()
        return time.perf_counter() - started


def _insert(conn, table: str, columns: list[str], values: list[tuple]) -> None:
    json_columns = tables.json_columns(tables.BY_NAME[table])
    if json_columns:
        from psycopg.types.json import Json

        index = [i for i, c in enumerate(columns) if c in json_columns]
        values = [tuple(Json(v) if i in index else v for i, v in enumerate(row)) for row in values]
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(sql.Placeholder() * len(columns)))
    conn.cursor().executemany(statement, values)


def one_round(server: Server, work: Path, count: int) -> dict:
    hub = Hub(server, work)
    try:
        writer = hub.kiosk("writer")
        queue_changes(writer, count)
        pending = writer.store.pending()
        push_s = time_push(writer)
        reader = _fresh_kiosk(hub, "reader")
        pull_s, pulled = time_pull(reader)
        rows = pushed_rows(hub.url, hub.hub.id)
        baseline_s = time_baseline(server, hub.url, rows)
        for engine in (writer, reader):
            engine.store.engine.dispose()
        return {"changes": pending, "push": push_s, "pull": pull_s, "pulled": pulled,
                "rows": sum(len(v) for _, v in rows.values()), "baseline": baseline_s}
    finally:
        hub.admin.close()


def _fresh_kiosk(hub: Hub, name: str) -> SyncEngine:
    """A joined kiosk whose cursor is back at the start, so it pulls the whole hub."""
    engine = hub.kiosk(name)
    engine.store.save_states({"pull_cursor": "0"})
    return engine


def measure(quick: bool) -> dict:
    count, rounds = (1000, 1) if quick else (10_000, 3)
    results = []
    with ExitStack() as stack:
        server = Server(stack)
        for number in range(rounds):
            work = Path(stack.enter_context(_temporary_folder()))
            results.append(one_round(server, work, count))
    pick = {key: statistics.median(r[key] for r in results) for key in ("push", "pull", "baseline")}
    return {**results[0], **pick, "rounds": rounds}


def _rows(figures: dict) -> list[Row]:
    baseline = Measure(figures["rows"] / figures["baseline"], "/s")
    how = (f"median of {figures['rounds']} round(s) on fresh databases; baseline: raw psycopg "
           f"executemany of the same {figures['rows']:,} visit and booking rows into a plain copy of "
           "the schema, one transaction")
    return [
        Row(f"sync push: {figures['changes']:,} changes to PostgreSQL", Measure(
            figures["changes"] / figures["push"], "/s"), baseline, TARGET,
            f"outbox read, batches of {BATCH} each one central transaction with op log, feed positions "
            f"and central booking decisions, outbox emptied after each commit; {how}"),
        Row(f"sync pull: {figures['pulled']:,} rows into a new kiosk", Measure(
            figures["pulled"] / figures["pull"], "/s"), baseline, TARGET,
            "one REPEATABLE READ snapshot read page by page, applied to SQLite in transactions of "
            f"2,000 rows, cursor stored with the last; {how}"),
    ]


@benchmark("sync")
def sync_speed(ctx: Context) -> list[Row]:
    try:
        return _rows(measure(ctx.quick))
    except (ImportError, RuntimeError, psycopg.OperationalError) as error:
        return [Row.unavailable("sync push and pull", f"no PostgreSQL server ({type(error).__name__})", TARGET)]


def run(quick: bool) -> list[dict]:
    """The same figures as plain rows, for callers that do not use the registry."""
    return [{"name": row.name, "kiosk_per_s": row.kiosk.value, "baseline_per_s": row.baseline.value,
             "ratio": row.ratio, "target": 0.7, "note": row.note} for row in _rows(measure(quick))]


if __name__ == "__main__":
    for line in run(quick=False):
        print(line)
