"""The screen matrix: supported screen sizes, text sizes and shipped languages, every visitor page
in each of its states and every desk page, with what must stay in view on each. Shared by the fit
test and by ``make screenshots``."""

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.paths import assets_dir
from kiosk.views.theme import TextSize

#: the screens kiosks have, and the window ``kiosk run --windowed`` opens on the smallest of them
SIZES = {
    "1920x1080": (1920, 1080),
    "1366x768": (1366, 768),
    "1280x800": (1280, 800),
    "1280x1024": (1280, 1024),
    "1080x1920": (1080, 1920),
    "window-1280x720": (1280, 720),
}
DESK_SIZES = {"1920x1080": (1920, 1080), "1366x768": (1366, 768)}
TEXT_SIZES = {"normal": TextSize.NORMAL, "larger": TextSize.LARGE, "largest": TextSize.LARGEST}


def languages() -> list[str]:
    """English and every language with a catalogue in assets/translations."""
    found = sorted(p.stem.removeprefix("kiosk_") for p in (assets_dir() / "translations").glob("kiosk_*.ts"))
    return ["en"] + [code for code in found if code != "en"]


def compile_catalogues(folder: Path) -> Path:
    """Build every catalogue's .qm into ``folder`` (the committed .ts files are the truth)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (assets_dir() / "translations").glob("kiosk_*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return folder


def settle(widget: QWidget | None = None) -> None:
    """Let every pending layout and paint run: events, then a zero timer, then events again."""
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents()
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    if widget is not None:
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    app.processEvents()


@dataclass(frozen=True)
class State:
    name: str
    show: object  # () -> None


def visitor_states(window, services) -> list[State]:
    """Every visitor page in each of its states, in a visitor's order (the data is made here)."""
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if not s.is_cancelled and s.starts_at > services.uow.clock()]
    open_session = max((s for s in upcoming if s.places_left >= 2),
                       key=lambda s: len(s.activity.description or "") + len(s.activity.accessibility or ""))
    full_session = next(s for s in upcoming if s.is_full)
    booking = services.booking.book(open_session.id, "Siân", 2)
    waiting = services.booking.book(full_session.id, "Alex", 1)
    visit = services.visits.check_in("Jo", "CM1")
    return [
        State("01-welcome", lambda: window.home()),
        State("02-check-in", lambda: window.go("check_in")),
        State("03-checked-in", lambda: window.go("checked_in", visit)),
        State("04-leaving", lambda: window.go("check_out")),
        State("05-whats-on", lambda: window.go("whats_on")),
        State("06-session", lambda: window.go("session", open_session.id)),
        State("07-book", lambda: window.go("book", open_session.id)),
        State("08-booked", lambda: window.go("booked", booking)),
        State("09-waiting-list", lambda: window.go("booked", waiting)),
        State("10-my-booking", lambda: window.go("my_booking")),
        State("11-my-booking-found", lambda: _find(window, booking.reference)),
        State("12-my-booking-cancel", lambda: (_find(window, booking.reference),
                                               window.page_by_name["my_booking"].cancel.click())),
        State("13-feedback", lambda: _feedback(window)),
        State("14-feedback-thanks", lambda: window.go("thanks")),
        State("15-have-your-say", lambda: window.go("polls")),
        State("16-help-now", lambda: window.go("help")),
        State("17-still-there", lambda: (window.go("check_in"), window.still_there.open())),
        State("18-language", lambda: (window.home(), window.header.language.click())),
    ]


def _find(window, reference: str) -> None:
    window.go("my_booking")
    page = window.page_by_name["my_booking"]
    page.code.setText(reference)
    page._on_find_clicked()


def _feedback(window) -> None:
    window.go("feedback")
    comment = window.page_by_name["feedback"].comment
    comment.clearFocus()
    comment.setFocus()  # as a tap on the comment box does


def desk_states(window, services) -> list[State]:
    """Every front-desk page on the desk PC, as a hub lead, then as a volunteer (the data is made here)."""
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
        State("desk-02-sign-in", lambda: _wrong_pin(area, None, volunteer.id)),
        State("desk-03-wrong-pin-wait", lambda: _wrong_pin(area, services, forgetful.id)),
        State("desk-04-today", lambda: (area.sign_in.reset(), area._on_signed_in(actor))),
        State("desk-05-timetable", lambda: shell.go("timetable")),
        State("desk-06-add-session", lambda: _add_form(shell)),
        State("desk-07-edit-session", lambda: shell.go("session_form", {"session_id": busy.id})),
        State("desk-08-cancel-confirm", lambda: _cancel_form(shell, busy.id)),
        State("desk-09-session", lambda: shell.go("session", today.id)),
        State("desk-10-session-waiting-list", lambda: _waiting(shell, busy.id)),
        State("desk-11-whos-in", lambda: shell.go("whos_in")),
        State("desk-12-feedback", lambda: shell.go("feedback")),
        State("desk-13-you-said-we-did", lambda: shell.go("answers")),
        State("desk-14-polls", lambda: shell.go("polls")),
        State("desk-15-activities", lambda: shell.go("activities")),
        State("desk-16-staff", lambda: shell.go("staff")),
        State("desk-17-settings", lambda: shell.go("settings")),
        State("desk-18-audit-log", lambda: shell.go("audit")),
        State("desk-18b-print-timetable", lambda: _print_preview(shell)),
        State("desk-19-volunteer", lambda: (area.lock(), area._on_signed_in(
            services.accounts.sign_in(volunteer.id, "135792")), shell.go("timetable"))),
    ]


def _print_preview(shell) -> None:
    """The print page with its preview drawn (the preview is made on a worker thread)."""
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
    area.lock()
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


def desk_must_see(window) -> list[QWidget]:
    """On the desk: every side-navigation button the signed-in person may use, Lock, and the page's actions."""
    area = window.area
    if area.stack.currentWidget() is not area.shell:
        page = area.stack.currentWidget()
        return _actions(page)
    shell = area.shell
    shown = [b for b in shell.nav.values() if not b.isHidden()] + [shell.lock_button]
    return shown + _actions(shell.current_page())


def _actions(page) -> list[QWidget]:
    actions = getattr(page, "actions", None)
    if actions is None:
        return []
    widgets = [actions.itemAt(i).widget() for i in range(actions.count())]
    return [w for w in widgets if w is not None and not w.isHidden()]


def close_overlays(window) -> None:
    window.still_there.close_prompt()
    window.chooser.close_chooser()


def on_top(window) -> QWidget | None:
    """The card laid over the whole window ("Are you still there?", the languages), when it shows."""
    cards = [window.still_there, window.chooser]
    return next((card for card in cards if card is not None and card.isVisible()), None)


def must_see(window) -> list[QWidget]:
    """What a visitor must see without scrolling: the page's actions, Back / Start again, Help now
    (or, while "still there?" shows, its one button)."""
    if window.still_there is not None and window.still_there.isVisible():
        return [window.still_there.button]
    if window.chooser is not None and window.chooser.isVisible():
        return [*window.chooser.buttons.values(), window.chooser.close_button]
    footer = window.footer
    shown = [b for b in (footer.back, footer.home, footer.help) if not b.isHidden()]
    return shown + _actions(window.pages.currentWidget())
