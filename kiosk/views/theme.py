"""The look: colour tokens (WCAG 2.2 AA checked), text sizes in three steps, a high-contrast
variant, and the style sheet built from them."""

from dataclasses import dataclass
from enum import IntEnum

FONT_FAMILY = "Atkinson Hyperlegible"
#: the shipped fonts, first choice first: Atkinson for Latin letters, Noto Naskh Arabic for Urdu,
#: DejaVu Sans for the few letters Atkinson lacks (Turkish İ)
FONT_FAMILIES = (FONT_FAMILY, "Noto Naskh Arabic", "DejaVu Sans")
FONT_CSS = ", ".join(f'"{family}"' for family in FONT_FAMILIES)


def screen_scale(width: int, height: int) -> float:
    """How big things are drawn on a ``width`` x ``height`` window, against the 1080p design:
    a 1366x768 screen shows the 1080p layout smaller, a portrait screen keeps most of its size.
    Never below two thirds, so text and touch targets stay large enough to read and to hit."""
    short, long = sorted((width, height))
    return round(max(2 / 3, min(1.0, short / 1080, long / 1920 if width >= height else short / 1280)), 3)


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
    #: the screen's own scale: 1 at 1080p, smaller on a smaller screen (see ``screen_scale``)
    scale: float = 1.0

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else CALM

    def px(self, base: int) -> int:
        """A text size given in pixels at 1080p, scaled by the chosen text size and the screen."""
        return max(1, round(base * int(self.size) / 100 * self.scale))

    def dp(self, base: int) -> int:
        """A length given in pixels at 1080p (a margin, a border, a touch target), on this screen."""
        return max(1, round(base * self.scale))

    def chip_colours(self, colour: str) -> tuple[str, str]:
        """Background and text of an activity chip; in high contrast, yellow on black."""
        return ("#000000", "#FFE500") if self.high_contrast else (colour, "#FFFFFF")

    def style_sheet(self) -> str:
        p = self.palette
        error_bg, error_ink = ("#000000", "#FFFFFF") if self.high_contrast else ("#FDECEA", "#8C1D18")
        return self._base_rules(p, error_bg, error_ink) + self._desk_rules(p, error_bg, error_ink)

    def _desk_rules(self, p: Palette, error_bg: str, error_ink: str) -> str:
        """Front-desk roles: side navigation, notices, alerts, timetable slots and tables."""
        notice_bg = "#000000" if self.high_contrast else "#E3F0EE"
        return f"""
        QFrame#desk-sidebar {{ background: {p.surface}; border-right: {self.dp(2)}px solid {p.border}; }}
        QFrame#desk-sidebar QLabel {{ background: transparent; }}
        QFrame#desk-bar {{ background: {p.primary}; }}
        QFrame#desk-bar QLabel {{ background: {p.primary}; color: {p.on_primary}; }}
        QFrame#desk-keyboard {{ border-top: {self.dp(2)}px solid {p.border}; }}
        QPushButton[role="nav"], QPushButton[role="lock"] {{ background: {p.surface}; color: {p.primary};
                                   border: {self.dp(3)}px solid {p.surface}; text-align: left; padding: {self.dp(4)}px {self.dp(16)}px;
                                   min-height: {self.dp(44)}px; font-size: {self.px(22)}px; }}
        QPushButton[role="lock"] {{ border-color: {p.primary}; }}
        QPushButton[role="nav"]:checked {{ background: {p.primary}; color: {p.on_primary};
                                           border-color: {p.primary}; }}
        QPushButton[role="nav"]:focus, QPushButton[role="lock"]:focus {{ border: {self.dp(4)}px solid {p.focus}; }}
        QScrollArea#desk-nav, QScrollArea#desk-nav > QWidget > QWidget {{ background: {p.surface}; }}
        QPushButton[role="slot"] {{ background: {p.surface}; color: {p.ink}; border: {self.dp(2)}px solid {p.border};
                                    text-align: left; padding: {self.dp(8)}px {self.dp(12)}px; font-size: {self.px(22)}px;
                                    min-height: {self.dp(52)}px;
                                    font-weight: normal; }}
        QPushButton[role="slot"]:focus {{ border: {self.dp(4)}px solid {p.focus}; }}
        QPushButton[role="slot"]:checked {{ border: {self.dp(4)}px solid {p.ink}; font-weight: bold; }}
        QFrame[role="slot"] {{ background: {p.surface}; border: {self.dp(2)}px solid {p.border}; border-radius: {self.dp(12)}px; }}
        QFrame[role="slot"]:focus {{ border: {self.dp(4)}px solid {p.focus}; }}
        QFrame[role="slot"] QLabel {{ background: transparent; }}
        QPushButton[role="step"] {{ background: {p.surface}; color: {p.primary}; border: {self.dp(3)}px solid {p.primary};
                                    padding: {self.dp(0)}px; min-width: {self.dp(66)}px; max-width: {self.dp(66)}px; min-height: {self.dp(66)}px;
                                    font-size: {self.px(28)}px; }}
        QLabel[role="notice"] {{ background: {notice_bg}; color: {p.ink}; border: {self.dp(3)}px solid {p.primary};
                                 border-radius: {self.dp(12)}px; padding: {self.dp(12)}px {self.dp(16)}px; font-weight: bold; }}
        QLabel[role="alert"] {{ background: {error_bg}; color: {error_ink}; border: {self.dp(3)}px solid {error_ink};
                                border-radius: {self.dp(12)}px; padding: {self.dp(12)}px {self.dp(16)}px; font-weight: bold; }}
        QFrame[role="confirm"] {{ background: {p.surface}; border: {self.dp(4)}px solid {p.primary}; border-radius: {self.dp(12)}px; }}
        QFrame[role="confirm"] QLabel {{ background: transparent; font-weight: bold; }}
        QTableWidget {{ background: {p.surface}; color: {p.ink}; gridline-color: {p.border};
                        border: {self.dp(2)}px solid {p.border}; font-size: {self.px(20)}px; }}
        QHeaderView::section {{ background: {p.background}; color: {p.ink}; border: none;
                                border-bottom: {self.dp(2)}px solid {p.border}; padding: {self.dp(8)}px; font-weight: bold; }}
        """

    def _base_rules(self, p: Palette, error_bg: str, error_ink: str) -> str:
        return f"""
        QWidget {{ background: {p.background}; color: {p.ink}; font-family: {FONT_CSS};
                   font-size: {self.px(22)}px; }}
        QLabel[role="title"] {{ font-size: {self.px(36)}px; font-weight: bold; }}
        QLabel[role="heading"] {{ font-size: {self.px(28)}px; font-weight: bold; }}
        QLabel[role="muted"] {{ color: {p.muted}; }}
        QLabel[role="reference"] {{ font-size: {self.px(64)}px; font-weight: bold; letter-spacing: {self.dp(6)}px; }}
        QLabel[role="status"], QLabel[role="status-cancelled"] {{ font-weight: bold; }}
        QPushButton[wrap="true"] QLabel {{ background: transparent; color: {p.primary};
                                           font-size: {self.px(28)}px; font-weight: bold; }}
        QPushButton[role="choice"] QLabel, QPushButton[role="face"] QLabel {{ font-size: {self.px(24)}px; }}
        QPushButton[wrap="true"] QLabel[checked="true"] {{ color: {p.on_primary}; }}
        QPushButton[role="tile"] QLabel {{ background: transparent; color: {p.on_primary};
                                           font-size: {self.px(32)}px; font-weight: bold; }}
        QLabel[role="error"] {{ background: {error_bg}; color: {error_ink}; border: {self.dp(3)}px solid {error_ink};
                                border-radius: {self.dp(12)}px; padding: {self.dp(12)}px {self.dp(16)}px; font-weight: bold; }}
        QLabel[role="note"] {{ background: {p.surface}; color: {p.ink}; border: {self.dp(3)}px solid {p.primary};
                               border-radius: {self.dp(12)}px; padding: {self.dp(12)}px {self.dp(16)}px; font-weight: bold; }}
        QLabel[role="voice"] {{ background: {p.surface}; border-left: {self.dp(8)}px solid {p.primary};
                                padding: {self.dp(12)}px {self.dp(16)}px; }}
        QFrame#header {{ background: {p.primary}; }}
        QFrame#header QLabel {{ background: {p.primary}; color: {p.on_primary}; font-size: {self.dp(22)}px; }}
        QFrame#header QLabel[role="title"] {{ font-size: {self.dp(36)}px; }}
        QFrame#footer {{ border-top: {self.dp(2)}px solid {p.border}; }}
        QFrame#still-there {{ background: {p.background}; border: {self.dp(6)}px solid {p.primary}; }}
        QFrame[role="card"] {{ background: {p.surface}; border: {self.dp(2)}px solid {p.border}; border-radius: {self.dp(12)}px; }}
        QFrame[role="card"] QLabel {{ background: transparent; }}
        QFrame[role="card"]:focus {{ border: {self.dp(4)}px solid {p.focus}; }}
        QPushButton, QToolButton {{ background: {p.primary}; color: {p.on_primary};
                       border: {self.dp(3)}px solid {p.primary}; border-radius: {self.dp(12)}px; padding: {self.dp(12)}px {self.dp(24)}px;
                       min-height: {self.dp(48)}px; min-width: {self.dp(48)}px; font-size: {self.px(28)}px; font-weight: bold; }}
        QPushButton:focus, QToolButton:focus {{ border: {self.dp(4)}px solid {p.focus}; }}
        QPushButton:disabled {{ background: {p.border}; color: {p.muted}; border-color: {p.border}; }}
        QPushButton[role="secondary"], QPushButton[role="key"], QPushButton[role="choice"],
        QPushButton[role="face"] {{ background: {p.surface}; color: {p.primary}; border: {self.dp(3)}px solid {p.primary}; }}
        QPushButton[role="key"] {{ color: {p.ink}; border-color: {p.border}; padding: {self.dp(4)}px; min-height: {self.dp(64)}px;
                                  min-width: {self.dp(64)}px; font-size: {min(self.px(28), self.dp(34))}px; }}
        QPushButton[role="choice"] {{ font-size: {self.px(24)}px; padding: {self.dp(8)}px {self.dp(12)}px;
                                      min-height: {self.dp(56)}px; }}
        QPushButton[role="choice"]:checked, QPushButton[role="face"]:checked {{
            background: {p.primary}; color: {p.on_primary}; border: {self.dp(4)}px solid {p.ink}; }}
        QPushButton[role="help"] {{ background: {p.help}; color: {p.on_help}; border-color: {p.help}; }}
        /* The header keeps one size: it holds the text-size control itself. */
        QPushButton[role="header"] {{ background: {p.primary}; color: {p.on_primary};
                                      border: {self.dp(3)}px solid {p.on_primary}; padding: {self.dp(8)}px {self.dp(16)}px;
                                      font-size: {self.dp(22)}px; min-width: {self.dp(56)}px; min-height: {self.dp(56)}px; }}
        QPushButton[role="header"]:checked {{ background: {p.on_primary}; color: {p.primary}; }}
        QLineEdit, QPlainTextEdit {{ background: {p.surface}; color: {p.ink}; border: {self.dp(3)}px solid {p.border};
                                     border-radius: {self.dp(12)}px; padding: {self.dp(8)}px {self.dp(16)}px; font-size: {self.px(28)}px; }}
        QLineEdit:focus, QPlainTextEdit:focus {{ border: {self.dp(4)}px solid {p.primary}; }}
        QLineEdit[role="code"] {{ font-size: {self.px(48)}px; font-weight: bold; letter-spacing: {self.dp(8)}px; }}
        QScrollArea {{ border: none; }}
        /* A scroll bar is a cue to touch: as wide as a finger, with a handle a touch target high. */
        QScrollBar:vertical {{ width: {self.dp(40)}px; background: {p.border}; border-radius: {self.dp(12)}px; }}
        QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
        QScrollBar::handle:vertical {{ background: {p.primary}; border-radius: {self.dp(12)}px; min-height: {self.dp(72)}px; }}
        QPlainTextEdit QScrollBar:vertical {{ width: {self.dp(24)}px; }}
        QPlainTextEdit QScrollBar::handle:vertical {{ min-height: {self.dp(24)}px; }}
        """
