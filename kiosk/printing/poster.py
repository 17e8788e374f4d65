"""The weekly timetable poster: a Monday-to-Sunday grid of session cards, fitted to the page."""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from ..domain.records import HubInfo, SessionInfo
from ..domain.wording import day_name, local, places_text, time_range, week_range
from .draw import (
    ALERT,
    INK,
    MUTED,
    PALE,
    PRIMARY,
    RULE,
    Pen,
    block_height,
    clip_lines,
    hatch,
    hex_colour,
    new_canvas,
    tint,
    wrap,
)
from .fonts import register
from .geometry import Rect, poster_paper
from .poster_frame import Frame, draw_footer, draw_header, measure_frame

BASE_SIZE, FLOOR_SIZE, STEP = 12.0, 8.0, 0.5
#: Line limits inside one card (names and places fit in full; only a long reason is cut short).
NAME_LINES, PLACE_LINES, REASON_LINES = 6, 6, 3
DAY_HEADER = 30.0
COLUMN_GAP, CELL_PAD, CARD_GAP, BAR = 5.0, 4.0, 4.0, 4.0
CARD_TEXT_LEFT, CARD_TEXT_RIGHT = BAR * 1.5 + 4.0, 3.0
#: vertical padding inside a card and the gap between its parts, as shares of the text size
PAD, GAP = 0.35, 0.2


@dataclass(frozen=True)
class Card:
    """One session's lines at one text size, ready to draw."""

    session: SessionInfo
    size: float
    time: list[str]
    name: list[str]
    place: list[str]
    status: list[str]
    reason: list[str]

    @property
    def height(self) -> float:
        small = self.size * 0.9
        parts = [block_height(len(self.time) + len(self.name), self.size),
                 block_height(len(self.place), small), block_height(len(self.status), small),
                 block_height(len(self.reason), small)]
        used = [p for p in parts if p]
        return sum(used) + self.size * (GAP * (len(used) - 1) + 2 * PAD)


@dataclass(frozen=True)
class PosterPage:
    """Where things were drawn on one page: tests check every character against these."""

    number: int
    cells: tuple[Rect, ...]  # the seven day cells, Monday first
    day_headers: tuple[Rect, ...]
    cards: tuple[tuple[Card, ...], ...]
    more: tuple[int, ...]  # sessions of each day left for the next page


@dataclass(frozen=True)
class PosterPlan:
    pagesize: tuple[float, float]
    scale: float
    text_size: float
    frame: Frame
    pages: tuple[PosterPage, ...]


def plan_poster(hub: HubInfo, monday: date, sessions: Sequence[SessionInfo], *, paper: str = "A4",
                printed_at: datetime) -> PosterPlan:
    """Lay the week out: the largest text size at which every day fits, down to a legible floor,
    then any day that still does not fit continues on another page."""
    register()
    pagesize = poster_paper(paper)
    scale = pagesize[0] / 842.0
    frame = measure_frame(hub, monday, sessions, pagesize, scale, printed_at)
    days = _by_day(sessions, monday, hub.timezone)
    width = (frame.grid.width - 6 * COLUMN_GAP * scale) / 7
    cell_h = frame.grid.height - DAY_HEADER * scale
    text_width = width - 2 * CELL_PAD * scale - (CARD_TEXT_LEFT + CARD_TEXT_RIGHT) * scale
    size, cards = _fit(days, hub.timezone, scale, text_width, cell_h - 2 * CELL_PAD * scale)
    pages, page_no, left = [], 1, [list(c) for c in cards]
    while page_no == 1 or any(left):
        pages.append(_page(page_no, frame.grid if page_no == 1 else frame.later_grid, width, scale,
                           size, left))
        page_no += 1
    return PosterPlan(pagesize, scale, size, frame, tuple(pages))


