"""The desk on the touchscreen: the 3-second press on the logo opens the PIN sign-in inside the
visitor window; locking (or the idle lock) returns to the visitor Welcome screen. The touchscreen
never offers the first-run set-up: before any hub exists it says how to set one up, and starts
the visitor pages once the hub arrives (by syncing, or from the desk on the same database)."""

from PySide6.QtCore import QObject, QTimer

from ..widgets.buttons import retint_icons
from .area import DeskArea
from .base import DeskContext


#: How often a touchscreen without a hub looks whether the hub has arrived.
HUB_CHECK_MS = 5000


class TouchscreenDesk(QObject):
    def __init__(self, window, services, lock_seconds: float | None = None, print_register=None,
                 print_fire_register=None, alert_sources=None, sync_summary=None):
        super().__init__(window)
        self._window = window
        self._services = services
        self._lock_seconds = lock_seconds
        self._context = DeskContext(touch=True, print_register=print_register, sync_summary=sync_summary,
                                    print_fire_register=print_fire_register,
                                    alert_sources=list(alert_sources or [services.today.alerts]))
        self._leaving = False
        self.area: DeskArea | None = None
        window.desk_requested.connect(self.open)
        window.pages.currentChanged.connect(self._on_page_changed)

    def start(self, start_visitors) -> None:
        """Call ``start_visitors`` now, or as soon as the hub exists when there is none yet."""
        if self._services.hub.is_set_up():
            start_visitors()
            return
        self._area()
        self._show()
        self._waiting = QTimer(self, interval=HUB_CHECK_MS)
        self._waiting.timeout.connect(lambda: self._on_waiting_tick(start_visitors))
        self._waiting.start()

    def _on_waiting_tick(self, start_visitors) -> None:
        if not self._services.hub.is_set_up():
            return
        self._waiting.stop()
        start_visitors()

    def open(self) -> None:
        """The logo was held: show the sign-in (or the set-up) in place of the visitor pages."""
        if self._window.idle is None or (self.area is not None and self.is_showing):
            return
        if self._window.still_there is not None:
            self._window.still_there.close_prompt()
        self._window.idle.stop()
        self._area()
        self._show()

    @property
    def is_showing(self) -> bool:
        return self.area is not None and self._window.pages.currentWidget() is self.area

    def _area(self) -> DeskArea:
        if self.area is None:
            self.area = DeskArea(self._services, self._window.theme, self._context, self._lock_seconds)
            self.area.locked.connect(self._back_to_visitors)
            self.area.leave.connect(self._leave)
            self._window.pages.addWidget(self.area)
        return self.area

    def _show(self) -> None:
        self._window.footer.hide()
        self.area.open()
        self._window.pages.setCurrentWidget(self.area)
        retint_icons(self.area, self._window.theme.palette)

    def _leave(self) -> None:
        self.area.lock()

    def _back_to_visitors(self) -> None:
        if self._leaving or self._window.idle is None:
            return
        self._window.footer.show()
        self._window.home()

    def _on_page_changed(self, _index: int) -> None:
        """Anything that takes the window away from the desk locks it: names never stay behind."""
        if self.area is None or self.is_showing:
            return
        if self.area.actor is not None or self.area.idle.running:
            self._leaving = True
            try:
                self.area.lock()
            finally:
                self._leaving = False
            self._window.footer.show()
