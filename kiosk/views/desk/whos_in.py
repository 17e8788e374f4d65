"""Who's in now: the open visits (a nickname, or "Visitor 27"), checking one out, checking
everyone out at closing time, and printing the fire register."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from ...domain.records import VisitInfo
from ...domain.wording import clock_time
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.layouts import clear_layout
from .base import DeskPage


def visit_line(visit: VisitInfo, tz: str) -> str:
    """"Arrived 09:41  ·  with 2 family  ·  first visit  ·  Reason: Dropping in"."""
    parts = [tr("Arrived {time}").format(time=clock_time(visit.arrived_at, tz))]
    if visit.family_count:
        parts.append(tr("with {count} family").format(count=visit.family_count))
    if visit.first_visit:
        parts.append(tr("first visit"))
    if visit.reason is not None:
        parts.append(tr("Reason: {reason}").format(reason=tr(visit.reason.label)))
    return "   ·   ".join(parts)


class WhosInPage(DeskPage):
    page_name = "whos_in"
    title_text = "Who's in now"
    nav_text = "Who's in now"
    icon_name = "users"

    def _build_ui(self) -> None:
        self.count = self.label(role="heading")
        self.body.addWidget(self.count)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        self.body.addLayout(self.rows_box)
        self.body.addStretch(1)
        self.everyone = action_button(tr("Check everyone out"), "secondary", "log-out")
        self.everyone.clicked.connect(self._on_everyone_clicked)
        self.fire = action_button(tr("Print the fire register"), "secondary", "printer")
        self.fire.clicked.connect(self._on_fire_clicked)
        self.actions.addWidget(self.everyone)
        self.actions.addStretch(1)
        self.actions.addWidget(self.fire)
        self.check_out: dict = {}

    def refresh(self) -> None:
        visits = self._services.visits.who_is_in()
        tz = self.timezone()
        people = sum(1 + v.family_count for v in visits)
        self.count.setText(tr("{people} people in the building ({visits} check-ins)").format(
            people=people, visits=len(visits)) if visits else tr("Nobody is checked in."))
        self.fire.setVisible(self.context.print_fire_register is not None)
        self.everyone.setEnabled(bool(visits))
        clear_layout(self.rows_box)
        self.check_out = {}
        for visit in visits:
            card = QFrame()
            card.setProperty("role", "card")
            line = QHBoxLayout(card)
            line.setContentsMargins(16, 8, 16, 8)
            name = self.label(visit.label, "heading")
            name.setMinimumWidth(260)
            line.addWidget(name)
            line.addWidget(self.label(visit_line(visit, tz)), 1)
            button = action_button(tr("Check out"), "secondary", "log-out")
            button.setAccessibleName(tr("Check out {name}").format(name=visit.label))
            button.clicked.connect(lambda _=False, v=visit: self._on_check_out_clicked(v))
            line.addWidget(button)
            self.rows_box.addWidget(card)
            self.check_out[visit.id] = button

    def _on_check_out_clicked(self, visit: VisitInfo) -> None:
        done = self.act(self._services.visits.check_out, visit.id, self.actor)
        if done is not None:
            self.say(tr("{name} is checked out.").format(name=visit.label))

    def _on_everyone_clicked(self) -> None:
        self.ask(tr("Check out everyone who is still in? Do this at closing time, after the building is empty."),
                 tr("Yes, check everyone out"), self._check_out_everyone)

    def _check_out_everyone(self) -> None:
        count = self.act(self._services.visits.check_out_everyone, self.actor)
        if count is not None:
            self.say(tr("Checked out {count} visits.").format(count=count))

    def _on_fire_clicked(self) -> None:
        self.say(tr("Sending the fire register to the printer…"))
        self.context.print_fire_register(self.printed)

    def reset(self) -> None:
        super().reset()
        clear_layout(self.rows_box)
        self.count.clear()
        self.check_out = {}
