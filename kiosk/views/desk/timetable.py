"""Timetable: a week grid (previous, this and next week, or jump to a date), adding sessions,
opening one to edit or cancel it, and undoing your last edit."""

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...domain.records import SessionInfo
from ...domain.timeutil import monday_of
from ...domain.wording import clock_time, day_name, local, session_day, week_range
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.slot_card import SlotCard
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import StepField


def slot_text(session: SessionInfo, tz: str) -> str:
    """What a session's cell in the week grid says (never colour alone)."""
    if session.is_cancelled:
        state = tr("Cancelled")
    else:
        state = tr("{booked} of {capacity} booked").format(booked=session.confirmed, capacity=session.capacity)
        if session.waitlisted:
            state += "\n" + tr("{count} waiting").format(count=session.waitlisted)
    return f"{clock_time(session.starts_at, tz)}\n{session.activity.name}\n{state}"


class TimetablePage(DeskPage):
    page_name = "timetable"
    title_text = "Timetable"
    nav_text = "Timetable"
    icon_name = "calendar-days"

    def _build_ui(self) -> None:
        self._monday: date | None = None
        self._build_week_bar()
        self.week_label = self.label(role="heading")
        self.body.addWidget(self.week_label)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.grid_holder)
        self.body.addStretch(1)
        self.add = action_button(tr("Add a session"), icon_name="plus")
        self.add.clicked.connect(lambda: self.go("session_form", {"day": self._default_day()}))
        self.undo = action_button(tr("Undo my last edit"), "secondary", "arrow-left")
        self.undo.clicked.connect(self._on_undo_clicked)
        self.actions.addWidget(self.add)
        self.actions.addStretch(1)
        self.actions.addWidget(self.undo)
        self.slots: dict = {}

    def _build_week_bar(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(16)
        self.previous = action_button(tr("Previous week"), "secondary", "arrow-left")
        self.this_week = action_button(tr("This week"), "secondary", "calendar-check")
        self.next = action_button(tr("Next week"), "secondary", "calendar-days")
        self.previous.clicked.connect(lambda: self.show_week(self._monday - timedelta(days=7)))
        self.next.clicked.connect(lambda: self.show_week(self._monday + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_week(None))
        for button in (self.previous, self.this_week, self.next):
            bar.addWidget(button)
        bar.addStretch(1)
        self.body.addLayout(bar)
        bar = QHBoxLayout()  # the jump to a week on its own line: the three buttons keep their words
        bar.setSpacing(16)
        self.jump = StepField("date", date.today(), tr("Go to the week of"), words=False)
        self.jump.edit.returnPressed.connect(self._on_jump_clicked)
        self.go_button = action_button(tr("Go"), "secondary")
        self.go_button.setAccessibleName(tr("Go to that week"))
        self.go_button.clicked.connect(self._on_jump_clicked)
        bar.addWidget(self.label(tr("Week of")))
        bar.addWidget(self.jump)
        bar.addWidget(self.go_button)
        bar.addStretch(1)
        self.body.addLayout(bar)

    def show_with(self, argument) -> None:
        self.clear_message()
        if isinstance(argument, str):
            self.say(argument)
        self.refresh()

    def today(self) -> date:
        return self._services.hub.today()

    def show_week(self, monday: date | None) -> None:
        self._monday = monday_of(monday or self.today())
        self.refresh()

    def refresh(self) -> None:
        if self._monday is None:
            self._monday = monday_of(self.today())
        self.jump.set_value(self._monday)
        tz = self.timezone()
        self.week_label.setText(week_range(self._monday))
        self._render(self._services.schedule.week(self._monday), tz)
        edit = self._services.schedule.last_edit(self.actor) if self.actor else None
        self.undo.setVisible(edit is not None)
        if edit is not None:
            self.undo.setText(tr("Undo my last edit ({what})").format(what=edit.summary))

    def _render(self, sessions: list[SessionInfo], tz: str) -> None:
        clear_layout(self.grid)
        self.slots = {}
        by_day = defaultdict(list)
        for session in sessions:
            by_day[local(session.starts_at, tz).date()].append(session)
        today = self.today()
        for column in range(7):
            day = self._monday + timedelta(days=column)
            words = day_name(day, translate=tr).replace(" ", "\n", 1)
            heading = self.label(("▶ " if day == today else "") + words, "heading")
            self.grid.addWidget(heading, 0, column)
            cells = QVBoxLayout()
            cells.setSpacing(8)
            for session in by_day[day]:
                cells.addWidget(self._slot(session, tz))
            if not by_day[day]:
                cells.addWidget(self.label(tr("Nothing on"), "muted"))
            cells.addStretch(1)
            self.grid.addLayout(cells, 1, column)
            self.grid.setColumnStretch(column, 1)

    def _slot(self, session: SessionInfo, tz: str) -> SlotCard:
        text = slot_text(session, tz)
        day = session_day(session, tz, tr)
        card = SlotCard(text, f"{day}, " + text.replace("\n", ", "), self._theme.chip_colours(session.activity.colour)[0])
        card.activated.connect(lambda sid=session.id: self.go("session_form", {"session_id": sid}))
        self.slots[session.id] = card
        return card

    def _default_day(self) -> date:
        today = self.today()
        return today if self._monday <= today < self._monday + timedelta(days=7) else self._monday

    def _on_jump_clicked(self) -> None:
        day = self.attempt(self.jump.value)
        if day is not None:
            self.show_week(day)

    def _on_undo_clicked(self) -> None:
        session = self.attempt(self._services.schedule.undo_last_edit, self.actor)
        if session is not None:
            self.refresh()
            self.say(tr("Your last edit of {activity} is undone.").format(activity=session.activity.name))

    def reset(self) -> None:
        super().reset()
        self._monday = None
        clear_layout(self.grid)
        self.slots = {}
