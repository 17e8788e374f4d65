"""The timetable at the desk: the week grid, adding a weekly series that visitors then see, edits
that are refused with a clear message, cancelling with a reason visitors read, and undo."""

from datetime import timedelta

from PySide6.QtCore import Qt

from kiosk.domain.enums import BookingStatus
from kiosk.domain.timeutil import monday_of
from kiosk.domain.wording import local
from tests.desk.conftest import LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import audit_ids, new_audit, sign_in, tap

TZ = "Europe/London"


def today(services):
    return local(services.uow.clock(), TZ).date()


def open_timetable(qtbot, desk, name=VOLUNTEER_NAME, pin=VOLUNTEER_PIN):
    sign_in(qtbot, desk.area, name, pin)
    tap(qtbot, desk.area.shell.nav["timetable"])
    return desk.area.shell.pages["timetable"]


def upcoming_with_bookings(services, waiting: bool = False):
    """An upcoming session of a weekly series with at least two places booked (and, unless
    ``waiting``, nobody waiting: a rise in capacity would give them the new places)."""
    now = services.uow.clock()
    sessions = services.schedule.days(today(services), 7)
    return next(s for s in sessions if s.starts_at > now + timedelta(hours=1) and not s.is_cancelled
                and s.confirmed >= 2 and s.series_id is not None and bool(s.waitlisted) == waiting)


def test_the_week_grid_moves_by_week_and_jumps_to_a_date(qtbot, desk):
    page = open_timetable(qtbot, desk)
    services = desk.services
    monday = monday_of(today(services))
    assert page.week_label.text().startswith(f"Monday {monday.day} ")
    assert {s.id for s in services.schedule.week(monday)} == set(page.slots)
    tap(qtbot, page.next)
    assert page.week_label.text().startswith(f"Monday {(monday + timedelta(days=7)).day} ")
    tap(qtbot, page.previous)
    tap(qtbot, page.previous)
    assert {s.id for s in services.schedule.week(monday - timedelta(days=7))} == set(page.slots)
    page.jump.edit.setText((monday + timedelta(days=16)).strftime("%d.%m.%Y"))
    qtbot.keyClick(page.jump.edit, Qt.Key_Return)
    assert page.week_label.text().startswith(f"Monday {(monday + timedelta(days=14)).day} ")
    page.jump.edit.setText("31/02/2027")
    tap(qtbot, page.go_button)
    assert "is not a date" in page.message.text()
    tap(qtbot, page.this_week)
    assert {s.id for s in services.schedule.week(monday)} == set(page.slots)


def test_a_weekly_series_made_at_the_desk_is_on_the_visitors_whats_on(qtbot, desk, make_kiosk):
    services = desk.services
    page = open_timetable(qtbot, desk)
    tap(qtbot, page.add)
    form = desk.area.shell.pages["session_form"]
    yoga = next(a for a in services.activities.list() if a.name == "Yoga")
    tap(qtbot, form.activity.button(yoga.id))
    first = today(services) + timedelta(days=1)
    form.day.set_value(first)
    form.start.edit.setText("19.45")  # the on-screen keyboard has no colon
    tap(qtbot, form.capacity.plus)
    tap(qtbot, form.repeat.button("weekly"))
    form.until.set_value(first + timedelta(weeks=3))
    qtbot.keyClicks(form.place, "Main hall")
    before = audit_ids(services)
    tap(qtbot, form.save)
    assert desk.area.shell.current_name == "timetable"
    assert "Added 4 weekly sessions." in page.notice.text()
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "series.add")]
    made = [s for s in services.schedule.days(first, 28) if s.activity.name == "Yoga"
            and local(s.starts_at, TZ).strftime("%H:%M") == "19:45"]
    assert len(made) == 4 and {s.capacity for s in made} == {11} and {s.place for s in made} == {"Main hall"}
    kiosk = make_kiosk()
    kiosk.go("whats_on")
    whats_on = kiosk.page_by_name["whats_on"]
    shown = [s for s in whats_on.shown_sessions if s.id in {m.id for m in made}]
    assert len(shown) == 2  # this week and next are shown to visitors
    index = whats_on.list.session_index(shown[0].id)
    assert "Yoga, 19:45 to 20:45" in index.data(Qt.AccessibleTextRole)


def test_a_missing_activity_or_bad_time_is_refused(qtbot, desk):
    page = open_timetable(qtbot, desk)
    tap(qtbot, page.add)
    form = desk.area.shell.pages["session_form"]
    tap(qtbot, form.save)
    assert form.message.text() == "⚠  Please choose the activity."
    tap(qtbot, form.activity.button(desk.services.activities.list()[0].id))
    form.start.edit.setText("25:00")
    tap(qtbot, form.save)
    assert "not a time like 18:30" in form.message.text()


def test_capacity_below_the_places_booked_is_refused_with_a_clear_message(qtbot, desk):
    services = desk.services
    session = upcoming_with_bookings(services)
    page = open_timetable(qtbot, desk)
    desk.area.shell.go("session_form", {"session_id": session.id})
    form = desk.area.shell.pages["session_form"]
    assert form.capacity.value() == session.capacity
    before = audit_ids(services)
    form.capacity.edit.setText("1")
    tap(qtbot, form.save)
    assert form.message.text() == (f"⚠  {session.confirmed} places are already booked, so the capacity "
                                   f"cannot go below {session.confirmed}.")
    assert services.schedule.get(session.id).capacity == session.capacity
    assert new_audit(services, before) == [] and page is not None


