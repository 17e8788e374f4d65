"""What's on & book: this week and next, day by day, filterable by activity; tap a card to see
the session and book it."""

from collections import defaultdict
from datetime import timedelta

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ...domain.timeutil import monday_of
from ...domain.wording import day_name, local
from ..page import Page
from ..widgets.choices import ChoiceRow
from ..widgets.session_card import SessionCard
from ..i18n import tr

DAYS_SHOWN = 14


class WhatsOnPage(Page):
    title_text = QT_TR_NOOP("What's on this week and next")

    def _build_ui(self) -> None:
        self.filter = ChoiceRow([], columns=7)
        self.filter.changed.connect(lambda _value: self._render())
        self.body.addWidget(self.filter)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.body.addWidget(self._scroll, 1)
        self._sessions = []
        self._tz = "Europe/London"

    def refresh(self) -> None:
        hub = self._services.hub.current()
        self._tz = hub.timezone
        now = self._services.uow.clock()
        today = local(now, hub.timezone).date()
        self._today = today
        sessions = self._services.schedule.days(monday_of(today), DAYS_SHOWN)
        self._sessions = [s for s in sessions if s.ends_at > now]
        chosen = self.filter.value()
        activities = sorted({s.activity.name for s in self._sessions})
        self.filter.set_options([(None, "Everything")] + [(name, name) for name in activities])
        self.filter.set_value(chosen if chosen in activities else None)
        self._render()

    def _render(self) -> None:
        chosen = self.filter.value()
        by_day = defaultdict(list)
        for session in self._sessions:
            if chosen is None or session.activity.name == chosen:
                by_day[local(session.starts_at, self._tz).date()].append(session)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        if not by_day:
            column.addWidget(self.label(tr("Nothing like that is on in the next two weeks.")))
        next_monday = monday_of(self._today) + timedelta(days=7)
        next_week_shown = False
        for day in sorted(by_day):
            if day >= next_monday and not next_week_shown:
                column.addWidget(self.label(tr("Next week"), "title"))
                next_week_shown = True
            column.addWidget(self.label(day_name(day, self._today, tr), "heading"))
            for session in by_day[day]:
                card = SessionCard(session, self._tz, self._theme)
                card.activated.connect(lambda sid: self.go("session", sid))
                column.addWidget(card)
        column.addStretch(1)
        self._scroll.setWidget(content)
        self.cards = content.findChildren(SessionCard)

    def reset(self) -> None:
        super().reset()
        self.filter.set_value(None)
        self._scroll.verticalScrollBar().setValue(0)
