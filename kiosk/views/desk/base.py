"""What every desk page shares: who is signed in and the injected extras (printing, alert
sources), a notice line for things done, and an in-page confirm bar."""

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ...domain.records import Actor
from ..page import Page
from ..widgets.confirm_bar import ConfirmBar

ALERT_SOURCE = Callable[[], list]


@dataclass
class DeskContext:
    """The desk's shared state: the signed-in person (None when locked) and injected callables.
    ``alert_sources`` each return a list of AlertInfo for the Today page."""

    touch: bool = False
    actor: Actor | None = None
    print_register: Callable | None = None
    print_fire_register: Callable | None = None
    alert_sources: list[ALERT_SOURCE] = field(default_factory=list)
    #: one plain sentence about central sync (last success, changes waiting, last error)
    sync_summary: Callable[[], str] | None = None


class DeskPage(Page):
    #: only a hub lead may open this page
    lead_only = False
    #: words and icon of the page's side-navigation button
    nav_text = ""
    icon_name = "circle"

    def __init__(self, services, theme, context: DeskContext, parent=None):
        self.context = context
        super().__init__(services, theme, parent)
        outer = self.layout()
        self.notice = QLabel()
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.PlainText)
        self.notice.setAccessibleName("Done")
        self.notice.hide()
        self.confirm_bar = ConfirmBar()
        position = outer.indexOf(self.message)
        outer.insertWidget(position, self.notice)
        outer.insertWidget(position + 1, self.confirm_bar)
        items = [self.actions.itemAt(i) for i in range(self.actions.count())]
        if not any(item.spacerItem() or item.layout() for item in items):
            self.actions.addStretch(1)  # desk buttons keep their size instead of filling the row

    @property
    def actor(self) -> Actor | None:
        return self.context.actor

    @property
    def services(self):
        return self._services

    def act(self, action, *args, **kwargs):
        """Make a change, read the page again, and keep any problem in view."""
        result = self.attempt(action, *args, **kwargs)
        problem = self.message.text()
        self.refresh()
        if problem:
            self.message.setText(problem)
            self.message.show()
        return result

    @property
    def failed(self) -> bool:
        """Whether the last ``attempt`` showed a problem."""
        return bool(self.message.text())

    def printed(self, ok: bool, message: str) -> None:
        """Where a print job's outcome lands (on the GUI thread, when the job is done)."""
        self.clear_message()
        if ok:
            self.say(message)
        else:
            self.show_message(message)

    def say(self, text: str) -> None:
        """Show what was just done, in plain words."""
        self.notice.setText(f"✓  {text}")
        self.notice.show()

    def clear_message(self) -> None:
        super().clear_message()
        if hasattr(self, "notice"):
            self.notice.clear()
            self.notice.hide()

    def reset(self) -> None:
        super().reset()
        self.confirm_bar.close_bar()

    def ask(self, question: str, yes_text: str, action) -> None:
        """Ask on the page itself before a change that cannot easily be put back."""
        self.clear_message()
        self.confirm_bar.ask(question, yes_text, action)

    def timezone(self) -> str:
        return self._services.hub.current().timezone
