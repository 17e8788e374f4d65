""""You said, we did": write an answer to what visitors told the hub; it appears on the visitor
Welcome screen straight away. The latest answers are listed below the form."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from ...domain.wording import day_name
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import text_area, text_field


class AnswersPage(DeskPage):
    page_name = "answers"
    title_text = "You said, we did"
    nav_text = "You said, we did"
    icon_name = "heart-handshake"

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Answer a theme in the feedback. Visitors see it on the Welcome "
                                          "screen as soon as you publish it. Never name anyone."), "muted"))
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        self.you_said = text_field(tr("You said"), 300)
        self.you_said.setPlaceholderText(tr("For example: More evening yoga, please."))
        self.we_did = text_area(tr("We did"), 120)
        self.we_did.setPlaceholderText(tr("For example: From December there is yoga every Tuesday at 18:30."))
        self.activity = ChoiceRow([], allow_none=True, columns=4)
        for row, (words, widget) in enumerate(((tr("You said"), self.you_said), (tr("We did"), self.we_did),
                                               (tr("About (optional)"), self.activity))):
            form.addWidget(self.label(words), row, 0, Qt.AlignTop)
            form.addWidget(widget, row, 1)
        self.body.addLayout(form)
        self.body.addWidget(self.label(tr("Published answers"), "heading"))
        self.published = QVBoxLayout()
        self.published.setSpacing(12)
        self.body.addLayout(self.published)
        self.body.addStretch(1)
        self.publish = action_button(tr("Publish"), icon_name="check")
        self.publish.clicked.connect(self._on_publish_clicked)
        self.actions.addWidget(self.publish)

    def refresh(self) -> None:
        chosen = self.activity.value()
        activities = self._services.activities.list()
        self.activity.set_options([(a.id, a.name) for a in activities])
        self.activity.set_value(chosen)
        clear_layout(self.published)
        answers = self._services.responses.latest(10)
        for answer in answers:
            about = f" ({answer.activity_name})" if answer.activity_name else ""
            text = tr("You said: “{said}”{about}\nWe did: {did}\nPublished {day}").format(
                said=answer.you_said, about=about, did=answer.we_did,
                day=day_name(answer.published_on, translate=tr))
            self.published.addWidget(self.label(text, "voice"))
        if not answers:
            self.published.addWidget(self.label(tr("Nothing published yet."), "muted"))

    def _on_publish_clicked(self) -> None:
        answer = self.attempt(self._services.responses.publish, self.actor, self.you_said.text(),
                              self.we_did.toPlainText(), self.activity.value())
        if answer is not None:
            self.reset()
            self.refresh()
            self.say(tr("Published. It is on the visitor Welcome screen now."))

    def reset(self) -> None:
        super().reset()
        self.you_said.clear()
        self.we_did.clear()
        self.activity.set_value(None)
        clear_layout(self.published)
