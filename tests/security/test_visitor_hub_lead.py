"""Issue 11, finding 1 (the kiosk side): a visitor holding the logo can never make themselves hub
lead. A touchscreen whose hub came by syncing (and has no staff yet) and a brand-new touchscreen
show no set-up, only how a hub lead adds staff; ``kiosk staff add`` is the way in."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.app import start_window
from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.errors import NotAllowed
from kiosk.services import build_services
from kiosk.views.desk.touchscreen import TouchscreenDesk
from kiosk.views.desk.window import DeskWindow
from kiosk.views.main_window import MainWindow
from tests.desk.helpers import sign_in
from tests.sync.conftest import central, kiosk_template, sync_server  # noqa: F401  (fixtures)
from tests.ui.helpers import texts

REPO = Path(__file__).resolve().parents[2]
PIN = "975310"


def kiosk_command(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={"PYTHONUTF8": "1", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)})


def touchscreen(qtbot, services) -> MainWindow:
    """The visitor window as ``kiosk run`` builds it, on ``services``."""
    window = MainWindow(locked=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    start_window(window, services, desk=False)
    qtbot.waitExposed(window)
    return window


def hold_the_logo(qtbot, window) -> None:
    """What a curious visitor does: hold a finger on the logo for three seconds."""
    logo = window.header.logo
    with qtbot.waitSignal(window.desk_requested, timeout=4500):
        qtbot.mousePress(logo, Qt.LeftButton)
    qtbot.mouseRelease(logo, Qt.LeftButton)


def visible_fields(window) -> list[QLineEdit]:
    return [f for f in window.findChildren(QLineEdit) if f.isVisible()]


@pytest.fixture
def synced_touchscreen(central):  # noqa: F811
    """A touchscreen joined to its hub: the first sync brought the hub, and no staff account."""
    hub = central.hub("Riverside")
    kiosk = central.kiosk(hub, "Entrance touchscreen")
    kiosk.sync()
    assert kiosk.services.hub.is_set_up() and not kiosk.services.accounts.staff()
    return kiosk


def test_holding_the_logo_on_a_synced_touchscreen_offers_no_set_up(qtbot, synced_touchscreen):
    services = synced_touchscreen.services
    window = touchscreen(qtbot, services)
    assert window.current_name == "welcome"
    hold_the_logo(qtbot, window)
    area = window.findChild(TouchscreenDesk).area
    assert visible_fields(window) == []  # nowhere to type a name or a new PIN
    assert not area.setup.isVisible() and area.stack.currentWidget() is area.no_staff
    shown = " ".join(texts(window))
    assert "A hub lead must add staff" in shown and "kiosk staff add" in shown and "next sync" in shown
    with pytest.raises(NotAllowed):  # nor behind the screen: the service refuses it too
        services.accounts.add_first_lead("Curious visitor", PIN)
    assert services.accounts.staff(include_disabled=True) == []
    qtbot.mouseClick(area.no_staff.back, Qt.LeftButton)
    assert window.current_name == "welcome"


def test_the_desk_window_never_sets_up_a_hub_that_came_by_syncing(qtbot, synced_touchscreen):
    desk = DeskWindow()
    qtbot.addWidget(desk)
    desk.show()
    start_window(desk, synced_touchscreen.services, desk=True)
    assert not desk.area.setup.isVisible() and visible_fields(desk) == []
    assert desk.area.stack.currentWidget() is desk.area.no_staff
    assert "kiosk staff add" in desk.area.no_staff.explain.text()


def test_kiosk_staff_add_gives_the_touchscreen_its_first_lead(qtbot, synced_touchscreen):
    path = synced_touchscreen.path
    bad = kiosk_command(path, "staff", "add", "--name", "Hannah", "--role", "lead", stdin="123456\n")
    assert bad.returncode != 0 and bad.stdout == ""
    assert bad.stderr.splitlines() == [
        "kiosk: That PIN is too easy to guess (like 111111 or 123456). Please choose another."]
    added = kiosk_command(path, "staff", "add", "--name", "Hannah", "--role", "lead", stdin=PIN + "\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added hub lead account 'Hannah'")
    window = touchscreen(qtbot, synced_touchscreen.services)
    hold_the_logo(qtbot, window)
    area = window.findChild(TouchscreenDesk).area
    assert area.stack.currentWidget() is area.sign_in
    sign_in(qtbot, area, "Hannah", PIN)
    assert area.actor is not None and area.actor.is_lead


def test_kiosk_staff_add_on_a_database_without_a_hub_says_so_in_one_line(tmp_path):
    done = kiosk_command(tmp_path / "new.sqlite", "staff", "add", "--name", "Hannah", "--role", "lead",
                         stdin=PIN + "\n")
    assert done.returncode != 0 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kiosk: ") and "hub" in lines[0], lines


def test_a_new_touchscreen_never_offers_set_up(qtbot, tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    migrate.upgrade(engine)
    services = build_services(engine)
    window = touchscreen(qtbot, services)
    area = window.findChild(TouchscreenDesk).area
    assert not area.setup.isVisible() and visible_fields(window) == []
    assert area.stack.currentWidget() is area.no_staff
    assert "not set up yet" in area.no_staff.explain.text()
    window.desk_requested.emit()  # holding the logo changes nothing
    assert area.stack.currentWidget() is area.no_staff and visible_fields(window) == []
    # The desk window of a new install is where a hub is set up.
    desk = DeskWindow()
    qtbot.addWidget(desk)
    desk.show()
    start_window(desk, services, desk=True)
    assert desk.area.stack.currentWidget() is desk.area.setup
    engine.dispose()
