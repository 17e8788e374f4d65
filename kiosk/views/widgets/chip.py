"""An activity chip: its colour, icon and name together, so colour never carries meaning alone."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from ...domain.records import SessionInfo
from ..icons import pixmap
from ..theme import Theme


def activity_chip(session: SessionInfo, theme: Theme) -> QFrame:
    background, text = theme.chip_colours(session.activity.colour)
    chip = QFrame()
    chip.setProperty("role", "chip")
    chip.setStyleSheet(f"QFrame {{ background: {background}; border-radius: 12px; }}"
                       f"QLabel {{ background: transparent; color: {text}; font-weight: bold; }}")
    chip.setMinimumWidth(theme.px(300))
    row = QHBoxLayout(chip)
    row.setContentsMargins(12, 8, 16, 8)
    icon = QLabel()
    icon.setPixmap(pixmap(session.activity.icon, text, theme.px(40)))
    row.addWidget(icon)
    name = QLabel(session.activity.name)
    name.setWordWrap(True)
    row.addWidget(name, 1)
    return chip
