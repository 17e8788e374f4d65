"""Composition root: start Qt and paint the window first, then check, repair if needed, open and
migrate the database, build the services and hand them to the window; keep daily backups.
The only module that wires everything together; a KioskRuntime holds what one running kiosk owns."""

import logging
import os
import sys
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from .config import Settings, settings_path

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether today's backup exists


def open_services(db_path: str | Path, demo: bool = False, clock=None, backups: Path | None = None):
    """Open (and migrate) the local database; with ``demo``, fill an empty one with the demo hub.
    ``clock`` (tests, screenshots) replaces the real time; ``backups``: the backups folder."""
    from .db import migrate
    from .db.engine import make_engine, sqlite_url
    from .domain.timeutil import utcnow
    from .services import build_services

    engine = make_engine(sqlite_url(db_path))
    migrate.upgrade(engine)
    services = build_services(engine, clock or utcnow, backups)
    if demo and not services.hub.is_set_up():
        from .services.demo import fill_demo
        fill_demo(engine)
    return services


def open_kiosk(db_path: Path, settings: Settings, demo: bool = False):
    """Check the file first; a damaged one is set aside and the newest good backup restored.
    Returns the services and the recovery (None when the file was healthy)."""
    from .db import backup

    recovery = None
    if not backup.is_healthy(db_path):
        log.error("the database failed its start-up check; restoring the newest good backup")
        recovery = backup.restore(db_path, settings.backups_for(db_path))
        log.warning("restored backup from %s; damaged file kept as %s",
                    recovery.missing_since, recovery.damaged_copy)
    services = open_services(db_path, demo, backups=settings.backups_for(db_path))
    if services.hub.is_set_up():  # a restored copy may predate an erasure: erase it again
        services.privacy.reapply_erasures()
    if recovery is not None:
        services.maintenance.record_recovery(
            recovery.missing_since, str(recovery.damaged_copy) if recovery.damaged_copy else None)
    return services, recovery


class KioskRuntime:
    """One running kiosk: its settings (read once), its database file, and what it starts, owns
    and stops: the services, the central sync worker, the day's backup task and the last purge."""

    def __init__(self, db_path: str | Path, settings: Settings, demo: bool = False):
        self.db_path = Path(db_path)
        self.settings = settings
        self.demo = demo
        self.services = None
        self.sync = None
        self.backup = None  # the day's backup task while it runs, then its finished task
        self.purged_on: date | None = None

    # -- opening ---------------------------------------------------------------------------

    def open_and_start(self, window, start) -> None:
        """Open the data (repairing it first if needed) and ``start(services)``; after a repair
        the maintenance screen comes first; when nothing can be opened, a calm message instead."""
        try:
            services, recovery = open_kiosk(self.db_path, self.settings, self.demo)
        except Exception as error:  # shown calmly on screen; details go to the log only
            log.exception("could not open the database")
            window.show_problem(getattr(error, "message", "This kiosk cannot open its data just now."))
            return
        self.services = services
        if recovery is not None:
            window.show_maintenance(services.maintenance.recovery_notice(), lambda: _start(window, start, services))
        else:
            _start(window, start, services)
        self.daily_care()

    def start_sync(self):
        """The background sync with the central database, when the settings have a [central]
        section; None otherwise. It never holds up a screen: it runs on its own thread."""
        if self.settings.central is None or self.services is None:
            return None
        from .sync.engine import SyncEngine
        from .sync.worker import SyncWorker

        engine = self.services.uow.engine
        try:
            worker = SyncWorker(SyncEngine(engine, self.settings.central))
        except Exception:
            log.exception("central sync could not be set up")
            return None
        worker.watch(self.services.uow)
        worker.start()
        self.sync = worker
        return worker

    # -- daily care ------------------------------------------------------------------------

    def daily_care(self) -> None:
        """Today's backup and retention purge, if not done yet (checked hourly while running)."""
        self.backup_if_due()
        if self.services is not None:
            self.purge_if_due()

    def backup_if_due(self) -> None:
        """Today's backup, made in the task pool so no screen waits for it."""
        from .db import backup
        from .views.tasks import run_task

        folder = self.settings.backups_for(self.db_path)
        if self.backup is not None and self.backup.running:
            return
        if not self.db_path.exists() or backup.backed_up_today(folder, datetime.now(UTC).date()):
            return
        make = partial(backup.make_backup, keep=self.settings.backup_keep)
        self.backup = run_task(make, _backup_done, self.db_path, folder, name="the daily backup")

    def purge_if_due(self) -> None:
        """Clear names past the retention period, once a day."""
        from .domain.records import Actor

        today = datetime.now(UTC).date()
        if self.purged_on == today or not self.services.hub.is_set_up():
            return
        try:
            done = self.services.privacy.purge(Actor.system("Daily retention"))
            self.purged_on = today
            log.info("retention: cleared %d booking names and %d visit names", done.bookings, done.visits)
        except Exception:
            log.exception("the daily retention purge failed")

    # -- closing ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the sync, let a backup (or print job) under way finish, close the database."""
        from .views.tasks import wait_for_tasks

        if self.sync is not None:
            self.sync.stop()
        wait_for_tasks(120_000)  # never leave a half-written backup behind
        if self.services is not None:
            self.services.uow.engine.dispose()


