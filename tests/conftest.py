"""Shared fixtures: real SQLite files and a real PostgreSQL server started for the run,
a controllable clock, and services on a freshly migrated database."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")  # Qt's silent engine: read-aloud is testable


def _private_settings() -> None:
    """Every kiosk the tests start (in process or as a command) reads a settings file of the test
    run's own, so nothing lands in the tester's real log or config folders."""
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="kiosk-tests-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    settings = os.path.join(folder, "settings.toml")
    with open(settings, "w", encoding="utf-8") as handle:
        handle.write(f'[logging]\nfolder = "{os.path.join(folder, "logs")}"\n')
    os.environ["KIOSK_SETTINGS"] = settings


_private_settings()

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from kiosk.db import migrate  # noqa: E402
from kiosk.db.engine import make_engine, sqlite_url  # noqa: E402
from kiosk.domain.records import Actor  # noqa: E402
from kiosk.services import Services, build_services  # noqa: E402
from tests.support.postgres import PostgresServer, start_postgres  # noqa: E402

#: Tuesday 1 December 2026, 09:00 UTC (09:00 in London): before the day's sessions.
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
#: "Now" for every test on the demo hub: Monday 30 November 2026, 09:30 in London, half an hour
#: before the day's walk and talk (one place left) and with the evening's peer support full.
#: Fixed, so the screens' tests do not depend on the time of day they run.
DEMO_NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
ADMIN = Actor.system("Test admin")


class FakeClock:
    """A clock the test moves by hand; services read it once per transaction."""

    def __init__(self, now: datetime = T0):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory) -> Iterator[PostgresServer]:
    server = start_postgres(tmp_path_factory.mktemp("pg"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory) -> Path:
    """A SQLite file built once by the real migrations; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("sqlite-template") / "kiosk.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    engine.dispose()  # the last connection to close checkpoints the WAL into the main file
    return path


@pytest.fixture
def sqlite_engine(migrated_sqlite_file: Path, tmp_path: Path) -> Iterator[Engine]:
    """A real, migrated SQLite file of the test's own (a copy: migrating each time is slow)."""
    import shutil

    path = tmp_path / "kiosk.sqlite"
    shutil.copyfile(migrated_sqlite_file, path)
    engine = make_engine(sqlite_url(path))
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_engine(postgres_server: PostgresServer) -> Iterator[Engine]:
    url = postgres_server.create_database()
    engine = make_engine(url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request) -> Engine:
    """The same test on a real SQLite file and on a real PostgreSQL database."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(engine: Engine, clock: FakeClock) -> Services:
    built = build_services(engine, clock)
    built.hub.set_up("Test Hub", address="1 Test Street, Chelmsford")
    return built


@pytest.fixture
def activity(services: Services):
    return services.activities.add(ADMIN, "Walk and talk", colour="#2E6B30", icon="walk",
                                   what_to_bring="Good shoes")


@pytest.fixture
def make_session(services: Services, activity, clock: FakeClock):
    """Factory: a session starting ``hours`` after the clock's now, with ``capacity`` places."""

    def make(capacity: int = 10, hours: float = 3, minutes: int = 60, **kwargs):
        starts = clock.now + timedelta(hours=hours)
        return services.schedule.add_session(ADMIN, activity.id, starts, minutes, capacity, **kwargs)

    return make


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database made once per run; tests get their own copy."""
    from kiosk.services.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    fill_demo(engine, now=DEMO_NOW)
    engine.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    import sqlite3

    target = tmp_path / "kiosk.sqlite"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def make_window(qtbot, demo_db: Path):
    """Factory: the real main window on a fresh copy of the demo database, shown at 1080p."""
    from kiosk.app import open_services
    from kiosk.views.main_window import MainWindow

    made = []

    def make(**kwargs):
        services = open_services(demo_db, clock=FakeClock(DEMO_NOW))
        window = MainWindow(locked=kwargs.pop("locked", True), **kwargs)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.start(services)
        qtbot.waitExposed(window)
        made.append((window, services))
        return window

    yield make
    for window, services in made:
        window.unlock_for_shutdown()
        window.close()
        services.uow.engine.dispose()


@pytest.fixture(autouse=True)
def _visitor_language_back_to_english():
    """A test that chose a language (or a device language) leaves English behind it."""
    yield
    i18n = sys.modules.get("kiosk.views.i18n")
    if i18n is not None and (i18n.current_language().code != "en" or i18n.device_language()):
        i18n._State.device_choice = None
        i18n.use_language("en")


@pytest.fixture
def kiosk_window(make_window):
    """The real main window in visitor mode on a fresh copy of the demo database, shown."""
    return make_window()


@pytest.fixture(scope="session")
def cups_queue():
    """A cups-pdf queue on a running CUPS scheduler (started here when root and not running)."""
    from tests.printing import cups

    queue = cups.prepare()
    if isinstance(queue, str):
        if os.geteuid() == 0:
            pytest.fail(f"CUPS printing cannot be tested: {queue}")
        print(f"\nCUPS print tests skipped: {queue}")
        pytest.skip(queue)
    yield queue
    cups.tear_down(queue)


@pytest.fixture(params=["sqlite", "postgres"])
def empty_engine(request, tmp_path):
    """An engine on a database with no tables at all."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "kiosk.sqlite"))
        yield engine
        engine.dispose()
        return
    server = request.getfixturevalue("postgres_server")
    url = server.create_database()
    engine = make_engine(url)
    yield engine
    engine.dispose()
    server.drop_database(url)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """Delete the widgets a test closed before the next test starts (pytest-qt only schedules their
    deletion), so that thousands of widgets are not torn down inside a later test's event loop and
    counted against its timings."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
