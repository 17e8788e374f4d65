"""The one way screens work off the GUI thread: ``run_task(work, done, *inputs)``.

The inputs are read by the caller on the GUI thread (never widgets from the worker), ``work``
runs in a thread pool, and ``done`` always gets a TaskResult on the GUI thread: the value, or the
error with a plain message, so no failure can leave a screen waiting for good."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

from ..domain.errors import KioskError
from .i18n import tr

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong. Please try again, or ask a volunteer."
#: threads for screen work: previews, print jobs, reports and the daily backup at most at once
POOL_THREADS = 4


@dataclass(frozen=True)
class TaskResult:
    """What a task came to: ``value`` when ``ok``, else the ``error`` it raised."""

    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def message(self) -> str:
        """The error in plain words: a kiosk error's own message, or a calm "sorry"."""
        if isinstance(self.error, KioskError):
            return self.error.message
        return tr(SORRY) if self.error is not None else ""


class Task(QObject):
    """One piece of work handed to the pool; lives on the GUI thread until its result is delivered."""

    _finished = Signal(object)

    def __init__(self, name: str, work: Callable[..., Any], inputs: tuple, done: Callable[[TaskResult], None]):
        super().__init__()
        self.name = name
        self.result: TaskResult | None = None
        self._work, self._inputs, self._done = work, inputs, done
        self._finished.connect(self._deliver)  # queued: the Task lives on the GUI thread

    @property
    def running(self) -> bool:
        return self.result is None

    def _run(self) -> None:
        """On a pool thread: only the inputs given, never a widget."""
        try:
            outcome = TaskResult(value=self._work(*self._inputs))
        except KioskError as error:
            outcome = TaskResult(error=error)
        except BaseException as error:  # noqa: BLE001 (any failure is delivered, never lost)
            log.error("%s failed", self.name, exc_info=error)
            outcome = TaskResult(error=error)
        self._finished.emit(outcome)

    @Slot(object)
    def _deliver(self, outcome: TaskResult) -> None:
        self.result = outcome
        _RUNNING.discard(self)
        self._done(outcome)


_RUNNING: set[Task] = set()
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(POOL_THREADS)
    return _pool


def run_task(work: Callable[..., Any], done: Callable[[TaskResult], None], *inputs, name: str = "") -> Task:
    """Run ``work(*inputs)`` in the pool; ``done(result)`` follows on the GUI thread. Call it from
    the GUI thread with the inputs already read from the widgets."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_task must be called on the GUI thread, with the Qt application made")
    task = Task(name or getattr(work, "__name__", "task"), work, inputs, done)
    _RUNNING.add(task)  # kept alive until its result is delivered
    pool().start(task._run)
    return task


def wait_for_tasks(timeout_ms: int) -> bool:
    """At shutdown: wait up to ``timeout_ms`` for running work (a half-made backup, say), then
    deliver what finished, since the event loop that would have done it has stopped."""
    if _pool is None:
        return True
    finished = _pool.waitForDone(timeout_ms)
    QCoreApplication.sendPostedEvents()
    return finished
