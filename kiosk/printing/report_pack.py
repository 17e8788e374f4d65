"""The quarterly Community Voice pack: a one-page summary, then each section with its chart, a
sentence saying what it shows and its table, and the "you said, we did" answers of the period.
Made only from suppressed tables, so no figure from 1 to 4 and no comment can reach the page."""

import io
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String

from ..domain.report_tables import SECTIONS, build_tables
from ..domain.reports import Answer, ShownTable
from ..domain.wording import clock_time, day_name, local
from .draw import INK, MUTED, PRIMARY, RULE, block_height, new_canvas
from .flow import Block, Placed, paginate, spacer, text_block
from .fonts import MAIN, register
from .geometry import A4_PORTRAIT
from .tables import Column, Row, Table, page_footer, paint_table_page

MARGIN, SIZE = 40.0, 9.5
CHART_HEIGHT = 170.0
MOST_LABELS = 14
MOST_BARS = 15
LABEL_CHARS = 16
NOTE = ("Numbers from 1 to 4 are shown as \"fewer than 5\", and a few other numbers are \"not shown\" so "
        "that a hidden number cannot be worked out from a total. Averages and rates made from fewer than "
        "5 answers say \"too few to show\". What people wrote in their feedback is never printed here.")


def report_pack_pdf(services, actor, first: date, last: date, hub_id="this") -> bytes:
    """Read the suppressed tables and the period's answers (as ``actor``), then build the pack."""
    report = services.reports.impact(actor, first, last, hub_id)
    tz = services.hub.current().timezone if hub_id == "this" else "Europe/London"
    return build_report_pack(report.scope, first, last, build_tables(report), report.answers,
                             printed_at=services.uow.clock(), tz=tz)


def build_report_pack(scope: str, first: date, last: date, tables: Sequence[ShownTable],
                      answers: Sequence[Answer], *, printed_at: datetime, tz: str = "Europe/London") -> bytes:
    register()
    width = A4_PORTRAIT[0] - 2 * MARGIN
    period = f"{first:%d %B %Y} to {last:%d %B %Y}"
    summary = [text_block("Community Voice pack", 22, width, bold=True, gap_after=4),
               text_block(f"{scope}: {period}", 14, width, bold=True, colour=PRIMARY, gap_after=10)]
    summary += _table_blocks(tables[0], width, chart=False)
    summary += [spacer(8), text_block(NOTE, SIZE + 1, width, colour=MUTED)]
    rest: list[Block] = []
    for section in SECTIONS[1:]:
        chosen = [t for t in tables if t.section == section]
        rest.append(text_block(section, 18, width, bold=True, colour=PRIMARY, gap_after=6, keep_with_next=True))
        charted = next((t for t in chosen if t.chart is not None and t.rows), None)
        for table in chosen:  # one chart per section: the first table that has one
            rest += _table_blocks(table, width, chart=table is charted)
        if section == "Feedback":
            rest += _answer_blocks(answers, width)
    title = f"Community Voice pack, {scope}, {period}"
    return _document(title, [summary, rest], printed_at, tz, scope)


def _table_blocks(table: ShownTable, width: float, chart: bool = True) -> list[Block]:
    blocks = [text_block(table.title, 13, width, bold=True, gap_after=3, keep_with_next=True),
              text_block(table.says, SIZE + 1, width, gap_after=6, keep_with_next=True)]
    if chart and table.chart is not None and table.rows:
        blocks.append(_chart_block(table, width))
    if not table.rows:
        return blocks + [text_block("Nothing in this period.", SIZE + 1, width, colour=MUTED, gap_after=14)]
    wide = len(table.columns) > 5
    label = 100.0 if wide else min(200.0, width * 0.4) if len(table.columns) > 2 else width * 0.6
    rest = (width - label) / (len(table.columns) - 1)
    grid = Table([Column(table.columns[0], label)] + [Column(c, rest, "right") for c in table.columns[1:]],
                 SIZE - 1.5 if wide else SIZE)
    blocks.append(grid.header())
    blocks += [grid.row(list(row), bold=row[0] == "Total") for row in table.rows]
    return blocks + [spacer(14)]


