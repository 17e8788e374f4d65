"""The whole desk in one widget, used in the desk window and on the touchscreen: first-run
set-up (desk window, no hub yet), the no-staff notice, PIN sign-in, the signed-in pages, and
locking after a while without input."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Actor
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.keyboard import DeskKeyboard
from .access import NoStaffPage, SetupPage, SignInPage
from .base import DeskContext
from .shell import DeskShell

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.KeyPress, QEvent.Wheel}


class DeskIdle(QObject):
    """Emits ``idle`` after a while with no touch, click or key anywhere in the app."""

    idle = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, timeout=self._on_timer_timeout)

    def start(self, seconds: float) -> None:
        # The app-wide filter runs Python for every event in the app, so it is there only while the
        # desk is open: a touchscreen showing visitor pages pays nothing for it.
        QApplication.instance().installEventFilter(self)
        self._timer.setInterval(max(1, int(seconds * 1000)))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    def _on_timer_timeout(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.idle.emit()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class DeskArea(QWidget):
    #: the desk locked itself or was locked (signed out)
    locked = Signal()
    #: the touchscreen's "Back to the visitor screen" on the sign-in page
    leave = Signal()
    #: the first-run set-up made the hub and its first lead
    set_up_done = Signal()

    def __init__(self, services, theme, context: DeskContext, lock_seconds: float | None = None,
                 parent=None):
        super().__init__(parent)
        self._services = services
        self.context = context
        self._lock_seconds = lock_seconds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setup = SetupPage(services, theme, context)
        self.sign_in = SignInPage(services, theme, context)
        self.no_staff = NoStaffPage(services, theme, context)
        self.shell = DeskShell(services, theme, context)
        for widget in (self.setup, self.no_staff, self.sign_in, self.shell):
            self.stack.addWidget(widget)
        self.setup.done.connect(self._on_set_up)
        self.sign_in.signed_in.connect(self._on_signed_in)
        self.sign_in.leave.connect(self.leave.emit)
        self.no_staff.leave.connect(self.leave.emit)
        self.shell.lock_requested.connect(self.lock)
        self.idle = DeskIdle(self)
        self.idle.idle.connect(self.lock)
        self.keyboard_panel = self._build_keyboard() if context.touch else None
        if self.keyboard_panel is not None:
            layout.addWidget(self.keyboard_panel)

    def _build_keyboard(self) -> QFrame:
        """The touchscreen's on-screen keyboard, shown when a text field gets the focus."""
        panel = QFrame(objectName="desk-keyboard")
        line = QHBoxLayout(panel)
        line.setContentsMargins(16, 8, 16, 8)
        self.keyboard = DeskKeyboard()
        self.keyboard.setMaximumWidth(1150)
        line.addStretch(1)
        line.addWidget(self.keyboard, 6)
        hide = action_button(tr("Hide keyboard"), "secondary", "x")
        hide.clicked.connect(panel.hide)
        line.addWidget(hide, 0, Qt.AlignTop)
        line.addStretch(1)
        panel.hide()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        return panel

    def _on_focus_changed(self, _old, new) -> None:
        if not isinstance(new, (QLineEdit, QPlainTextEdit)) or not self.isAncestorOf(new):
            return
        if new.property("pin_pad"):
            return  # a PIN with its own big pad
        self.keyboard.follow(new)
        self.keyboard_panel.show()
        page = self.stack.currentWidget()
        if page is self.shell:
            page = self.shell.current_page()
        QTimer.singleShot(0, page, lambda: page.scroll.ensureWidgetVisible(new, 40, 40))

    @property
    def actor(self) -> Actor | None:
        return self.context.actor

    @property
    def needs_setup(self) -> bool:
        """Set-up is offered only on the desk window of a new install: never once a hub exists
        (it may have come by syncing, with its staff still to come), never on the touchscreen."""
        return not self.context.touch and not self._services.hub.is_set_up()

    def _entry_page(self):
        if self.needs_setup:
            return self.setup
        if not self._services.hub.is_set_up() or not self._services.accounts.has_staff():
            return self.no_staff
        return self.sign_in

    def open(self) -> None:
        """Show the set-up, the no-staff notice or the sign-in; on the touchscreen, time out back
        to the visitors."""
        if self.actor is not None:
            return
        page = self._entry_page()
        page.show_with(None)
        self.stack.setCurrentWidget(page)
        if self.context.touch and self._services.hub.is_set_up():  # else there are no visitor pages
            self.idle.start(self._lock_after())

    def lock(self) -> None:
        """Sign out and forget everything shown; the window decides where to go next."""
        was_signed_in = self.actor is not None
        self.context.actor = None
        self.idle.stop()
        self.shell.reset_pages()
        if self.keyboard_panel is not None:
            self.keyboard_panel.hide()
            self.keyboard.reset()
        self.sign_in.reset()
        self.sign_in.show_with(None)
        self.stack.setCurrentWidget(self.sign_in)
        if was_signed_in:
            self.sign_in.say(tr("The desk is locked. Sign in to carry on."))
        self.locked.emit()

    def _lock_after(self) -> float:
        if self._lock_seconds is not None:
            return self._lock_seconds
        return self._services.settings.get().desk_lock_minutes * 60

    def _on_set_up(self, staff_id) -> None:
        self.sign_in.show_with(None)
        self.sign_in.choose(staff_id)
        self.sign_in.say(tr("The hub is set up. Sign in with your new PIN."))
        self.stack.setCurrentWidget(self.sign_in)
        self.set_up_done.emit()

    def _on_signed_in(self, actor: Actor) -> None:
        self.context.actor = actor
        self.stack.setCurrentWidget(self.shell)
        self.shell.signed_in()
        self.idle.start(self._lock_after())
