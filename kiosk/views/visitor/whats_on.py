"""What's on & book: this week and next, day by day, filterable by activity; tap a session to
see it and book it."""

from datetime import timedelta

from PySide6.QtCore import QT_TR_NOOP

from ...domain.timeutil import monday_of
from ...domain.wording import day_name, local
from ..i18n import tr
from ..page import Page
from ..widgets.choices import ChoiceRow
from ..widgets.session_list import SESSION, Row, SessionList

DAYS_SHOWN = 14


class WhatsOnPage(Page):
    page_name = "whats_on"
    title_text = QT_TR_NOOP("What's on this week and next")

    def _build_ui(self) -> None:
        self.scroll.hide()  # the list scrolls itself
        self.layout().setStretchFactor(self.middle, 0)  # and takes all the room the body had
        self.filter = ChoiceRow([], columns=7)
        self.filter.changed.connect(lambda _value: self._render())
        self.layout().insertWidget(1, self.filter)
        self.list = SessionList(self._theme)
        self.list.session_activated.connect(lambda sid: self.go("session", sid))
        self.layout().insertWidget(2, self.list, 1)
        self._sessions = []
        self._tz = "Europe/London"
        self._today = None

    def refresh(self) -> None:
        hub = self._services.hub.current()
        self._tz = hub.timezone
        coming = self._services.schedule.coming_up(DAYS_SHOWN)
        self._today, self._sessions = coming.today, list(coming.sessions)
        chosen = self.filter.value()
        activities = sorted({s.activity.name for s in self._sessions})
        self.filter.set_options([(None, tr("Everything"))] + [(name, name) for name in activities])
        self.filter.set_value(chosen if chosen in activities else None)
        self._render()

    def _render(self) -> None:
        chosen = self.filter.value()
        shown = [s for s in self._sessions if chosen is None or s.activity.name == chosen]
        next_monday = monday_of(self._today) + timedelta(days=7)
        rows: list[Row] = []
        day = None
        for session in shown:
            starts = local(session.starts_at, self._tz).date()
            if starts >= next_monday and (day is None or day < next_monday):
                rows.append(Row(heading=tr("Next week")))
            if starts != day:
                rows.append(Row(heading=day_name(starts, self._today, tr)))
                day = starts
            rows.append(Row(session=session))
        if not rows:
            rows.append(Row(heading=tr("Nothing like that is on in the next two weeks.")))
        self.list.set_rows(rows, self._tz)

    @property
    def shown_sessions(self) -> list:
        """The sessions in the list, in order (for tests and read-aloud)."""
        model = self.list.model()
        return [model.index(row).data(SESSION) for row in model.session_rows()]

    def set_theme(self, theme) -> None:
        self.list.set_theme(theme)
        super().set_theme(theme)

    def spoken_text(self) -> str:
        model = self.list.model()
        return ". ".join([self.title.text()] + [model.index(r).data() for r in range(model.rowCount())])

    def reset(self) -> None:
        super().reset()
        self.filter.set_value(None)
        self.list.scrollToTop()
