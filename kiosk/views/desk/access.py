"""Getting into the desk: the first-run set-up (the hub and its first hub lead, on the desk
window of a new install only), the page that says how staff get accounts when there are none,
and the PIN sign-in, with the growing wait after wrong PINs shown as a countdown."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from ...domain.enums import DeviceRole
from ...domain.errors import InvalidInput, KioskError, TooSoon
from ...domain.text import clean_name
from ...domain.limits import PIN_MAX
from ...services.accounts import check_pin
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from ..widgets.pin_pad import PinPad
from .base import DeskPage
from .fields import text_field


class SetupPage(DeskPage):
    """First run: the hub's name and address (when there is no hub yet) and the first hub lead."""

    title_text = "Set up this hub"
    done = Signal(object)  # the new hub lead's staff id

    def _build_ui(self) -> None:
        self.body.addWidget(self.label(tr("Welcome. This computer has no hub yet. Give the hub's name and "
                                          "address, then your name and a PIN of 6 to 12 digits. You will "
                                          "be the hub lead: you can add volunteers afterwards.")))
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        self.hub_name = text_field(tr("Hub name"), 120, capitals="words")
        self.address = text_field(tr("Hub address"), 400)
        self.lead_name = text_field(tr("Your name"), 40, capitals="words")
        self.pin = text_field(tr("Your new PIN"), PIN_MAX, password=True)
        self.pin_again = text_field(tr("The same PIN again"), PIN_MAX, password=True)
        rows = [(tr("Hub name"), self.hub_name), (tr("Hub address"), self.address),
                (tr("Your name"), self.lead_name), (tr("Your new PIN"), self.pin),
                (tr("The same PIN again"), self.pin_again)]
        self._hub_rows = []
        for row, (words, field) in enumerate(rows):
            label = self.label(words)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
            if field in (self.hub_name, self.address):
                self._hub_rows += [label, field]
        line = QHBoxLayout()
        line.addLayout(form, 3)
        self.pad = PinPad([self.pin, self.pin_again])
        line.addWidget(self.pad, 2)
        self.body.addLayout(line)
        self.body.addStretch(1)
        self.create = action_button(tr("Set up the hub"), icon_name="check")
        self.create.clicked.connect(self._on_create_clicked)
        self.pin_again.returnPressed.connect(self._on_create_clicked)
        self.actions.addWidget(self.create)
        self.device_role = DeviceRole.DESK

    def refresh(self) -> None:
        has_hub = self._services.hub.is_set_up()
        for widget in self._hub_rows:
            widget.setVisible(not has_hub)
        (self.lead_name if has_hub else self.hub_name).setFocus()

    def _on_create_clicked(self) -> None:
        self.attempt(self._set_up)

    def _set_up(self) -> None:
        name = clean_name(self.lead_name.text(), required=True, what="your name")
        pin = check_pin(self.pin.text())
        if self.pin_again.text() != pin:
            raise InvalidInput(tr("The two PINs are not the same. Please type them again."))
        if not self._services.hub.is_set_up():
            self._services.hub.set_up(self.hub_name.text(), address=self.address.text(),
                                      device_name=tr("Front desk"), device_role=self.device_role)
        lead = self._services.accounts.add_first_lead(name, pin)
        self.reset()
        self.done.emit(lead.id)

    def reset(self) -> None:
        super().reset()
        for field in (self.hub_name, self.address, self.lead_name, self.pin, self.pin_again):
            field.clear()


class NoStaffPage(DeskPage):
    """Nobody can sign in yet: says plainly how a hub lead adds staff. Never a set-up form, so a
    visitor holding the logo cannot make themselves hub lead."""

    title_text = "Nobody can sign in here yet"
    leave = Signal()

    def _build_ui(self) -> None:
        self.explain = self.label()
        self.body.addWidget(self.explain)
        self.body.addStretch(1)
        self.back = action_button(tr("Back to the visitor screen"), "secondary", "arrow-left")
        self.back.clicked.connect(self.leave.emit)
        self.actions.addStretch(1)
        self.actions.addWidget(self.back)

    def refresh(self) -> None:
        if self._services.hub.is_set_up():
            self.explain.setText(tr(
                "This hub has no staff accounts on this computer yet. A hub lead must add staff: "
                "at the command line with “kiosk staff add”, or the accounts arrive from the hub "
                "at the next sync."))
        else:
            self.explain.setText(tr(
                "This kiosk is not set up yet. Set up the hub on the front-desk window "
                "(“kiosk run --desk”), or join this kiosk to its hub: the hub and its staff "
                "accounts arrive at the next sync."))
        # Back only where there is a visitor screen to go back to.
        self.back.setVisible(self.context.touch and self._services.hub.is_set_up())


