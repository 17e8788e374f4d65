"""Rectangles and paper sizes of printed pages, in PDF points with the origin at bottom left."""

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, A6, landscape
from reportlab.lib.units import mm

from ..domain.errors import InvalidInput

POSTER_PAPERS = {"A4": landscape(A4), "A3": landscape(A3)}
SLIP_SIZES = ("receipt", "A6")
RECEIPT_WIDTH = 80 * mm
A6_SIZE = A6
A4_PORTRAIT = A4


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, x0: float, y0: float, x1: float, y1: float, slack: float = 0.01) -> bool:
        """Whether the box (x0, y0)–(x1, y1) lies inside, allowing rounding ``slack``."""
        return (x0 >= self.x - slack and x1 <= self.right + slack
                and y0 >= self.y - slack and y1 <= self.top + slack)

    def inset(self, dx: float, dy: float | None = None) -> "Rect":
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)


def poster_paper(paper: str) -> tuple[float, float]:
    try:
        return POSTER_PAPERS[paper.upper()]
    except (KeyError, AttributeError):
        raise InvalidInput("The timetable poster prints on A4 or A3 paper.") from None


def slip_size(size: str) -> str:
    if size not in SLIP_SIZES:
        raise InvalidInput("A slip prints on 80 mm receipt paper or on A6.")
    return size
