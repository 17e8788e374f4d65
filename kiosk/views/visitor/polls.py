"""Have your say: the hub's open polls; one tap votes; results only once 5 votes exist."""

from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ...domain.records import PollInfo
from ..page import Page
from ..widgets.buttons import action_button


class PollsPage(Page):
    title_text = "Have your say"

    def _build_ui(self) -> None:
        self.body.addWidget(self.label("Tap an answer to vote. Votes are anonymous: we keep only the "
                                       "date and the answer."))
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
            column.addWidget(self.label("There are no questions to answer just now. Thank you for looking!"))
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
            layout.addWidget(self.label("Thank you for voting.", "heading"))
            layout.addWidget(self.label(results_text(poll)))
            return card
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, option in enumerate(poll.options):
            button = action_button(option.label, "secondary")
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
        return (f"Results show once {PollInfo.RESULTS_FROM} or more people have voted, "
                "so nobody's answer can be picked out.")
    lines = [f"{o.label}: {o.votes} vote{'s' if o.votes != 1 else ''}" for o in poll.options]
    return "\n".join(lines + [f"{poll.total_votes} votes so far."])
