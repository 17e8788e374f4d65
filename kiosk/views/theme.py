"""The look: colour tokens (WCAG 2.2 AA checked), text sizes in three steps, a high-contrast
variant, and the style sheet built from them."""

from dataclasses import dataclass
from enum import IntEnum

FONT_FAMILY = "Atkinson Hyperlegible"


class TextSize(IntEnum):
    NORMAL = 100
    LARGE = 125
    LARGEST = 150


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    ink: str
    muted: str
    primary: str
    on_primary: str
    help: str
    on_help: str
    border: str
    focus: str


CALM = Palette(background="#FBF7F0", surface="#FFFFFF", ink="#1F2A30", muted="#4A5A62",
               primary="#0B5563", on_primary="#FFFFFF", help="#B3261E", on_help="#FFFFFF",
               border="#C9C2B6", focus="#1F2A30")
HIGH_CONTRAST = Palette(background="#000000", surface="#000000", ink="#FFFFFF", muted="#FFFFFF",
                        primary="#FFE500", on_primary="#000000", help="#FFE500", on_help="#000000",
                        border="#FFFFFF", focus="#FFE500")


@dataclass(frozen=True)
class Theme:
    high_contrast: bool = False
    size: TextSize = TextSize.NORMAL

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else CALM

    def px(self, base: int) -> int:
        """A text size in pixels at 1080p, scaled by the chosen text size."""
        return round(base * int(self.size) / 100)

    def chip_colours(self, colour: str) -> tuple[str, str]:
        """Background and text of an activity chip; in high contrast, yellow on black."""
        return ("#000000", "#FFE500") if self.high_contrast else (colour, "#FFFFFF")

    def style_sheet(self) -> str:
        p = self.palette
        return f"""
        QWidget {{ background: {p.background}; color: {p.ink}; font-family: "{FONT_FAMILY}";
                   font-size: {self.px(22)}px; }}
        QLabel[role="title"] {{ font-size: {self.px(36)}px; font-weight: bold; }}
        QLabel[role="heading"] {{ font-size: {self.px(28)}px; font-weight: bold; margin-top: 16px; }}
        QLabel[role="muted"] {{ color: {p.muted}; }}
        QLabel[role="reference"] {{ font-size: {self.px(64)}px; font-weight: bold; letter-spacing: 6px; }}
        QFrame#header {{ background: {p.primary}; }}
        QFrame#header QLabel {{ background: {p.primary}; color: {p.on_primary}; }}
        QFrame[role="card"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 12px; }}
        QFrame[role="card"] QLabel {{ background: transparent; }}
        QPushButton {{ background: {p.primary}; color: {p.on_primary}; border: 3px solid {p.primary};
                       border-radius: 12px; padding: 12px 24px; min-height: 72px; min-width: 72px;
                       font-size: {self.px(28)}px; font-weight: bold; }}
        QPushButton:focus {{ border: 3px solid {p.focus}; outline: none; }}
        QPushButton:disabled {{ background: {p.border}; color: {p.muted}; border-color: {p.border}; }}
        QPushButton[role="secondary"] {{ background: {p.surface}; color: {p.primary};
                                         border: 3px solid {p.primary}; }}
        QPushButton[role="help"] {{ background: {p.help}; color: {p.on_help}; border-color: {p.help}; }}
        QScrollArea {{ border: none; }}
        QScrollBar:vertical {{ width: 24px; background: {p.background}; }}
        QScrollBar::handle:vertical {{ background: {p.muted}; border-radius: 12px; min-height: 72px; }}
        """
