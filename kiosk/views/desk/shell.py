"""The signed-in desk: side navigation (lead-only pages only for hub leads), the page stack and
keyboard shortcuts."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..i18n import keep_english as tr
from ..widgets.buttons import nav_button, retint_icons
from .base import DeskContext, DeskPage
from .pages import build_desk_pages

REFUSED = "Only a hub lead can open that page."


class DeskShell(QWidget):
    lock_requested = Signal()

    def __init__(self, services, theme, context: DeskContext, parent=None):
        super().__init__(parent)
        self.context = context
        self._theme = theme
        self.pages: dict[str, DeskPage] = build_desk_pages(services, theme, context)
        self.nav: dict[str, object] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        self.stack = QStackedWidget()
        for page in self.pages.values():
            page.navigate.connect(self.go)
            self.stack.addWidget(page)
        row.addWidget(self.stack, 1)
        self._shortcuts()

    def _build_sidebar(self) -> QFrame:
        bar = self.sidebar = QFrame(objectName="desk-sidebar")
        bar.setFixedWidth(330)
        column = QVBoxLayout(bar)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.PlainText)
        column.addWidget(self.who)
        holder = QWidget()
        buttons = QVBoxLayout(holder)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for index, (name, page) in enumerate((n, p) for n, p in self.pages.items() if p.nav_text):
            button = nav_button(tr(page.nav_text), page.icon_name, self._theme.palette.primary)
            button.setToolTip(tr("{page} (Ctrl+{key})").format(page=tr(page.nav_text), key=(index + 1) % 10))
            button.clicked.connect(lambda _=False, n=name: self.go(n))
            buttons.addWidget(button)
            self.nav[name] = button
        buttons.addStretch(1)
        scroll = QScrollArea(objectName="desk-nav")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)
        self.lock_button = nav_button(tr("Lock the desk"), "lock", self._theme.palette.primary)
        self.lock_button.setCheckable(False)
        self.lock_button.setProperty("role", "lock")
        self.lock_button.setToolTip(tr("Lock the desk (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested.emit)
        column.addWidget(self.lock_button)
        return bar

    def _shortcuts(self) -> None:
        names = list(self.nav)
        for index, name in enumerate(names[:10]):
            key = QKeySequence(f"Ctrl+{(index + 1) % 10}")
            QShortcut(key, self, activated=lambda n=name: self.go(n))
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence(Qt.Key_F5), self, activated=lambda: self.current_page().refresh())

    # -- navigation ------------------------------------------------------------------------

    def signed_in(self) -> None:
        """Show who is signed in and only the pages their role may open, then Today."""
        actor = self.context.actor
        self.who.setText(tr("Signed in as {name}\n{role}").format(name=actor.name, role=tr(actor.role.label)))
        for name, button in self.nav.items():
            button.setVisible(actor.is_lead or not self.pages[name].lead_only)
        self.go("today")

    def go(self, name: str, argument=None) -> bool:
        """Open a page; a lead-only page is refused to anyone else, wherever the request came from."""
        page = self.pages[name]
        actor = self.context.actor
        if actor is None:
            return False
        if page.lead_only and not actor.is_lead:
            self.current_page().show_message(tr(REFUSED))
            return False
        page.show_with(argument)
        self.stack.setCurrentWidget(page)
        for other, button in self.nav.items():
            button.setChecked(other == name or (other == "timetable" and name == "session_form")
                              or (other == "today" and name == "session"))
        retint_icons(self, self._theme.palette)
        return True

    @property
    def current_name(self) -> str | None:
        return next((n for n, p in self.pages.items() if p is self.stack.currentWidget()), None)

    def current_page(self) -> DeskPage:
        return self.stack.currentWidget()

    def reset_pages(self) -> None:
        """Forget everything shown and typed (on lock): names must not linger in hidden pages."""
        for page in self.pages.values():
            page.reset()
        self.who.clear()

    def set_theme(self, theme) -> None:
        self._theme = theme
        self.sidebar.setFixedWidth(theme.dp(330))
        for page in self.pages.values():
            page.set_theme(theme)
