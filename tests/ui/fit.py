"""Does the screen fit? Walks every visible widget of a window and finds what a visitor would see
cut off: a button or label smaller than its size hint, a main action, Back or Help now out of
view, a focused field or any key of its on-screen keyboard hidden, anything scrolling sideways."""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

#: two pixels of rounding (a wrapped label's height for its width, against its button's layout)
#: are not a cut-off word; three are
SLACK = 2
#: what a scroll view's content may reach: anything, by scrolling
EVERYWHERE = QRect(-1_000_000, -1_000_000, 2_000_000, 2_000_000)


@dataclass(frozen=True)
class Problem:
    kind: str  # "cut off", "out of view", "covered", "keyboard", "sideways", "too small"
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget} ({self.detail})"


def describe(widget: QWidget) -> str:
    """A widget as a person would name it: its words, else its accessible name, and its class."""
    words = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        words = widget.text()
    if not words and isinstance(widget, QAbstractButton) and hasattr(widget, "words"):
        words = widget.words.text()  # a tile's words live in a child label
    words = (words or widget.accessibleName() or widget.objectName()).replace("\n", " ")
    if len(words) > 48:
        words = words[:45] + "..."
    return f"{type(widget).__name__} {words!r}"


@dataclass(frozen=True)
class Shown:
    """A widget on screen: where it is in the window, and the part of it its ancestors let show
    (``framed``: cut by ancestors that do not scroll; ``seen``: cut by every ancestor)."""

    widget: QWidget
    rect: QRect
    framed: QRect
    seen: QRect


def walk(root: QWidget, window: QWidget | None = None) -> list[Shown]:
    """Every widget shown under ``root`` (``root`` too), in one pass down the tree."""
    window = window or root
    top = QRect(root.mapTo(window, QPoint(0, 0)), root.size()) if root is not window else root.rect()
    found, stack = [], [(root, top, top, top)]
    while stack:
        widget, rect, framed, seen = stack.pop()
        found.append(Shown(widget, rect, framed, seen))
        scrolls = isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is widget.parentWidget().viewport()
        for child in widget.children():
            if not isinstance(child, QWidget) or child.isHidden() or child.isWindow():
                continue
            place = QRect(rect.topLeft() + child.pos(), child.size())
            stack.append((child, place, EVERYWHERE if scrolls else framed & rect, seen & rect))
    return found


