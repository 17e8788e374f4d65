"""The main window: header (logo, hub, date, text size, contrast, read aloud), the page stack,
a footer with Back, Home and the ever-present Help now, the idle reset, and the visitor-mode
lock-down. It paints a calm "getting ready" page first and is given its services after.

The visitor's language applies at once: the visitor pages are built again in it (each page's
words come from one place, its build, so none can be missed), the page showing is shown again
with what it was showing, and the header and footer say their words again. The idle reset
returns to the hub's default language."""

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from .chrome import Footer, Header
from .theme import Theme, screen_scale
from .widgets.buttons import retint_icons
from .widgets.visitor_fields import forget_all, guard, text_fields
from ..domain.languages import offered
from .i18n import current_language, device_language, tr, use_language
from .maintenance import starting_label


class MainWindow(QMainWindow):
    first_painted = Signal()
    ready = Signal()
    #: the 3-second press on the logo: the way to the front desk's sign-in
    desk_requested = Signal()

    def __init__(self, theme: Theme | None = None, locked: bool = True, idle_seconds: float = 90,
                 warning_seconds: int = 15, print_slip=None, parent=None):
        super().__init__(parent)
        self._services = None
        self._theme = theme or Theme()
        self._locked = locked
        self._idle_seconds, self._warning_seconds = idle_seconds, warning_seconds
        self._print_slip = print_slip
        self._painted = False
        self.page_by_name: dict[str, QWidget] = {}
        self._arguments: dict[str, object] = {}
        self._history: list[str] = []
        self._default_language = current_language().code
        self._languages_off: frozenset[str] = frozenset()
        self.chooser = None
        self.speech = None
        self.still_there = None
        self.idle = None
        self.setWindowTitle("Recovery Hub Kiosk")
        self._build_ui()
        self.setStyleSheet(self._theme.style_sheet())

    def _build_ui(self) -> None:
        root = QWidget(objectName="root")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header()
        self.header.logo.long_pressed.connect(self.desk_requested.emit)
        self.header.text_size_chosen.connect(lambda size: self.apply_theme(replace(self._theme, size=size)))
        self.header.contrast_toggled.connect(
            lambda: self.apply_theme(replace(self._theme, high_contrast=not self._theme.high_contrast)))
        self.header.read_aloud.clicked.connect(self._on_read_aloud_clicked)
        self.header.language_requested.connect(self._on_language_requested)
        layout.addWidget(self.header)
        self.pages = QStackedWidget()
        self.starting = starting_label()
        self.pages.addWidget(self.starting)
        layout.addWidget(self.pages, 1)
        self.footer = Footer()
        self.footer.back.clicked.connect(self.back)
        self.footer.home.clicked.connect(self.home)
        self.footer.help.clicked.connect(lambda: self.go("help"))
        self.footer.setVisible(False)
        layout.addWidget(self.footer)
        self.setCentralWidget(root)

    def set_printer(self, printer) -> None:
        """Offer "Print my slip" when ``printer`` (a ScreenPrinter) has somewhere to print; call
        before ``start``."""
        self._print_slip = printer.slip if printer is not None and printer.ready() else None

    def set_idle_seconds(self, seconds: float) -> None:
        """The hub's idle-reset setting; call before ``start``."""
        self._idle_seconds = seconds

    def start(self, services) -> None:
        """Build the visitor pages on ``services`` and show Welcome."""
        from .idle import IdleWatcher, StillTherePrompt
        from .language_chooser import LanguageChooser
        from .speech import ReadAloud

        self._services = services
        self.speech = ReadAloud()
        self.still_there = StillTherePrompt(self._warning_seconds, self.centralWidget())
        self.still_there.still_here.connect(self._restart_idle)
        self.still_there.timed_out.connect(self._on_timed_out)
        self.chooser = LanguageChooser(self.centralWidget())
        self.chooser.chosen.connect(self.set_language)
        # while the chooser is up, screen readers see only it, not the page beneath
        self.chooser.opened.connect(lambda: self._cover(True))
        self.chooser.closed.connect(lambda: self._cover(False))
        self.idle = IdleWatcher(self._idle_seconds, self, self)
        self.idle.idle.connect(self._on_idle)
        self.footer.setVisible(True)
        self._read_language_settings()
        use_language(self._default_language)
        self._build_pages()
        self.home()
        QTimer.singleShot(0, self, self.ready.emit)

    def _build_pages(self) -> None:
        """(Re)build every visitor page in the visitor's language, laid out in its direction."""
        from .visitor.pages import build_visitor_pages

        for page in self.page_by_name.values():
            self.pages.removeWidget(page)
            page.deleteLater()
        language = current_language()
        direction = Qt.RightToLeft if language.right_to_left else Qt.LeftToRight
        self.page_by_name = build_visitor_pages(self._services, self._theme, self._print_slip)
        for page in self.page_by_name.values():
            page.setLayoutDirection(direction)
            for field in text_fields(page):
                guard(field)
            page.navigate.connect(self.go)
            self.pages.addWidget(page)
        for widget in (self.header, self.footer, self.still_there, self.chooser):
            widget.setLayoutDirection(direction)
        self._footer_last_in_tab_order()
        self.header.retranslate()
        self.footer.retranslate()
        self.still_there.retranslate()
        self.header.read_aloud.setVisible(self.speech.set_language(language))
        self.apply_theme(self._theme)

    def _footer_last_in_tab_order(self) -> None:
        """Pages added after the footer would come after it when tabbing: put it back at the end,
        so the order is the reading order: header, page, footer."""
        previous = self.previousInFocusChain()
        while previous is not self and not previous.focusPolicy() & Qt.TabFocus:
            previous = previous.previousInFocusChain()  # Qt orders only widgets that take focus
        for button in (self.footer.back, self.footer.home, self.footer.help):
            if previous is not button:
                QWidget.setTabOrder(previous, button)
            previous = button

    # -- language --------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return current_language().code

    @property
    def offered_languages(self) -> list:
        return offered(self._languages_off)

    def set_language(self, code: str) -> None:
        """Show every visitor page in ``code`` now, staying on the page the visitor is on."""
        if self._services is None:
            return
        showing = self.current_name or "welcome"
        use_language(code)
        self._build_pages()
        if showing == "welcome":
            self._show_welcome()
        else:
            page = self.page_by_name[showing]
            page.show_with(self._arguments.get(showing))
            self.pages.setCurrentWidget(page)
            self._show_footer(showing)
        self._restart_idle()

    def _cover(self, covered: bool) -> None:
        if covered:
            self._uncovered = [w for w in (self.header, self.pages, self.footer) if w.isVisible()]
        for widget in getattr(self, "_uncovered", []):
            widget.setVisible(not covered)

    def _read_language_settings(self) -> None:
        """The hub lead's choices (synced like every hub setting); this device's own setting, if
        it has one, comes before the hub's default."""
        settings = self._services.settings.get()
        self._default_language = device_language() or settings.default_language
        self._languages_off = settings.languages_off

    def _on_language_requested(self) -> None:
        self._read_language_settings()
        if self.chooser is not None:
            self.chooser.open(self.offered_languages, self.language)
            self._restart_idle()

    def _on_timed_out(self) -> None:
        """Nobody there: forget everything, the language too."""
        self._read_language_settings()
        if self.language != self._default_language:
            use_language(self._default_language)
            self._build_pages()
        self.home()

    # -- navigation ------------------------------------------------------------------------

    @property
    def current_name(self) -> str | None:
        return next((n for n, p in self.page_by_name.items() if p is self.pages.currentWidget()), None)

    def go(self, name: str, argument=None) -> None:
        page = self.page_by_name[name]
        if self.speech is not None:
            self.speech.stop()
        if name == "welcome":
            self.home()
            return
        current = self.current_name
        if current and current != name and not self.page_by_name[current].confirmation:
            self._history.append(current)
        self._arguments[name] = argument
        page.show_with(argument)
        self._footer_last_in_tab_order()  # a page may have made new controls
        self.pages.setCurrentWidget(page)
        self._show_footer(name)
        self._restart_idle()

    def back(self) -> None:
        previous = self._history.pop() if self._history else "welcome"
        if previous == "welcome":
            self.home()
            return
        page = self.page_by_name[previous]
        page.refresh()
        self.pages.setCurrentWidget(page)
        self._show_footer(previous)

    def home(self) -> None:
        """Back to Welcome with every typed value and choice forgotten, with nothing left to undo,
        paste or hear: the next visitor gets none of it."""
        if self.idle is None:
            return
        self.still_there.close_prompt()
        self.speech.stop()
        if self.chooser is not None:
            self.chooser.close_chooser()
        for page in self.page_by_name.values():
            page.reset()
        forget_all(self.page_by_name.values())
        self._history.clear()
        self._arguments.clear()
        self._show_welcome()
        self.idle.stop()
        self._restart_idle()

    def _show_welcome(self) -> None:
        welcome = self.page_by_name["welcome"]
        welcome.show_with(None)
        self.pages.setCurrentWidget(welcome)
        self._show_footer("welcome")

    def _show_footer(self, name: str) -> None:
        """Back makes no sense after a confirmation; Help now is everywhere but on itself."""
        confirmation = self.page_by_name[name].confirmation
        self.footer.show_navigation(back=name != "welcome" and not confirmation, home=name != "welcome",
                                    help_shown=name != "help")

    def _restart_idle(self) -> None:
        """Welcome waits for nobody, unless it is in another language than the hub's own."""
        away = self.pages.currentWidget() is not self.page_by_name.get("welcome")
        if self.idle is not None and (away or self.language != self._default_language):
            self.idle.restart()

    def _on_idle(self) -> None:
        self.still_there.open()

    # -- look and sound --------------------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        theme = replace(theme, scale=screen_scale(self.width(), self.height())) if self.isVisible() else theme
        self._theme = theme
        self.setStyleSheet(theme.style_sheet())
        self.header.set_theme(theme)
        self.footer.set_theme(theme)
        for page in self.page_by_name.values():
            page.set_theme(theme)
        retint_icons(self, theme.palette, theme.scale)
        if self._services is not None:
            self.refresh_header()

    @property
    def services(self):
        return self._services

    @property
    def theme(self) -> Theme:
        return self._theme

    def refresh_header(self) -> None:
        from ..domain.wording import day_name

        hub = self._services.hub.current()
        self.header.set_hub(hub.name, day_name(self._services.hub.today(), translate=tr))

    def _on_read_aloud_clicked(self) -> None:
        page = self.pages.currentWidget()
        if self.speech is not None and hasattr(page, "spoken_text"):
            self.speech.say(page.spoken_text())

    def show_maintenance(self, notice: str, then) -> None:
        """The repair summary (what may be missing); Continue opens the kiosk with ``then()``."""
        from .maintenance import show_maintenance

        self.maintenance = show_maintenance(self.pages, notice, then)

    def show_problem(self, message: str) -> None:
        """A plain message instead of the pages, when the kiosk cannot open its data."""
        self.starting.setText(message + "\n\n" + tr("Please ask a volunteer for help."))
        self.pages.setCurrentWidget(self.starting)

    # -- lock-down -------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self._locked:
            event.ignore()
        else:
            if self.idle is not None:
                self.idle.uninstall()
            super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if self._locked and event.key() == Qt.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def unlock_for_shutdown(self) -> None:
        self._locked = False

    def resizeEvent(self, event) -> None:
        scale = screen_scale(event.size().width(), event.size().height())
        if scale != self._theme.scale:  # a smaller screen draws the same layout smaller
            self.apply_theme(replace(self._theme, scale=scale))
        super().resizeEvent(event)
        for overlay in (self.still_there, self.chooser):
            if overlay is not None and overlay.isVisible():
                overlay.setGeometry(self.centralWidget().rect())

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)
        return handled
