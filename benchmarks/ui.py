"""Touchscreen speed on five years of data: tap-to-painted latency of each visitor navigation and
of Book (median and p95 over many taps) against a bare two-page Qt window switching pages the
same way in the same process; and memory over 1,000 simulated visitor journeys."""

import os
import shutil
import time

from .dataset import get_dataset
from .registry import Context, Measure, Row, Target, benchmark
from .timing import median, percentile

P95_TARGET_MS = 50.0
NAVIGATIONS = ["check_in", "whats_on", "my_booking", "feedback", "polls", "check_out"]


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")
    from PySide6.QtWidgets import QApplication

    from kiosk.views.fonts import install_fonts

    app = QApplication.instance() or QApplication([])
    install_fonts()
    return app


def _tap_and_paint(window, widget) -> float:
    """Seconds from a tap on ``widget`` until the whole window has been painted again."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    start = time.perf_counter()
    QTest.mouseClick(widget, Qt.LeftButton)
    window.repaint()
    return time.perf_counter() - start


def _bare_window():
    """The baseline: a stack of two labelled pages and a button that switches between them."""
    from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    stack = QStackedWidget()
    for text in ("Welcome", "Another page"):
        stack.addWidget(QLabel(text))
    button = QPushButton("Switch")
    button.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    layout.addWidget(stack)
    layout.addWidget(button)
    window.resize(1920, 1080)
    window.show()
    return window, button


def _kiosk_window(ctx: Context):
    from kiosk.db.engine import make_engine, sqlite_url
    from kiosk.services import build_services
    from kiosk.views.main_window import MainWindow

    dataset = get_dataset(ctx)
    scratch = ctx.cache_dir / "ui-scratch.sqlite"
    shutil.copyfile(dataset.path, scratch)  # bookings made here must not change the cached data
    services = build_services(make_engine(sqlite_url(scratch)), clock=lambda: dataset.now)
    window = MainWindow(locked=False)
    window.resize(1920, 1080)
    window.show()
    window.start(services)
    return window, services


@benchmark("taps")
def tap_latency(ctx: Context) -> list[Row]:
    app = _app()
    taps = ctx.pick(200, 30)
    window, services = _kiosk_window(ctx)
    bare, switch = _bare_window()
    welcome = window.page_by_name["welcome"]
    rows = []
    for name in NAVIGATIONS:
        kiosk, baseline = [], []
        for _ in range(taps):
            kiosk.append(_tap_and_paint(window, welcome.tiles[name]))
            window.home()
            _settle(app)
            baseline.append(_tap_and_paint(bare, switch))
        rows.append(_row(f"tap to painted: {name.replace('_', ' ')}", kiosk, baseline, taps))
    rows.append(_book_row(app, window, services, bare, switch, taps))
    _dispose(app, window, services, bare)
    return rows


def _book_row(app, window, services, bare, switch, taps: int) -> Row:
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if s.starts_at > services.uow.clock() and not s.is_cancelled]
    book = window.page_by_name["book"]
    kiosk, baseline = [], []
    for index in range(taps):
        window.go("book", upcoming[index % len(upcoming)].id)
        book.name.setText("Sam")
        _settle(app)
        kiosk.append(_tap_and_paint(window, book.confirm))
        window.home()
        baseline.append(_tap_and_paint(bare, switch))
    return _row("tap to painted: Book (a booking saved, reference and QR drawn)", kiosk, baseline, taps)


def _row(name: str, kiosk: list[float], baseline: list[float], taps: int) -> Row:
    note = f"{taps} taps at 1920×1080 offscreen; baseline: a bare two-page window, p95 shown beside"
    p95 = Measure(percentile(kiosk, 95) * 1000, "ms")
    return Row(f"{name} (p95 {p95.value:.1f} ms)", Measure(median(kiosk) * 1000, "ms"),
               Measure(median(baseline) * 1000, "ms"),
               Target(f"p95 ≤ {P95_TARGET_MS:g} ms", lambda row, p95=p95: p95.value <= P95_TARGET_MS), note)


def _dispose(app, window, services, *others) -> None:
    """Delete the windows now, while Qt is whole: left to interpreter shutdown, PySide can crash."""
    window.unlock_for_shutdown()
    for widget in (window, *others):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    services.uow.engine.dispose()


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@benchmark("memory")
def journey_memory(ctx: Context) -> list[Row]:
    app = _app()
    journeys = ctx.pick(1000, 200)
    window, services = _kiosk_window(ctx)
    upcoming = [s for s in services.schedule.days(services.schedule.week()[0].starts_at.date(), 14)
                if s.starts_at > services.uow.clock() and not s.is_cancelled]
    after_first_hundred = None
    for index in range(journeys):
        _journey(app, window, upcoming[index % len(upcoming)].id, index)
        if index == 99:
            after_first_hundred = _rss_bytes()
    final = _rss_bytes()
    _dispose(app, window, services)
    growth = (final - after_first_hundred) / after_first_hundred * 100
    return [Row(f"resident memory after {journeys} journeys (growth {growth:+.1f} % over the first 100)",
                Measure(final / 2**20, "MB"), Measure(after_first_hundred / 2**20, "MB"),
                Target("growth < 10 %", lambda row, g=growth: g < 10.0),
                "each journey: Welcome, What's on, a session, Book, booked, Done; then feedback")]


def _journey(app, window, session_id, index: int) -> None:
    window.go("whats_on")
    window.go("session", session_id)
    window.go("book", session_id)
    book = window.page_by_name["book"]
    book.name.setText(f"Visitor{index}")
    book.confirm.click()
    window.go("feedback")
    window.home()
    _settle(app)


def _settle(app) -> None:
    """What the running event loop does between taps, including deleting replaced widgets
    (deleteLater waits for the loop, which this benchmark drives by hand)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
