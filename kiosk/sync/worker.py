"""The app's background sync: a plain thread (no Qt) that syncs every 30 seconds, a moment after
a local change (``nudge``), and backs off with jitter up to 5 minutes while the central database
cannot be reached. Visitor screens never wait for it.

Wiring it into the Qt window (the composition root does this)::

    worker = SyncWorker(SyncEngine(engine, settings), on_status=bridge.status_changed.emit)
    worker.watch(services.uow)  # nudged by the unit of work after each change queued for sync
    worker.start()
    ...                       # the desk calls worker.status() or listens to the signal
    worker.stop()             # on shutdown

``on_status`` is called on the worker's thread: hand the SyncStatus to the GUI thread through a
Qt signal (queued connection); never touch a widget from the callback."""

import logging
import random
import threading
import time
from collections.abc import Callable

from ..domain.desk import AlertInfo
from ..services.unit_of_work import UnitOfWork
from .engine import SyncEngine
from .errors import SyncBusy, SyncProblem
from .status import SyncStatus

log = logging.getLogger(__name__)


def backoff_seconds(failures: int, first: float = 5.0, most: float = 300.0,
                    rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling from ``first`` up to
    ``most``, with jitter (between half and all of it) so kiosks do not retry in step."""
    ceiling = min(most, first * 2 ** max(0, failures - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)


class SyncWorker:
    def __init__(self, engine: SyncEngine, *, interval: float | None = None, settle: float = 2.0,
                 first_backoff: float = 5.0, max_backoff: float = 300.0,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 rng: random.Random | None = None):
        self.engine = engine
        self.interval = interval if interval is not None else engine.settings.interval_seconds
        self.settle, self.first_backoff, self.max_backoff = settle, first_backoff, max_backoff
        self.on_status = on_status
        self._rng = rng or random.Random()
        self._wake, self._stop = threading.Event(), threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._syncing = False

    # -- control ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def nudge(self) -> None:
        """A local change was saved: sync soon (ignored while backing off from a failure)."""
        self._wake.set()

    def watch(self, uow: UnitOfWork) -> None:
        """Be nudged by ``uow`` after each committed change queued for sync (anonymous answers
        do not nudge: they wait for a crowd anyway)."""
        uow.on_commit(self.nudge)

    def status(self) -> SyncStatus:
        """Last success, changes waiting, last error and clock offset (callable from any thread)."""
        return self.engine.status(syncing=self._syncing)

    def alerts(self) -> list[AlertInfo]:
        """An alert source for the desk's Today page: a wrong clock, sync not working."""
        return self.status().alerts()

    # -- the loop --------------------------------------------------------------------------------

    def backoff(self, failures: int) -> float:
        return backoff_seconds(failures, self.first_backoff, self.max_backoff, self._rng)

    def _run(self) -> None:
        self._sync_once()
        while not self._stop.is_set():
            self._wait(self.interval if self._failures == 0 else self.backoff(self._failures))
            if not self._stop.is_set():
                self._sync_once()

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if self._wake.wait(remaining):
                self._wake.clear()
                if self._failures == 0:  # online: a local change goes out a moment later
                    deadline = min(deadline, time.monotonic() + self.settle)

    def _sync_once(self) -> None:
        self._syncing = True
        self._publish()
        try:
            self.engine.run_once()
            self._failures = 0
        except SyncBusy:
            log.debug("another sync of this kiosk is running")
        except SyncProblem as problem:
            self._failures += 1
            log.info("sync attempt %d failed: %s", self._failures, problem.message)
        except Exception:  # a bug must not kill the thread: keep trying, and say so in the log
            self._failures += 1
            log.exception("unexpected error during sync")
        finally:
            self._syncing = False
            self._publish()

    def _publish(self) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(self.status())
        except Exception:
            log.exception("the sync status callback failed")