def test_cancel_a_session_after_confirming_and_visitors_see_the_reason(qtbot, desk, make_kiosk):
    services = desk.services
    session = upcoming_with_bookings(services)
    open_timetable(qtbot, desk)
    tap(qtbot, desk.area.shell.pages["timetable"].slots[session.id])
    form = desk.area.shell.pages["session_form"]
    assert form.cancel_one.isVisible() and form.cancel_rest.isVisible()
    tap(qtbot, form.cancel_one)
    assert "Please write the reason first" in form.message.text()
    qtbot.keyClicks(form.reason, "The river path is flooded")
    tap(qtbot, form.cancel_one)
    assert form.confirm_bar.isVisible() and "The river path is flooded" in form.confirm_bar.question.text()
    assert not services.schedule.get(session.id).is_cancelled  # nothing happens before Yes
    tap(qtbot, form.confirm_bar.no)
    tap(qtbot, form.cancel_one)
    before = audit_ids(services)
    tap(qtbot, form.confirm_bar.yes)
    assert services.schedule.get(session.id).cancel_reason == "The river path is flooded"
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "session.cancel")]
    bookings = services.booking.for_session(session.id)
    assert bookings and all(b.status is BookingStatus.CANCELLED for b in bookings)
    assert {b.status_reason for b in bookings} == {"The session was cancelled: The river path is flooded"}
    assert "Cancelled" in desk.area.shell.pages["timetable"].slots[session.id].text()
    kiosk = make_kiosk()
    kiosk.go("my_booking")
    my_booking = kiosk.page_by_name["my_booking"]
    qtbot.keyClicks(my_booking.code, bookings[0].reference)
    tap(qtbot, my_booking.find)
    assert "This booking is cancelled. The session was cancelled: The river path is flooded" in \
        my_booking.details.text()


def test_cancel_the_rest_of_a_series(qtbot, desk):
    services = desk.services
    session = upcoming_with_bookings(services)
    later = [s for s in services.schedule.days(today(services), 28)
             if s.series_id == session.series_id and s.starts_at >= session.starts_at and not s.is_cancelled]
    open_timetable(qtbot, desk, LEAD_NAME, LEAD_PIN)
    desk.area.shell.go("session_form", {"session_id": session.id})
    form = desk.area.shell.pages["session_form"]
    qtbot.keyClicks(form.reason, "The group has moved to Thursdays")
    tap(qtbot, form.cancel_rest)
    tap(qtbot, form.confirm_bar.yes)
    assert all(services.schedule.get(s.id).is_cancelled for s in later)
    assert f"Cancelled {len(later)} sessions of the series." in desk.area.shell.pages["timetable"].notice.text()


def test_edit_then_undo_the_last_edit(qtbot, desk):
    services = desk.services
    session = upcoming_with_bookings(services)
    page = open_timetable(qtbot, desk)
    assert not page.undo.isVisible()
    tap(qtbot, page.slots[session.id])
    form = desk.area.shell.pages["session_form"]
    form.place.clear()
    qtbot.keyClicks(form.place, "By the bandstand")
    tap(qtbot, form.capacity.plus)
    tap(qtbot, form.start.plus)  # a quarter of an hour later
    tap(qtbot, form.save)
    edited = services.schedule.get(session.id)
    assert (edited.place, edited.capacity) == ("By the bandstand", session.capacity + 1)
    assert edited.starts_at == session.starts_at + timedelta(minutes=15)
    assert edited.ends_at - edited.starts_at == session.ends_at - session.starts_at
    assert page.undo.isVisible() and page.undo.text() == "Undo my last edit (start time, capacity, place)"
    before = audit_ids(services)
    tap(qtbot, page.undo)
    restored = services.schedule.get(session.id)
    assert (restored.place, restored.capacity, restored.starts_at) == (session.place, session.capacity,
                                                                       session.starts_at)
    assert new_audit(services, before) == [(VOLUNTEER_NAME, "session.undo_edit")]
    assert not page.undo.isVisible() and "is undone" in page.notice.text()


def test_saving_without_changes_changes_nothing(qtbot, desk):
    services = desk.services
    session = upcoming_with_bookings(services)
    open_timetable(qtbot, desk)
    desk.area.shell.go("session_form", {"session_id": session.id})
    form = desk.area.shell.pages["session_form"]
    before = audit_ids(services)
    tap(qtbot, form.save)
    assert "Nothing was changed." in form.notice.text() and new_audit(services, before) == []


def test_typing_on_the_form_uses_the_keyboard_order(qtbot, desk):
    """Tab moves through the form in reading order; Enter in a one-line field saves."""
    open_timetable(qtbot, desk)
    desk.area.shell.go("session_form", {"day": today(desk.services)})
    form = desk.area.shell.pages["session_form"]
    chain, widget = [], form.day.edit
    widget.setFocus()
    for _ in range(6):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert chain[:4] == [form.day.edit, form.start.edit, form.minutes.edit, form.capacity.edit]
    assert chain[4:6] == [form.facilitator, form.place] or chain[4] is form.facilitator