def build_poster(hub: HubInfo, monday: date, sessions: Sequence[SessionInfo], *, paper: str = "A4",
                 printed_at: datetime) -> bytes:
    """The poster as PDF bytes (one page, or more when a day is too full for one)."""
    plan = plan_poster(hub, monday, sessions, paper=paper, printed_at=printed_at)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, plan.pagesize, f"What's on at {hub.name}: {week_range(monday)}",
                        "Weekly timetable poster", hub.name)
    totals = days_with_sessions(plan)
    for page in plan.pages:
        draw_header(canvas, plan.frame, page.number)
        _draw_grid(canvas, plan, page, monday, totals)
        draw_footer(canvas, plan.frame, page.number, len(plan.pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def days_with_sessions(plan: PosterPlan) -> list[int]:
    """How many sessions each day has in the whole plan (all pages)."""
    counts = [0] * 7
    for page in plan.pages:
        for day, cards in enumerate(page.cards):
            counts[day] += len(cards)
    return counts


def _by_day(sessions: Sequence[SessionInfo], monday: date, tz: str) -> list[list[SessionInfo]]:
    days: list[list[SessionInfo]] = [[] for _ in range(7)]
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.activity.name)):
        index = (local(session.starts_at, tz).date() - monday).days
        if 0 <= index < 7:
            days[index].append(session)
    return days


def _fit(days: list[list[SessionInfo]], tz: str, scale: float, width: float,
         room: float) -> tuple[float, list[list[Card]]]:
    """The largest size (in half-point steps) at which every day's cards fit ``room``."""
    sizes = [round((BASE_SIZE - STEP * i) * scale, 3)
             for i in range(int((BASE_SIZE - FLOOR_SIZE) / STEP) + 1)]
    low, high = 0, len(sizes) - 1
    best = None
    while low <= high:  # fitting only gets easier as the size drops: a binary search
        mid = (low + high) // 2
        cards = [[_card(s, tz, sizes[mid], width) for s in day] for day in days]
        if all(_column_height(day, scale) <= room for day in cards):
            best, high = (sizes[mid], cards), mid - 1
        else:
            low = mid + 1
    return best or (sizes[-1], [[_card(s, tz, sizes[-1], width) for s in day] for day in days])


def _column_height(cards: list[Card], scale: float) -> float:
    return sum(c.height for c in cards) + CARD_GAP * scale * max(0, len(cards) - 1)


def _card(session: SessionInfo, tz: str, size: float, width: float) -> Card:
    small = size * 0.9
    status = "CANCELLED" if session.is_cancelled else places_text(session)
    reason = session.cancel_reason if session.is_cancelled and session.cancel_reason else ""
    return Card(
        session=session, size=size,
        time=wrap(time_range(session, tz), size, width, bold=True),
        name=clip_lines(wrap(session.activity.name, size, width, True), NAME_LINES, size, width, True),
        place=clip_lines(wrap(session.place or "", small, width), PLACE_LINES, small, width)
        if session.place else [],
        status=wrap(status, small, width, bold=session.is_cancelled),
        reason=clip_lines(wrap(reason, small, width), REASON_LINES, small, width)
        if reason else [],
    )


def _page(number: int, grid: Rect, width: float, scale: float, size: float,
          left: list[list[Card]]) -> PosterPage:
    """Take from each day the cards that fit this page, leaving room for a "+N more" line."""
    cells, headers, placed, more = [], [], [], []
    cell_h = grid.height - DAY_HEADER * scale
    more_h = block_height(1, size) + CARD_GAP * scale
    room = cell_h - 2 * CELL_PAD * scale
    for day in range(7):
        x = grid.x + day * (width + COLUMN_GAP * scale)
        cells.append(Rect(x, grid.y, width, cell_h))
        headers.append(Rect(x, grid.y + cell_h, width, DAY_HEADER * scale))
        taken, used = [], 0.0
        queue = left[day]
        while queue:
            need = queue[0].height + (CARD_GAP * scale if taken else 0)
            reserve = more_h if len(queue) > 1 else 0.0
            if used + need + reserve > room and taken:
                break
            taken.append(queue.pop(0))
            used += need
        placed.append(tuple(taken))
        more.append(len(queue))
    return PosterPage(number, tuple(cells), tuple(headers), tuple(placed), tuple(more))


