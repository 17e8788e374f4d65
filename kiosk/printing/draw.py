"""Drawing helpers every printed document shares: colours, wrapped text, QR codes, marks."""

import io
from dataclasses import dataclass

import qrcode
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from .fonts import MAIN, font_for, text_width
from .fonts import register as _register

INK = HexColor("#1F2A30")
MUTED = HexColor("#4A5A62")
PRIMARY = HexColor("#0B5563")
ALERT = HexColor("#B3261E")
RULE = HexColor("#9AA5AB")
PALE = HexColor("#EEF2F3")

#: Room a line of text needs above and below its baseline, as a share of the font size; covers
#: both fonts' ascenders, accents and descenders, so a line never touches its neighbours.
ABOVE, BELOW = 0.95, 0.3
LEADING = 1.25
ELLIPSIS = "…"
BREAK_AFTER = "-/.?&_"
#: QR quiet zone, in modules, as the standard asks
QR_QUIET = 4


# Compressed page streams are written as they are, not also re-encoded as ASCII text (base 85):
# smaller files, and that encoding was a large share of building a report pack.
rl_config.useA85 = 0


def hex_colour(value: str | None, default: Color = PRIMARY) -> Color:
    try:
        return HexColor(value) if value else default
    except (ValueError, TypeError):
        return default


def tint(colour: Color, share: float) -> Color:
    """``colour`` mixed with white: share 0 is white, 1 the colour itself."""
    return Color(*(1 - share + share * part for part in (colour.red, colour.green, colour.blue)))


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str, subject: str,
               author: str) -> Canvas:
    # The shipped font as the initial one, so no page refers to a standard, unembedded font.
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1, initialFontName=register_fonts())
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(author)
    canvas.setCreator(f"Recovery Hub Kiosk {__version__}")
    canvas.setLineCap(1)
    return canvas


def register_fonts() -> str:
    """Register the fonts; returns the name of the main one."""
    _register()
    return MAIN


def block_height(lines: int, size: float) -> float:
    """Height of ``lines`` wrapped lines from the top of the first to the bottom of the last."""
    if lines <= 0:
        return 0.0
    return size * (ABOVE + BELOW) + (lines - 1) * size * LEADING


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to ``width``; a word wider than the line is broken between characters;
    line breaks in the text are kept."""
    font = font_for(text, bold)
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while text_width(current, font, size) > width and len(current) > 1:
                cut = _longest_prefix(current, font, size, width)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """Where to break an over-long word: after the last hyphen or slash that fits, else after
    as many characters as fit."""
    cut = 1
    while cut < len(word) and text_width(word[: cut + 1], font, size) <= width:
        cut += 1
    soft = max(word.rfind(mark, 0, cut) for mark in BREAK_AFTER)
    return soft + 1 if soft > 0 else cut


def clip_lines(lines: list[str], limit: int, size: float, width: float, bold: bool = False) -> list[str]:
    """At most ``limit`` lines; when some were dropped the last kept line ends with "…"."""
    if len(lines) <= limit:
        return lines
    kept = lines[:limit]
    last, font = kept[-1], font_for(" ".join(kept), bold)
    while last and text_width(last + ELLIPSIS, font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


def fit_line(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` on one line, cut short with "…" when it is wider than ``width``."""
    font = font_for(text, bold)
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@dataclass
class Pen:
    """Where and how to write: a canvas, font size, weight and colour."""

    canvas: Canvas
    size: float
    bold: bool = False
    colour: Color = INK

    def line(self, x: float, baseline: float, text: str, align: str = "left",
             font_text: str | None = None) -> float:
        """Draw one line; returns its width. ``font_text`` chooses the font (a whole paragraph
        uses one font even when only one of its lines needs the fallback)."""
        font = font_for(font_text or text, self.bold)
        width = text_width(text, font, self.size)
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        self.canvas.setFillColor(self.colour)
        self.canvas.setFont(font, self.size)
        self.canvas.drawString(x, baseline, text)
        return width

    def lines(self, x: float, top: float, lines: list[str], align: str = "left",
              strike: bool = False) -> float:
        """Draw wrapped lines with their tops at ``top``; returns the height used."""
        whole = " ".join(lines)
        baseline = top - self.size * ABOVE
        for text in lines:
            width = self.line(x, baseline, text, align, font_text=whole)
            if strike and text:
                start = x - (width if align == "right" else width / 2 if align == "centre" else 0)
                strike_through(self.canvas, start, baseline, width, self.size, self.colour)
            baseline -= self.size * LEADING
        return block_height(len(lines), self.size)


def strike_through(canvas: Canvas, x: float, baseline: float, width: float, size: float,
                   colour: Color = INK) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(max(0.8, size * 0.08))
    y = baseline + size * 0.3
    canvas.line(x, y, x + width, y)
    canvas.restoreState()


def hatch(canvas: Canvas, x: float, y: float, width: float, height: float,
          colour: Color = RULE, step: float = 6.0) -> None:
    """Diagonal lines clipped to a rectangle: marks something as cancelled without colour."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.6)
    offset = -height
    while offset < width:
        canvas.line(x + offset, y, x + offset + height, y + height)
        offset += step
    canvas.restoreState()


def qr_code(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code (medium error correction) filling a ``size`` square, its quiet zone included;
    drawn as filled runs of modules, so it stays sharp at any print resolution."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = size / (len(matrix) + 2 * QR_QUIET)
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (QR_QUIET + row) * module
        col = 0
        while col < len(cells):
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < len(cells) and cells[col]:
                col += 1
            path.rect(x + (QR_QUIET + start) * module, top - module, (col - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def tick_box(canvas: Canvas, x: float, y: float, size: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    canvas.restoreState()
