"""Check in (name optional, reason, first time, family, postcode district with why we ask) and
leaving (by the leaving code only the visitor was given — never a list of names, never a day
number that anyone could guess)."""

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLineEdit

from ...domain.enums import VisitReason
from ...domain.leaving import CODE_LENGTH
from ...domain.text import NAME_MAX
from ..page import Page
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow, Stepper
from ..widgets.keyboard import OnScreenKeyboard
from ..widgets.keypad import reference_keypad
from ..i18n import tr

BACK_TO_WELCOME_MS = 8000


class CheckInPage(Page):
    page_name = "check_in"
    title_text = QT_TR_NOOP("Check in")

    def _build_ui(self) -> None:
        left, right = self.form_beside_keyboard(3, 2)
        self.body.insertWidget(0, self.label(tr("Everything here is optional. Skip anything you like."), "muted"))
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        self.name = self._field(tr("Your first name or a nickname"), NAME_MAX)
        self.district = self._field(tr("First part of your postcode, like CM1"), 8)
        self.reason = ChoiceRow([(r, tr(r.label)) for r in VisitReason], columns=3)
        self.first_visit = ChoiceRow([(True, tr("Yes, first time")), (False, tr("I've been before"))], columns=2)
        self.family = Stepper(0, 12, 0, tr("family members with you"))
        rows = [(tr("First name or nickname"), self.name), (tr("Postcode area, like CM1"), self.district),
                (tr("What brings you in?"), self.reason), (tr("First time here?"), self.first_visit),
                (tr("Family with you"), self.family)]
        for row, (words, widget) in enumerate(rows):
            form.addWidget(self.label(words), row * 2, 0, Qt.AlignTop)
            form.addWidget(widget, row * 2, 1)
        form.addWidget(self.label(tr("Why we ask: it shows funders which areas we reach. "
                                  "We only keep this first part."), "muted"), 3, 1)
        left.addLayout(form)
        left.addStretch(1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.name)
        self.keyboard.attach(self.district, capitals="all")
        right.addWidget(self.keyboard)
        right.addStretch(1)
        self.confirm = action_button(tr("Check me in"), icon_name="log-in")
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.actions.addWidget(self.confirm)

    def _field(self, accessible: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(limit)
        field.setAccessibleName(accessible)
        field.setMinimumHeight(72)
        return field

    def show_with(self, argument) -> None:
        self.reset()
        self.name.setFocus()

    def _on_confirm_clicked(self) -> None:
        visit = self.attempt(self._services.visits.check_in, self.name.text(), self.district.text(),
                             self.reason.value(), bool(self.first_visit.value()), self.family.value())
        if visit is not None:
            self.go("checked_in", visit)

    def reset(self) -> None:
        super().reset()
        for field in (self.name, self.district):
            field.clear()
        self.reason.set_value(None)
        self.first_visit.set_value(None)
        self.family.reset()
        self.keyboard.reset()


class CheckedInPage(Page):
    """The greeting after checking in, with the visitor's number and their code for leaving."""
    page_name = "checked_in"
    confirmation = True
    title_text = QT_TR_NOOP("You're checked in")

    def _build_ui(self) -> None:
        self.greeting = self.label(role="title")
        self.number = self.label(role="heading")
        self.code = self.label(role="reference")
        self.code.setAccessibleName(tr("Your leaving code"))
        self.body.addWidget(self.greeting)
        self.body.addWidget(self.label(tr("Your number today is")))
        self.body.addWidget(self.number)
        self.body.addWidget(self.label(tr("Your leaving code")))
        self.body.addWidget(self.code)
        self.body.addWidget(self.label(tr("When you leave, tap “I'm leaving” and type this code. "
                                          "Only you have it, so nobody else can check you out.")))
        self.body.addStretch(1)
        done = action_button(tr("Done"), icon_name="check")
        done.clicked.connect(lambda: self.go("welcome"))
        self.actions.addWidget(done)
        self._timer = QTimer(self, singleShot=True, interval=BACK_TO_WELCOME_MS,
                             timeout=lambda: self.go("welcome"))

    def show_with(self, visit) -> None:
        self.greeting.setText(tr("Welcome, {name}. It's good to see you.").format(name=visit.name) if visit.name
                              else tr("Welcome. It's good to see you."))
        self.number.setText(visit.day_label)
        self.code.setText(visit.leave_code or "")
        self._timer.start()

    def reset(self) -> None:
        super().reset()
        self._timer.stop()
        self.greeting.clear()
        self.number.clear()
        self.code.clear()


class CheckOutPage(Page):
    page_name = "check_out"
    title_text = QT_TR_NOOP("I'm leaving")

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Type the leaving code you were given when you checked in.")))
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_LENGTH + 2)  # room for a space or a dash typed between
        self.code.setAccessibleName(tr("Your leaving code"))
        self.code.setMinimumHeight(80)
        self.code.returnPressed.connect(self._on_leave_clicked)
        self.body.addWidget(self.code)
        self.keypad = reference_keypad(self.code)
        self.keypad.setMaximumWidth(760)
        self.body.addWidget(self.keypad)
        self.leave = action_button(tr("Check me out"), icon_name="log-out")
        self.leave.clicked.connect(self._on_leave_clicked)
        self.actions.addWidget(self.leave)
        self.thanks = self.label(role="title")
        self.thanks.hide()  # an empty label would be read out as a nameless control
        self.body.addWidget(self.thanks)
        self.body.addStretch(1)

    def show_with(self, argument) -> None:
        self.reset()
        self.code.setFocus()

    def _on_leave_clicked(self) -> None:
        visit = self.attempt(self._services.visits.check_out_by_code, self.code.text())
        if visit is not None:
            self.code.clear()
            self.thanks.setText(tr("Thank you for coming. Take care, and see you soon."))
            self.thanks.show()
            QTimer.singleShot(BACK_TO_WELCOME_MS // 2, self, lambda: self.isVisible() and self.go("welcome"))

    def reset(self) -> None:
        super().reset()
        self.code.clear()
        self.thanks.clear()
        self.thanks.hide()
