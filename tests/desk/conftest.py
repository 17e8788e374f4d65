"""Desk fixtures: the desk window on a fresh copy of the demo database with a clock the test
moves, a volunteer account beside the demo's hub lead, and the fast migrated engines of the
service tests for the service-level checks on SQLite and PostgreSQL."""

import sqlite3
from pathlib import Path

import pytest

from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.enums import StaffRole
from kiosk.domain.records import Actor
from kiosk.services import Services, build_services
from tests.conftest import DEMO_NOW, FakeClock
from tests.support.databases import (  # noqa: F401  (fast migrated databases for the service checks)
    Db, db, migrated_postgres_url, postgres_engine, shared_postgres_engine,
)

LEAD_NAME, LEAD_PIN = "Hannah (demo lead)", "246810"
VOLUNTEER_NAME, VOLUNTEER_PIN = "Vic", "135792"
ADMIN = Actor.system("Test admin")


# -- the desk on the demo hub -------------------------------------------------------------------


@pytest.fixture
def desk_clock() -> FakeClock:
    """Now, for the demo database: the fixed moment its sessions were placed around."""
    return FakeClock(DEMO_NOW)


def activate(qtbot, window) -> None:
    """Make ``window`` the active one, as the only window on a kiosk is."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def open_desk_services(path: Path, clock) -> Services:
    return build_services(make_engine(sqlite_url(path)), clock)


def copy_sqlite(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture(scope="session")
def desk_template(demo_template: Path, tmp_path_factory) -> Path:
    """The demo hub with a volunteer account added, made once per run."""
    path = copy_sqlite(demo_template, tmp_path_factory.mktemp("desk") / "desk.sqlite")
    services = open_desk_services(path, FakeClock(DEMO_NOW))
    services.accounts.add(ADMIN, VOLUNTEER_NAME, StaffRole.VOLUNTEER, VOLUNTEER_PIN)
    services.uow.engine.dispose()
    return path


@pytest.fixture
def desk_services(desk_template: Path, tmp_path: Path, desk_clock) -> Services:
    """Services on a fresh copy of the demo hub (with its volunteer), on the test's clock."""
    services = open_desk_services(copy_sqlite(desk_template, tmp_path / "kiosk.sqlite"), desk_clock)
    yield services
    services.uow.engine.dispose()


@pytest.fixture
def make_desk(qtbot, desk_services):
    """Factory: the real desk window on ``desk_services`` (or others), shown at 1080p."""
    from kiosk.views.desk.window import DeskWindow

    def make(services=None, **kwargs):
        window = DeskWindow(**kwargs)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.start(services or desk_services)
        qtbot.waitExposed(window)
        activate(qtbot, window)
        return window

    return make


@pytest.fixture
def desk(make_desk):
    return make_desk()


@pytest.fixture
def make_kiosk(qtbot, desk_services):
    """Factory: the visitor window on the same services, with the desk behind its logo."""
    from kiosk.views.desk.touchscreen import TouchscreenDesk
    from kiosk.views.main_window import MainWindow

    made = []

    def make(services=None, lock_seconds=None, **kwargs):
        services = services or desk_services
        window = MainWindow(locked=False, **kwargs)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        touch = TouchscreenDesk(window, services, lock_seconds=lock_seconds)
        touch.start(lambda: window.start(services))
        qtbot.waitExposed(window)
        activate(qtbot, window)  # focus (and so the on-screen keyboard) follows taps
        made.append(window)
        window.touch_desk = touch
        return window

    yield make
    for window in made:
        window.unlock_for_shutdown()
