"""Issue 11, finding 2: after the idle reset or Start again, nothing the last visitor typed can be
brought back on any visitor page with a field: no undo or redo, no selection, nothing on the
clipboard, no half-composed input-method text, no read-aloud still queued, no context menu."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.ui.helpers import page, tap, tap_row

SECRET = "KQ7M"  # fits every visitor field: names, comments, reference and leaving codes
#: visitor page → its text fields and the on-screen keyboard (or keypad) that types into them
FIELDS = {
    "check_in": (("name", "district"), "keyboard"),
    "check_out": (("code",), "keypad"),
    "book": (("name",), "keyboard"),
    "my_booking": (("code",), "keypad"),
    "feedback": (("comment",), "keyboard"),
}


def open_page(qtbot, window, name: str):
    """Go to ``name`` the way a visitor does: a tile on Welcome (Book: through What's on)."""
    if window.current_name != "welcome":
        tap(qtbot, window.footer.home)
    if name != "book":
        tap(qtbot, page(window, "welcome").tiles[name])
        return page(window, name)
    tap(qtbot, page(window, "welcome").tiles["whats_on"])
    whats_on = page(window, "whats_on")
    session = next(s for s in whats_on.shown_sessions if not s.is_cancelled and not s.is_full)
    tap_row(qtbot, whats_on.list, whats_on.list.session_index(session.id))
    tap(qtbot, page(window, "session").book)
    return page(window, "book")


def text_of(field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def cursor_box(field):
    return field.inputMethodQuery(Qt.ImCursorRectangle)


def leave_words_behind(qtbot, window, shown, field) -> None:
    """What the last visitor did: typed, selected, tried to copy, half-composed a word, and asked
    for the page to be read aloud."""
    tap(qtbot, field)
    qtbot.keyClicks(field, SECRET)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(field, Qt.Key_C, Qt.ControlModifier)
    qtbot.keyClick(field, Qt.Key_End)
    QApplication.sendEvent(field, QInputMethodEvent("Wen", []))  # a word being composed
    assert SECRET in text_of(field)
    tap(qtbot, window.header.read_aloud)
    assert window.speech.speaking


def press(qtbot, field, key, modifiers=Qt.NoModifier) -> None:
    qtbot.keyClick(field, key, modifiers)


def assert_nothing_comes_back(qtbot, window, shown, field) -> None:
    tap(qtbot, field)
    assert text_of(field) == ""
    clipboard = QGuiApplication.clipboard()
    assert SECRET not in clipboard.text() and "Wen" not in clipboard.text()
    if isinstance(field, QLineEdit):
        assert not field.isUndoAvailable() and not field.isRedoAvailable() and not field.hasSelectedText()
    else:
        assert not field.document().isUndoAvailable() and not field.document().isRedoAvailable()
        assert not field.textCursor().hasSelection()
    box = cursor_box(field)
    QApplication.sendEvent(field, QInputMethodEvent())  # clearing a pre-edit would move the cursor
    assert cursor_box(field) == box, "a half-composed word of the last visitor is still there"
    for key, modifiers in [(Qt.Key_Z, Qt.ControlModifier), (Qt.Key_Y, Qt.ControlModifier),
                           (Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier),
                           (Qt.Key_V, Qt.ControlModifier), (Qt.Key_Insert, Qt.ShiftModifier)]:
        press(qtbot, field, key, modifiers)
        assert text_of(field) == "", f"{QKeySequence(key | modifiers).toString()} brought text back"
    target = field.viewport() if isinstance(field, QPlainTextEdit) else field
    centre = target.rect().center()
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Mouse, centre,
                                                     target.mapToGlobal(centre)))
    QApplication.processEvents()
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    assert popup is None, "a cut/copy/paste menu opened on a visitor field"
    qtbot.mouseClick(target, Qt.MiddleButton, pos=QPoint(4, 4))  # X11 paste of the selection
    assert text_of(field) == ""


def assert_keyboard_types_only_what_is_tapped(qtbot, shown, field, board: str) -> None:
    pad = getattr(shown, board)
    tap(qtbot, field)
    tap(qtbot, pad.key("7"))
    assert text_of(field) == "7"


def reset_by(qtbot, window, how: str) -> None:
    if how == "Start again":
        tap(qtbot, window.footer.home)
    else:
        qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
        qtbot.waitUntil(lambda: window.current_name == "welcome", timeout=4000)
        window.idle.set_seconds(60)  # the next visitor takes their time
    assert window.current_name == "welcome"
    assert not window.speech.speaking, "the last visitor's page is still being read aloud"


@pytest.mark.parametrize("how", ["idle timeout", "Start again"])
@pytest.mark.parametrize("name", list(FIELDS))
def test_nothing_the_last_visitor_typed_can_be_brought_back(qtbot, make_window, name, how):
    window = make_window(idle_seconds=1.5 if how == "idle timeout" else 90, warning_seconds=1)
    assert window.speech.available  # Qt's silent engine in the tests: read-aloud is real
    fields, board = FIELDS[name]
    for attribute in fields:
        window.idle.set_seconds(1.5 if how == "idle timeout" else 90)
        shown = open_page(qtbot, window, name)
        field = getattr(shown, attribute)
        leave_words_behind(qtbot, window, shown, field)
        reset_by(qtbot, window, how)
        shown = open_page(qtbot, window, name)
        field = getattr(shown, attribute)
        assert_nothing_comes_back(qtbot, window, shown, field)
        if attribute == fields[0]:
            assert_keyboard_types_only_what_is_tapped(qtbot, shown, field, board)
