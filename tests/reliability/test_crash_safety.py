"""A booking process killed with SIGKILL at random moments, again and again on one SQLite file,
loses no booking it reported as committed and duplicates none."""

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.enums import BookingStatus
from kiosk.domain.records import Actor
from kiosk.domain.timeutil import utcnow
from kiosk.services import build_services
from kiosk.services.schedule import MAX_CAPACITY

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("booking_child.py")
KILLS = 24
SEED = 20261201
DELAY_SECONDS = (0.05, 0.4)
FIRST_LINE_TIMEOUT = 30
ADMIN = Actor.system("Crash test")


def set_up_database(path: Path) -> list[str]:
    """Migrate a new file and give it a hub, an activity and roomy sessions; return their ids."""
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
        services = build_services(engine)
        services.hub.set_up("Crash Test Hub")
        activity = services.activities.add(ADMIN, "Walk and talk")
        first = utcnow() + timedelta(days=2)
        return [
            str(services.schedule.add_session(ADMIN, activity.id, first + timedelta(hours=n), 60,
                                              MAX_CAPACITY).id)
            for n in range(8)
        ]
    finally:
        engine.dispose()


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def run_and_kill(path: Path, run: int, session_ids: list[str], delay: float,
                 log: Path) -> list[str]:
    """Start the booker, wait for its first report, let it run ``delay`` seconds, SIGKILL it;
    return every complete line it reported."""
    paths = [str(ROOT), os.environ.get("PYTHONPATH")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    with open(log, "w") as errors:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(run), *session_ids],
            stdout=subprocess.PIPE, stderr=errors, text=True, cwd=ROOT, env=env,
        )
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=FIRST_LINE_TIMEOUT)
        assert first is not None, f"the booker stopped before booking:\n{log.read_text()}"
        time.sleep(delay)
        assert child.poll() is None, f"the booker stopped by itself:\n{log.read_text()}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        reader.join(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    received = [first]
    while (line := lines.get_nowait()) is not None:
        received.append(line)
    # A line cut short by the kill was never a complete report.
    return [line.strip() for line in received if line.endswith("\n")]


def test_sigkill_loses_no_reported_booking_and_duplicates_none(tmp_path):
    path = tmp_path / "kiosk.sqlite"
    session_ids = set_up_database(path)
    rng = random.Random(SEED)
    reported: list[str] = []
    started = time.monotonic()
    for run in range(KILLS):
        delay = rng.uniform(*DELAY_SECONDS)
        reported += run_and_kill(path, run, session_ids, delay, tmp_path / f"booker-{run}.log")
    elapsed = time.monotonic() - started

    assert len(reported) == len(set(reported)), "the booker reported a reference twice"
    assert len(reported) > KILLS
    engine = make_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            stored = conn.execute(text("SELECT COUNT(*) FROM booking")).scalar()
            duplicates = conn.execute(text(
                "SELECT reference FROM booking GROUP BY reference HAVING COUNT(*) > 1")).all()
            queue_clashes = conn.execute(text(
                "SELECT session_id, queue_no FROM booking GROUP BY session_id, queue_no "
                "HAVING COUNT(*) > 1")).all()
            without_one_outbox_row = conn.execute(text(
                "SELECT b.reference, COUNT(o.seq) FROM booking b LEFT JOIN outbox o "
                "ON o.entity_id = b.id AND o.kind = 'booking.create' AND o.entity = 'booking' "
                "GROUP BY b.id, b.reference HAVING COUNT(o.seq) <> 1")).all()
            create_rows = conn.execute(text(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'booking.create'")).scalar()
            overfull = conn.execute(text(
                "SELECT s.id FROM session s JOIN booking b ON b.session_id = s.id "
                "WHERE b.status = 'confirmed' GROUP BY s.id, s.capacity "
                "HAVING SUM(b.party) > s.capacity")).all()
        assert duplicates == [] and queue_clashes == []
        # Each kill can leave at most one booking committed but not yet reported.
        assert len(reported) <= stored <= len(reported) + KILLS
        assert without_one_outbox_row == [] and create_rows == stored
        assert overfull == []

        services = build_services(engine)
        for reference in reported:
            booking = services.booking.lookup(reference)
            assert booking.reference == reference
            assert booking.status in (BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)
    finally:
        engine.dispose()
    print(f"{KILLS} kills, {len(reported)} reported bookings, {stored} stored, {elapsed:.1f} s")
