"""Fonts for printed pages: the legible font shipped in assets/, and a wide-coverage fallback."""

import functools
import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import assets_dir

#: reportlab names of the shipped font and of the fallback used for strings it cannot show.
MAIN, MAIN_BOLD = "Kiosk", "Kiosk-Bold"
FALLBACK, FALLBACK_BOLD = "KioskFallback", "KioskFallback-Bold"

_FILES = {
    MAIN: "AtkinsonHyperlegible-Regular.ttf",
    MAIN_BOLD: "AtkinsonHyperlegible-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}


@dataclass(frozen=True)
class _Registered:
    covered: dict[str, frozenset[int]]


_lock = threading.Lock()
_state: _Registered | None = None


def register() -> _Registered:
    """Register the fonts with reportlab once per process (safe from any thread)."""
    global _state
    if _state is not None:
        return _state
    with _lock:
        if _state is None:
            covered: dict[str, frozenset[int]] = {}
            folder = assets_dir() / "fonts"
            for name, filename in _FILES.items():
                path = folder / filename
                if not path.exists():
                    if name in (MAIN, MAIN_BOLD):
                        raise FileNotFoundError(f"The printing font {filename} is missing from assets/fonts.")
                    continue  # no fallback shipped: the main font is used for everything
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                covered[name] = frozenset(font.face.charToGlyph)
            _state = _Registered(covered)
    return _state


@functools.lru_cache(maxsize=8192)
def font_for(text: str, bold: bool = False) -> str:
    """The shipped font when it has every character of ``text``, else the fallback when that
    one covers more of them (so a Welsh ŵ never prints as an empty box)."""
    covered = register().covered
    main, fallback = (MAIN_BOLD, FALLBACK_BOLD) if bold else (MAIN, FALLBACK)
    needed = {ord(ch) for ch in text if not ch.isspace()}
    if needed <= covered[main] or fallback not in covered:
        return main
    missing_main = len(needed - covered[main])
    missing_fallback = len(needed - covered[fallback])
    return fallback if missing_fallback < missing_main else main


@functools.lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Widths are measured again and again while text is wrapped and placed: remembered."""
    return pdfmetrics.stringWidth(text, font, size)
