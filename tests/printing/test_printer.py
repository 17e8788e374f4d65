"""Printing through Qt to a real CUPS queue (cups-pdf): the printed PDF comes out with the right
pages; a paused or refusing queue, a missing printer or a print system that stops answering
give a clear error within seconds; the work runs off the GUI thread."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.printing import printer
from kiosk.printing.poster import build_poster
from kiosk.printing.printer import PrintError, preview_images, print_pdf
from kiosk.views.print_jobs import start_print

from . import cups


@pytest.fixture(scope="module")
def poster_pdf(busy) -> bytes:
    services, week = busy
    return build_poster(services.hub.current(), week.monday, week.sessions, printed_at=services.uow.clock())


@pytest.fixture
def paused(cups_queue):
    cups.run("cupsdisable", cups_queue.name)
    yield cups_queue
    cups.run("cupsenable", cups_queue.name)


@pytest.fixture
def refusing(cups_queue):
    cups.run("cupsreject", cups_queue.name)
    yield cups_queue
    cups.run("cupsaccept", cups_queue.name)


def test_the_timetable_prints_through_cups_with_every_page(qapp, cups_queue, poster_pdf):
    before = cups_queue.pdfs()
    assert cups_queue.name in printer.available_printers()
    with ThreadPoolExecutor(1) as pool:  # as the desk does it: off the GUI thread
        result = pool.submit(print_pdf, poster_pdf, cups_queue.name).result(timeout=60)
    assert result.ok and result.printer == cups_queue.name and result.pages == 3
    printed = cups.wait_for_new_pdf(cups_queue, before)
    assert printed is not None, f"nothing appeared in {cups_queue.out_dirs}"
    assert cups.page_count(printed) == 3
    assert sorted(cups.page_size(printed)) == [595, 842]  # A4, turned for landscape


def test_a_paused_queue_is_reported_within_seconds(qapp, paused, poster_pdf):
    started = time.monotonic()
    with pytest.raises(PrintError, match=f"The printer '{paused.name}' is paused"):
        print_pdf(poster_pdf, paused.name)
    assert time.monotonic() - started < 5


def test_a_paused_queue_is_caught_by_qt_alone_where_there_is_no_lpstat(qapp, paused, poster_pdf,
                                                                       monkeypatch):
    monkeypatch.setattr(printer, "_check_queue", lambda name: None)
    with pytest.raises(PrintError, match="reports a problem"):
        print_pdf(poster_pdf, paused.name)


def test_a_queue_refusing_jobs_is_reported_within_seconds(qapp, refusing, poster_pdf):
    started = time.monotonic()
    with pytest.raises(PrintError, match="not taking new jobs"):
        print_pdf(poster_pdf, refusing.name)
    assert time.monotonic() - started < 5


def test_a_missing_printer_or_a_bad_request_gets_a_plain_message(qapp, poster_pdf):
    with pytest.raises(PrintError, match="There is no printer called 'No Such Printer'"):
        print_pdf(poster_pdf, "No Such Printer")
    with pytest.raises(PrintError, match="nothing to print"):
        print_pdf(b"", "No Such Printer")
    with pytest.raises(PrintError, match="from 1 to 50 copies"):
        print_pdf(poster_pdf, "No Such Printer", copies=0)


def test_a_print_system_that_stops_answering_never_hangs_the_caller(qapp, poster_pdf, monkeypatch):
    """A scheduler that never replies is simulated by a check that blocks until released."""
    release = threading.Event()

    def stuck(name):
        release.wait(60)
        raise PrintError("released at the end of the test")

    monkeypatch.setattr(printer, "check_printer", stuck)
    started = time.monotonic()
    try:
        with pytest.raises(PrintError, match="did not answer within 1 seconds"):
            print_pdf(poster_pdf, "Any", timeout=1.0)
        assert time.monotonic() - started < 2
    finally:
        release.set()


def test_start_print_reports_back_on_the_gui_thread_without_blocking_it(qtbot, cups_queue, poster_pdf):
    from PySide6.QtCore import QTimer

    before, results, ticks = cups_queue.pdfs(), [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    job = start_print(poster_pdf, cups_queue.name, 1,
                      on_done=lambda result: results.append((result, threading.current_thread())))
    assert time.monotonic() - started < 0.5  # handed over at once: the screen is not held up
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    finished = time.monotonic()
    timer.stop()
    result, thread = results[0]
    assert thread is threading.main_thread() and result.ok and result.pages == 3
    assert job.result is result
    # The GUI thread's event loop kept running while the job ran: never a second without a tick.
    moments = [started, *[t for t in ticks if t <= finished], finished]
    assert max(b - a for a, b in zip(moments, moments[1:])) < 1.0
    assert cups.wait_for_new_pdf(cups_queue, before) is not None


def test_start_print_turns_a_failure_into_a_message(qtbot, poster_pdf):
    results = []
    start_print(poster_pdf, "No Such Printer", on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert not results[0].ok and "There is no printer called 'No Such Printer'" in results[0].message


def test_pages_render_on_a_worker_thread_for_the_preview(qapp, poster_pdf):
    with ThreadPoolExecutor(1) as pool:
        images = pool.submit(preview_images, poster_pdf, 600).result(timeout=30)
    assert len(images) == 3
    for image in images:
        assert (image.width(), image.height()) == (600, 424)
        dark = sum(image.pixelColor(x, y).lightness() < 100 for x in range(0, 600, 10)
                   for y in range(0, 424, 10))
        assert dark > 50  # text and headers were drawn, not a blank page