def _draw_grid(canvas: Canvas, plan: PosterPlan, page: PosterPage, monday: date,
               totals: list[int]) -> None:
    s = plan.scale
    for day in range(7):
        cell, head = page.cells[day], page.day_headers[day]
        canvas.setFillColor(PRIMARY)
        canvas.rect(head.x, head.y, head.width, head.height, stroke=0, fill=1)
        when = monday + timedelta(days=day)
        Pen(canvas, 11 * s, True, white).line(head.x + 5 * s, head.top - 13 * s, when.strftime("%A"))
        Pen(canvas, 9 * s, False, white).line(head.x + 5 * s, head.y + 5 * s,
                                              day_name(when).split(" ", 1)[1])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.rect(cell.x, cell.y, cell.width, cell.height, stroke=1, fill=0)
        top = cell.top - CELL_PAD * s
        for card in page.cards[day]:
            top -= _draw_card(canvas, card, cell.x + CELL_PAD * s, top, cell.width - 2 * CELL_PAD * s, s)
            top -= CARD_GAP * s
        _draw_cell_note(canvas, plan, page, day, totals[day], cell, top)


def _draw_cell_note(canvas: Canvas, plan: PosterPlan, page: PosterPage, day: int, total: int,
                    cell: Rect, top: float) -> None:
    """"+2 more: see page 2", or a word for a day with nothing (more) on it."""
    s, size = plan.scale, plan.text_size
    width = cell.width - 2 * CELL_PAD * s
    if page.more[day]:
        text = f"+{page.more[day]} more: see page {page.number + 1}"
        Pen(canvas, size, True, INK).lines(cell.x + CELL_PAD * s, top, clip_lines(
            wrap(text, size, width, True), 2, size, width, True))
    elif not page.cards[day]:
        text = "No sessions" if total == 0 else "No more sessions" if page.number > 1 else ""
        if text:
            Pen(canvas, size, False, MUTED).lines(cell.x + CELL_PAD * s, cell.top - CELL_PAD * s, [text])


def _draw_card(canvas: Canvas, card: Card, x: float, top: float, width: float, s: float) -> float:
    """A tinted card with the activity's colour down its left edge; a cancelled one is white with
    a hatched edge, the word CANCELLED first and its time and name struck through."""
    session, h = card.session, card.height
    colour, cancelled = hex_colour(session.activity.colour), session.is_cancelled
    canvas.setFillColor(PALE if cancelled else tint(colour, 0.12))
    canvas.rect(x, top - h, width, h, stroke=0, fill=1)
    if cancelled:
        canvas.setFillColor(white)
        canvas.rect(x, top - h, BAR * s * 1.5, h, stroke=0, fill=1)
        hatch(canvas, x, top - h, BAR * s * 1.5, h, INK, 3 * s)
    else:
        canvas.setFillColor(colour)
        canvas.rect(x, top - h, BAR * s, h, stroke=0, fill=1)
    size, small = card.size, card.size * 0.9
    tx, y, gap = x + CARD_TEXT_LEFT * s, top - size * PAD, size * GAP
    if cancelled:
        y -= Pen(canvas, small, True, ALERT).lines(tx, y, card.status) + gap
    y -= Pen(canvas, size, True, INK).lines(tx, y, card.time + card.name, strike=cancelled) + gap
    if card.place:
        y -= Pen(canvas, small, False, INK).lines(tx, y, card.place) + gap
    if card.reason:
        Pen(canvas, small, False, INK).lines(tx, y, card.reason)
    elif not cancelled:
        Pen(canvas, small, False, INK).lines(tx, y, card.status)
    return h
