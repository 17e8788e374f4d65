"""A session at the desk: Today's numbers and alerts, taking attendance with the big toggles,
walk-ins (even over capacity), moving someone from the waiting list, and printing the register."""

from datetime import timedelta

from kiosk.domain.desk import OVER_CAPACITY
from kiosk.domain.enums import BookingStatus
from tests.desk.conftest import LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import audit_ids, new_audit, shown, sign_in, tap


def today_session(services, waiting: bool | None = None):
    """Today's first session with bookings (and a waiting list, if asked)."""
    for tally in services.today.board():
        session = tally.session
        if session.is_cancelled or not session.confirmed:
            continue
        if waiting is None or bool(session.waitlisted) == waiting:
            return session
    raise AssertionError("the demo has no such session today")


def open_session(qtbot, desk, session, name=VOLUNTEER_NAME, pin=VOLUNTEER_PIN):
    sign_in(qtbot, desk.area, name, pin)
    today = desk.area.shell.pages["today"]
    tap(qtbot, today.rows[session.id])
    assert desk.area.shell.current_name == "session"
    return desk.area.shell.pages["session"]


def test_today_lists_the_days_sessions_with_their_numbers(qtbot, desk):
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    page = desk.area.shell.pages["today"]
    board = desk.services.today.board()
    assert set(page.rows) == {t.session.id for t in board}
    first = board[0].session
    text = page.rows[first.id].text()
    assert first.activity.name in text
    assert f"{first.confirmed} of {first.capacity} places booked" in text and "0 came" in text
    assert "Nothing needs you right now." in shown(page)


def test_marking_attendance_with_the_big_toggles(qtbot, desk):
    services = desk.services
    session = today_session(services)
    page = open_session(qtbot, desk, session)
    booking = next(b for b in services.booking.for_session(session.id) if b.status is BookingStatus.CONFIRMED)
    assert booking.name in shown(page)  # names are for the desk only
    before = audit_ids(services)
    tap(qtbot, page.came[booking.id])
    assert services.booking.lookup(booking.reference).status is BookingStatus.ATTENDED
    assert page.came[booking.id].isChecked() and not page.missed[booking.id].isChecked()
    tap(qtbot, page.missed[booking.id])
    assert services.booking.lookup(booking.reference).status is BookingStatus.NO_SHOW
    tap(qtbot, page.missed[booking.id])  # tapping the chosen one again takes the mark back
    assert services.booking.lookup(booking.reference).status is BookingStatus.CONFIRMED
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "booking.attendance")] * 3
    tap(qtbot, page.came[booking.id])
    tap(qtbot, page.back)
    today = desk.area.shell.pages["today"]
    assert f"{booking.party} came" in today.rows[session.id].text()


def test_a_walk_in_can_take_a_session_over_capacity_and_today_says_so(qtbot, desk):
    services = desk.services
    session = today_session(services, waiting=True)  # full, with people waiting
    page = open_session(qtbot, desk, session)
    qtbot.keyClicks(page.walk_in_name, "Kai")
    tap(qtbot, page.walk_in_party.plus)
    before = audit_ids(services)
    tap(qtbot, page.walk_in)
    assert "Added the walk-in" in page.notice.text()
    walk_in = next(b for b in services.booking.for_session(session.id) if b.name == "Kai")
    assert (walk_in.party, walk_in.status) == (2, BookingStatus.ATTENDED)
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "booking.walk_in")]
    assert page.walk_in_name.text() == "" and page.walk_in_party.value() == 1
    tap(qtbot, desk.area.shell.nav["today"])
    today = desk.area.shell.pages["today"]
    assert [a.kind for a in today.alerts if a.session_id == session.id] == [OVER_CAPACITY]
    assert "OVER CAPACITY" in today.rows[session.id].text()
    assert f"has {session.confirmed + 2} people booked for {session.capacity} places" in shown(today)


def test_moving_someone_from_the_waiting_list_asks_first(qtbot, desk):
    services = desk.services
    session = today_session(services, waiting=True)
    page = open_session(qtbot, desk, session, LEAD_NAME, LEAD_PIN)
    waiting = next(b for b in services.booking.for_session(session.id) if b.status is BookingStatus.WAITLISTED)
    tap(qtbot, page.give_place[waiting.id])
    assert page.confirm_bar.isVisible() and "over capacity" in page.confirm_bar.question.text()
    assert services.booking.lookup(waiting.reference).status is BookingStatus.WAITLISTED
    before = audit_ids(services)
    tap(qtbot, page.confirm_bar.yes)
    assert services.booking.lookup(waiting.reference).status is BookingStatus.CONFIRMED
    assert new_audit(services, before) == [(LEAD_NAME, "booking.promote")]
    assert "has a place now" in page.notice.text()
    assert waiting.id in page.came  # now it can be marked like any other booking


def test_the_register_button_calls_the_printer_given_to_the_desk(qtbot, make_desk):
    printed = []

    def printer(session_id, on_done):
        printed.append(session_id)
        on_done(True, "The register is printing.")

    window = make_desk(print_register=printer)
    session = today_session(window.services)
    page = open_session(qtbot, window, session)
    tap(qtbot, page.print_button)
    assert printed == [session.id] and "The register is printing." in page.notice.text()


def test_without_a_printer_there_is_no_register_button(qtbot, desk):
    page = open_session(qtbot, desk, today_session(desk.services))
    assert not page.print_button.isVisible()


def test_a_failing_printer_says_so_plainly(qtbot, make_desk):
    def broken(_session_id, on_done):
        on_done(False, "The printer is out of paper.")

    window = make_desk(print_register=broken)
    page = open_session(qtbot, window, today_session(window.services))
    tap(qtbot, page.print_button)
    assert page.message.text() == "⚠  The printer is out of paper." and not page.notice.isVisible()


def test_attendance_is_not_offered_for_a_later_day(qtbot, desk):
    services = desk.services
    now = services.uow.clock()
    later = next(s for s in services.schedule.days(now.date() + timedelta(days=2), 5)
                 if s.confirmed and not s.is_cancelled)
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    desk.area.shell.go("session", later.id)
    page = desk.area.shell.pages["session"]
    booking = next(iter(page.came))
    tap(qtbot, page.came[booking])
    assert "from the day of the session" in page.message.text()
    assert not page.came[booking].isChecked()


def test_extra_alert_sources_show_on_today(qtbot, desk):
    from kiosk.domain.desk import AlertInfo

    desk.area.context.alert_sources.append(lambda: [AlertInfo("sync", "The central database has not "
                                                                     "answered for 2 hours.")])

    def broken():
        raise RuntimeError("boom")

    desk.area.context.alert_sources.append(broken)
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    text = shown(desk.area.shell.pages["today"])
    assert "has not answered for 2 hours" in text and "Some alerts could not be checked" in text
