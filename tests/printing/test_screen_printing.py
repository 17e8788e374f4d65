"""Print my slip on the visitor's confirmation: offered only where a printer is set; the slip
goes through the real print system and the screen says so; a stopped printer says why."""

from kiosk.views.print_jobs import ScreenPrinter
from tests.conftest import ADMIN
from tests.printing import cups
from tests.printing.pdfread import qr_codes
from tests.ui.helpers import page, tap


class NoPrinter:
    def ready(self) -> bool:
        return False


def booked_window(make_window, printer):
    window = make_window()
    window.set_printer(printer)
    window.page_by_name.clear()  # rebuild the pages now that the printer is known
    window.start(window.services)
    services = window.services
    session = next(s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                   if s.starts_at > services.uow.clock() and not s.is_cancelled and not s.is_full)
    window.go("booked", services.booking.book(session.id, "Slip", 1))
    return window, page(window, "booked")


def test_no_printer_means_no_print_button(make_window):
    _, booked = booked_window(make_window, NoPrinter())
    assert not booked.print_button.isVisible()


def with_queue_printer(make_window, queue):
    """A window whose kiosk settings name the test queue as its printer."""
    window, _ = booked_window(make_window, None)
    window.services.settings.update(ADMIN, printer=queue.name)
    return booked_window(make_window, ScreenPrinter(window.services))


def test_the_slip_prints_through_cups_and_the_screen_says_so(qtbot, make_window, cups_queue, tmp_path):
    window, booked = with_queue_printer(make_window, cups_queue)
    assert booked.print_button.isVisible()
    before = cups_queue.pdfs()
    tap(qtbot, booked.print_button)
    qtbot.waitUntil(lambda: booked.message.isVisible(), timeout=30_000)
    assert "Your slip is printing" in booked.message.text(), booked.message.text()
    printed = cups.wait_for_new_pdf(cups_queue, before)
    assert printed is not None
    cups_queue.printed.append(printed)
    # The print system gets the pages as pictures, so read the slip's QR code off the printout.
    assert [booked.reference.text().replace(" ", "")] in qr_codes(printed.read_bytes(), tmp_path)


def test_a_stopped_printer_gives_a_clear_message_quickly(qtbot, make_window, cups_queue):
    window, booked = with_queue_printer(make_window, cups_queue)
    cups.run("cupsdisable", cups_queue.name)
    try:
        tap(qtbot, booked.print_button)
        qtbot.waitUntil(lambda: booked.message.isVisible(), timeout=8_000)
        assert "paused" in booked.message.text()
        assert booked.print_button.isEnabled()
    finally:
        cups.run("cupsenable", cups_queue.name)


def test_the_desk_prints_a_session_register_through_cups(qtbot, make_window, cups_queue, tmp_path):
    window, _ = booked_window(make_window, None)
    services = window.services
    services.settings.update(ADMIN, printer=cups_queue.name)
    printer = ScreenPrinter(services)
    session = next(s for s in services.schedule.week() if s.confirmed)
    outcome = []
    before = cups_queue.pdfs()
    printer.register(session.id, lambda ok, message: outcome.append((ok, message)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome == [(True, "The register is printing.")]
    printed = cups.wait_for_new_pdf(cups_queue, before)
    assert printed is not None
    cups_queue.printed.append(printed)
