"""SVG icons from assets/icons (Lucide, ISC licence), tinted to the theme's colours."""

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import assets_dir

FALLBACK = "circle"


@lru_cache(maxsize=512)
def _svg(name: str) -> str:
    path = assets_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        path = assets_dir() / "icons" / f"{FALLBACK}.svg"
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1024)
def pixmap(name: str, colour: str, size: int) -> QPixmap:
    """The icon ``name`` drawn in ``colour`` at ``size``×``size`` pixels."""
    data = _svg(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    image = QPixmap(size, size)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    return QIcon(pixmap(name, colour, size))
