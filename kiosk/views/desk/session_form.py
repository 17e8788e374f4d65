"""Adding a session (once, or every week until a date) and editing or cancelling one; cancelling
asks first, and says how many bookings it cancels and what visitors will read."""

from datetime import date, time, timedelta

from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from ...domain.errors import InvalidInput
from ...domain.timeutil import at_local
from ...domain.wording import clock_time, local, session_day
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from .base import DeskPage
from .fields import StepField, text_area, text_field


class SessionFormPage(DeskPage):
    page_name = "session_form"
    title_text = "Add a session"

    def _build_ui(self) -> None:
        self._session = None
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        self.activity = ChoiceRow([], allow_none=True, columns=3)
        self.activity_name = self.label(role="heading")
        self.day = StepField("date", date.today(), tr("Date"))
        self.start = StepField("time", time(10, 0), tr("Start time"))
        self.minutes = StepField("number", 60, tr("Length in minutes"), step=15, minimum=5, maximum=720)
        self.capacity = StepField("number", 10, tr("Places"), step=1, minimum=1, maximum=200)
        self.place = text_field(tr("Place or meeting point"), 120)
        self.facilitator = text_field(tr("Facilitator"), 80, capitals="words")
        self.notes = text_area(tr("Notes for the team"), 100)
        self.repeat = ChoiceRow([("once", tr("Just this once")), ("weekly", tr("Every week"))],
                                allow_none=False, columns=2)
        self.repeat.set_value("once")
        self.until = StepField("date", date.today() + timedelta(weeks=12), tr("Last date of the series"))
        # (row, column, words, widget, columns spanned)
        cells = [(0, 0, tr("Activity"), self.activity, 3), (1, 0, tr("Activity"), self.activity_name, 3),
                 (2, 0, tr("Date"), self.day, 3), (3, 0, tr("Starts at"), self.start, 1),
                 (3, 2, tr("Length (minutes)"), self.minutes, 1), (4, 0, tr("Places"), self.capacity, 1),
                 (4, 2, tr("Facilitator"), self.facilitator, 1), (5, 0, tr("Place or meeting point"), self.place, 3),
                 (6, 0, tr("Notes for the team"), self.notes, 3), (7, 0, tr("Repeat"), self.repeat, 3),
                 (8, 0, tr("Last date"), self.until, 3)]
        self._labels = {}
        for row, column, words, widget, span in cells:
            label = self.label(words)
            form.addWidget(label, row, column)
            form.addWidget(widget, row, column + 1, 1, span)
            self._labels[widget] = label
        form.setColumnStretch(3, 1)
        self.body.addLayout(form)
        self.repeat.changed.connect(lambda _v: self._show_repeat())
        self._build_cancel()
        self.body.addStretch(1)
        self._build_actions()

    def _build_cancel(self) -> None:
        self.cancel_heading = self.label(tr("Cancel"), "heading")
        self.body.addWidget(self.cancel_heading)
        self.reason = text_field(tr("Reason for cancelling (visitors will see it)"), 200)
        self.reason.setPlaceholderText(tr("Reason for cancelling (visitors will see it)"))
        self.body.addWidget(self.reason)
        line = QHBoxLayout()
        self.cancel_one = action_button(tr("Cancel this session"), "secondary", "x")
        self.cancel_one.clicked.connect(self._on_cancel_one_clicked)
        self.cancel_rest = action_button(tr("Cancel this and the rest of the series"), "secondary", "x")
        self.cancel_rest.clicked.connect(self._on_cancel_rest_clicked)
        line.addWidget(self.cancel_one)
        line.addWidget(self.cancel_rest)
        line.addStretch(1)
        self.body.addLayout(line)

    def _build_actions(self) -> None:
        self.save = action_button(tr("Save"), icon_name="check")
        self.save.clicked.connect(self._on_save_clicked)
        for field in (self.place, self.facilitator):
            field.returnPressed.connect(self._on_save_clicked)
        self.bookings = action_button(tr("See the bookings"), "secondary", "users")
        self.bookings.clicked.connect(lambda: self.go("session", self._session.id))
        self.back = action_button(tr("Back to the timetable"), "secondary", "arrow-left")
        self.back.clicked.connect(lambda: self.go("timetable"))
        self.actions.addWidget(self.save)
        self.actions.addWidget(self.bookings)
        self.actions.addStretch(1)
        self.actions.addWidget(self.back)

    # -- showing ---------------------------------------------------------------------------

    def show_with(self, argument) -> None:
        self.reset()
        argument = argument or {}
        activities = self._services.activities.list()
        self.activity.set_options([(a.id, a.name) for a in activities])
        if argument.get("session_id"):
            self._session = self.attempt(self._services.schedule.get, argument["session_id"])
        if self._session is not None:
            self._fill(self._session)
        else:
            self.day.set_value(argument.get("day") or date.today())
        self._set_mode()

    def _fill(self, session) -> None:
        tz = self.timezone()
        starts = local(session.starts_at, tz)
        self.activity_name.setText(session.activity.name)
        self.day.set_value(starts.date())
        self.start.set_value(starts.time().replace(second=0, microsecond=0))
        self.minutes.set_value(int((session.ends_at - session.starts_at).total_seconds() // 60))
        self.capacity.set_value(session.capacity)
        self.place.setText(session.place or "")
        self.facilitator.setText(session.facilitator or "")
        self.notes.setPlainText(session.notes or "")

    def _set_mode(self) -> None:
        editing = self._session is not None
        cancelled = editing and self._session.is_cancelled
        if editing:
            when = session_day(self._session, self.timezone(), tr)
            self.title.setText(tr("{activity} on {day}").format(activity=self._session.activity.name, day=when))
        else:
            self.title.setText(tr("Add a session"))
        for widget, shown in ((self.activity, not editing), (self.activity_name, editing),
                              (self.repeat, not editing)):
            widget.setVisible(shown)
            self._labels[widget].setVisible(shown)
        self._show_repeat()
        for widget in (self.cancel_heading, self.reason, self.cancel_one):
            widget.setVisible(editing and not cancelled)
        self.cancel_rest.setVisible(editing and not cancelled and self._session.series_id is not None)
        self.bookings.setVisible(editing)
        self.save.setVisible(not cancelled)
        self.save.setText(tr("Save changes") if editing else tr("Add"))
        if cancelled:
            self.show_message(tr("This session is cancelled: {reason}").format(reason=self._session.cancel_reason))

    def _show_repeat(self) -> None:
        weekly = self._session is None and self.repeat.value() == "weekly"
        self.until.setVisible(weekly)
        self._labels[self.until].setVisible(weekly)

    # -- saving ----------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        if self._session is None:
            self.attempt(self._add)
        else:
            self.attempt(self._edit)

    def _common(self) -> dict:
        return {"starts_at": at_local(self.day.value(), self.start.value(), self.timezone()),
                "minutes": self.minutes.value(), "capacity": self.capacity.value(),
                "place": self.place.text(), "facilitator": self.facilitator.text(),
                "notes": self.notes.toPlainText()}

    def _add(self) -> None:
        activity_id = self.activity.value()
        if activity_id is None:
            raise InvalidInput(tr("Please choose the activity."))
        values = self._common()
        starts_at, minutes, capacity = values.pop("starts_at"), values.pop("minutes"), values.pop("capacity")
        schedule = self._services.schedule
        if self.repeat.value() == "weekly":
            made = schedule.add_series(self.actor, activity_id, starts_at, minutes, capacity,
                                       until=self.until.value(), **values)
            done = tr("Added {count} weekly sessions.").format(count=len(made))
        else:
            schedule.add_session(self.actor, activity_id, starts_at, minutes, capacity, **values)
            done = tr("Added the session.")
        self.go("timetable", done)

    def _edit(self) -> None:
        session = self._session
        values = self._common()
        old = {"starts_at": session.starts_at, "capacity": session.capacity, "place": session.place or "",
               "minutes": int((session.ends_at - session.starts_at).total_seconds() // 60),
               "facilitator": session.facilitator or "", "notes": session.notes or ""}
        changes = {key: value for key, value in values.items() if value != old[key]}
        if not changes:
            self.say(tr("Nothing was changed."))
            return
        self._services.schedule.edit_session(self.actor, session.id, **changes)
        self.go("timetable", tr("Saved your changes to {activity}. You can undo them from the timetable.")
                .format(activity=session.activity.name))

    # -- cancelling ------------------------------------------------------------------------

    def _describe(self) -> str:
        session, tz = self._session, self.timezone()
        when = session_day(session, tz, tr)
        return f"{session.activity.name}, {when} {clock_time(session.starts_at, tz)}"

    def _on_cancel_one_clicked(self) -> None:
        if not self.reason.text().strip():
            self.show_message(tr("Please write the reason first: visitors will see it on their booking."))
            return
        session = self._session
        self.ask(tr("Cancel {session}? Its bookings ({booked} places, {waiting} on the waiting list) will be "
                    "cancelled, and visitors will read: “{reason}”").format(
                        session=self._describe(), booked=session.confirmed, waiting=session.waitlisted,
                        reason=self.reason.text().strip()),
                 tr("Yes, cancel it"), lambda: self.attempt(self._cancel_one))

    def _cancel_one(self) -> None:
        self._services.schedule.cancel_session(self.actor, self._session.id, self.reason.text())
        self.go("timetable", tr("Cancelled {session}.").format(session=self._describe()))

    def _on_cancel_rest_clicked(self) -> None:
        if not self.reason.text().strip():
            self.show_message(tr("Please write the reason first: visitors will see it on their booking."))
            return
        self.ask(tr("Cancel {session} and every later session of this weekly series? Their bookings will be "
                    "cancelled too.").format(session=self._describe()),
                 tr("Yes, cancel them all"), lambda: self.attempt(self._cancel_rest))

    def _cancel_rest(self) -> None:
        day = local(self._session.starts_at, self.timezone()).date()
        cancelled = self._services.schedule.cancel_series(self.actor, self._session.series_id, day,
                                                          self.reason.text())
        self.go("timetable", tr("Cancelled {count} sessions of the series.").format(count=len(cancelled)))

    def reset(self) -> None:
        super().reset()
        self._session = None
        self.activity.set_value(None)
        self.repeat.set_value("once")
        for field in (self.day, self.start, self.minutes, self.capacity, self.until):
            field.reset()
        for field in (self.place, self.facilitator, self.reason):
            field.clear()
        self.notes.clear()
