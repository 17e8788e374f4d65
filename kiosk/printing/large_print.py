"""The large-print timetable: the week as a plain list on A4 portrait, no text under 18 pt."""

import io
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from reportlab.pdfgen.canvas import Canvas

from ..domain.records import HubInfo, SessionInfo
from ..domain.wording import clock_time, day_name, local, places_text, time_range, week_range
from .draw import ALERT, INK, MUTED, PRIMARY, Pen, block_height, hatch, hex_colour, new_canvas, wrap
from .flow import Block, paginate, paint_page, spacer, text_block
from .fonts import register
from .geometry import A4_PORTRAIT

MARGIN = 42.0
#: The smallest text anywhere on these pages.
MIN_SIZE = 18.0
TITLE, HEADING, MAIN, BODY = 28.0, 24.0, 22.0, 20.0
BAR, BAR_GAP = 7.0, 12.0


def build_large_print(hub: HubInfo, monday: date, sessions: Sequence[SessionInfo], *,
                      printed_at: datetime) -> bytes:
    register()
    width, height = A4_PORTRAIT
    content = width - 2 * MARGIN
    blocks = _blocks(hub, monday, sessions, content, printed_at)
    footer_h = block_height(1, MIN_SIZE) + 10
    first_head = _heading(hub, monday, content, first=True)
    later_head = _heading(hub, monday, content, first=False)
    body = height - 2 * MARGIN - footer_h
    pages = paginate(blocks, body - _height(first_head), body - _height(later_head))
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4_PORTRAIT, f"What's on at {hub.name}: {week_range(monday)} (large print)",
                        "Weekly timetable in large print", hub.name)
    for number, placed in enumerate(pages, 1):
        head = first_head if number == 1 else later_head
        top = height - MARGIN
        paint_page(canvas, [(b, o) for b, o in _stack(head)], MARGIN, top)
        paint_page(canvas, placed, MARGIN, top - _height(head))
        Pen(canvas, MIN_SIZE, False, MUTED).line(width - MARGIN, MARGIN + 6,
                                                 f"Page {number} of {len(pages)}", align="right")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _heading(hub: HubInfo, monday: date, width: float, first: bool) -> list[Block]:
    if not first:
        return [text_block(f"{hub.name}: what's on (continued)", BODY, width, bold=True,
                           colour=PRIMARY, gap_after=16)]
    return [
        text_block(hub.name, TITLE, width, bold=True, gap_after=6),
        text_block(f"What's on: {week_range(monday)}", MAIN, width, bold=True, colour=PRIMARY,
                   gap_after=6),
        text_block("Book a place at the kiosk in reception, or ask a volunteer.", BODY, width,
                   gap_after=20),
    ]


def _stack(blocks: list[Block]) -> list[tuple[Block, float]]:
    placed, used = [], 0.0
    for block in blocks:
        placed.append((block, used))
        used += block.height + block.gap_after
    return placed


def _height(blocks: list[Block]) -> float:
    return sum(b.height + b.gap_after for b in blocks)


def _blocks(hub: HubInfo, monday: date, sessions: Sequence[SessionInfo], width: float,
            printed_at: datetime) -> list[Block]:
    tz = hub.timezone
    days: dict[date, list[SessionInfo]] = {monday + timedelta(days=i): [] for i in range(7)}
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.activity.name)):
        day = local(session.starts_at, tz).date()
        if day in days:
            days[day].append(session)
    blocks: list[Block] = []
    for day, on_day in days.items():
        blocks.append(text_block(day_name(day), HEADING, width, bold=True, colour=PRIMARY,
                                 gap_after=10, keep_with_next=True))
        if not on_day:
            blocks.append(text_block("No sessions", BODY, width, colour=MUTED, gap_after=22))
        for index, session in enumerate(on_day):
            blocks.append(_session_block(session, tz, width, last=index == len(on_day) - 1))
    local_now = local(printed_at, tz)
    blocks.append(spacer(4))
    blocks.append(text_block(
        f"Printed on {day_name(local_now.date())} at {clock_time(printed_at, tz)}. "
        "Places left may have changed since then.", MIN_SIZE, width, colour=MUTED))
    return blocks


def _session_block(session: SessionInfo, tz: str, width: float, last: bool) -> Block:
    """One session: a colour bar beside its time, name, place and places left, kept together."""
    inner = width - BAR - BAR_GAP
    cancelled = session.is_cancelled
    parts: list[tuple[list[str], float, bool, object, bool]] = []
    if cancelled:
        parts.append((["CANCELLED"], MAIN, True, ALERT, False))
    parts.append((wrap(time_range(session, tz), MAIN, inner, True), MAIN, True, INK, cancelled))
    parts.append((wrap(session.activity.name, MAIN, inner, True), MAIN, True, INK, cancelled))
    if session.place:
        parts.append((wrap(session.place, BODY, inner), BODY, False, INK, False))
    status = (session.cancel_reason or "") if cancelled else places_text(session)
    if status:
        parts.append((wrap(status, BODY, inner), BODY, False, INK, False))
    gap = 4.0
    height = sum(block_height(len(lines), size) for lines, size, *_ in parts) + gap * (len(parts) - 1)

    def paint(canvas: Canvas, x: float, top: float) -> None:
        if cancelled:
            hatch(canvas, x, top - height, BAR, height, INK, 3.5)
        else:
            canvas.setFillColor(hex_colour(session.activity.colour))
            canvas.rect(x, top - height, BAR, height, stroke=0, fill=1)
        y = top
        for lines, size, bold, colour, strike in parts:
            y -= Pen(canvas, size, bold, colour).lines(x + BAR + BAR_GAP, y, lines, strike=strike) + gap

    return Block(height=height, paint=paint, gap_after=22 if last else 16)
