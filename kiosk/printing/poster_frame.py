"""The poster's header (hub, week, booking call and QR code) and footer (colour key, print time)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas

from ..domain.records import HubInfo, SessionInfo
from ..domain.wording import clock_time, day_name, local, week_range
from .draw import (
    INK,
    MUTED,
    PRIMARY,
    Pen,
    block_height,
    clip_lines,
    fit_line,
    hatch,
    hex_colour,
    qr_code,
    wrap,
)
from .fonts import font_for, text_width
from .geometry import Rect

MARGIN, HEADER_GAP, QR_SIZE, URL_WIDTH = 22.0, 10.0, 78.0, 180.0
CALL_TO_ACTION = "Book at the kiosk in reception"
KEY_SIZE, KEY_ROW, SWATCH = 9.0, 15.0, 10.0


@dataclass(frozen=True)
class KeyEntry:
    name: str
    colour: Color | None  # None: the "Cancelled" hatch
    x: float
    y: float  # baseline


@dataclass(frozen=True)
class Frame:
    """Everything around the grid, measured once and drawn on every page."""

    scale: float
    margin: float
    header: Rect
    footer: Rect
    grid: Rect
    #: pages after the first have a one-line header and so a taller grid
    later_header: Rect
    later_grid: Rect
    later_title: str
    title: list[str]
    week: list[str]
    address: list[str]
    url: str | None
    url_lines: list[str]
    qr: Rect | None
    key: tuple[KeyEntry, ...]
    printed: str


def measure_frame(hub: HubInfo, monday: date, sessions: Sequence[SessionInfo],
                  pagesize: tuple[float, float], s: float, printed_at: datetime) -> Frame:
    width, height = pagesize
    m = MARGIN * s
    right_w = max(URL_WIDTH * s if hub.web_address else 0.0, _cta_width(s))
    right_w += (QR_SIZE + 10) * s if hub.web_address else 0.0
    left_w = width - 2 * m - right_w - 16 * s
    title = clip_lines(wrap(hub.name, 20 * s, left_w, True), 2, 20 * s, left_w, True)
    week = wrap(f"What's on: {week_range(monday)}", 13 * s, left_w, True)
    address = clip_lines(wrap(hub.address or "", 9.5 * s, left_w), 2, 9.5 * s, left_w) if hub.address else []
    left_h = (block_height(len(title), 20 * s) + 4 * s + block_height(len(week), 13 * s)
              + (4 * s + block_height(len(address), 9.5 * s) if address else 0))
    url_lines, qr, right_h = [], None, _cta_height(s)
    if hub.web_address:
        url_w = URL_WIDTH * s
        url_lines = clip_lines(wrap(hub.web_address, 10 * s, url_w, True), 3, 10 * s, url_w, True)
        qr = Rect(width - m - QR_SIZE * s, height - m - QR_SIZE * s, QR_SIZE * s, QR_SIZE * s)
        right_h += _url_height(len(url_lines), s) + 6 * s
    header_h = max(left_h, QR_SIZE * s if qr else 0, right_h)
    header = Rect(m, height - m - header_h, width - 2 * m, header_h)
    key, key_h = _layout_key(sessions, m, width - 2 * m, s)
    footer_h = key_h + 14 * s
    footer = Rect(m, m, width - 2 * m, footer_h)
    key = tuple(KeyEntry(e.name, e.colour, e.x, m + footer_h - e.y) for e in key)
    grid = Rect(m, footer.top + 8 * s, width - 2 * m, header.y - HEADER_GAP * s - footer.top - 8 * s)
    later_title = fit_line(f"{hub.name}: {week_range(monday)} (continued)", 13 * s, width - 2 * m, True)
    later_h = block_height(1, 13 * s)
    later_header = Rect(m, height - m - later_h, width - 2 * m, later_h)
    later_grid = Rect(m, grid.y, grid.width, later_header.y - HEADER_GAP * s - grid.y)
    local_now = local(printed_at, hub.timezone)
    printed = (f"Printed on {day_name(local_now.date())} {local_now.year} at "
               f"{clock_time(printed_at, hub.timezone)}. Places left may have changed since then.")
    return Frame(s, m, header, footer, grid, later_header, later_grid, later_title, title, week, address,
                 hub.web_address, url_lines, qr, key, printed)


def _cta_height(s: float) -> float:
    return block_height(1, 12 * s) + 10 * s


def _cta_width(s: float) -> float:
    return text_width(CALL_TO_ACTION, font_for(CALL_TO_ACTION, True), 12 * s) + 16 * s


def _url_height(lines: int, s: float) -> float:
    """The "More about us online:" label and the address under it, beside the QR code."""
    return block_height(1, 9 * s) + 3 * s + block_height(lines, 10 * s)


def _layout_key(sessions: Sequence[SessionInfo], x0: float, width: float,
                s: float) -> tuple[list[KeyEntry], float]:
    """Key entries flowed into rows; each ``y`` is measured down from the footer's top."""
    activities = {}
    for session in sessions:
        activities.setdefault(session.activity.name, session.activity.colour)
    entries = [("Key:", None, "label")]
    entries += [(name, hex_colour(colour), "swatch") for name, colour in sorted(activities.items())]
    if any(x.is_cancelled for x in sessions):
        entries.append(("Cancelled", None, "hatch"))
    if len(entries) == 1:
        return [], 0.0
    size, row = KEY_SIZE * s, KEY_ROW * s
    placed, x, y = [], x0, row - 4 * s
    for name, colour, kind in entries:
        swatch = 0.0 if kind == "label" else (SWATCH + 4) * s
        text = fit_line(name, size, width - swatch, kind == "label")
        need = swatch + text_width(text, font_for(text, kind == "label"), size) + 14 * s
        if x + need > x0 + width + 14 * s and x > x0:
            x, y = x0, y + row
        placed.append(KeyEntry(text, colour if kind == "swatch" else (None if kind == "hatch" else INK),
                               x, y))
        x += need
    return placed, y + 4 * s


