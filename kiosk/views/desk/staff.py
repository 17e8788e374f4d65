"""Staff accounts (hub leads only): add a volunteer or hub lead, disable or enable an account,
and set a new PIN for someone who forgot theirs or is locked out."""

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from ...domain.enums import StaffRole
from ...domain.errors import InvalidInput
from ...domain.records import StaffInfo
from ...domain.wording import clock_time
from ...domain.limits import PIN_MAX
from ...services.accounts import check_pin
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import text_field


def same_pins(first: str, second: str) -> str:
    """The PIN, if it is a good one and was typed the same twice."""
    check_pin(first)
    if first != second:
        raise InvalidInput(tr("The two PINs are not the same. Please type them again."))
    return first


class StaffPage(DeskPage):
    page_name = "staff"
    title_text = "Staff accounts"
    nav_text = "Staff accounts"
    icon_name = "users"
    lead_only = True

    def _build_ui(self) -> None:
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(12)
        self.body.addLayout(self.list_box)
        self._build_reset()
        self._build_add()
        self.body.addStretch(1)
        self.toggles: dict = {}
        self.resets: dict = {}
        self._resetting: StaffInfo | None = None

    def _build_reset(self) -> None:
        self.reset_box = QFrame()
        self.reset_box.setProperty("role", "card")
        line = QHBoxLayout(self.reset_box)
        line.setContentsMargins(16, 12, 16, 12)
        self.reset_who = self.label(role="heading")
        self.new_pin = text_field(tr("New PIN"), PIN_MAX, password=True)
        self.new_pin_again = text_field(tr("New PIN again"), PIN_MAX, password=True)
        self.new_pin.setPlaceholderText(tr("New PIN"))
        self.new_pin_again.setPlaceholderText(tr("New PIN again"))
        self.set_pin = action_button(tr("Set the new PIN"), icon_name="check")
        self.set_pin.clicked.connect(self._on_set_pin_clicked)
        self.new_pin_again.returnPressed.connect(self._on_set_pin_clicked)
        for widget in (self.reset_who, self.new_pin, self.new_pin_again, self.set_pin):
            line.addWidget(widget)
        self.reset_box.hide()
        self.body.addWidget(self.reset_box)

    def _build_add(self) -> None:
        self.body.addWidget(self.label(tr("Add an account"), "heading"))
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        self.name = text_field(tr("Name"), 40, capitals="words")
        self.role = ChoiceRow([(StaffRole.VOLUNTEER, tr("Volunteer")), (StaffRole.LEAD, tr("Hub lead"))],
                              allow_none=False, columns=2)
        self.role.set_value(StaffRole.VOLUNTEER)
        self.pin = text_field(tr("Their PIN (6 to 12 digits)"), PIN_MAX, password=True)
        self.pin_again = text_field(tr("The same PIN again"), PIN_MAX, password=True)
        self.pin_again.returnPressed.connect(self._on_add_clicked)
        for row, (words, widget) in enumerate(((tr("Name"), self.name), (tr("Role"), self.role),
                                               (tr("PIN"), self.pin), (tr("PIN again"), self.pin_again))):
            form.addWidget(self.label(words), row, 0)
            form.addWidget(widget, row, 1)
        self.body.addLayout(form)
        self.add = action_button(tr("Add the account"), icon_name="plus")
        self.add.clicked.connect(self._on_add_clicked)
        self.actions.addWidget(self.add)

    def refresh(self) -> None:
        clear_layout(self.list_box)
        self.toggles, self.resets = {}, {}
        tz = self.timezone()
        for person in self._services.accounts.staff(include_disabled=True):
            self.list_box.addWidget(self._card(person, tz))

    def _card(self, person: StaffInfo, tz: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        line = QHBoxLayout(card)
        line.setContentsMargins(16, 8, 16, 8)
        state = tr("Active") if person.active else tr("Disabled")
        if person.locked:
            state = tr("Locked until {time}").format(time=clock_time(person.locked_until, tz))
        line.addWidget(self.label(f"{person.name}   ·   {tr(person.role.label)}   ·   {state}", "heading"), 1)
        toggle = action_button(tr("Disable") if person.active else tr("Enable"), "secondary")
        toggle.setAccessibleName(f"{toggle.text()}: {person.name}")
        toggle.clicked.connect(lambda _=False, p=person: self._on_toggle_clicked(p))
        reset = action_button(tr("New PIN"), "secondary", "lock")
        reset.setAccessibleName(tr("New PIN for {name}").format(name=person.name))
        reset.clicked.connect(lambda _=False, p=person: self._on_reset_clicked(p))
        line.addWidget(toggle)
        line.addWidget(reset)
        self.toggles[person.id], self.resets[person.id] = toggle, reset
        return card

    def _on_toggle_clicked(self, person: StaffInfo) -> None:
        if person.active:
            self.ask(tr("Disable {name}'s account? They will not be able to sign in.").format(name=person.name),
                     tr("Yes, disable it"), lambda: self._set_active(person, False))
        else:
            self._set_active(person, True)

    def _set_active(self, person: StaffInfo, active: bool) -> None:
        done = self.act(self._services.accounts.set_active, self.actor, person.id, active)
        if done is not None:
            text = tr("{name} can sign in again.") if active else tr("{name}'s account is disabled.")
            self.say(text.format(name=person.name))

    def _on_reset_clicked(self, person: StaffInfo) -> None:
        self._resetting = person
        self.reset_who.setText(tr("New PIN for {name}:").format(name=person.name))
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.reset_box.show()
        self.new_pin.setFocus()

    def _on_set_pin_clicked(self) -> None:
        person = self._resetting
        if person is None:
            return
        pin = self.attempt(same_pins, self.new_pin.text(), self.new_pin_again.text())
        done = pin and self.attempt(self._services.accounts.reset_pin, self.actor, person.id, pin)
        if done:
            self.reset_box.hide()
            self._resetting = None
            self.refresh()
            self.say(tr("{name} has a new PIN; any lock is lifted.").format(name=person.name))

    def _on_add_clicked(self) -> None:
        pin = self.attempt(same_pins, self.pin.text(), self.pin_again.text())
        added = pin and self.attempt(self._services.accounts.add, self.actor, self.name.text(),
                                     self.role.value(), pin)
        if added:
            for field in (self.name, self.pin, self.pin_again):
                field.clear()
            self.refresh()
            self.say(tr("Added {name} as {role}.").format(name=added.name, role=tr(added.role.label).lower()))

    def reset(self) -> None:
        super().reset()
        for field in (self.name, self.pin, self.pin_again, self.new_pin, self.new_pin_again):
            field.clear()
        self.role.set_value(StaffRole.VOLUNTEER)
        self.reset_box.hide()
        self._resetting = None
        clear_layout(self.list_box)
