"""Load the legible font shipped in assets/ into Qt."""

from PySide6.QtGui import QFontDatabase

from ..paths import assets_dir


def install_fonts() -> list[str]:
    """Register every bundled TTF; returns the families Qt now knows from them."""
    families: list[str] = []
    for path in sorted((assets_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
