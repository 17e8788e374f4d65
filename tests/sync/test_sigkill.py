"""``kiosk sync`` killed with SIGKILL at random moments while it pushes 5,000 changes, again and
again (a fixed seed), restarting each time: in the end every change is in the central database
exactly once, none is lost, and the outbox is empty."""

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.db.models import Booking, Visit
from kiosk.domain.refcode import new_reference

from .helpers import ADMIN, upcoming

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261130
CHANGES, BOOKINGS, SESSIONS, CAPACITY = 5000, 500, 5, 50
BATCH = 25  # 200 batches: room for well over 50 kills mid-push
MIN_KILLS = 50
PUSH_MARK = "pushing the outbox"
BATCH_MARK = "pushed "


def queue_changes(kiosk) -> None:
    """5,000 changes in the outbox, as the services write them: an activity, sessions, bookings
    and check-ins."""
    activity = kiosk.services.activities.add(ADMIN, "Walk and talk")
    sessions = [kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock, 24 + n), 60,
                                                    CAPACITY).id for n in range(SESSIONS)]
    left = CHANGES - kiosk.outbox()
    with kiosk.services.uow.write() as tx:
        for n in range(left):
            if n % (left // BOOKINGS) == 0 and n // (left // BOOKINGS) < BOOKINGS:
                number = n // (left // BOOKINGS)
                row = Booking(hub_id=tx.hub_id, session_id=sessions[number % SESSIONS],
                              reference=new_reference(), name=f"Visitor {n}", party=1,
                              status="confirmed" if number // SESSIONS < CAPACITY else "waitlisted",
                              queue_no=1 + number // SESSIONS)
                kind = "booking.create"
            else:
                row = Visit(hub_id=tx.hub_id, day_number=n + 1, name=None, first_visit=False,
                            family_count=0, arrived_at=tx.now)
                kind = "visit.create"
            tx.add(row)
            tx.record(kind, row)
    assert kiosk.outbox() == CHANGES


def settings_file(central, kiosk, folder: Path) -> Path:
    (folder / "central-password").write_text(kiosk.login.password)
    path = folder / "settings.toml"
    path.write_text(f'[central]\nhost = "127.0.0.1"\nport = {central.port}\ndbname = "{central.dbname}"\n'
                    f'user = "{kiosk.login.role_name}"\npassword_file = "central-password"\n'
                    f'batch_size = {BATCH}\n\n[logging]\nfolder = "logs"\n')
    return path


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def run_once(db: Path, settings: Path, rng: random.Random | None) -> bool:
    """One ``kiosk sync --once``; with ``rng``, SIGKILL it at a random moment of its push.
    Returns True if it was killed while still running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--db", str(db), "--settings", str(settings), "--debug",
         "sync", "--once"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_pump, args=(proc.stderr, lines), daemon=True).start()
    if rng is None:
        assert proc.wait(120) == 0
        return False
    batches = rng.choice((0, 0, 1))  # whole batches to let through before the moment
    seen, deadline = -1, time.monotonic() + 60
    while seen < batches and time.monotonic() < deadline:
        line = lines.get(timeout=60)
        if line is None:
            break
        if PUSH_MARK in line or BATCH_MARK in line:
            seen += 1
    time.sleep(rng.uniform(0, 0.02))
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return alive


def test_sync_killed_again_and_again_loses_and_duplicates_nothing(central, tmp_path):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    kiosk.sync()
    queue_changes(kiosk)
    settings = settings_file(central, kiosk, tmp_path)
    kiosk.db.dispose()
    rng, kills, runs = random.Random(SEED), 0, 0
    while kiosk.outbox() > 0 and runs < 400:
        runs += 1
        kills += run_once(kiosk.path, settings, rng if kills < MIN_KILLS else None)
    assert kills >= MIN_KILLS, f"the push finished after only {kills} kills"
    print(f"{runs} runs of kiosk sync, {kills} of them killed with SIGKILL while running")
    run_once(kiosk.path, settings, None)  # and once more, to pull the last decisions back

    assert kiosk.outbox() == 0
    with central.connect() as conn:
        def count(sql):
            return conn.execute(sql, [hub.id]).fetchone()[0]
        assert count("SELECT count(*) FROM visit WHERE hub_id = %s") == CHANGES - BOOKINGS - 1 - SESSIONS
        assert count("SELECT count(*) FROM booking WHERE hub_id = %s") == BOOKINGS
        assert count("SELECT count(*) FROM sync_applied_op WHERE hub_id = %s") == CHANGES
        assert count("SELECT count(*) FROM sync_applied_op WHERE hub_id = %s AND outcome <> 'applied'") == 0
        queues = conn.execute("SELECT session_id, array_agg(queue_no ORDER BY queue_no), "
                              "count(*) FILTER (WHERE status = 'confirmed') FROM booking GROUP BY 1").fetchall()
    for _, numbers, confirmed in queues:
        assert numbers == list(range(1, BOOKINGS // SESSIONS + 1)) and confirmed == CAPACITY
    assert kiosk.digest(hub.id) == central.digest(hub.id)
