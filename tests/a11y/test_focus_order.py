"""Moving through the controls with Tab (what a switch or screen-reader user does) follows the
reading order: header, then the page, then the footer; never back up and to the left (to the
right for Urdu, which reads right to left)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import page, tap

TILES = ["check_in", "whats_on", "my_booking", "feedback", "polls", "check_out"]


def focus_chain(window) -> list[QWidget]:
    """The visible controls Tab reaches, in the order it reaches them."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 2000:
        if (widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(window) and widget.isEnabled()
                and widget.window() is window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def box(widget, window):
    """Where ``widget`` is in reading order: in the page as if its scrolling body were unrolled."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    x, y = top_left.x(), top_left.y()
    page = window.pages.currentWidget()
    if hasattr(page, "scroll") and page.scroll.isVisible():
        content, viewport = page.scroll.widget(), page.scroll.viewport()
        scroll_top = viewport.mapTo(window, QPoint(0, 0)).y()
        if content.isAncestorOf(widget):
            y = scroll_top + widget.mapTo(content, QPoint(0, 0)).y()
        elif y >= scroll_top + viewport.height():
            y += max(0, content.height() - viewport.height())
    return x, y, x + widget.width(), y + widget.height()


def backwards(chain, window, right_to_left: bool) -> list[tuple[str, str]]:
    """Steps that go up and back against the reading direction."""
    wrong = []
    for before, after in zip(chain, chain[1:]):
        (al, at, ar, ab), (bl, bt, br, bb) = box(before, window), box(after, window)
        width = window.width()
        if right_to_left:
            al, ar, bl, br = width - ar, width - al, width - br, width - bl
        same_row = bt < ab and at < bb
        onwards = bt >= at - 4 if not same_row else bl >= al - 4
        next_column = bl >= ar - 4
        if not (onwards or next_column):
            wrong.append((before.accessibleName() or before.objectName(), after.accessibleName() or after.objectName()))
    return wrong


@pytest.mark.parametrize("language", ["en", "ur"])
def test_tab_follows_reading_order_on_every_visitor_page(qtbot, catalogues, make_window, language):
    window = make_window()
    window.set_language(language)
    for name in [None] + TILES + ["help"]:
        if name == "help":
            tap(qtbot, window.footer.help)
        elif name:
            tap(qtbot, page(window, "welcome").tiles[name])
        qtbot.wait(10)
        chain = focus_chain(window)
        assert chain, name
        assert backwards(chain, window, language == "ur") == [], f"{language}: {name or 'welcome'}"
        header_last = max(i for i, w in enumerate(chain) if window.header.isAncestorOf(w))
        footer_first = min((i for i, w in enumerate(chain) if window.footer.isAncestorOf(w)), default=len(chain))
        in_page = [w for w in chain if window.pages.isAncestorOf(w)]
        assert all(header_last < chain.index(w) < footer_first for w in in_page), f"{language}: {name}"
        if name:
            tap(qtbot, window.footer.home)
