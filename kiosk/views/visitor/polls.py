"""Have your say: the hub's open polls; one tap votes; results only once 5 votes exist."""

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ...domain.records import PollInfo
from ..page import Page
from ..widgets.buttons import WrapButton
from ..i18n import tr


class HaveYourSayPage(Page):
    page_name = "polls"
    title_text = QT_TR_NOOP("Have your say")

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Tap an answer to vote. Votes are anonymous: we keep only the "
                                       "date and the answer.")))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self.body.addWidget(self._scroll, 1)
        self._voted: dict = {}

    def refresh(self) -> None:
        polls = self._services.polls.open_polls()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(24)
        if not polls:
            column.addWidget(self.label(tr("There are no questions to answer just now. Thank you for looking!")))
        for poll in polls:
            column.addWidget(self._poll_card(poll))
        column.addStretch(1)
        self._scroll.setWidget(content)

    def _poll_card(self, poll: PollInfo) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.label(poll.question, "heading"))
        if poll.id in self._voted:
            layout.addWidget(self.label(tr("Thank you for voting."), "heading"))
            layout.addWidget(self.label(results_text(poll)))
            return card
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, option in enumerate(poll.options):
            button = WrapButton(option.label)
            button.setProperty("role", "secondary")
            button.clicked.connect(lambda _=False, p=poll.id, o=option.id: self._on_vote(p, o))
            grid.addWidget(button, index // 3, index % 3)
        layout.addLayout(grid)
        return card

    def _on_vote(self, poll_id, option_id) -> None:
        poll = self.attempt(self._services.polls.vote, poll_id, option_id)
        if poll is not None:
            self._voted[poll_id] = poll
            self.refresh()

    def reset(self) -> None:
        super().reset()
        self._voted.clear()


def results_text(poll: PollInfo) -> str:
    if not poll.results_visible:
        return tr("Results show once {count} or more people have voted, "
                  "so nobody's answer can be picked out.").format(count=PollInfo.RESULTS_FROM)
    lines = [(tr("{answer}: 1 vote") if o.votes == 1 else tr("{answer}: {votes} votes")).format(
        answer=o.label, votes=o.votes) for o in poll.options]
    return "\n".join(lines + [tr("{votes} votes so far.").format(votes=poll.total_votes)])