def showing(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` (and ``root``) that is shown on screen now."""
    return [shown.widget for shown in walk(root)]


def _has_words(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text()) or widget.pixmap() is not None and not widget.pixmap().isNull()
    return isinstance(widget, QAbstractButton) and bool(widget.text())


def too_small(widget: QWidget) -> str | None:
    """Why a label or button shows its words cut off or elided, or None when they fit."""
    size = widget.size()
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():
        needed, least = widget.heightForWidth(size.width()), widget.minimumSizeHint().width()
        if needed > size.height() + SLACK or least > size.width() + SLACK:
            return f"needs {least} px wide and {needed} px high at {size.width()}, has {size.width()}x{size.height()}"
        return None
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed = widget.heightForWidth(size.width())
        if needed > size.height() + SLACK:
            return f"needs {needed} px high at {size.width()} px wide, has {size.height()}"
        longest = _longest_word(widget)
        room = widget.contentsRect().width()
        if longest > room + SLACK:
            return f"a word needs {longest} px, has {room}"
        return None
    hint = widget.sizeHint()
    if hint.width() > size.width() + SLACK or hint.height() > size.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None


def _longest_word(label: QLabel) -> int:
    metrics = label.fontMetrics()
    words = label.text().split() if label.textFormat() != 1 else []  # rich text: not measured here
    return max((metrics.horizontalAdvance(word) for word in words), default=0)


def cut_off(root: QWidget, shown: list[Shown] | None = None) -> list[Problem]:
    """Every visible label or button under ``root`` smaller than its words need, or cut by what
    holds it (scrolling to a word is allowed; losing it is not)."""
    found = []
    for item in shown if shown is not None else walk(root):
        widget = item.widget
        if isinstance(widget, (QLabel, QAbstractButton)) and _has_words(widget):
            why = too_small(widget)
            if why:
                found.append(Problem("cut off", describe(widget), why))
            elif not item.framed.contains(item.rect):
                found.append(Problem("cut off", describe(widget), "runs past the edge of what holds it"))
    return found


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def visible_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` that its ancestors (scroll views included) let show."""
    shown = in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window.parentWidget():
        shown &= in_window(parent, window)
        if parent is window:
            break
        parent = parent.parentWidget()
    return shown


def in_full_view(widget: QWidget, window: QWidget) -> Problem | None:
    """A widget that must be seen without scrolling: wholly shown and on top at its centre."""
    whole = in_window(widget, window)
    if visible_part(widget, window) != whole:
        return Problem("out of view", describe(widget), f"at {whole.x()},{whole.y()} {whole.width()}x"
                       f"{whole.height()} in a {window.width()}x{window.height()} window")
    for point in (whole.center(), whole.topLeft() + QPoint(4, 4), whole.bottomRight() - QPoint(4, 4)):
        top = window.childAt(point)
        if top is not None and top is not widget and not widget.isAncestorOf(top):
            return Problem("covered", describe(widget), f"{describe(top)} lies over it")
    return None


def keyboards(shown: list[Shown]) -> list[QWidget]:
    """Visible on-screen keyboards (a ...Keyboard with a ``target`` field and keys)."""
    return [item.widget for item in shown if type(item.widget).__name__.endswith("Keyboard")
            and hasattr(item.widget, "target")]


def keyboard_problems(window: QWidget, shown: list[Shown] | None = None) -> list[Problem]:
    """With a text field focused, the field and every key of its keyboard are in full view."""
    found = []
    focused = window.focusWidget()  # the window's focus, active or not (offscreen is never active)
    typing = isinstance(focused, (QLineEdit, QPlainTextEdit)) and focused.isVisible() and window.isAncestorOf(focused)
    if typing:
        problem = in_full_view(focused, window)
        if problem:
            found.append(Problem("keyboard", problem.widget, "the field being typed in: " + problem.detail))
    for board in keyboards(shown if shown is not None else walk(window)):
        if typing and board.target is not focused:
            continue
        for key in board.findChildren(QAbstractButton):
            if key.isVisible():
                problem = in_full_view(key, window)
                if problem:
                    found.append(Problem("keyboard", "key " + problem.widget, problem.detail))
    return found


def sideways(shown: list[Shown]) -> list[Problem]:
    """Anything that would scroll sideways (or is wider than the room it has)."""
    found = []
    for area in (item.widget for item in shown):
        if isinstance(area, QAbstractScrollArea) and area.horizontalScrollBar().maximum() > 0:
            found.append(Problem("sideways", describe(area),
                                 f"{area.horizontalScrollBar().maximum()} px more than its width"))
    return found


def squeezed(shown: list[Shown]) -> list[Problem]:
    """Widgets given less room than their layout's least (words aside, found by ``cut_off``);
    a layout whose height follows its width is measured at the width it has."""
    found = []
    for widget in (item.widget for item in shown):
        layout = widget.layout()
        if layout is None or isinstance(widget, (QAbstractButton, QMainWindow)):
            continue
        least = layout.totalMinimumSize()
        high = layout.totalHeightForWidth(widget.width()) if layout.hasHeightForWidth() else least.height()
        if least.width() > widget.width() + SLACK or (not layout.hasHeightForWidth() and high > widget.height() + SLACK):
            found.append(Problem("too small", describe(widget), f"its layout needs at least {least.width()}x"
                                 f"{high}, has {widget.width()}x{widget.height()}"))
    return found


def problems(window: QWidget, must_see: list[QWidget] = (), top: QWidget | None = None) -> list[Problem]:
    """Everything on ``window`` a visitor would find cut off, out of view or hidden; with ``top``
    (a card laid over the whole window), only what that card shows."""
    shown = walk(top if top is not None else window, window)
    found = squeezed(shown) + cut_off(window, shown) + sideways(shown)
    if top is None:
        found += keyboard_problems(window, shown)
    for widget in must_see:
        if widget.isVisible():
            problem = in_full_view(widget, window)
            if problem:
                found.append(problem)
        else:
            found.append(Problem("out of view", describe(widget), "not shown"))
    return found
