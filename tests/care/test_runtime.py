"""Start-up as an object: a KioskRuntime holds what one running kiosk owns (its settings read
once, the services, the sync worker, the day's backup task and purge), and BookingDecisions is a
service every screen reaches without a note function handed down."""

import inspect
from datetime import UTC, datetime

import pytest

from kiosk.app import KioskRuntime, start_window
from kiosk.config import SettingsProblem, load_settings
from kiosk.db import backup
from kiosk.services.decisions import BookingDecisions
from kiosk.views.main_window import MainWindow
from kiosk.views.print_jobs import ScreenPrinter
from kiosk.views.tasks import wait_for_tasks
from kiosk.views.visitor.pages import build_visitor_pages


def central_settings_file(folder, port):
    (folder / "central-password").write_text("s3cret-Value\n")
    path = folder / "settings.toml"
    path.write_text(f'[backup]\nfolder = "backups"\n[central]\nurl = "postgresql://kiosk_dev_1@127.0.0.1:{port}/kiosk"\n'
                    'password_file = "central-password"\ninterval_seconds = 3600\n')
    return path


def test_the_central_settings_are_read_once_with_the_rest(tmp_path):
    settings = load_settings(central_settings_file(tmp_path, 1))
    assert settings.has_central and settings.central.host == "127.0.0.1"
    assert settings.central.password == "s3cret-Value"


def test_a_central_entry_that_is_not_a_section_is_refused_plainly(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("central = 5\n")
    with pytest.raises(SettingsProblem, match=r"\[central\] must be a section"):
        load_settings(path)


def test_the_runtime_opens_syncs_backs_up_and_purges_from_what_it_holds(qtbot, demo_db, tmp_path):
    path = central_settings_file(tmp_path, 9)  # a port where nothing listens: sync just waits
    settings = load_settings(path)
    path.unlink()  # the file is not read again: the runtime has what it needs
    (tmp_path / "central-password").unlink()
    runtime = KioskRuntime(demo_db, settings)
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    started = []
    runtime.open_and_start(window, started.append)
    try:
        assert started == [runtime.services]
        worker = runtime.start_sync()
        assert worker is runtime.sync and worker.engine.settings is settings.central
        assert runtime.backup is not None and wait_for_tasks(30_000)
        assert runtime.backup.result.ok and backup.backed_up_today(tmp_path / "backups", datetime.now(UTC).date())
        assert runtime.purged_on == datetime.now(UTC).date()
        finished = runtime.backup
        runtime.daily_care()  # done for today: nothing starts again
        assert runtime.backup is finished
    finally:
        window.unlock_for_shutdown()
        runtime.shutdown()


def test_no_central_section_means_no_sync(qtbot, demo_db, tmp_path):
    runtime = KioskRuntime(demo_db, load_settings(tmp_path / "settings.toml"))
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    runtime.open_and_start(window, lambda services: None)
    try:
        assert runtime.start_sync() is None and runtime.sync is None
    finally:
        window.unlock_for_shutdown()
        runtime.shutdown()


def test_booking_decisions_are_a_service_not_a_function_handed_down(qtbot, demo_db, tmp_path):
    runtime = KioskRuntime(demo_db, load_settings(tmp_path / "settings.toml"))
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    runtime.open_and_start(window, lambda services: start_window(window, services, desk=False))
    try:
        assert isinstance(runtime.services.decisions, BookingDecisions)
        for made_without_a_note in (MainWindow.__init__, build_visitor_pages, ScreenPrinter.__init__):
            assert "note_for" not in inspect.signature(made_without_a_note).parameters
        assert not hasattr(window, "set_booking_note")
    finally:
        window.unlock_for_shutdown()
        runtime.shutdown()
