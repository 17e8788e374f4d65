"""Central at scale: many simulated kiosks, each with its own SQLite file, its own device login and
a realistic day (60 check-ins, 20 bookings with cancellations and waiting lists, 10 feedback,
5 votes), sync in rounds against one PostgreSQL on the loopback through PgBouncer (transaction
pooling), both started and stopped here. The 30-second cycle is compressed ten times: in each
round every kiosk syncs once, at a random moment of a 3-second cycle, after doing its share of
the day. A closing check counts every change made locally against what the central database
holds. Fleet sizes come from KIOSK_BENCH_SCALE (default "10,100"; "10,100,1000" for the largest)."""

import os
import random
import resource
import shutil
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.records import Actor
from kiosk.services import build_services
from kiosk.sync.central.admin import CentralAdmin
from kiosk.sync.engine import SyncEngine
from kiosk.sync.errors import SyncProblem
from kiosk.central_config import central_settings

from .registry import Context, Measure, Row, Target, benchmark
from .scale_figures import Fleet as Figures
from .scale_figures import RoundFigures, extrapolate, knee_text, summary_lines

ACTOR = Actor.system("Benchmark")
SCALE_ENV = "KIOSK_BENCH_SCALE"
ROUNDS, CYCLE_SECONDS, REAL_CYCLE_SECONDS = 4, 3.0, 30.0
KIOSKS_PER_HUB, SESSIONS_PER_HUB, CAPACITY = 2, 4, 8
DAY = {"visit": 60, "booking": 20, "cancel": 5, "feedback": 10, "vote": 5}
#: Threads driving the kiosks: one Python process plays every kiosk, so this bounds how many
#: syncs are in flight at once (PgBouncer queues the rest for its few server connections).
DRIVERS = 48
#: PgBouncer's server connections for all kiosks (KIOSK_BENCH_POOL): with one login per device,
#: fewer than the kiosks syncing at once means starting backends again and again.
POOL_SIZE = int(os.environ.get("KIOSK_BENCH_POOL", "110"))
TARGET = Target.below(1000, "ms")


@dataclass
class SimKiosk:
    name: str
    hub_id: uuid.UUID
    engine: SyncEngine
    services: object
    actions: list = field(default_factory=list)
    made: dict = field(default_factory=lambda: dict.fromkeys(DAY, 0))
    references: list = field(default_factory=list)
    sessions: list = field(default_factory=list)
    poll: object = None


class Central:
    """PostgreSQL and PgBouncer for one run, and the kiosks' central database."""

    def __init__(self, stack: ExitStack, work: Path):
        from tests.support.pgbouncer import start_pgbouncer
        from tests.support.postgres import start_postgres

        self.pg = start_postgres(work)
        stack.callback(self.pg.stop)
        self.bouncer = start_pgbouncer(self.pg.host, self.pg.port, pool_size=POOL_SIZE, max_clients=4000)
        stack.callback(self.bouncer.stop)
        url = self.pg.create_database()
        self.dbname = url.rsplit("/", 1)[-1]
        self.admin = CentralAdmin.from_url(url)
        stack.callback(self.admin.close)
        self.admin.upgrade()
        self.admin_url = url.replace("postgresql+psycopg", "postgresql")

    def settings(self, login):
        return central_settings({"host": self.bouncer.host, "port": self.bouncer.port,
                                 "dbname": self.dbname, "user": login.role_name,
                                 "password": login.password, "connect_timeout": 30})

    def cpu_seconds(self) -> float:
        """CPU used so far by this server: the postmaster, its live children and the ones gone."""
        tick = os.sysconf("SC_CLK_TCK")
        main = int((self.pg.datadir / "postmaster.pid").read_text().split()[0])
        total = 0.0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, parent = int(entry.name), int(fields[1])
            if pid == main:
                total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
            elif parent == main:
                total += int(fields[11]) + int(fields[12])
        return total / tick

    def counts(self) -> dict[uuid.UUID, dict[str, int]]:
        """Per hub: check-ins, bookings, cancelled bookings, feedback and votes held centrally."""
        found: dict[uuid.UUID, dict[str, int]] = {}
        queries = {"visit": "SELECT hub_id, count(*) FROM visit GROUP BY 1",
                   "booking": "SELECT hub_id, count(*) FROM booking GROUP BY 1",
                   "cancel": "SELECT hub_id, count(*) FROM booking WHERE status = 'cancelled' GROUP BY 1",
                   "feedback": "SELECT hub_id, count(*) FROM feedback GROUP BY 1",
                   "vote": "SELECT hub_id, count(*) FROM poll_vote GROUP BY 1"}
        with psycopg.connect(self.admin_url) as conn:
            for kind, query in queries.items():
                for hub_id, count in conn.execute(query).fetchall():
                    found.setdefault(hub_id, dict.fromkeys(DAY, 0))[kind] = count
            ops = conn.execute("SELECT count(*) - count(DISTINCT op_id) FROM sync_applied_op").fetchone()[0]
        return found, ops


