"""Feedback: the anonymous feedback, filtered by dates, activity and rating, with a count for
each rating. Comments are shown as plain text with hidden direction controls made visible."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from ...domain.records import FeedbackInfo
from ...domain.text import reveal_controls
from ...domain.wording import day_name
from ...services.feedback import count_by_rating
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import StepField

RATING_WORDS = {5: "Very good", 4: "Good", 3: "OK", 2: "Bad", 1: "Very bad"}
SHOWN = 200


class FeedbackPage(DeskPage):
    page_name = "feedback"
    title_text = "Feedback"
    nav_text = "Feedback"
    icon_name = "message-square-heart"

    def _build_ui(self) -> None:
        self._build_filters()
        self.counts = self.label(role="heading")
        self.body.addWidget(self.counts)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(12)
        self.body.addLayout(self.items_box)
        self.body.addStretch(1)
        self.answer = action_button(tr("Write a “you said, we did” answer"), icon_name="pencil-line")
        self.answer.clicked.connect(lambda: self.go("answers"))
        self.actions.addWidget(self.answer)
        self.shown: list[FeedbackInfo] = []

    def _build_filters(self) -> None:
        filters = QGridLayout()
        filters.setHorizontalSpacing(16)
        filters.setVerticalSpacing(12)
        self.first = StepField("date", date.today(), tr("From"), words=False)
        self.last = StepField("date", date.today(), tr("To"), words=False)
        self.show_button = action_button(tr("Show"), "secondary", "check")
        self.show_button.clicked.connect(self._render)
        for field in (self.first, self.last):
            field.edit.returnPressed.connect(self._render)
        for field in (self.first, self.last):
            field.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        dates = QHBoxLayout()
        dates.setSpacing(16)
        dates.addWidget(self.first)
        dates.addWidget(self.label(tr("to")))
        dates.addWidget(self.last)
        dates.addSpacing(16)
        dates.addWidget(self.show_button)
        dates.addStretch(1)
        self.activity = ChoiceRow([], allow_none=False, columns=7)
        self.rating = ChoiceRow([(None, tr("All ratings"))] + [(r, tr(w)) for r, w in RATING_WORDS.items()],
                                allow_none=False, columns=6)
        self.activity.changed.connect(lambda _v: self._render())
        self.rating.changed.connect(lambda _v: self._render())
        for row, (words, widget) in enumerate(((tr("Dates"), dates), (tr("Activity"), self.activity),
                                               (tr("Rating"), self.rating))):
            filters.addWidget(self.label(words), row, 0, Qt.AlignTop)
            if isinstance(widget, QHBoxLayout):
                filters.addLayout(widget, row, 1)
            else:
                filters.addWidget(widget, row, 1)
        filters.setColumnStretch(1, 1)
        self.body.addLayout(filters)

    def show_with(self, argument) -> None:
        self.clear_message()
        today = self._services.hub.today()
        self.first.set_value(today - timedelta(days=30))
        self.last.set_value(today)
        activities = self._services.activities.list()
        self.activity.set_options([(None, tr("All activities"))] + [(a.name, a.name) for a in activities])
        self.activity.set_value(None)
        self.rating.set_value(None)
        self._render()

    def refresh(self) -> None:
        self._render()

    def _render(self) -> None:
        dates = self.attempt(lambda: (self.first.value(), self.last.value()))
        if dates is None:
            return
        first, last = dates
        activity = self.activity.value()
        activity_id = next((a.id for a in self._services.activities.list() if a.name == activity), None)
        found = self._services.feedback.between(first, last, activity_id, self.rating.value())
        counts = count_by_rating(found)
        self.counts.setText(tr("{count} in all").format(count=len(found)) + ":   " + "   ·   ".join(
            f"{tr(RATING_WORDS[r])}: {counts[r]}" for r in sorted(RATING_WORDS, reverse=True)))
        clear_layout(self.items_box)
        self.shown = found[:SHOWN]
        for item in self.shown:
            self.items_box.addWidget(self._card(item))
        if len(found) > SHOWN:
            self.items_box.addWidget(self.label(tr("Showing the newest {shown}. Choose fewer dates to see the rest.")
                                                .format(shown=SHOWN), "muted"))
        if not found:
            self.items_box.addWidget(self.label(tr("No feedback matches."), "muted"))

    def _card(self, item: FeedbackInfo) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        about = f"   ·   {item.activity_name}" if item.activity_name else ""
        column.addWidget(self.label(f"{day_name(item.given_on, translate=tr)}   ·   "
                                    f"{tr(RATING_WORDS[item.rating])} ({item.rating} / 5){about}", "heading"))
        comment = self.label(reveal_controls(item.comment) if item.comment else tr("No comment."),
                             None if item.comment else "muted")
        comment.setTextInteractionFlags(Qt.TextSelectableByMouse)
        column.addWidget(comment)
        return card

    def reset(self) -> None:
        super().reset()
        clear_layout(self.items_box)
        self.counts.clear()
        self.shown = []

