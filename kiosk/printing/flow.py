"""Top-to-bottom page flow for list-like documents: measured blocks split across pages."""

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from .draw import INK, Pen, block_height, wrap

Painter = Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


@dataclass
class Block:
    """Something of known height drawn with its top-left at a point; ``keep_with_next`` holds a
    heading on the page of what follows it."""

    height: float
    paint: Painter | None = None
    keep_with_next: bool = False
    gap_after: float = 0.0

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        if self.paint is not None:
            self.paint(canvas, x, top)

    def split(self, room: float) -> tuple["Block | None", "Block"]:
        """A part that fits in ``room`` and the rest; plain blocks do not split."""
        return None, self

    def first_line(self) -> float:
        return self.height


@dataclass
class Text(Block):
    """Wrapped lines of one paragraph; splits between lines at a page end."""

    lines: list[str] = field(default_factory=list)
    size: float = 12.0
    bold: bool = False
    colour: Color = INK
    indent: float = 0.0
    strike: bool = False

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        Pen(canvas, self.size, self.bold, self.colour).lines(x + self.indent, top, self.lines,
                                                             strike=self.strike)

    def split(self, room: float) -> tuple["Text | None", "Text"]:
        fit = 0
        while fit < len(self.lines) - 1 and block_height(fit + 1, self.size) <= room:
            fit += 1
        if fit == 0:
            return None, self
        return self._part(self.lines[:fit], 0.0, False), self._part(self.lines[fit:], self.gap_after,
                                                                    self.keep_with_next)

    def first_line(self) -> float:
        return block_height(min(1, len(self.lines)), self.size)

    def _part(self, lines: list[str], gap: float, keep: bool) -> "Text":
        return Text(height=block_height(len(lines), self.size), keep_with_next=keep, gap_after=gap,
                    lines=lines, size=self.size, bold=self.bold, colour=self.colour, indent=self.indent,
                    strike=self.strike)


def text_block(text: str, size: float, width: float, bold: bool = False, colour: Color = INK,
               gap_after: float = 0.0, keep_with_next: bool = False, indent: float = 0.0,
               strike: bool = False) -> Text:
    """A paragraph wrapped to ``width`` less ``indent``."""
    lines = wrap(text, size, width - indent, bold)
    return Text(height=block_height(len(lines), size), keep_with_next=keep_with_next,
                gap_after=gap_after, lines=lines, size=size, bold=bold, colour=colour, indent=indent,
                strike=strike)


def spacer(height: float) -> Block:
    return Block(height=0.0, gap_after=height)


Placed = list[tuple[Block, float]]


def paginate(blocks: list[Block], first_room: float, later_room: float) -> list[Placed]:
    """Share blocks among pages; each placed block comes with its offset below the body top.
    A paragraph too long for the rest of a page continues on the next one."""
    pages: list[Placed] = [[]]
    used, room = 0.0, first_room
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        need = block.height
        if block.keep_with_next and queue:
            need += block.gap_after + queue[0].first_line()
        if used + need <= room:
            pages[-1].append((block, used))
            used += block.height + block.gap_after
            continue
        head, rest = (None, block) if block.keep_with_next else block.split(room - used)
        if head is not None:
            pages[-1].append((head, used))
            queue.insert(0, rest)
        elif not pages[-1]:  # too tall even for an empty page: place it rather than loop
            pages[-1].append((block, used))
            used += block.height + block.gap_after
            continue
        else:
            queue.insert(0, block)
        pages.append([])
        used, room = 0.0, later_room
    return pages


def paint_page(canvas: Canvas, placed: Placed, x: float, top: float) -> None:
    for block, offset in placed:
        block.draw(canvas, x, top - offset)


def total_height(blocks: list[Block]) -> float:
    """Height of the blocks one after another, without the last gap."""
    if not blocks:
        return 0.0
    return sum(b.height + b.gap_after for b in blocks) - blocks[-1].gap_after
