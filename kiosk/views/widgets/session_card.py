"""A session as a card to tap: activity chip with icon and name, time, place, what to bring and
places left — never colour alone."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ...domain.records import SessionInfo
from ...domain.wording import places_text, time_range
from ..i18n import tr
from ..icons import pixmap
from ..theme import Theme


class SessionCard(QFrame):
    activated = Signal(object)  # the session's id

    def __init__(self, session: SessionInfo, tz: str, theme: Theme, parent=None):
        super().__init__(parent)
        self.session_id = session.id
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setMinimumHeight(96)
        self._build_ui(session, tz, theme)
        self.setAccessibleName(tr("{activity}, {time}, {places}. Tap for details.").format(
            activity=session.activity.name, time=time_range(session, tz, tr), places=places_text(session, tr)))

    def _build_ui(self, session: SessionInfo, tz: str, theme: Theme) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addWidget(activity_chip(session, theme))
        details = QVBoxLayout()
        when = QLabel(time_range(session, tz, tr))
        when.setProperty("role", "heading")
        details.addWidget(when)
        where = session.place or tr("Place to be confirmed")
        if session.activity.what_to_bring:
            where += "   ·   " + tr("Bring: {things}").format(things=session.activity.what_to_bring)
        place = QLabel(where)
        place.setWordWrap(True)
        details.addWidget(place)
        layout.addLayout(details, 1)
        places = QLabel(places_text(session, tr))
        places.setWordWrap(True)
        places.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        places.setProperty("role", "status-cancelled" if session.is_cancelled else "status")
        places.setMinimumWidth(theme.px(300))
        layout.addWidget(places)
        self.places_label = places

    def mouseReleaseEvent(self, event) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.session_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.activated.emit(self.session_id)
            return
        super().keyPressEvent(event)


def activity_chip(session: SessionInfo, theme: Theme) -> QFrame:
    """The activity's colour, icon and name together, so colour never carries meaning alone."""
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
