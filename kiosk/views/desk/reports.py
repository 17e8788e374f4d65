"""Impact reports (hub leads only): pick a hub and a period; charts drawn with QtCharts, each with
its table beside it, then every other table. Shows only the suppressed tables the services give;
the figures are worked out in the task pool, so the desk stays responsive on a large year."""

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ...domain.reports import ShownTable
from ..i18n import keep_english as tr
from ..tasks import TaskResult, run_task
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import StepField

#: The tables drawn as charts on screen (the others are shown as tables only).
CHARTED = ("attendance_by_week", "sessions_by_activity", "reach_by_district", "rating_by_month")
ALL = "all"
DEFAULT_DAYS = 91
CHART_HEIGHT = 320


class ReportsPage(DeskPage):
    page_name = "reports"
    title_text = "Impact reports"
    nav_text = "Reports"
    icon_name = "sprout"
    lead_only = True

    def _build_ui(self) -> None:
        line = QHBoxLayout()
        line.setSpacing(16)
        self.hub = ChoiceRow([], allow_none=False, columns=4)
        self.first = StepField("date", date.today(), tr("From"), words=False)
        self.last = StepField("date", date.today(), tr("To"), words=False)
        self.show_button = action_button(tr("Show"), "secondary", "check")
        self.show_button.clicked.connect(self._on_show_button_clicked)
        for field in (self.first, self.last):
            field.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
            field.edit.returnPressed.connect(self._on_show_button_clicked)
        for widget in (self.first, self.label(tr("to")), self.last, self.show_button):
            line.addWidget(widget)
        line.addStretch(1)
        self.body.addWidget(self.hub)
        self.body.addLayout(line)
        self.note = self.label(tr("Numbers from 1 to 4 show as “fewer than 5” so nobody can be picked out."),
                               "muted")
        self.body.addWidget(self.note)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(16)
        self.body.addLayout(self.sections)
        self.body.addStretch(1)
        self.shown: list[ShownTable] = []
        self.table_views: dict[str, QTableWidget] = {}
        self.charts: dict[str, QChartView] = {}
        self._task = None

    @property
    def building(self) -> bool:
        """The figures asked for last are still being worked out."""
        return self._task is not None

    def show_with(self, argument) -> None:
        self.clear_message()
        hubs = self._services.reports.hubs()
        options = [("this", tr("This hub"))] if len(hubs) <= 1 else (
            [(ALL, tr("All hubs"))] + [(hub_id, name) for hub_id, name in hubs])
        self.hub.set_options(options)
        self.hub.set_value(options[0][0])
        today = self._services.hub.today()
        self.first.set_value(today - timedelta(days=DEFAULT_DAYS))
        self.last.set_value(today)
        self.refresh()

    def refresh(self) -> None:
        dates = self.attempt(lambda: (self.first.value(), self.last.value()))
        if dates is None:
            return
        hub = self.hub.value()
        self._task = run_task(self._services.reports.tables, self._on_tables, self.actor, *dates,
                              None if hub == ALL else hub, name="impact report")

    def _on_tables(self, outcome: TaskResult) -> None:
        if self._task is None or outcome is not self._task.result:
            return  # asked again since, or the desk was locked: only the latest answer shows
        self._task = None
        if outcome.ok:
            self._render(outcome.value)
        else:
            self.show_message(outcome.message)

    def _on_show_button_clicked(self) -> None:
        self.refresh()

    def _render(self, tables: list[ShownTable]) -> None:
        clear_layout(self.sections)
        self.shown, self.table_views, self.charts = tables, {}, {}
        section = None
        for table in tables:
            if table.section != section:
                section = table.section
                self.sections.addWidget(self.label(tr(section), "title"))
            self.sections.addWidget(self.label(table.title, "heading"))
            self.sections.addWidget(self.label(table.says, "muted"))
            view = self._table_view(table)
            self.table_views[table.key] = view
            if table.key in CHARTED and table.rows:
                row = QHBoxLayout()
                row.setSpacing(16)
                self.charts[table.key] = self._chart(table)
                row.addWidget(self.charts[table.key], 3)
                row.addWidget(view, 2)
                self.sections.addLayout(row)
            else:
                self.sections.addWidget(view)

    def _table_view(self, table: ShownTable) -> QTableWidget:
        view = QTableWidget(len(table.rows), len(table.columns))
        view.setAccessibleName(table.title)
        view.setHorizontalHeaderLabels(list(table.columns))
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.NoSelection)
        view.verticalHeader().hide()
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                view.setItem(r, c, item)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumHeight(min(CHART_HEIGHT, 40 + 34 * max(1, len(table.rows))))
        return view

    def _chart(self, table: ShownTable) -> QChartView:
        """A bar or line chart of the table's chart column; a hidden figure draws as 0 (the table
        beside it says "fewer than 5")."""
        spec, labels = table.chart, table.labels()
        values = table.column_values(spec.column)
        chart = QChart()
        chart.setTitle(spec.title)
        chart.legend().hide()
        colour = QColor(self._theme.palette.primary)
        if spec.kind == "bar":
            bars = QBarSet(spec.title)
            bars.append(values)
            bars.setColor(colour)
            series = QBarSeries()
            series.append(bars)
        else:
            series = QLineSeries()
            for index, value in enumerate(values):
                series.append(index, value)
            series.setColor(colour)
        chart.addSeries(series)
        axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
        axis_x.append([label[:18] for label in labels])
        axis_y.setRange(0, max([5.0, *values]) * 1.1)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        view = QChartView(chart)
        view.setRenderHint(QPainter.Antialiasing)
        view.setAccessibleName(spec.title)
        view.setMinimumHeight(CHART_HEIGHT)
        return view

    def figures(self, key: str) -> list[tuple[str, ...]]:
        """What a table on screen says, row by row (for checking against the services)."""
        view = self.table_views[key]
        return [tuple(view.item(r, c).text() for c in range(view.columnCount())) for r in range(view.rowCount())]

    def reset(self) -> None:
        super().reset()
        self._task = None
        clear_layout(self.sections)
        self.shown, self.table_views, self.charts = [], {}, {}
