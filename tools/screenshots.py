"""Render every screen on demo data to docs/screenshots/*.png at 1920×1080: the visitor screens
in the calm and high-contrast themes and at the largest text size, and every front-desk page
(desk-*.png), for the README and for review."""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")  # show the Read aloud button, silently
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import open_services  # noqa: E402
from kiosk.views.fonts import install_fonts  # noqa: E402
from kiosk.views.main_window import MainWindow  # noqa: E402
from kiosk.views.theme import TextSize, Theme  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
THEMES = {"": Theme(), "-high-contrast": Theme(high_contrast=True), "-largest-text": Theme(size=TextSize.LARGEST)}


def visitor_screens(window: MainWindow, services):
    """(file name, how to get there) for every visitor screen, in a visitor's order."""
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if not s.is_cancelled and s.starts_at > services.uow.clock()]
    open_session = next(s for s in upcoming if s.places_left >= 2)
    full_session = next(s for s in upcoming if s.is_full)
    booking = services.booking.book(open_session.id, "Siân", 2)
    waiting = services.booking.book(full_session.id, "Alex", 1)
    visit = services.visits.check_in("Jo", "CM1")
    return [
        ("01-welcome", lambda: window.home()),
        ("02-check-in", lambda: window.go("check_in")),
        ("03-checked-in", lambda: window.go("checked_in", visit)),
        ("04-leaving", lambda: window.go("check_out")),
        ("05-whats-on", lambda: window.go("whats_on")),
        ("06-session", lambda: window.go("session", open_session.id)),
        ("07-book", lambda: window.go("book", open_session.id)),
        ("08-booked", lambda: window.go("booked", booking)),
        ("09-waiting-list", lambda: window.go("booked", waiting)),
        ("10-my-booking", lambda: window.go("my_booking")),
        ("11-my-booking-found", lambda: _find(window, booking.reference)),
        ("12-feedback", lambda: window.go("feedback")),
        ("13-feedback-thanks", lambda: window.go("thanks")),
        ("14-have-your-say", lambda: window.go("polls")),
        ("15-help-now", lambda: window.go("help")),
        ("16-still-there", lambda: (window.go("check_in"), window.still_there.open())),
    ]


def _find(window: MainWindow, reference: str) -> None:
    window.go("my_booking")
    page = window.page_by_name["my_booking"]
    page.code.setText(reference)
    page._on_find_clicked()


def desk_screens(window, services) -> list:
    """(file name, how to get there) for every front-desk page on the desk PC, as a hub lead."""
    from kiosk.domain.enums import BookingStatus, StaffRole
    from kiosk.domain.records import Actor

    area, shell = window.area, window.area.shell
    admin = Actor.system("Screenshots")
    volunteer = services.accounts.add(admin, "Vic", StaffRole.VOLUNTEER, "135792")
    forgetful = services.accounts.add(admin, "Dee", StaffRole.VOLUNTEER, "975310")
    lead = next(s for s in services.accounts.staff() if s.role is StaffRole.LEAD)
    board = [t.session for t in services.today.board() if t.session.confirmed and not t.session.is_cancelled]
    today, busy = board[0], next((s for s in board if s.waitlisted), board[-1])
    bookings = [b for b in services.booking.for_session(today.id) if b.status is BookingStatus.CONFIRMED]
    actor = services.accounts.sign_in(lead.id, "246810")
    for booking, mark in zip(bookings[:4], ("attended", "attended", "no-show", "attended")):
        services.attendance.mark(actor, booking.id, mark)
    services.attendance.walk_in(actor, busy.id, "Kai", 1)  # over capacity: an alert on Today
    services.feedback.give(2, "The <b>hall</b> was cold \u202eand dark\u202c this morning.")
    return [
        ("desk-02-sign-in", lambda: _wrong_pin(area, None, volunteer.id)),
        ("desk-03-wrong-pin-wait", lambda: _wrong_pin(area, services, forgetful.id)),
        ("desk-04-today", lambda: (area.sign_in.reset(), area._on_signed_in(actor))),
        ("desk-05-timetable", lambda: shell.go("timetable")),
        ("desk-06-add-session", lambda: _add_form(shell)),
        ("desk-07-edit-session", lambda: shell.go("session_form", {"session_id": busy.id})),
        ("desk-08-cancel-confirm", lambda: _cancel_form(shell, busy.id)),
        ("desk-09-session", lambda: shell.go("session", today.id)),
        ("desk-10-session-waiting-list", lambda: _waiting(shell, busy.id)),
        ("desk-11-whos-in", lambda: shell.go("whos_in")),
        ("desk-12-feedback", lambda: shell.go("feedback")),
        ("desk-13-you-said-we-did", lambda: shell.go("answers")),
        ("desk-14-polls", lambda: shell.go("polls")),
        ("desk-15-activities", lambda: shell.go("activities")),
        ("desk-16-staff", lambda: shell.go("staff")),
        ("desk-17-settings", lambda: shell.go("settings")),
        ("desk-18-audit-log", lambda: shell.go("audit")),
        ("desk-18b-print-timetable", lambda: _print_preview(shell)),
        ("desk-19-volunteer", lambda: (area.lock(), area._on_signed_in(
            services.accounts.sign_in(volunteer.id, "135792")), shell.go("timetable"))),
    ]


