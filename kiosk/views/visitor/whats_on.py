"""What's on: the week's sessions day by day, with places left."""

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.wording import day_name, local
from ...services import Services
from ..theme import Theme
from ..widgets.session_card import SessionCard


class WhatsOnPage(QWidget):
    def __init__(self, services: Services, theme: Theme, parent=None):
        super().__init__(parent)
        self._services = services
        self._theme = theme
        self._build_ui()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel("What's on this week")
        title.setProperty("role", "title")
        layout.addWidget(title)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout.addWidget(self._scroll, 1)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.refresh()

    def refresh(self) -> None:
        hub = self._services.hub.current()
        sessions = self._services.schedule.week()
        today = local(self._services.uow.clock(), hub.timezone).date()
        by_day = defaultdict(list)
        for session in sessions:
            by_day[local(session.starts_at, hub.timezone).date()].append(session)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        if not sessions:
            column.addWidget(QLabel("Nothing is on the timetable this week yet."))
        for day in sorted(by_day):
            heading = QLabel(day_name(day, today))
            heading.setProperty("role", "heading")
            column.addWidget(heading)
            for session in by_day[day]:
                column.addWidget(SessionCard(session, hub.timezone, self._theme))
        column.addStretch(1)
        self._scroll.setWidget(content)