def make_fleet(central: Central, work: Path, count: int, template: Path) -> list[SimKiosk]:
    kiosks = []
    for number in range(count):
        if number % KIOSKS_PER_HUB == 0:
            hub = central.admin.add_hub(f"Hub {number // KIOSKS_PER_HUB + 1}")
        login = central.admin.add_device(hub, f"Kiosk {number + 1}")
        path = work / f"kiosk-{number + 1}.sqlite"
        shutil.copyfile(template, path)
        db = make_engine(sqlite_url(path))
        engine = SyncEngine(db, central.settings(login), anonymous_crowd=1)
        kiosks.append(SimKiosk(f"kiosk-{number + 1}", hub.id, engine, build_services(db)))
    return kiosks


def prepare_hubs(kiosks: list[SimKiosk], rng: random.Random) -> None:
    """Every kiosk joins its hub; the first of each hub adds the week's sessions and a poll;
    then every kiosk syncs again so they all have them (not timed)."""
    _sync_all(kiosks)
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    for kiosk in kiosks[::KIOSKS_PER_HUB]:
        services = kiosk.services
        activity = services.activities.add(ACTOR, "Walk and talk")
        for n in range(SESSIONS_PER_HUB):
            services.schedule.add_session(ACTOR, activity.id, start + timedelta(hours=2 * n), 60, CAPACITY)
        services.polls.create(ACTOR, "What should we add?", ["Yoga", "Cooking", "Music"],
                              (start + timedelta(days=30)).date())
    _sync_all(kiosks[::KIOSKS_PER_HUB])
    _sync_all(kiosks)
    for kiosk in kiosks:
        kiosk.sessions = [s.id for s in kiosk.services.schedule.days(start.date(), 1)]
        kiosk.poll = kiosk.services.polls.open_polls()[0]
        day = [kind for kind, n in DAY.items() for _ in range(n)]
        rng.shuffle(day)
        kiosk.actions = day


def _sync_all(kiosks: list[SimKiosk]) -> None:
    with ThreadPoolExecutor(min(DRIVERS, len(kiosks))) as pool:
        list(pool.map(lambda k: k.engine.run_once(wait_seconds=30), kiosks))


def do_share(kiosk: SimKiosk, round_no: int, rng: random.Random) -> None:
    """This round's share of the kiosk's day, through the services as the screens call them."""
    share = len(kiosk.actions) // ROUNDS
    todo = kiosk.actions[round_no * share:] if round_no == ROUNDS - 1 else \
        kiosk.actions[round_no * share:(round_no + 1) * share]
    services = kiosk.services
    for kind in todo:
        if kind == "visit":
            services.visits.check_in(f"V{rng.randrange(10_000)}", "CM1")
        elif kind == "booking":
            booking = services.booking.book(rng.choice(kiosk.sessions), f"B{rng.randrange(10_000)}")
            kiosk.references.append(booking.reference)
        elif kind == "cancel":
            if not kiosk.references:
                continue
            services.booking.cancel(kiosk.references.pop(rng.randrange(len(kiosk.references))))
        elif kind == "feedback":
            services.feedback.give(rng.randint(1, 5), "Lovely walk")
        else:
            services.polls.vote(kiosk.poll.id, rng.choice(kiosk.poll.options).id)
        kiosk.made[kind] += 1


class PoolWatch:
    """Samples PgBouncer's pools while a round runs: the most server connections in use."""

    def __init__(self, central: Central):
        self.central, self.most_active, self.most_open = central, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            try:
                pools = [p for p in self.central.bouncer.pools() if p["database"] == self.central.dbname]
            except psycopg.Error:
                continue
            active = sum(p["sv_active"] for p in pools)
            opened = active + sum(p["sv_idle"] + p["sv_used"] + p["sv_tested"] + p["sv_login"] for p in pools)
            self.most_active, self.most_open = max(self.most_active, active), max(self.most_open, opened)


