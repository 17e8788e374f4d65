"""The base of every page: a title, a body, an inline message area, and the hooks the main
window calls (show_with, refresh, reset, set_theme, spoken_text)."""

import logging

from PySide6.QtCore import QT_TR_NOOP, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from ..domain.errors import KioskError
from .theme import Theme
from .i18n import tr

log = logging.getLogger(__name__)

SORRY = QT_TR_NOOP("Sorry, something went wrong. Please try again, or ask a volunteer.")


class Page(QWidget):
    #: ask the main window to show another page: (page name, argument)
    navigate = Signal(str, object)
    #: the name the window navigates to this page with
    page_name = ""
    #: it confirms something done: Back from it would offer to do it again
    confirmation = False
    title_text = ""

    def __init__(self, services, theme: Theme, parent=None):
        super().__init__(parent)
        self._services = services
        self._theme = theme
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 16)
        outer.setSpacing(16)
        # screen readers announce the page by its title, and tell its controls from other pages'
        self.setAccessibleName(tr(self.title_text))
        self.title = QLabel(tr(self.title_text))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.message.hide()
        # The body scrolls, so the largest text size never pushes anything off the screen; a side
        # column (the on-screen keyboard) and the page's main actions stay pinned, always in view.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        holder = QWidget()
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(16)
        self.scroll.setWidget(holder)
        self.middle = QBoxLayout(QBoxLayout.LeftToRight)
        self.middle.setSpacing(32)
        self.middle.addWidget(self.scroll, 1)
        self.side: QVBoxLayout | None = None
        outer.addLayout(self.middle, 1)
        outer.addWidget(self.message)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(16)
        outer.addLayout(self.actions)
        self._build_ui()

    # -- hooks for subclasses --------------------------------------------------------------

    def _build_ui(self) -> None:
        """Add the page's widgets to ``self.body``."""

    def show_with(self, argument) -> None:
        """Called each time the page is shown; ``argument`` comes from the navigation."""
        self.clear_message()
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows from the services."""

    def reset(self) -> None:
        """Forget everything typed or chosen (idle reset, or leaving the page for Welcome)."""
        self.clear_message()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.layout().setContentsMargins(theme.dp(48), theme.dp(24), theme.dp(48), theme.dp(16))
        for layout in (self.layout(), self.body, self.actions):
            layout.setSpacing(theme.dp(16))
        self.middle.setSpacing(theme.dp(32))
        for field in self.findChildren(QLineEdit):
            field.setMinimumHeight(theme.dp(field.property("min_px") or 72))
        if self.isVisible():
            self.refresh()

    def spoken_text(self) -> str:
        """What Read aloud says: every visible label, in order."""
        parts = [label.text() for label in self.findChildren(QLabel)
                 if label.isVisibleTo(self) and label.text() and not label.text().startswith("<")]
        return ". ".join(p.replace("\n", ". ") for p in parts)

    # -- helpers ---------------------------------------------------------------------------

    def go(self, page: str, argument=None) -> None:
        self.navigate.emit(page, argument)

    def show_message(self, text: str) -> None:
        self.message.setText(f"⚠  {text}")
        if self.message.property("role") != "error":
            self.message.setProperty("role", "error")
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.show()

    def show_note(self, text: str) -> None:
        """A calm, good-news line in the same place (printing started, and so on)."""
        self.message.setText(f"✓  {text}")
        self.message.setProperty("role", "note")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def attempt(self, action, *args, **kwargs):
        """Run a service call; show a domain error in plain words (never a traceback)."""
        self.clear_message()
        try:
            return action(*args, **kwargs)
        except KioskError as error:
            self.show_message(tr(error.template).format(**error.values) if error.values else tr(error.template))
        except Exception:
            log.exception("unexpected error on %s", type(self).__name__)
            self.show_message(tr(SORRY))
        return None

    def two_columns(self, left_stretch: int = 5, right_stretch: int = 4) -> tuple[QVBoxLayout, QVBoxLayout]:
        """Two columns side by side in the page's body (both scroll with it)."""
        row = QHBoxLayout()
        row.setSpacing(32)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(16)
        right.setSpacing(16)
        row.addLayout(left, left_stretch)
        row.addLayout(right, right_stretch)
        self.body.addLayout(row)
        return left, right

    def form_beside_keyboard(self, left_stretch: int = 5, right_stretch: int = 4) -> tuple[QVBoxLayout, QVBoxLayout]:
        """A form on the left (it scrolls) and the on-screen keyboard beside it (it never scrolls
        away); on a portrait screen the keyboard goes under the form instead."""
        self.side = QVBoxLayout()
        self.side.setSpacing(16)
        self._stretches = (left_stretch, right_stretch)
        self.middle.setStretch(0, left_stretch)
        self.middle.addLayout(self.side, right_stretch)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.scroll.widget().installEventFilter(self)  # the form grew or shrank: keep the field in view
        return self.body, self.side

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self.scroll.widget():
            focused = self.focusWidget()
            if focused is not None and watched.isAncestorOf(focused):
                QTimer.singleShot(0, self, lambda: self.bring_into_view(focused))
        return super().eventFilter(watched, event)

    def _on_focus_changed(self, _old, new) -> None:
        if new is not None and self.scroll.widget().isAncestorOf(new):
            # after the layout has taken in whatever showing the page changed
            QTimer.singleShot(0, self, lambda: self.bring_into_view(new))

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the body so that all of ``widget`` shows (Qt's own call shows only its cursor)."""
        half_w, half_h = widget.width() // 2, widget.height() // 2
        centre = widget.mapTo(self.scroll.widget(), QPoint(half_w, half_h))
        self.scroll.ensureVisible(centre.x(), centre.y(), half_w + 16, half_h + 16)

    def _reflow(self) -> None:
        """Side by side on a landscape screen (or wherever both fit), else the side column under
        the scrolling form."""
        if self.side is None:
            return
        side = self.side.minimumSize().width()
        form = self.scroll.widget().minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        room = self.contentsRect().width() - self.layout().contentsMargins().left() * 2
        wide = self.width() >= self.height() or room >= side + form + self.middle.spacing()
        direction = QBoxLayout.LeftToRight if wide else QBoxLayout.TopToBottom
        if self.middle.direction() != direction:
            self.middle.setDirection(direction)
            self.middle.setStretch(0, self._stretches[0] if wide else 1)
            self.middle.setStretch(1, self._stretches[1] if wide else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def label(self, text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.PlainText)
        if role:
            label.setProperty("role", role)
        return label
