"""The desk on the touchscreen: the logo press opens the PIN pad inside the visitor window,
the on-screen keyboard follows the field being typed in, and locking (by hand or when left
alone) goes back to the visitor Welcome screen with nothing left behind."""

from PySide6.QtWidgets import QApplication

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.services import build_services
from tests.desk.conftest import LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import shown, sign_in, tap
from tests.ui.helpers import type_on_screen


def open_desk(window):
    window.desk_requested.emit()  # what the 3-second press on the logo does
    QApplication.processEvents()
    return window.touch_desk.area


def test_the_logo_press_opens_the_pin_pad_in_place_of_the_visitor_pages(qtbot, make_kiosk):
    window = make_kiosk()
    window.go("check_in")
    area = open_desk(window)
    assert window.pages.currentWidget() is area and area.stack.currentWidget() is area.sign_in
    assert not window.footer.isVisible()  # no Back or Help now over the desk
    assert area.sign_in.back.isVisible()
    sign_in(qtbot, area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    assert area.shell.current_name == "today" and area.actor.name == VOLUNTEER_NAME
    tap(qtbot, area.shell.lock_button)
    assert window.current_name == "welcome" and window.footer.isVisible()
    assert area.actor is None


def test_back_to_the_visitor_screen_without_signing_in(qtbot, make_kiosk):
    window = make_kiosk()
    area = open_desk(window)
    tap(qtbot, area.sign_in.back)
    assert window.current_name == "welcome" and window.footer.isVisible()


def test_the_touchscreen_desk_locks_itself_and_returns_to_welcome(qtbot, make_kiosk):
    window = make_kiosk(lock_seconds=0.3)
    area = open_desk(window)
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)
    session = window.services.today.board()[0].session
    area.shell.go("session", session.id)
    names = [b.name for b in window.services.booking.for_session(session.id) if b.name]
    assert names and names[0] in shown(window)
    qtbot.waitUntil(lambda: window.current_name == "welcome", timeout=3000)
    assert area.actor is None and window.footer.isVisible()
    assert not any(name in shown(window) for name in names)


def test_an_untouched_pin_pad_goes_back_to_welcome(qtbot, make_kiosk):
    window = make_kiosk(lock_seconds=0.2)
    open_desk(window)
    qtbot.waitUntil(lambda: window.current_name == "welcome", timeout=3000)


def test_the_on_screen_keyboard_follows_the_field_being_typed_in(qtbot, make_kiosk):
    window = make_kiosk()
    area = open_desk(window)
    sign_in(qtbot, area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    tap(qtbot, area.shell.nav["answers"])
    page = area.shell.pages["answers"]
    assert not area.keyboard_panel.isVisible()
    tap(qtbot, page.you_said)
    assert area.keyboard_panel.isVisible()
    type_on_screen(qtbot, area.keyboard, "More walks")
    tap(qtbot, page.we_did)
    type_on_screen(qtbot, area.keyboard, "Two a week now.")
    assert (page.you_said.text(), page.we_did.toPlainText()) == ("More walks", "Two a week now.")
    tap(qtbot, page.publish)
    assert window.services.responses.latest(1)[0].you_said == "More walks"


def test_leaving_the_desk_any_other_way_locks_it(qtbot, make_kiosk):
    window = make_kiosk()
    area = open_desk(window)
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)
    window.home()  # anything that takes the window back to the visitor pages
    assert area.actor is None and window.footer.isVisible()
    open_desk(window)
    assert area.stack.currentWidget() is area.sign_in  # the PIN is asked again


def test_first_run_on_the_touchscreen_never_offers_set_up_and_waits_for_the_hub(
        qtbot, make_kiosk, make_desk, tmp_path, desk_clock):
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    migrate.upgrade(engine)
    services = build_services(engine, desk_clock)
    window = make_kiosk(services)
    area = window.touch_desk.area
    assert window.pages.currentWidget() is area and area.stack.currentWidget() is area.no_staff
    assert "not set up yet" in area.no_staff.explain.text() and not area.no_staff.back.isVisible()
    assert not area.setup.isVisible()
    # The hub is set up on the desk window of the same database; the touchscreen then opens.
    desk = make_desk(services)
    setup = desk.area.setup
    setup.hub_name.setText("Quay Hub")
    setup.lead_name.setText("Ola")
    for field in (setup.pin, setup.pin_again):
        field.setText("864209")
    tap(qtbot, setup.create)
    qtbot.waitUntil(lambda: window.current_name == "welcome", timeout=8000)
    assert window.header.hub_label.text() == "Quay Hub"
    area = open_desk(window)
    sign_in(qtbot, area, "Ola", "864209")
    assert area.actor.name == "Ola"
    engine.dispose()
