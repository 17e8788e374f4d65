"""A visitor's whole path through the touchscreen, asserted on the screen and in the database."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from kiosk.db.models import Feedback, Visit
from kiosk.domain.enums import BookingStatus, VisitReason
from kiosk.domain.refcode import format_reference
from tests.ui.helpers import page, tap, tap_row, texts, type_on_screen


def open_page(qtbot, window, tile: str):
    tap(qtbot, page(window, "welcome").tiles[tile])
    return page(window, tile)


def test_welcome_offers_every_action_with_today_and_you_said_we_did(kiosk_window):
    welcome = page(kiosk_window, "welcome")
    assert [t.text() for t in welcome.tiles.values()] == [
        "Check in", "What's on\n& book", "My booking", "Your feedback", "Have your say", "I'm leaving"]
    shown = " ".join(texts(kiosk_window))
    assert "Riverside Recovery Hub (demo)" in shown and "You said:" in shown
    assert kiosk_window.footer.help.isVisible()


def test_check_in_with_a_name_typed_on_the_screen(qtbot, kiosk_window):
    check_in = open_page(qtbot, kiosk_window, "check_in")
    type_on_screen(qtbot, check_in.keyboard, "Łucja")
    check_in.district.setFocus()
    type_on_screen(qtbot, check_in.keyboard, "CM2")
    tap(qtbot, check_in.reason.button(VisitReason.DROP_IN))
    tap(qtbot, check_in.first_visit.button(True))
    tap(qtbot, check_in.family.plus)
    tap(qtbot, check_in.confirm)
    done = page(kiosk_window, "checked_in")
    assert kiosk_window.pages.currentWidget() is done
    assert done.greeting.text().startswith("Welcome, Łucja")
    with kiosk_window.services.uow.read() as tx:
        visit = tx.session.scalars(select(Visit).order_by(Visit.day_number.desc())).first()
        assert (visit.name, visit.district, visit.first_visit, visit.family_count) == ("Łucja", "CM2", True, 1)
        assert visit.reason == "drop-in"
    assert done.number.text() == f"{visit.device_letter}{visit.day_number}"
    assert visit.device_letter == "A" and done.code.text() == visit.leave_code


def test_a_full_postcode_is_refused_kindly_and_nothing_is_stored(qtbot, kiosk_window):
    check_in = open_page(qtbot, kiosk_window, "check_in")
    before = len(kiosk_window.services.visits.who_is_in())
    check_in.district.setFocus()
    type_on_screen(qtbot, check_in.keyboard, "CM1 1AA")
    tap(qtbot, check_in.confirm)
    assert check_in.message.isVisible() and "only the first part" in check_in.message.text()
    assert kiosk_window.pages.currentWidget() is check_in
    assert len(kiosk_window.services.visits.who_is_in()) == before


def test_leaving_by_code_never_lists_names(qtbot, kiosk_window):
    visit = kiosk_window.services.visits.check_in("Wendeline")
    leave = open_page(qtbot, kiosk_window, "check_out")
    assert "Wendeline" not in " ".join(texts(kiosk_window))
    for char in visit.leave_code:
        tap(qtbot, leave.keypad.key(char))
    tap(qtbot, leave.leave)
    assert "Thank you for coming" in leave.thanks.text()
    assert visit.id not in {v.id for v in kiosk_window.services.visits.who_is_in()}


def first_card(window, want_full: bool):
    """The first bookable session on What's on that is full (or not), and its row in the list;
    opens the page if needed."""
    if window.current_name != "whats_on":
        window.go("whats_on")
    whats_on = page(window, "whats_on")
    for session in whats_on.shown_sessions:
        if not session.is_cancelled and session.is_full == want_full:
            return whats_on.list.session_index(session.id), session
    raise AssertionError("no such session in the demo")


def test_book_a_place_and_see_the_reference_and_qr(qtbot, kiosk_window):
    open_page(qtbot, kiosk_window, "whats_on")
    card, session = first_card(kiosk_window, want_full=False)
    tap_row(qtbot, page(kiosk_window, "whats_on").list, card)
    detail = page(kiosk_window, "session")
    assert detail.book.text() == "Book a place"
    tap(qtbot, detail.book)
    book = page(kiosk_window, "book")
    type_on_screen(qtbot, book.keyboard, "Sam")
    if session.places_left >= 2:
        tap(qtbot, book.party.plus)
    tap(qtbot, book.confirm)
    booked = page(kiosk_window, "booked")
    assert kiosk_window.pages.currentWidget() is booked
    reference = booked.reference.text().replace(" ", "")
    stored = kiosk_window.services.booking.lookup(reference)
    assert stored.status is BookingStatus.CONFIRMED and stored.name == "Sam"
    assert stored.party == (2 if session.places_left >= 2 else 1)
    assert booked.reference.text() == format_reference(reference)
    assert not booked.qr.pixmap().isNull() and booked.qr.pixmap().width() >= 200
    tap(qtbot, booked.done)
    assert kiosk_window.pages.currentWidget() is page(kiosk_window, "welcome")


def test_a_full_session_offers_the_waiting_list_and_says_the_position(qtbot, kiosk_window):
    open_page(qtbot, kiosk_window, "whats_on")
    card, session = first_card(kiosk_window, want_full=True)
    assert "Full — join the waiting list" in card.data(Qt.AccessibleTextRole)
    tap_row(qtbot, page(kiosk_window, "whats_on").list, card)
    detail = page(kiosk_window, "session")
    assert detail.book.text() == "Join the waiting list"
    tap(qtbot, detail.book)
    book = page(kiosk_window, "book")
    type_on_screen(qtbot, book.keyboard, "Kai")
    tap(qtbot, book.confirm)
    booked = page(kiosk_window, "booked")
    stored = kiosk_window.services.booking.lookup(booked.reference.text())
    assert stored.status is BookingStatus.WAITLISTED
    assert stored.position == session.waitlisted + 1
    assert f"number {stored.position} on the waiting list" in booked.greeting.text()


def test_cancel_by_reference_on_the_keypad_promotes_the_next_person(qtbot, kiosk_window):
    services = kiosk_window.services
    _, session = first_card(kiosk_window, want_full=True)
    kiosk_window.home()
    bookings = services.booking.for_session(session.id)
    first_waiting = next(b for b in bookings if b.status is BookingStatus.WAITLISTED)
    mine = next(b for b in bookings if b.status is BookingStatus.CONFIRMED and b.party >= first_waiting.party)
    my_booking = open_page(qtbot, kiosk_window, "my_booking")
    for char in mine.reference:
        tap(qtbot, my_booking.keypad.key(char))
    tap(qtbot, my_booking.find)
    assert "Your place is booked." in my_booking.details.text()
    assert mine.name not in " ".join(texts(kiosk_window))
    tap(qtbot, my_booking.cancel)
    assert my_booking.confirm_cancel.isVisible()
    tap(qtbot, my_booking.confirm_cancel)
    assert "cancelled" in my_booking.details.text()
    assert services.booking.lookup(mine.reference).status is BookingStatus.CANCELLED
    assert services.booking.lookup(first_waiting.reference).status is BookingStatus.CONFIRMED


def test_a_usb_scanner_typing_the_code_and_enter_finds_the_booking(qtbot, kiosk_window):
    _, session = first_card(kiosk_window, want_full=False)
    kiosk_window.home()
    booking = kiosk_window.services.booking.book(session.id, "Scan", 1)
    my_booking = open_page(qtbot, kiosk_window, "my_booking")
    qtbot.keyClicks(my_booking.code, booking.reference.lower())
    qtbot.keyClick(my_booking.code, "\r")
    assert my_booking.title.text() == f"Booking {format_reference(booking.reference)}"


def test_a_wrong_reference_gets_a_clear_message(qtbot, kiosk_window):
    my_booking = open_page(qtbot, kiosk_window, "my_booking")
    for char in "ABCDEF":
        tap(qtbot, my_booking.keypad.key(char))
    tap(qtbot, my_booking.find)
    assert "could not find a booking" in my_booking.message.text()


def test_anonymous_feedback_with_a_face_activity_and_comment(qtbot, kiosk_window):
    feedback = open_page(qtbot, kiosk_window, "feedback")
    assert "Anonymous: we keep only the date, your rating and your words." in texts(feedback)
    tap(qtbot, feedback.send)
    assert "tap a face" in feedback.message.text()
    tap(qtbot, feedback.faces[4])
    yoga = next(a for a in kiosk_window.services.activities.list() if a.name == "Yoga")
    tap(qtbot, feedback.activity.button(yoga.id))
    type_on_screen(qtbot, feedback.keyboard, "Lovely calm class")
    tap(qtbot, feedback.send)
    assert kiosk_window.pages.currentWidget() is page(kiosk_window, "thanks")
    assert "You said:" in " ".join(texts(page(kiosk_window, "thanks")))
    with kiosk_window.services.uow.read() as tx:
        row = tx.session.scalars(select(Feedback).where(Feedback.comment == "Lovely calm class")).one()
        assert (row.rating, row.activity_id) == (4, yoga.id)


def test_vote_and_results_only_from_five_votes(qtbot, kiosk_window):
    polls = open_page(qtbot, kiosk_window, "polls")
    busy, quiet = kiosk_window.services.polls.open_polls()[:2]
    assert busy.total_votes >= 5 and quiet.total_votes == 0
    option = next(b for b in polls.findChildren(QPushButton) if b.text() == quiet.options[0].label)
    tap(qtbot, option)
    shown = " ".join(texts(polls))
    assert "Thank you for voting" in shown and "Results show once 5 or more people have voted" in shown
    assert kiosk_window.services.polls.get(quiet.id).total_votes == 1
    option = next(b for b in polls.findChildren(QPushButton) if b.text() == busy.options[0].label)
    tap(qtbot, option)
    assert f"{busy.total_votes + 1} votes so far." in " ".join(texts(polls))


def test_help_now_from_every_screen(qtbot, kiosk_window):
    for name in ["welcome", "check_in", "check_out", "whats_on", "my_booking", "feedback", "polls"]:
        if name != "welcome":
            kiosk_window.go(name)
        tap(qtbot, kiosk_window.footer.help)
        assert kiosk_window.current_name == "help"
        shown = " ".join(texts(page(kiosk_window, "help")))
        assert "Samaritans" in shown and "116 123" in shown and "85258" in shown
        tap(qtbot, kiosk_window.footer.home)
