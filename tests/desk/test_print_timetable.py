"""Printing the week's timetable from the desk: choose layout, paper, printer and copies, see the
preview (drawn off the GUI thread), then print through the real print system (CUPS)."""

from tests.desk.conftest import VOLUNTEER_NAME, VOLUNTEER_PIN
from tests.desk.helpers import sign_in, tap
from tests.printing import cups


def open_print_page(qtbot, desk):
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    tap(qtbot, desk.area.shell.nav["print_timetable"])
    return desk.area.shell.pages["print_timetable"]


def test_preview_then_print_on_the_chosen_printer(qtbot, desk, cups_queue):
    page = open_print_page(qtbot, desk)
    tap(qtbot, page.printer.button(cups_queue.name))
    tap(qtbot, page.layout_choice.button("large-print"))
    tap(qtbot, page.copies.plus)
    tap(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: page.pictures.count() > 1, timeout=20_000)
    assert "Check it, then print." in page.notice.text()
    before = cups_queue.pdfs()
    tap(qtbot, page.print_button)
    qtbot.waitUntil(lambda: "is printing" in page.notice.text() or page.message.isVisible(), timeout=30_000)
    assert "2 copy(ies) on " + cups_queue.name in page.notice.text(), page.message.text()
    printed = cups.wait_for_new_pdf(cups_queue, before)
    assert printed is not None
    cups_queue.printed.append(printed)


def test_a_paused_printer_is_reported_without_freezing_the_desk(qtbot, desk, cups_queue):
    page = open_print_page(qtbot, desk)
    tap(qtbot, page.printer.button(cups_queue.name))
    cups.run("cupsdisable", cups_queue.name)
    try:
        tap(qtbot, page.print_button)  # draws the preview first, then sends what it shows
        qtbot.waitUntil(page.message.isVisible, timeout=20_000)
        assert "paused" in page.message.text() and page.print_button.isEnabled()
    finally:
        cups.run("cupsenable", cups_queue.name)


def test_the_preview_reads_its_choices_on_the_gui_thread_only(qtbot, desk, monkeypatch):
    """The worker gets the week, layout and paper as values; no widget is read off the GUI thread."""
    import threading

    from kiosk.views.widgets.choices import ChoiceRow

    readers = []
    real_value = ChoiceRow.value

    def watched_value(self):
        readers.append(threading.current_thread())
        return real_value(self)

    page = open_print_page(qtbot, desk)
    tap(qtbot, page.layout_choice.button("large-print"))
    monkeypatch.setattr(ChoiceRow, "value", watched_value)
    tap(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: page.pictures.count() > 1, timeout=20_000)
    assert readers and set(readers) == {threading.main_thread()}
    assert "Check it, then print." in page.notice.text()


def test_an_unexpected_failure_in_the_preview_says_sorry_and_lets_you_try_again(qtbot, desk, monkeypatch):
    """Not only a kiosk error: any failure comes back, in plain words, with the button usable."""
    from kiosk.printing import printer

    real_images = printer.preview_images

    def broken_renderer(pdf, width):
        raise RuntimeError("the PDF renderer fell over")

    page = open_print_page(qtbot, desk)
    monkeypatch.setattr(printer, "preview_images", broken_renderer)
    tap(qtbot, page.preview_button)
    qtbot.waitUntil(page.message.isVisible, timeout=20_000)
    assert "Sorry, something went wrong" in page.message.text()
    assert "renderer" not in page.message.text()  # no technical detail on screen
    assert page.preview_button.isEnabled()
    monkeypatch.setattr(printer, "preview_images", real_images)
    tap(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: page.pictures.count() > 1, timeout=20_000)
    assert not page.message.isVisible()
