"""The desk's Impact reports page: the figures on screen are the services' suppressed figures, four
QtCharts each beside their table, nothing from 1 to 4, no name or comment; hub leads only."""

import re

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from kiosk.domain.enums import StaffRole
from kiosk.domain.records import Actor
from kiosk.domain.suppression import FEWER
from kiosk.views.desk.base import DeskContext
from kiosk.views.desk.reports import CHARTED, ReportsPage
from kiosk.views.theme import Theme
from tests.desk.conftest import (  # noqa: F401  (fixtures for the real desk window)
    LEAD_NAME, LEAD_PIN, VOLUNTEER_NAME, VOLUNTEER_PIN, desk, desk_clock, desk_services, desk_template, make_desk,
)
from tests.desk.helpers import sign_in, tap

from .conftest import QUARTER
from .test_outputs import SECRETS

LEAD = Actor("Lena the lead", StaffRole.LEAD)


def screen_text(page) -> str:
    texts = [label.text() for label in page.findChildren(QLabel)]
    for view in page.findChildren(QTableWidget):
        texts += [view.item(r, c).text() for r in range(view.rowCount()) for c in range(view.columnCount())]
    return "\n".join(texts)


def test_the_page_shows_exactly_the_services_figures(qtbot, year):
    page = ReportsPage(year.services, Theme(), DeskContext(actor=LEAD))
    qtbot.addWidget(page)
    page.resize(1600, 1000)
    page.show()
    page.show_with(None)
    page.first.set_value(QUARTER[0])
    page.last.set_value(QUARTER[1])
    tap(qtbot, page.show_button)
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)  # worked out off the GUI thread
    QApplication.processEvents()  # and drawn
    expected = year.services.reports.tables(LEAD, *QUARTER)
    assert [t.key for t in page.shown] == [t.key for t in expected]
    for table in expected:
        assert page.figures(table.key) == list(table.rows), table.key
        for row in page.figures(table.key):
            assert not [c for c in row[1:] if re.fullmatch(r"[1-4]", c)], (table.key, row)
    assert set(page.charts) == set(CHARTED)
    assert all(isinstance(v, QChartView) and v.isVisible() for v in page.charts.values())
    for key, view in page.charts.items():
        series = view.chart().series()[0]
        table = next(t for t in expected if t.key == key)
        assert view.chart().title() == table.chart.title and series.count() >= 1
    text = screen_text(page)
    assert FEWER in text and not any(s.lower() in text.lower() for s in SECRETS)
    page.reset()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert page.table_views == {} and not page.findChildren(QTableWidget)


def test_only_a_hub_lead_opens_the_reports(qtbot, desk):  # noqa: F811 (the imported fixture)
    shell = desk.area.shell
    sign_in(qtbot, desk.area, VOLUNTEER_NAME, VOLUNTEER_PIN)
    assert not shell.nav["reports"].isVisible()
    assert shell.go("reports") is False and shell.current_name == "today"
    desk.area.lock()
    QApplication.processEvents()
    sign_in(qtbot, desk.area, LEAD_NAME, LEAD_PIN)
    tap(qtbot, shell.nav["reports"])
    page = shell.pages["reports"]
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    assert shell.current_name == "reports" and page.table_views
    assert page.figures("summary") == list(page.shown[0].rows)


def test_the_report_is_worked_out_off_the_gui_thread_and_only_the_latest_shows(qtbot, year, monkeypatch):
    import threading

    page = ReportsPage(year.services, Theme(), DeskContext(actor=LEAD))
    qtbot.addWidget(page)
    page.show()
    threads, real_tables = [], year.services.reports.tables

    def watched_tables(*args):
        threads.append(threading.current_thread())
        return real_tables(*args)

    monkeypatch.setattr(year.services.reports, "tables", watched_tables)
    page.show_with(None)
    assert page.building and page.table_views == {}  # the desk is not held up meanwhile
    page.first.set_value(QUARTER[0])
    page.last.set_value(QUARTER[1])
    tap(qtbot, page.show_button)  # asked again before the first answer came
    qtbot.waitUntil(lambda: not page.building, timeout=20_000)
    assert threads and threading.main_thread() not in threads
    assert page.figures("summary") == list(real_tables(LEAD, *QUARTER)[0].rows)
    page.reset()
    assert not page.building
