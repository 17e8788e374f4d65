"""The front-desk window (``kiosk run --desk``): a normal, closable window for keyboard and mouse.
It paints a calm "getting ready" line first and is given its services after, like the kiosk."""

from dataclasses import replace

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ...domain.wording import day_name
from ..i18n import keep_english as tr
from ..icons import pixmap
from ..theme import Theme, screen_scale
from ..widgets.buttons import retint_icons
from .area import DeskArea
from .base import DeskContext
from ..maintenance import starting_label


class DeskWindow(QMainWindow):
    first_painted = Signal()
    ready = Signal()

    def __init__(self, theme: Theme | None = None, lock_seconds: float | None = None, print_register=None,
                 print_fire_register=None, parent=None):
        super().__init__(parent)
        self._theme = theme or Theme()
        self._lock_seconds = lock_seconds
        self._printing = (print_register, print_fire_register)
        self._painted = False
        self.services = None
        self.area: DeskArea | None = None
        self.setWindowTitle(tr("Recovery Hub Kiosk: front desk"))
        self._build_ui()
        self.setStyleSheet(self._theme.style_sheet())

    def _build_ui(self) -> None:
        root = QWidget()
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar = QFrame(objectName="desk-bar")
        line = QHBoxLayout(bar)
        line.setContentsMargins(24, 12, 24, 12)
        line.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(pixmap("sprout", self._theme.palette.on_primary, 48))
        line.addWidget(logo)
        self.hub_label = QLabel(tr("Front desk"))
        self.hub_label.setProperty("role", "title")
        line.addWidget(self.hub_label, 1)
        self.date_label = QLabel()
        line.addWidget(self.date_label)
        column.addWidget(bar)
        self.stack = QStackedWidget()
        self.starting = starting_label()
        self.stack.addWidget(self.starting)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(root)

    def set_printer(self, printer) -> None:
        """Print registers through ``printer`` (a ScreenPrinter); call before ``start``."""
        self._printing = (printer.register, printer.fire_register) if printer is not None else (None, None)

    def start(self, services, alert_sources=None, sync_summary=None) -> None:
        """Build the desk on ``services``; ``alert_sources`` feed the Today page (default: the
        services' own alerts)."""
        self.services = services
        context = DeskContext(touch=False, print_register=self._printing[0], sync_summary=sync_summary,
                              print_fire_register=self._printing[1],
                              alert_sources=list(alert_sources or [services.today.alerts]))
        self.area = DeskArea(services, self._theme, context, self._lock_seconds)
        self.area.set_up_done.connect(self.refresh_bar)
        self.stack.addWidget(self.area)
        self.stack.setCurrentWidget(self.area)
        self.area.open()
        self._theme_pages()
        self.refresh_bar()
        QTimer.singleShot(0, self, self.ready.emit)

    def refresh_bar(self) -> None:
        if not self.services.hub.is_set_up():
            return
        hub = self.services.hub.current()
        self.hub_label.setText(tr("Front desk · {hub}").format(hub=hub.name))
        self.date_label.setText(day_name(self.services.hub.today(), translate=tr))

    def show_maintenance(self, notice: str, then) -> None:
        """The repair summary after a restore from backup; Continue opens the desk with ``then()``."""
        from ..maintenance import show_maintenance

        show_maintenance(self.stack, notice, then)

    def show_problem(self, message: str) -> None:
        self.starting.setText(message)
        self.stack.setCurrentWidget(self.starting)

    def closeEvent(self, event) -> None:
        if self.area is not None and self.area.actor is not None:
            self.area.lock()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        scale = screen_scale(event.size().width(), event.size().height())
        if scale != self._theme.scale:  # a smaller screen draws the same layout smaller
            self._theme = replace(self._theme, scale=scale)
            self.setStyleSheet(self._theme.style_sheet())
            self._theme_pages()
        super().resizeEvent(event)

    def _theme_pages(self) -> None:
        if self.area is not None:
            for page in (self.area.setup, self.area.sign_in):
                page.set_theme(self._theme)
            self.area.shell.set_theme(self._theme)
        retint_icons(self, self._theme.palette, self._theme.scale)

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)
        return handled
