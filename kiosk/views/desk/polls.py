"""Have your say, at the desk: make a poll with 2 to 6 answers and a closing date, close it, and
see the results (only once 5 people have voted, as on the visitor screen)."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from ...domain.records import PollInfo
from ...domain.wording import day_name
from ...domain.limits import MAX_OPTIONS
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import StepField, text_field


def results_text(poll: PollInfo) -> str:
    if not poll.results_visible:
        return tr("Fewer than {least} votes so far: results show once {least} people have voted.").format(
            least=PollInfo.RESULTS_FROM)
    return "   ·   ".join(f"{o.label}: {o.votes}" for o in poll.options) + "   " + tr(
        "({count} votes)").format(count=poll.total_votes)


class PollsPage(DeskPage):
    page_name = "polls"
    title_text = "Have your say: polls"
    nav_text = "Polls"
    icon_name = "vote"

    def _build_ui(self) -> None:
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.question = text_field(tr("Question"), 200)
        form.addWidget(self.label(tr("Question")), 0, 0)
        form.addWidget(self.question, 0, 1, 1, 3)
        self.options = []
        for index in range(MAX_OPTIONS):
            field = text_field(tr("Answer {number}").format(number=index + 1), 120)
            if index >= 2:
                field.setPlaceholderText(tr("(optional)"))
            row, column = 1 + index // 2, (index % 2) * 2
            form.addWidget(self.label(tr("Answer {number}").format(number=index + 1)), row, column)
            form.addWidget(field, row, column + 1)
            self.options.append(field)
        self.closes = StepField("date", date.today() + timedelta(days=14), tr("Closes on"))
        form.addWidget(self.label(tr("Closes on")), 4, 0)
        form.addWidget(self.closes, 4, 1, 1, 3)
        self.body.addLayout(form)
        self.create = action_button(tr("Create the poll"), icon_name="plus")
        self.create.clicked.connect(self._on_create_clicked)
        line = QHBoxLayout()
        line.addWidget(self.create)
        line.addStretch(1)
        self.body.addLayout(line)
        self.body.addWidget(self.label(tr("Polls"), "heading"))
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(12)
        self.body.addLayout(self.list_box)
        self.body.addStretch(1)
        self.close_buttons: dict = {}

    def show_with(self, argument) -> None:
        self.reset()
        today = self._services.hub.today()
        self.closes.set_value(today + timedelta(days=14))
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.list_box)
        self.close_buttons = {}
        polls = self._services.polls.all_polls()
        for poll in polls:
            self.list_box.addWidget(self._card(poll))
        if not polls:
            self.list_box.addWidget(self.label(tr("No polls yet."), "muted"))

    def _card(self, poll: PollInfo) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        line = QHBoxLayout(card)
        line.setContentsMargins(16, 12, 16, 12)
        words = QVBoxLayout()
        words.addWidget(self.label(poll.question, "heading"))
        state = tr("Closed") if poll.closed else tr("Open until {day}").format(
            day=day_name(poll.closes_on, translate=tr))
        words.addWidget(self.label(state, "muted"))
        words.addWidget(self.label(results_text(poll)))
        line.addLayout(words, 1)
        if not poll.closed:
            button = action_button(tr("Close this poll"), "secondary", "x")
            button.setAccessibleName(tr("Close the poll: {question}").format(question=poll.question))
            button.clicked.connect(lambda _=False, p=poll: self._on_close_clicked(p))
            line.addWidget(button, 0, Qt.AlignTop)
            self.close_buttons[poll.id] = button
        return card

    def _on_create_clicked(self) -> None:
        closes = self.attempt(self.closes.value)
        if closes is None:
            return
        poll = self.attempt(self._services.polls.create, self.actor, self.question.text(),
                            [f.text() for f in self.options], closes)
        if poll is not None:
            self.reset()
            self.refresh()
            self.say(tr("The poll is open on the visitor screen now."))

    def _on_close_clicked(self, poll: PollInfo) -> None:
        self.ask(tr("Close the poll “{question}”? Visitors will not be able to vote in it any more.")
                 .format(question=poll.question), tr("Yes, close it"), lambda: self._close(poll))

    def _close(self, poll: PollInfo) -> None:
        done = self.act(self._services.polls.close, self.actor, poll.id)
        if done is not None:
            self.say(tr("The poll is closed."))

    def reset(self) -> None:
        super().reset()
        self.question.clear()
        for field in self.options:
            field.clear()
        clear_layout(self.list_box)
        self.close_buttons = {}