def draw_header(canvas: Canvas, frame: Frame, page: int) -> None:
    s, box = frame.scale, frame.header
    if page > 1:
        later = frame.later_header
        Pen(canvas, 13 * s, True, PRIMARY).lines(later.x, later.top, [frame.later_title])
        return
    top = box.top
    top -= Pen(canvas, 20 * s, True, INK).lines(box.x, top, frame.title) + 4 * s
    top -= Pen(canvas, 13 * s, True, PRIMARY).lines(box.x, top, frame.week) + 4 * s
    if frame.address:
        top -= Pen(canvas, 9.5 * s, False, MUTED).lines(box.x, top, frame.address)
    right = box.right
    if frame.qr is not None:
        qr = frame.qr
        qr_code(canvas, frame.url, qr.x, qr.y, qr.width)
        right = qr.x - 10 * s
        label_top = box.top
        label_top -= Pen(canvas, 9 * s, False, MUTED).lines(right, label_top, ["More about us online:"],
                                                           align="right") + 3 * s
        Pen(canvas, 10 * s, True, INK).lines(right, label_top, frame.url_lines, align="right")
    _draw_cta(canvas, right - _cta_width(s), box.y, s)


def _draw_cta(canvas: Canvas, x: float, bottom: float, s: float) -> None:
    size = 12 * s
    canvas.setFillColor(PRIMARY)
    canvas.roundRect(x, bottom, _cta_width(s), _cta_height(s), 4 * s, stroke=0, fill=1)
    Pen(canvas, size, True, white).lines(x + 8 * s, bottom + _cta_height(s) - 5 * s, [CALL_TO_ACTION])


def draw_footer(canvas: Canvas, frame: Frame, page: int, pages: int) -> None:
    s, box = frame.scale, frame.footer
    size = KEY_SIZE * s
    for entry in frame.key:
        x = entry.x
        if entry.colour is not INK:
            sy = entry.y - 1.5 * s
            if entry.colour is None:
                canvas.setFillColor(white)
                canvas.rect(x, sy, SWATCH * s, SWATCH * s, stroke=0, fill=1)
                hatch(canvas, x, sy, SWATCH * s, SWATCH * s, INK, 3 * s)
            else:
                canvas.setFillColor(entry.colour)
                canvas.rect(x, sy, SWATCH * s, SWATCH * s, stroke=0, fill=1)
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.5)
            canvas.rect(x, sy, SWATCH * s, SWATCH * s, stroke=1, fill=0)
            x += (SWATCH + 4) * s
        Pen(canvas, size, entry.colour is INK, INK).line(x, entry.y, entry.name)
    pen = Pen(canvas, 8 * s, False, MUTED)
    pen.line(box.x, box.y + 3 * s, frame.printed)
    if pages > 1:
        pen.line(box.right, box.y + 3 * s, f"Page {page} of {pages}", align="right")
