"""Getting into the desk: first-run set-up, PIN sign-in by touch and by keyboard, the growing wait
after wrong PINs, the lock that survives a restart, and the desk locking itself when left alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.db import migrate
from kiosk.db.engine import make_engine, sqlite_url
from kiosk.domain.enums import StaffRole
from kiosk.services import build_services
from tests.desk.conftest import ADMIN, LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN, open_desk_services
from tests.desk.helpers import audit_ids, new_audit, shown, sign_in, staff_id, tap


def test_first_run_sets_up_the_hub_and_its_first_lead(qtbot, make_desk, tmp_path, desk_clock):
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    migrate.upgrade(engine)
    services = build_services(engine, desk_clock)
    window = make_desk(services)
    setup = window.area.setup
    assert window.area.stack.currentWidget() is setup and setup.hub_name.isVisible()
    qtbot.keyClicks(setup.hub_name, "Harbour Hub")
    qtbot.keyClicks(setup.address, "3 Quay Street, Maldon")
    qtbot.keyClicks(setup.lead_name, "Priya")
    setup.pin.setFocus()
    for digit in "975310":
        tap(qtbot, setup.pad.key(digit))
    qtbot.keyClicks(setup.pin_again, "975311")
    tap(qtbot, setup.create)
    assert "not the same" in setup.message.text() and not services.hub.is_set_up()
    setup.pin_again.clear()
    qtbot.keyClicks(setup.pin_again, "975310")
    qtbot.keyClick(setup.pin_again, Qt.Key_Return)  # Enter submits, as on any form
    assert services.hub.current().name == "Harbour Hub"
    [lead] = services.accounts.staff()
    assert (lead.name, lead.role) == ("Priya", StaffRole.LEAD)
    assert window.area.stack.currentWidget() is window.area.sign_in
    assert window.area.sign_in.who.value() == lead.id
    assert "The hub is set up" in window.area.sign_in.notice.text()
    assert window.hub_label.text() == "Front desk · Harbour Hub"
    assert new_audit(services, set()) == [("Priya", "staff.first_lead")]
    sign_in(qtbot, window.area, "Priya", "975310")
    assert window.area.shell.current_name == "today"
    engine.dispose()


def test_a_hub_without_staff_is_never_set_up_again_and_says_how_to_add_staff(
        qtbot, make_desk, tmp_path, desk_clock):
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    migrate.upgrade(engine)
    services = build_services(engine, desk_clock)
    services.hub.set_up("Made by the command line")
    window = make_desk(services)
    assert window.area.stack.currentWidget() is window.area.no_staff
    assert "kiosk staff add" in window.area.no_staff.explain.text()
    assert not window.area.setup.isVisible() and not window.area.no_staff.back.isVisible()
    engine.dispose()


def test_sign_in_with_the_pin_pad_shows_today(qtbot, desk):
    area = desk.area
    assert area.stack.currentWidget() is area.sign_in
    assert {b.text() for b in area.sign_in.who._buttons.values()} == {LEAD_NAME, VOLUNTEER_NAME}
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)
    assert area.actor.name == LEAD_NAME and area.actor.role is StaffRole.LEAD
    assert area.shell.current_name == "today"
    assert f"Signed in as {LEAD_NAME}" in area.shell.who.text()
    assert all(button.isVisible() for button in area.shell.nav.values())


def test_sign_in_with_the_keyboard_and_enter(qtbot, desk):
    page = desk.area.sign_in
    page.who.set_value(staff_id(desk.services, VOLUNTEER_NAME))
    qtbot.keyClicks(page.pin, VOLUNTEER_PIN)
    qtbot.keyClick(page.pin, Qt.Key_Return)
    assert desk.area.actor.name == VOLUNTEER_NAME


def test_wrong_pins_slow_down_then_show_a_countdown(qtbot, desk, desk_clock):
    area, page = desk.area, desk.area.sign_in
    for left in (4, 3):
        sign_in(qtbot, area, LEAD_NAME, "111222")
        assert f"That PIN is not right. {left} more tries" in page.message.text()
    sign_in(qtbot, area, LEAD_NAME, "111222")  # the third wrong PIN in a row
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)  # too soon, even with the right PIN
    assert "Please wait 5 seconds" in page.wait.text()
    assert not page.sign_in.isEnabled() and area.actor is None
    page._on_tick()  # the countdown ticks each second
    assert "Please wait 4 seconds" in page.wait.text()
    for _ in range(4):
        page._on_tick()
    assert page.sign_in.isEnabled() and page.wait.text() == ""
    desk_clock.advance(seconds=6)
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)
    assert area.actor is not None and area.actor.name == LEAD_NAME


def lock_out(qtbot, area, clock) -> None:
    for _ in range(5):
        sign_in(qtbot, area, VOLUNTEER_NAME, "999000")
        clock.advance(seconds=31)


def test_the_lock_after_wrong_pins_survives_a_restart(qtbot, make_desk, desk_services, desk_clock):
    window = make_desk()
    lock_out(qtbot, window.area, desk_clock)
    assert "locked" in window.area.sign_in.message.text()
    window.close()
    path = desk_services.uow.engine.url.database
    desk_services.uow.engine.dispose()
    restarted = open_desk_services(path, desk_clock)  # a new process would do the same
    again = make_desk(restarted)
    sign_in(qtbot, again.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    assert again.area.actor is None
    assert "locked for" in again.area.sign_in.message.text() and "A hub lead can reset the PIN" in \
        again.area.sign_in.message.text()
    desk_clock.advance(minutes=15)
    sign_in(qtbot, again.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    assert again.area.actor.name == VOLUNTEER_NAME
    restarted.uow.engine.dispose()


def test_the_desk_locks_itself_when_left_alone(qtbot, make_desk):
    window = make_desk(lock_seconds=0.3)
    area = window.area
    sign_in(qtbot, area, LEAD_NAME, LEAD_PIN)
    area.shell.go("session", area._services.today.board()[0].session.id)
    assert area.shell.pages["session"].came  # names on screen while signed in
    qtbot.waitUntil(lambda: area.actor is None, timeout=3000)
    assert area.stack.currentWidget() is area.sign_in
    assert "The desk is locked" in area.sign_in.notice.text()
    assert not area.shell.pages["session"].came  # nothing left behind in the hidden pages
    booked = area._services.booking.for_session(area._services.today.board()[0].session.id)
    assert not any(b.name and b.name in shown(window) for b in booked)


def test_activity_keeps_the_desk_open(qtbot, make_desk):
    window = make_desk(lock_seconds=0.5)
    sign_in(qtbot, window.area, LEAD_NAME, LEAD_PIN)
    for _ in range(4):
        qtbot.wait(200)
        qtbot.mouseClick(window.area.shell.nav["timetable"], Qt.LeftButton)
    assert window.area.actor is not None


def test_lock_button_and_shortcuts(qtbot, desk):
    area = desk.area
    sign_in(qtbot, area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    qtbot.keyClick(area.shell, Qt.Key_2, Qt.ControlModifier)
    assert area.shell.current_name == "timetable"
    qtbot.keyClick(area.shell, Qt.Key_L, Qt.ControlModifier)
    assert area.actor is None and area.stack.currentWidget() is area.sign_in
    sign_in(qtbot, area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    tap(qtbot, area.shell.lock_button)
    assert area.actor is None


def test_a_disabled_account_cannot_sign_in(qtbot, desk):
    services = desk.services
    vic = staff_id(services, VOLUNTEER_NAME)
    desk.area.sign_in.who.set_value(vic)
    services.accounts.set_active(ADMIN, vic, False)
    before = audit_ids(services)
    desk.area.sign_in.pin.setText(VOLUNTEER_PIN)
    tap(qtbot, desk.area.sign_in.sign_in)
    assert "disabled" in desk.area.sign_in.message.text() and desk.area.actor is None
    assert new_audit(services, before) == []


def test_closing_the_desk_window_signs_out(qtbot, desk):
    sign_in(qtbot, desk.area, LEAD_NAME, LEAD_PIN)
    desk.close()
    QApplication.processEvents()
    assert desk.area.actor is None and not desk.isVisible()


def test_the_lock_time_comes_from_the_hub_settings(qtbot, make_desk, desk_services):
    desk_services.settings.update(ADMIN, desk_lock_minutes=7)
    window = make_desk()  # no lock time given: the hub's setting decides
    sign_in(qtbot, window.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    assert window.area.idle.running and window.area.idle._timer.interval() == 7 * 60 * 1000
