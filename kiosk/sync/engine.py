"""One sync of this kiosk with the central database: check who this kiosk is, measure the clock
offset, push the outbox (then the anonymous queue), pull the hub's change feed, and record the
outcome for the desk. Usable from a worker thread, the command line and the tests; no Qt."""

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from sqlalchemy import Engine, select

from ..db.models import Hub
from ..domain.timeutil import local_date, utcnow
from .audit import push_audit
from .catch_up import queue_unsent_staff
from .central.oplog import seen_upto
from .connection import connect, sync_failure
from .errors import CentralRefused, NotLinked, SyncBusy, SyncProblem
from .local import (
    CLOCK_OFFSET,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SUCCESS,
    LINKED_HUB,
    LocalStore,
)
from .lock import SyncLock
from .pull import pull
from .push import ANONYMOUS_CROWD, PushOutcome, push_anonymous, push_outbox
from ..central_config import CentralSettings
from .status import SyncResult, SyncStatus

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
BUSY = "Another sync of this kiosk is running, so this one was skipped."


class SyncEngine:
    """Syncs one kiosk database; ``run_once`` is safe to call from any one thread at a time
    (a lock file keeps two processes from syncing the same database together)."""

    def __init__(self, db_engine: Engine, settings: CentralSettings, clock: Clock = utcnow,
                 anonymous_crowd: int = ANONYMOUS_CROWD,
                 connector: Callable[[CentralSettings], psycopg.Connection] = connect):
        self.store = LocalStore(db_engine)
        self.settings = settings
        self.clock = clock
        self.anonymous_crowd = anonymous_crowd
        self._connector = connector
        self._thread_lock = threading.Lock()
        path = db_engine.url.database if db_engine.dialect.name == "sqlite" else None
        self._file_lock = SyncLock(Path(f"{path}.sync-lock") if path and path != ":memory:" else None)

    def run_once(self, wait_seconds: float = 0.0) -> SyncResult:
        """Push, then pull. Raises SyncProblem (with a plain message, also kept for the desk)."""
        with self._thread_lock:
            if not self._file_lock.acquire(wait_seconds):
                raise SyncBusy(BUSY)
            try:
                return self._attempt()
            finally:
                self._file_lock.release()

    def _attempt(self) -> SyncResult:
        started = self.clock()
        try:
            with self._connector(self.settings) as conn:
                result = self._sync(conn)
        except SyncProblem as problem:
            self._record_failure(started, problem.message)
            raise
        except psycopg.Error as error:
            problem = sync_failure(error)
            self._record_failure(started, problem.message)
            raise problem from None
        self.store.save_states({LAST_SUCCESS: started.isoformat(), LAST_ATTEMPT: started.isoformat(),
                                LAST_ERROR: None, CLOCK_OFFSET: f"{result.clock_offset_seconds:.3f}"})
        return result

    def _sync(self, conn: psycopg.Connection) -> SyncResult:
        hub_id, device_id = self._identity(conn)
        moved = self.store.renumber_above(seen_upto(conn, device_id))
        if moved:
            log.warning("this kiosk's database is behind the central database (restored from a "
                        "backup?): %d waiting changes were renumbered before sending", moved)
        offset = self._clock_offset(conn)
        queue_unsent_staff(self.store, self.clock())
        pushed = PushOutcome()
        push_outbox(conn, self.store, hub_id, device_id, self.settings.batch_size, pushed)
        push_anonymous(conn, self.store, hub_id, self._today(), self.anonymous_crowd, pushed)
        push_audit(conn, self.store, hub_id, device_id)
        pulled = pull(conn, self.store, (hub_id, device_id))
        central = pushed.central
        log.info("synced: pushed %d, pulled %d", pushed.pushed, pulled.rows)
        return SyncResult(pushed=pushed.pushed, anonymous=pushed.anonymous, pulled=pulled.rows,
                          conflicts=central.conflicts, rejected=central.rejected,
                          duplicates=central.duplicates, clock_offset_seconds=offset,
                          pending=self.store.pending())

    def _identity(self, conn: psycopg.Connection) -> tuple[uuid.UUID, uuid.UUID]:
        """The hub and device of this login; a kiosk database of another hub or device is refused."""
        row = conn.execute("SELECT hub_id, device_id FROM sync_device_login "
                           "WHERE role_name = current_user").fetchone()
        if row is None:
            raise CentralRefused("The central database does not know this kiosk's login. Please "
                                 "ask the administrator to add this device again.")
        local_hub, local_device = self.store.identity()
        if local_hub is not None and local_hub != row[0]:
            raise NotLinked("This kiosk's database belongs to another hub than its central login, "
                            "so it was not synced.")
        if local_device is not None and local_device != row[1]:
            raise NotLinked("This kiosk's database was set up for another device than its central "
                            "login, so it was not synced.")
        return row[0], row[1]

    def _clock_offset(self, conn: psycopg.Connection) -> float:
        """Server time minus this kiosk's time, in seconds (half the round trip allowed for)."""
        before = self.clock()
        server = conn.execute("SELECT clock_timestamp()").fetchone()[0]
        after = self.clock()
        return (server - (before + (after - before) / 2)).total_seconds()

    def _today(self):
        with self.store.engine.connect() as conn:
            tz = conn.scalar(select(Hub.timezone).limit(1)) or "UTC"
        return local_date(self.clock(), tz)

    def _record_failure(self, started: datetime, message: str) -> None:
        log.info("sync failed: %s", message)
        try:
            self.store.save_states({LAST_ATTEMPT: started.isoformat(), LAST_ERROR: message})
        except Exception:  # the kiosk's own database is busy or full: the desk still gets it live
            log.exception("could not record the sync failure")

    def status(self, syncing: bool = False) -> SyncStatus:
        """The desk's view, read from this kiosk's database (cheap: a few small queries)."""
        states = self.store.states()
        error = states.get(LAST_ERROR)
        success = states.get(LAST_SUCCESS)
        attempted = states.get(LAST_ATTEMPT)
        offset = states.get(CLOCK_OFFSET)
        return SyncStatus(
            configured=True, syncing=syncing,
            online=None if attempted is None else error is None,
            last_success_at=_instant(success), last_error=error,
            pending_changes=self.store.pending(),
            clock_offset_seconds=float(offset) if offset is not None else None,
        )

    def linked(self) -> bool:
        return self.store.states().get(LINKED_HUB) is not None


def _instant(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