class SignInPage(DeskPage):
    """Choose your name, type your PIN on the big pad (or the keyboard), press Sign in or Enter."""

    title_text = "Front desk: sign in"
    signed_in = Signal(object)  # the Actor
    leave = Signal()

    def _build_ui(self) -> None:
        left, right = self.two_columns(1, 1)
        left.addWidget(self.label(tr("Who are you?"), "heading"))
        self.who = ChoiceRow([], allow_none=False, columns=2)
        self.who.changed.connect(lambda _value: self._on_who_changed())
        left.addWidget(self.who)
        left.addStretch(1)
        right.addWidget(self.label(tr("Your PIN"), "heading"))
        self.pin = text_field(tr("Your PIN"), PIN_MAX, password=True)
        self.pin.setFixedWidth(456)
        self.pin.returnPressed.connect(self._on_sign_in_clicked)
        right.addWidget(self.pin)
        self.pad = PinPad([self.pin])
        self.pad.setFixedWidth(456)
        right.addWidget(self.pad)
        self.wait = self.label(role="alert")
        self.wait.hide()
        right.addWidget(self.wait)
        right.addStretch(1)
        self.sign_in = action_button(tr("Sign in"), icon_name="log-in")
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.back = action_button(tr("Back to the visitor screen"), "secondary", "arrow-left")
        self.back.clicked.connect(self.leave.emit)
        self.actions.addWidget(self.sign_in)
        self.actions.addStretch(1)
        self.actions.addWidget(self.back)
        self.back.setVisible(self.context.touch)  # after it has a parent: never a window of its own
        self._left = 0
        self._tick = QTimer(self, interval=1000, timeout=self._on_tick)

    def refresh(self) -> None:
        staff = self._services.accounts.staff()
        chosen = self.who.value()
        self.who.set_options([(s.id, s.name) for s in staff])
        if chosen in {s.id for s in staff}:
            self.who.set_value(chosen)
        elif len(staff) == 1:
            self.who.set_value(staff[0].id)
        self.pin.setFocus()

    def choose(self, staff_id) -> None:
        self.who.set_value(staff_id)

    def _on_who_changed(self) -> None:
        self._stop_wait()
        self.clear_message()
        self.pin.clear()
        self.pin.setFocus()

    def _on_sign_in_clicked(self) -> None:
        if self._left > 0:
            return
        staff_id = self.who.value()
        if staff_id is None:
            self.show_message(tr("Please choose your name first."))
            return
        self.clear_message()
        try:
            actor = self._services.accounts.sign_in(staff_id, self.pin.text())
        except TooSoon as error:
            self._start_wait(error.wait_seconds)
            return
        except KioskError as error:  # a wrong PIN, a locked or disabled account
            self.show_message(error.message)
            self.pin.clear()
            return
        self.reset()
        self.signed_in.emit(actor)

    def _start_wait(self, seconds: int) -> None:
        self._left = max(1, seconds)
        self.pin.clear()
        self.sign_in.setEnabled(False)
        self._show_wait()
        self._tick.start()

    def _show_wait(self) -> None:
        self.wait.show()
        self.wait.setText(tr("Too many wrong PINs. Please wait {seconds} seconds before trying again.")
                          .format(seconds=self._left))

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._stop_wait()
        else:
            self._show_wait()

    def _stop_wait(self) -> None:
        self._tick.stop()
        self._left = 0
        self.wait.clear()
        self.wait.hide()
        self.sign_in.setEnabled(True)

    def reset(self) -> None:
        super().reset()
        self._stop_wait()
        self.pin.clear()