def _chart_block(table: ShownTable, width: float) -> Block:
    drawing = chart_drawing(table, width, CHART_HEIGHT)

    def paint(canvas, x: float, top: float) -> None:
        renderPDF.draw(drawing, canvas, x, top - CHART_HEIGHT)

    return Block(height=CHART_HEIGHT, paint=paint, gap_after=8)


def chart_drawing(table: ShownTable, width: float, height: float) -> Drawing:
    """A bar or line chart of the table's chart column; hidden figures draw as nothing (0)."""
    spec, title = table.chart, table.chart.title
    labels, values = table.labels(), table.column_values(spec.column)
    if spec.kind == "bar" and len(values) > MOST_BARS:
        keep = sorted(sorted(range(len(values)), key=lambda i: -values[i])[:MOST_BARS])
        labels, values = [labels[i] for i in keep], [values[i] for i in keep]
        title = f"{title} (the {MOST_BARS} largest; all are in the table)"
    chart = VerticalBarChart() if spec.kind == "bar" else HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 36, 42, width - 50, height - 62
    chart.data = [values or [0]]
    step = max(1, -(-len(labels) // MOST_LABELS))
    chart.categoryAxis.categoryNames = [_short(label) if i % step == 0 else "" for i, label in enumerate(labels)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = MAIN, 7
        axis.strokeColor = RULE
    chart.categoryAxis.labels.angle, chart.categoryAxis.labels.boxAnchor = 30, "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([5.0, *values]) * 1.1
    if spec.kind == "bar":
        chart.bars[0].fillColor, chart.bars[0].strokeColor = PRIMARY, PRIMARY
    else:
        chart.lines[0].strokeColor, chart.lines[0].strokeWidth = PRIMARY, 2
    drawing = Drawing(width, height)
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=MAIN, fontSize=9, fillColor=INK))
    return drawing


def _short(label: str) -> str:
    """A chart's category name: the last part of a table label, short enough to stay in the chart."""
    part = label.rsplit(": ", 1)[-1]
    return part if len(part) <= LABEL_CHARS else part[:LABEL_CHARS - 1] + "…"


def _answer_blocks(answers: Sequence[Answer], width: float) -> list[Block]:
    blocks = [text_block("You said, we did: answers published in the period", 13, width, bold=True,
                         gap_after=6, keep_with_next=True)]
    if not answers:
        return blocks + [text_block("No answers were published in this period.", SIZE + 1, width, gap_after=14)]
    for answer in answers:
        about = f" ({answer.activity})" if answer.activity else ""
        blocks += [text_block(f"{answer.published_on:%d %B %Y}{about}", SIZE, width, colour=MUTED,
                              gap_after=1, keep_with_next=True),
                   text_block(f"You said: {answer.you_said}", SIZE + 1, width, bold=True, gap_after=1,
                              keep_with_next=True),
                   text_block(f"We did: {answer.we_did}", SIZE + 1, width, gap_after=8)]
    return blocks


def _document(title: str, parts: list[list[Block]], printed_at: datetime, tz: str, scope: str) -> bytes:
    width, height = A4_PORTRAIT
    footer_h = block_height(1, 9) + 6
    body = height - 2 * MARGIN - footer_h
    repeat = max((b.header.height for part in parts for b in part if isinstance(b, Row) and b.header),
                 default=0.0)
    pages: list[Placed] = [page for part in parts for page in paginate(part, body, body - repeat)]
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4_PORTRAIT, title, "Impact and Community Voice report", scope)
    stamp = f"{scope}. Printed {clock_time(printed_at, tz)} {day_name(local(printed_at, tz).date())}."
    for number, placed in enumerate(pages, 1):
        top = height - MARGIN
        paint_table_page(canvas, placed, MARGIN, top)
        page_footer(canvas, width, MARGIN, stamp, number, len(pages))
    canvas.save()
    return buffer.getvalue()
