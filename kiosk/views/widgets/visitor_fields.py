"""Visitor text fields that keep nothing for the next person: no context menu, no undo, redo,
copy, cut or paste (keys, middle click or drops), and a ``forget`` that empties a field together
with its undo history, selection and input-method pre-edit text, and the clipboard."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

#: What a keyboard plugged into the kiosk could use to bring text back or carry it away.
BLOCKED = (QKeySequence.Undo, QKeySequence.Redo, QKeySequence.Copy, QKeySequence.Cut,
           QKeySequence.Paste)
#: Ctrl+Y, Ctrl+Insert, Shift+Insert, Shift+Delete: the same actions on other key bindings.
BLOCKED_KEYS = {(Qt.ControlModifier, Qt.Key_Y), (Qt.ControlModifier, Qt.Key_Insert),
                (Qt.ShiftModifier, Qt.Key_Insert), (Qt.ShiftModifier, Qt.Key_Delete),
                (Qt.ControlModifier | Qt.ShiftModifier, Qt.Key_Z)}
KEY_EVENTS = (QEvent.KeyPress, QEvent.ShortcutOverride)
MOUSE_EVENTS = (QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick)


def _blocked(event) -> bool:
    modifiers = event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier | Qt.AltModifier)
    return any(event.matches(k) for k in BLOCKED) or (modifiers, event.key()) in BLOCKED_KEYS


class _FieldGuard(QObject):
    """Swallows the keys and clicks that would undo, redo, copy, cut or paste."""

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in KEY_EVENTS and _blocked(event):
            event.accept()
            return True
        if kind in MOUSE_EVENTS and event.button() == Qt.MiddleButton:  # X11 selection paste
            return True
        return False


def text_fields(root: QWidget) -> list[QWidget]:
    return [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]


def guard(field: QWidget) -> None:
    """Make ``field`` keep nothing: no menu, no undo history, no copy or paste, no drops."""
    keeper = _FieldGuard(field)
    field.setContextMenuPolicy(Qt.NoContextMenu)
    field.setAcceptDrops(False)
    if isinstance(field, QLineEdit):
        field.setDragEnabled(False)
    else:
        field.setUndoRedoEnabled(False)
        field.viewport().setAcceptDrops(False)
        field.viewport().installEventFilter(keeper)  # its mouse clicks arrive on the viewport
    field.installEventFilter(keeper)


def forget(field: QWidget) -> None:
    """Empty ``field``: its text, undo and redo history, selection and pre-edit text."""
    QApplication.sendEvent(field, QInputMethodEvent())  # drops a half-composed word unsaid
    if isinstance(field, QLineEdit):
        field.setText("")  # unlike clear(), setText also empties the undo and redo history
    else:
        field.setPlainText("")
        field.document().clearUndoRedoStacks()


def forget_all(roots) -> None:
    """Forget every text field under each of ``roots``, the input method's state and the clipboard."""
    for root in roots:
        for field in text_fields(root):
            forget(field)
    QGuiApplication.inputMethod().reset()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Selection)
