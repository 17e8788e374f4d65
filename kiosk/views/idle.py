"""Idle reset: notice when nobody has touched the screen for a while, ask "Are you still
there?", and count down before the window forgets everything and returns to Welcome."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from .widgets.buttons import action_button
from .i18n import number, tr

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin,
                QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without any touch, click or key on ``window``.

    It watches the window's native surface (QWindow), which receives only input and window
    events, rather than the whole application, whose every polish and child event would pass
    through Python."""

    idle = Signal()

    def __init__(self, seconds: float, window, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, timeout=self.idle.emit)
        self._timer.setInterval(int(seconds * 1000))
        self._window = window
        self._watched = None
        self._watch()

    def _watch(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def restart(self) -> None:
        self._watch()  # the native window exists only once the widget has been shown
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def uninstall(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(int(seconds * 1000))


class StillTherePrompt(QFrame):
    """A full-window card: "Are you still there?" with a countdown and one big button."""

    still_here = Signal()
    timed_out = Signal()

    def __init__(self, seconds: int, parent=None):
        super().__init__(parent)
        self._seconds = seconds
        self._left = seconds
        self.setObjectName("still-there")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignCenter)
        layout.setSpacing(24)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignCenter)
        self.countdown.setWordWrap(True)
        self.button = action_button("", icon_name="check")
        self.button.clicked.connect(self._on_still_here)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown)
        layout.addWidget(self.button, 0, Qt.AlignCenter)
        self._tick = QTimer(self, interval=1000, timeout=self._on_tick)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Are you still there?"))
        self.title.setText(tr("Are you still there?"))
        self.button.setText(tr("Yes, I'm still here"))
        self.button.setAccessibleName(self.button.text())
        self._show_left()

    def open(self) -> None:
        self._left = self._seconds
        self._show_left()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self._tick.start()

    def close_prompt(self) -> None:
        self._tick.stop()
        self.hide()

    def _show_left(self) -> None:
        self.countdown.setText(tr("To keep your details private, the screen goes back to the start "
                                  "in {seconds} seconds.").format(seconds=number(self._left)))

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.close_prompt()
            self.timed_out.emit()
        else:
            self._show_left()

    def _on_still_here(self) -> None:
        self.close_prompt()
        self.still_here.emit()
