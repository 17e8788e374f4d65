"""Your feedback: five faces with words, an optional activity and comment, said plainly to be
anonymous; then thanks and what the hub did with earlier feedback."""

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QPlainTextEdit

from ...domain.text import COMMENT_MAX
from ..icons import pixmap
from ..page import Page
from ..widgets.buttons import WrapButton, action_button
from ..widgets.choices import ChoiceRow
from ..widgets.keyboard import OnScreenKeyboard
from .welcome import you_said_we_did
from ..i18n import number, tr

FACES = [(1, QT_TR_NOOP("Very bad"), "angry"), (2, QT_TR_NOOP("Bad"), "frown"), (3, QT_TR_NOOP("OK"), "meh"),
         (4, QT_TR_NOOP("Good"), "smile"), (5, QT_TR_NOOP("Very good"), "laugh")]
ANONYMOUS = QT_TR_NOOP("Anonymous: we keep only the date, your rating and your words.")


class GiveFeedbackPage(Page):
    page_name = "feedback"
    title_text = QT_TR_NOOP("Your feedback")

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr(ANONYMOUS), "heading"))
        left, right = self.form_beside_keyboard(1, 1)
        left.addWidget(self.label(tr("How was it?")))
        self.face_row = ChoiceRow([(rating, tr(words)) for rating, words, _icon in FACES], columns=5, allow_none=False,
                                  icons={rating: icon_name for rating, _words, icon_name in FACES}, role="face")
        self.face_row.changed.connect(self._on_face_chosen)
        self.faces: dict[int, WrapButton] = {rating: self.face_row.button(rating) for rating, _w, _i in FACES}
        for rating, words, _icon in FACES:
            self.faces[rating].setAccessibleName(tr("{words} ({rating} out of 5)").format(words=tr(words), rating=rating))
        left.addWidget(self.face_row)
        left.addWidget(self.label(tr("Which activity is it about? (you can leave this)")))
        self.activity = ChoiceRow([], columns=2)
        left.addWidget(self.activity)
        left.addWidget(self.label(tr("Anything you'd like to tell us? (up to {count} characters)").format(
            count=number(COMMENT_MAX))))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(tr("Your comment"))
        self.comment.setFixedHeight(120)  # three lines; set from the text size in refresh
        left.addWidget(self.comment)
        left.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.comment, capitals="sentences")
        right.addWidget(self.keyboard)
        right.addStretch(1)
        self.send = action_button(tr("Send my feedback"), icon_name="message-square-heart")
        self.send.clicked.connect(self._on_send_clicked)
        self.actions.addWidget(self.send)
        self._rating = None

    def refresh(self) -> None:
        self._paint_faces()
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 3 + self._theme.dp(28))
        chosen = self.activity.value()
        activities = self._services.activities.list()
        self.activity.set_options([(a.id, a.name) for a in activities])
        self.activity.set_value(chosen)

    def show_with(self, argument) -> None:
        self.reset()
        self.refresh()

    def _on_face_chosen(self, rating) -> None:
        self._rating = rating
        self._paint_faces()

    def _paint_faces(self) -> None:
        """Each face in the colour of its words: ink, or the chosen colour's own text colour."""
        palette = self._theme.palette
        for button in self.faces.values():
            colour = palette.on_primary if button.isChecked() else palette.ink
            button.set_picture(pixmap(button.icon_name, colour, self._theme.dp(64)))

    def _on_send_clicked(self) -> None:
        if self._rating is None:
            self.show_message(tr("Please tap a face to say how it was."))
            return
        given = self.attempt(self._services.feedback.give, self._rating, self.comment.toPlainText(),
                             self.activity.value())
        if given is not None:
            self.go("thanks")

    def reset(self) -> None:
        super().reset()
        self._rating = None
        self.face_row.set_value(None)
        self._paint_faces()
        self.activity.set_value(None)
        self.comment.clear()
        self.keyboard.reset()


class ThanksPage(Page):
    """Thanks for feedback, and recent "you said, we did" answers."""
    page_name = "thanks"
    confirmation = True
    title_text = QT_TR_NOOP("Thank you for your feedback")

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Every comment is read by the hub team. "
                                       "Here is what we did with some of what you told us:")))
        self.answers = self.label(role="voice")
        self.body.addWidget(self.answers)
        self.body.addStretch(1)
        done = action_button(tr("Done"), icon_name="check")
        done.clicked.connect(lambda: self.go("welcome"))
        self.actions.addWidget(done)

    def refresh(self) -> None:
        answers = self._services.responses.latest(3)
        self.answers.setText("\n\n".join(you_said_we_did(a) for a in answers)
                             or tr("Watch this space: answers to your feedback appear here."))