def run_round(central: Central, kiosks: list[SimKiosk], rng: random.Random) -> RoundFigures:
    """Every kiosk syncs once at a random moment of the compressed cycle; each sync's time runs
    from its moment (so waiting for a free driver or server connection counts)."""
    moments = [rng.uniform(0, CYCLE_SECONDS) for _ in kiosks]
    cpu_before = central.cpu_seconds()
    started = time.perf_counter()

    def one(kiosk: SimKiosk, moment: float):
        at = started + moment
        time.sleep(max(0.0, at - time.perf_counter()))
        try:
            result = kiosk.engine.run_once(wait_seconds=30)
            return time.perf_counter() - at, None, result.pushed + result.anonymous, result.pulled
        except SyncProblem as problem:
            return time.perf_counter() - at, problem.message, 0, 0

    with PoolWatch(central) as watch, ThreadPoolExecutor(min(DRIVERS, len(kiosks))) as pool:
        order = sorted(range(len(kiosks)), key=moments.__getitem__)
        outcomes = list(pool.map(lambda i: one(kiosks[i], moments[i]), order))
    wall = time.perf_counter() - started
    return RoundFigures(times=[o[0] for o in outcomes], errors=[o[1] for o in outcomes if o[1]],
                        pushed=sum(o[2] for o in outcomes), pulled=sum(o[3] for o in outcomes),
                        wall=wall, cpu=central.cpu_seconds() - cpu_before,
                        most_active=watch.most_active, most_open=watch.most_open)


def closing_check(central: Central, kiosks: list[SimKiosk]) -> tuple[bool, str]:
    """Every change made on a kiosk is held centrally exactly once, and every outbox is empty."""
    held, repeated_ops = central.counts()
    made: dict[uuid.UUID, dict[str, int]] = {}
    for kiosk in kiosks:
        mine = made.setdefault(kiosk.hub_id, dict.fromkeys(DAY, 0))
        for kind, n in kiosk.made.items():
            mine[kind] += n
    waiting = sum(k.engine.store.pending() for k in kiosks)
    wrong = [(hub, kind, made[hub][kind], held.get(hub, {}).get(kind, 0))
             for hub in made for kind in DAY if made[hub][kind] != held.get(hub, {}).get(kind, 0)]
    totals = {kind: sum(m[kind] for m in made.values()) for kind in DAY}
    text = (f"closing check: made {totals['visit']:,} check-ins, {totals['booking']:,} bookings "
            f"({totals['cancel']:,} cancelled), {totals['feedback']:,} feedback, {totals['vote']:,} votes; "
            f"{'central holds exactly these' if not wrong else f'{len(wrong)} hub counts differ'}; "
            f"{waiting} changes still waiting; {repeated_ops} op ids applied twice")
    return not wrong and waiting == 0 and repeated_ops == 0, text


def run_fleet(count: int, seed: int = 15) -> Figures:
    rng = random.Random(seed)
    with ExitStack() as stack:
        # kiosk files on a memory file system where there is one: the machine's disk is not
        # what is measured, and hundreds of kiosks committing would otherwise queue on it
        memory = Path("/dev/shm")
        work = Path(tempfile.mkdtemp(prefix="kiosk-bench-scale-", dir=memory if memory.is_dir() else None))
        stack.callback(shutil.rmtree, work, True)
        central = Central(stack, work)
        template = work / "template.sqlite"
        db = make_engine(sqlite_url(template))
        migrate.upgrade(db)
        db.dispose()
        set_up = time.perf_counter()
        kiosks = make_fleet(central, work, count, template)
        stack.callback(lambda: [k.engine.store.engine.dispose() for k in kiosks])
        prepare_hubs(kiosks, rng)
        rounds = []
        acting = 0.0
        for round_no in range(ROUNDS):
            began = time.perf_counter()
            for kiosk in kiosks:
                do_share(kiosk, round_no, rng)
            acting += time.perf_counter() - began
            rounds.append(run_round(central, kiosks, rng))
        _sync_all(kiosks)  # the last decisions and the others' rows, then the check
        ok, check = closing_check(central, kiosks)
        return Figures(count, rounds, ok, check, set_up=time.perf_counter() - set_up, acting=acting,
                       driver_cpu=resource.getrusage(resource.RUSAGE_SELF).ru_utime)


def scales(quick: bool) -> list[int]:
    given = os.environ.get(SCALE_ENV)
    if given:
        return [int(part) for part in given.split(",") if part.strip()]
    return [10] if quick else [10, 100]


@benchmark("central-scale")
def central_scale(ctx: Context) -> list[Row]:
    from tests.support.pgbouncer import find_pgbouncer

    if find_pgbouncer() is None:
        return [Row.unavailable("central-scale", "pgbouncer is not installed", TARGET)]
    fleets = []
    for count in scales(ctx.quick):
        fleets.append(run_fleet(count))
    rows = [Row(f"central-scale: {f.kiosks:,} kiosks, p95 sync", Measure(f.p(95) * 1000, "ms"), None,
                TARGET, f.note()) for f in fleets]
    if max(f.kiosks for f in fleets) < 1000:
        guess = extrapolate(fleets, 1000, REAL_CYCLE_SECONDS, CYCLE_SECONDS)
        rows.append(Row("central-scale: 1,000 kiosks (extrapolated)", None, None, TARGET, guess))
    ctx.notes += summary_lines(fleets) + [knee_text(fleets, CYCLE_SECONDS, REAL_CYCLE_SECONDS)]
    return rows