def _print_preview(shell) -> None:
    """The print page with its preview drawn (the preview is made on a worker thread)."""
    from PySide6.QtWidgets import QApplication

    shell.go("print_timetable")
    page = shell.pages["print_timetable"]
    page._on_preview_clicked()
    for _ in range(500):
        QApplication.processEvents()
        if page.pictures.count() > 1:
            break
        time.sleep(0.01)


def _wrong_pin(area, services, staff_id) -> None:
    """The sign-in; with ``services``, after wrong PINs, counting down before the next try."""
    area.sign_in.show_with(None)
    area.sign_in.choose(staff_id)
    if services is not None:
        for _ in range(4):
            area.sign_in.pin.setText("111222")
            area.sign_in._on_sign_in_clicked()


def _add_form(shell) -> None:
    shell.go("session_form", {"day": None})
    form = shell.pages["session_form"]
    form.activity.set_value(form.activity._buttons and next(iter(form.activity._buttons)))
    form.repeat.set_value("weekly")
    form._show_repeat()
    form.place.setText("Main hall")


def _cancel_form(shell, session_id) -> None:
    shell.go("session_form", {"session_id": session_id})
    form = shell.pages["session_form"]
    form.reason.setText("The hall is closed for repairs")
    form._on_cancel_one_clicked()


def _waiting(shell, session_id) -> None:
    shell.go("session", session_id)
    page = shell.pages["session"]
    if page.give_place:
        next(iter(page.give_place.values())).click()


def render_desk(app, tmp: Path) -> None:
    """Every desk page in the desk window, the first-run set-up, and the desk on the touchscreen."""
    from kiosk.views.desk.window import DeskWindow

    def save(widget, name: str) -> None:
        for _ in range(3):  # let layouts settle, as they have by the time anyone looks
            app.processEvents()
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(OUT.parent.parent))

    empty = open_services(tmp / "empty.sqlite")
    first = DeskWindow()
    first.resize(1920, 1080)
    first.show()
    first.start(empty)
    save(first, "desk-01-first-run-set-up")
    first.close()
    empty.uow.engine.dispose()
    services = open_services(tmp / "desk.sqlite", demo=True)
    window = DeskWindow()
    window.resize(1920, 1080)
    window.show()
    window.start(services)
    for name, show in desk_screens(window, services):
        show()
        save(window, name)
    window.close()
    render_touchscreen_desk(services, save)
    services.uow.engine.dispose()


def render_touchscreen_desk(services, save) -> None:
    """The desk inside the visitor window: its PIN pad, and a page with the on-screen keyboard."""
    from kiosk.views.desk.touchscreen import TouchscreenDesk

    kiosk = MainWindow(locked=False)
    kiosk.resize(1920, 1080)
    kiosk.show()
    touch = TouchscreenDesk(kiosk, services)
    touch.start(lambda: kiosk.start(services))
    touch.open()
    save(kiosk, "desk-20-touchscreen-sign-in")
    lead = next(s for s in services.accounts.staff() if s.name.startswith("Hannah"))
    touch.area._on_signed_in(services.accounts.sign_in(lead.id, "246810"))
    touch.area.shell.go("answers")
    touch.area.keyboard.follow(touch.area.shell.pages["answers"].you_said)
    touch.area.keyboard_panel.show()
    save(kiosk, "desk-21-touchscreen-keyboard")
    kiosk.unlock_for_shutdown()
    kiosk.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        render_desk(app, Path(tmp))
        services = open_services(Path(tmp) / "demo.sqlite", demo=True)
        window = MainWindow(locked=False)
        window.resize(1920, 1080)
        window.show()
        window.start(services)
        screens = visitor_screens(window, services)
        for suffix, theme in THEMES.items():
            window.apply_theme(theme)
            for name, show in screens:
                window.still_there.close_prompt()
                show()
                app.processEvents()
                path = OUT / f"{name}{suffix}.png"
                window.grab().save(str(path))
                print(path.relative_to(OUT.parent.parent))
        window.unlock_for_shutdown()
        window.close()
        services.uow.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
