"""The main window: a header with the hub's name and today's date, the page stack, and the
visitor-mode lock-down (no closing, no Escape). It paints a calm "getting ready" page first and
is given its services once the database is open."""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from .theme import Theme


class MainWindow(QMainWindow):
    first_painted = Signal()
    #: emitted once the pages are built and filled from the database
    ready = Signal()

    def __init__(self, theme: Theme | None = None, locked: bool = True, parent=None):
        super().__init__(parent)
        self._services = None
        self._theme = theme or Theme()
        self._locked = locked
        self._painted = False
        self.whats_on = None
        self.setWindowTitle("Recovery Hub Kiosk")
        self._build_ui()
        self.setStyleSheet(self._theme.style_sheet())

    def _build_ui(self) -> None:
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(objectName="header")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(32, 16, 32, 16)
        self.hub_label = QLabel("Recovery Hub Kiosk")
        self.hub_label.setProperty("role", "title")
        self.date_label = QLabel()
        bar.addWidget(self.hub_label, 1)
        bar.addWidget(self.date_label)
        layout.addWidget(header)
        self.pages = QStackedWidget()
        self.message = QLabel("Getting things ready…")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "title")
        self.pages.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(root)

    def start(self, services) -> None:
        """Build the pages on ``services`` and show this week's timetable."""
        from .visitor.whats_on import WhatsOnPage

        self._services = services
        self.whats_on = WhatsOnPage(services, self._theme)
        self.pages.addWidget(self.whats_on)
        self.pages.setCurrentWidget(self.whats_on)
        self.apply_theme(self._theme)
        QTimer.singleShot(0, self.ready.emit)

    def show_problem(self, message: str) -> None:
        """A plain message instead of the pages, when the kiosk cannot open its data."""
        self.message.setText(f"{message}\n\nPlease ask a volunteer for help.")
        self.pages.setCurrentWidget(self.message)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.setStyleSheet(theme.style_sheet())
        if self._services is not None:
            self.whats_on.set_theme(theme)
            self.refresh_header()

    def refresh_header(self) -> None:
        from ..domain.wording import day_name, local

        hub = self._services.hub.current()
        self.hub_label.setText(hub.name)
        self.date_label.setText(day_name(local(self._services.uow.clock(), hub.timezone).date()))

    # -- lock-down -------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self._locked:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if self._locked and event.key() == Qt.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def unlock_for_shutdown(self) -> None:
        self._locked = False

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return handled
