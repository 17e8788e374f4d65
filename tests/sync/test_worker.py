"""The app's background sync: a local change goes out a moment later; while the central server
is down the kiosk keeps working and its outbox grows, the worker backs off, and once the server
is back everything is sent without anyone doing anything."""

import random
import time

import pytest

from kiosk.sync.status import OFFLINE_ALERT
from kiosk.sync.worker import SyncWorker, backoff_seconds

from .helpers import ADMIN, upcoming


def wait_for(condition, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def worker_factory():
    made = []

    def make(kiosk, **options) -> SyncWorker:
        worker = SyncWorker(kiosk.engine, **{"settle": 0.05, "first_backoff": 0.1, "max_backoff": 0.5,
                                             **options})
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.stop()


def test_a_local_change_is_sent_a_moment_later(central, worker_factory):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen")
    worker = worker_factory(kiosk, interval=60)
    worker.watch(kiosk.services.uow)
    worker.start()
    assert wait_for(lambda: worker.status().last_success_at is not None)
    kiosk.services.visits.check_in("Mo", "CM1")
    assert wait_for(lambda: central.scalar("SELECT count(*) FROM visit") == 1, timeout=5)
    assert wait_for(lambda: kiosk.outbox() == 0)


def test_the_kiosk_keeps_working_while_the_server_is_down(central, proxy, worker_factory):
    hub = central.hub()
    kiosk = central.kiosk(hub, "Touchscreen", port=proxy.port)
    kiosk.sync()
    activity = kiosk.services.activities.add(ADMIN, "Walk and talk")
    session = kiosk.services.schedule.add_session(ADMIN, activity.id, upcoming(kiosk.clock), 90, 3)
    seen = []
    worker = worker_factory(kiosk, interval=0.2, on_status=seen.append)
    worker.watch(kiosk.services.uow)
    proxy.go_down()
    worker.start()

    slowest = 0.0
    for name in ("Sam", "Alex", "Jo", "Kez"):
        began = time.monotonic()
        kiosk.services.booking.book(session.id, name)
        kiosk.services.visits.check_in(name)
        slowest = max(slowest, time.monotonic() - began)
        time.sleep(0.1)
    assert slowest < 1.0  # visitors never wait for sync
    assert wait_for(lambda: worker.status().online is False)
    down = worker.status()
    assert down.pending_changes >= 10
    assert "cannot be reached" in down.last_error
    assert [a.kind for a in worker.alerts()] == [OFFLINE_ALERT]
    assert central.scalar("SELECT count(*) FROM visit") == 0

    proxy.come_up()

    assert wait_for(lambda: kiosk.outbox() == 0 and worker.status().online)
    assert central.scalar("SELECT count(*) FROM visit") == 4
    assert central.scalar("SELECT count(*) FROM booking WHERE status = 'confirmed'") == 3
    assert wait_for(lambda: kiosk.digest(hub.id) == central.digest(hub.id))
    assert any(s.online is False for s in seen) and seen[-1].last_error is None


def test_backing_off_doubles_up_to_five_minutes_with_jitter():
    rng = random.Random(7)
    waits = [backoff_seconds(n, 5, 300, rng) for n in range(1, 12)]
    assert 2.5 <= waits[0] <= 5
    assert all(150 <= w <= 300 for w in waits[7:])
    assert len({round(w, 3) for w in waits[7:]}) == len(waits[7:])  # jittered, not in step
