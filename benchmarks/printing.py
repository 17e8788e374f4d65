"""Printing speed: building the weekly timetable poster for a full week (40 sessions) against a
bare reportlab page holding one 7×10 table and one QR code, built in the same process."""

import io
import uuid
from datetime import UTC, date, datetime, timedelta

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from kiosk.domain.enums import SessionStatus
from kiosk.domain.records import ActivityInfo, CrisisContact, HubInfo, SessionInfo
from kiosk.domain.timeutil import at_local
from kiosk.printing.fonts import MAIN
from kiosk.printing.fonts import register as register_fonts
from kiosk.printing.poster import build_poster

from . import vocabulary as vocab
from .registry import Context, Measure, Row, Target, benchmark
from .timing import median, time_calls

TZ = "Europe/London"
MONDAY = date(2026, 12, 7)
#: Sessions per weekday, Monday first: 40 in all.
WEEK = (7, 6, 6, 6, 6, 5, 4)
WEB = "https://example.org/riverside"


def week_records() -> tuple[HubInfo, list[SessionInfo]]:
    """A hub and a full week of sessions as the services would return them (no database)."""
    hub = HubInfo(uuid.uuid4(), "Riverside Recovery Hub", "12 Riverside Walk, Chelmsford CM1 1AA",
                  "01632 960 123", WEB, TZ, (CrisisContact("Samaritans", "Call 116 123"),))
    activities = [ActivityInfo(uuid.uuid4(), a[0], a[3], a[4], a[5], a[1], a[2]) for a in vocab.ACTIVITIES]
    sessions, index = [], 0
    for day, count in enumerate(WEEK):
        for slot in range(count):
            activity = activities[index % len(activities)]
            places = vocab.ACTIVITIES[index % len(vocab.ACTIVITIES)][8]
            starts = at_local(MONDAY + timedelta(days=day), vocab.START_TIMES[slot * 2 % 13], TZ)
            cancelled = index % 9 == 4
            sessions.append(SessionInfo(
                uuid.uuid4(), activity, starts, starts + timedelta(minutes=90), places[slot % len(places)],
                "Volunteer team", None, 12, (index * 5) % 13, 0,
                SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
                vocab.CANCEL_REASONS[index % 6] if cancelled else None, None))
            index += 1
    return hub, sessions


def bare_page(font: str) -> bytes:
    """The baseline: one landscape A4 page, one 7×10 table of short texts and one QR code."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), initialFontName=font)
    data = [[f"{10 + row}:00 Yoga" for _ in range(7)] for row in range(10)]
    table = Table(data, colWidths=[110] * 7, rowHeights=[40] * 10)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    table.wrapOn(canvas, 800, 500)
    table.drawOn(canvas, 20, 40)
    widget = QrCodeWidget(WEB)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(70, 70, transform=[70 / (x1 - x0), 0, 0, 70 / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 750, 500)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def measure(quick: bool) -> dict:
    """Median seconds per build of the poster and of the bare page (same font, and Helvetica)."""
    register_fonts()
    hub, sessions = week_records()
    printed_at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    calls, warmup = (5, 2) if quick else (40, 5)
    times = time_calls([lambda: build_poster(hub, MONDAY, sessions, printed_at=printed_at),
                        lambda: bare_page(MAIN), lambda: bare_page("Helvetica")], calls, warmup)
    poster, same_font, helvetica = (median(t) for t in times)
    pages = build_poster(hub, MONDAY, sessions, printed_at=printed_at).count(b"/Type /Page\n")
    return {"poster": poster, "baseline": same_font, "baseline_helvetica": helvetica,
            "sessions": len(sessions), "pages": pages, "calls": calls}


@benchmark("printing")
def printing(ctx: Context) -> list[Row]:
    figures = measure(ctx.quick)
    note = (f"median of {figures['calls']} builds each; {figures['sessions']} sessions on "
            f"{figures['pages']} page(s); both sides embed the kiosk's TTF font; against the bare "
            f"page in Helvetica (no font embedded) the ratio is "
            f"{figures['poster'] / figures['baseline_helvetica']:.2f}×")
    return [Row("poster: full week (40 sessions)", Measure(figures["poster"] * 1000, "ms"),
                Measure(figures["baseline"] * 1000, "ms"), Target.ratio_at_most(1.5), note)]


def run(quick: bool) -> list[dict]:
    """The same figures as plain rows, for callers that do not use the registry."""
    figures = measure(quick)
    return [{"name": "poster: full week (40 sessions)", "kiosk_ms": figures["poster"] * 1000,
             "baseline_ms": figures["baseline"] * 1000,
             "ratio": figures["poster"] / figures["baseline"], "target": 1.5,
             "baseline_helvetica_ms": figures["baseline_helvetica"] * 1000}]


if __name__ == "__main__":
    for line in run(quick=False):
        print(line)