def _backup_done(outcome) -> None:
    if outcome.ok:
        log.info("daily backup made: %s", outcome.value.path.name)
    else:  # the task pool has logged the details
        log.error("the daily backup failed: %s", outcome.error)


def _start(window, start, services) -> None:
    """Build the pages; if that fails, say so calmly rather than leave "getting ready" up."""
    try:
        start(services)
    except Exception:
        log.exception("could not build the screens")
        window.show_problem("This kiosk could not start its screens.")


def start_window(window, services, desk: bool, sync=None) -> None:
    """Hand the services to the window: the front-desk window, or the visitor window with the desk
    behind its logo (after the first-run set-up when there is no hub yet). Alert sources for the
    desk's Today page are listed here; sync adds its own."""
    from .views.print_jobs import ScreenPrinter

    alert_sources = [services.today.alerts]
    summary = None
    if sync is not None:
        alert_sources += [services.decisions.alerts, sync.alerts]

        def summary() -> str:
            return sync.status().summary(services.hub.current().timezone)
    printer = ScreenPrinter(services)
    if desk:
        window.set_printer(printer)
        window.start(services, alert_sources=alert_sources, sync_summary=summary)
        return
    from .views.desk.touchscreen import TouchscreenDesk

    def start_visitors() -> None:
        window.set_idle_seconds(services.settings.get().visitor_idle_seconds)
        window.set_printer(printer)
        window.start(services)

    TouchscreenDesk(window, services, print_register=printer.register, print_fire_register=printer.fire_register,
                    alert_sources=alert_sources, sync_summary=summary).start(start_visitors)


def run_app(db_path: str | Path, *, demo: bool = False, desk: bool = False, windowed: bool = False,
            settings: Settings | None = None) -> int:
    """Open the kiosk window on ``db_path``; returns the Qt exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .views.fonts import install_fonts
    from .views.i18n import install_translator
    from .views.main_window import MainWindow

    runtime = KioskRuntime(db_path, settings or Settings(path=settings_path()), demo)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Hub Kiosk")
    install_fonts()
    install_translator(app, runtime.settings.language)
    # The desk is a normal, closable window; the visitor kiosk is locked down unless --windowed.
    if desk:
        from .views.desk.window import DeskWindow  # the desk's pages load the services: only when wanted

        window = DeskWindow()
    else:
        window = MainWindow(locked=not windowed)
    backups = QTimer(app, interval=BACKUP_CHECK_MS, timeout=runtime.daily_care)

    def load() -> None:
        runtime.open_and_start(window, lambda services: start_window(window, services, desk, runtime.start_sync()))
        backups.start()

    # Painting first and opening the database just after keeps the screen from staying black.
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, load))
    _exit_hooks(app, window, desk)
    if windowed:  # as big as the screen allows, so what shows is what a kiosk of that size shows
        screen = app.primaryScreen()
        if screen is not None:
            window.resize(screen.availableGeometry().size())
        window.showMaximized()
    elif desk:
        window.showMaximized()
    else:
        window.showFullScreen()
    code = app.exec()
    backups.stop()
    runtime.shutdown()
    if not desk:
        window.unlock_for_shutdown()
    return code


def _exit_hooks(app, window, desk: bool) -> None:
    """For benchmarks and start-up checks: quit at the first paint or when ready, as asked."""

    def quit_now() -> None:  # a locked window refuses to close
        if not desk:
            window.unlock_for_shutdown()
        app.quit()

    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT"):
        window.first_painted.connect(quit_now)
    if os.environ.get("KIOSK_EXIT_WHEN_READY"):
        window.ready.connect(quit_now)
