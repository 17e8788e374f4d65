"""Ways a visitor touches the screen, for the UI tests."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk.views.widgets.keyboard import ACCENTS


def tap(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"cannot tap {widget.accessibleName()!r}"
    qtbot.mouseClick(widget, Qt.LeftButton)


def tap_row(qtbot, view, index) -> None:
    """Tap the row ``index`` of a list view where a finger would: in the middle of it."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def type_on_screen(qtbot, keyboard, text: str) -> None:
    """Type ``text`` by tapping the on-screen keyboard's keys, switching to accents as needed."""
    accents = "".join(ACCENTS)
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.key("Space"))
            continue
        need_accents = char.upper() in accents
        if need_accents != keyboard._accents:
            tap(qtbot, keyboard.key("More letters" if need_accents else "Back to letters"))
        shown = [k.text() for k in keyboard._letter_keys]
        if char not in shown:
            tap(qtbot, keyboard.key("Capital letter"))
            shown = [k.text() for k in keyboard._letter_keys]
        key = keyboard._letter_keys[shown.index(char)]
        tap(qtbot, key)


def texts(widget: QWidget) -> list[str]:
    """Every piece of text a visitor can see in ``widget`` right now."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or not child.window().isVisible():
            continue
        if isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
        elif hasattr(child, "text") and callable(child.text):
            found.append(child.text())
    return [t for t in found if t]


def page(window, name: str):
    return window.page_by_name[name]
