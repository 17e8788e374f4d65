"""Simple ruled tables for registers: wrapped cells, tick boxes, a header row on every page."""

from dataclasses import dataclass

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from .draw import INK, MUTED, RULE, Pen, block_height, tick_box, wrap
from .flow import Block, Placed, paint_page

TICK = object()  # a cell value meaning "draw an empty tick box"
PAD = 5.0


@dataclass
class Row(Block):
    """A table row; ``header`` is the header row to repeat above it at the top of a new page."""

    header: Block | None = None


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: str = "left"


class Table:
    """Columns of fixed widths; ``row`` and ``header`` make blocks for the page flow."""

    def __init__(self, columns: list[Column], size: float):
        self.columns = columns
        self.size = size
        self._repeat: Block | None = None

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)

    def header(self, keep_with_next: bool = True) -> Block:
        cells = [wrap(c.title, self.size, c.width - 2 * PAD, True) for c in self.columns]
        height = max(block_height(len(lines), self.size) for lines in cells) + 2 * PAD

        def paint(canvas: Canvas, x: float, top: float) -> None:
            canvas.setFillColor(INK)
            canvas.rect(x, top - height, self.width, height, stroke=0, fill=1)
            pen = Pen(canvas, self.size, True, white)
            for column, lines, left in zip(self.columns, cells, self._lefts(x), strict=True):
                pen.lines(_anchor(column, left), top - PAD, lines, align=column.align)

        return Block(height=height, paint=paint, keep_with_next=keep_with_next)

    def row(self, values: list, bold: bool = False, min_height: float = 0.0) -> Block:
        """A row; ``TICK`` draws a box, ``None`` leaves the cell empty (a line to write on)."""
        cells = [wrap(v, self.size, c.width - 2 * PAD, bold) if isinstance(v, str) else v
                 for v, c in zip(values, self.columns, strict=True)]
        lines = max([len(c) for c in cells if isinstance(c, list)] or [1])
        box = self.size * 1.3
        height = max(block_height(lines, self.size), box, min_height) + 2 * PAD

        def paint(canvas: Canvas, x: float, top: float) -> None:
            pen = Pen(canvas, self.size, bold, INK)
            for column, cell, left in zip(self.columns, cells, self._lefts(x), strict=True):
                if cell is TICK:
                    tick_box(canvas, left + (column.width - box) / 2, top - PAD - box, box)
                elif isinstance(cell, list):
                    pen.lines(_anchor(column, left), top - PAD, cell, align=column.align)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.7)
            canvas.line(x, top - height, x + self.width, top - height)

        if self._repeat is None:  # the header repeated on a page a row starts: made once
            self._repeat = self.header(keep_with_next=False)
        return Row(height=height, paint=paint, header=self._repeat)

    def _lefts(self, x: float) -> list[float]:
        lefts = []
        for column in self.columns:
            lefts.append(x)
            x += column.width
        return lefts


def _anchor(column: Column, left: float) -> float:
    if column.align == "right":
        return left + column.width - PAD
    if column.align == "centre":
        return left + column.width / 2
    return left + PAD


def paint_table_page(canvas: Canvas, placed: Placed, x: float, top: float) -> None:
    """Paint one page of blocks; a page that starts inside a table repeats its header row."""
    first = placed[0][0] if placed else None
    if isinstance(first, Row) and first.header is not None:
        first.header.draw(canvas, x, top)
        top -= first.header.height
    paint_page(canvas, placed, x, top)


def page_footer(canvas: Canvas, width: float, margin: float, stamp: str, number: int, total: int) -> None:
    """The printed-when line on the left and "Page n of m" on the right, then the next page."""
    pen = Pen(canvas, 9, False, MUTED)
    pen.line(margin, margin, stamp)
    pen.line(width - margin, margin, f"Page {number} of {total}", align="right")
    canvas.showPage()
