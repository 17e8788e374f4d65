"""A session as a card: activity chip, time, place and places left — never colour alone."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ...domain.records import SessionInfo
from ...domain.wording import places_text, time_range
from ..theme import Theme


class SessionCard(QFrame):
    activated = Signal(object)  # the session's id

    def __init__(self, session: SessionInfo, tz: str, theme: Theme, parent=None):
        super().__init__(parent)
        self.session_id = session.id
        self.setProperty("role", "card")
        self._build_ui(session, tz, theme)
        self.setAccessibleName(f"{session.activity.name}, {time_range(session, tz)}, {places_text(session)}")

    def _build_ui(self, session: SessionInfo, tz: str, theme: Theme) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        chip = QLabel(session.activity.name)
        background, text = theme.chip_colours(session.activity.colour)
        chip.setStyleSheet(f"background: {background}; color: {text}; border-radius: 12px; "
                           f"padding: 8px 16px; font-weight: bold;")
        chip.setMinimumWidth(theme.px(260))
        layout.addWidget(chip)
        details = QVBoxLayout()
        when = QLabel(time_range(session, tz))
        when.setProperty("role", "heading")
        when.setStyleSheet("margin-top: 0px;")
        details.addWidget(when)
        if session.place:
            details.addWidget(QLabel(session.place))
        layout.addLayout(details, 1)
        places = QLabel(places_text(session))
        places.setWordWrap(True)
        places.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        places.setStyleSheet("font-weight: bold;")
        layout.addWidget(places, 1)
        self.places_label = places

    def mouseReleaseEvent(self, event) -> None:
        self.activated.emit(self.session_id)
        super().mouseReleaseEvent(event)
