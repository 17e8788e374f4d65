"""Big touch buttons: a tile with an icon above its words, a plain action button, and a
checkable navigation button."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ..icons import icon, pixmap


class WrapButton(QPushButton):
    """A button whose words wrap onto more lines rather than being cut off, with an optional
    icon above them. Its size comes from its words, so a longer translation makes it taller."""

    def __init__(self, text: str = "", icon_name: str | None = None, parent=None):
        super().__init__(parent)
        self.setProperty("wrap", True)
        self.setFocusPolicy(Qt.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)  # never squeezed below its words
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 8, 12, 8)
        self._column.setSpacing(4)
        self.icon_name = icon_name
        self.picture = None
        if icon_name:
            self.picture = QLabel(alignment=Qt.AlignCenter)
            self.picture.setAttribute(Qt.WA_TransparentForMouseEvents)
            self._column.addWidget(self.picture)
        self.words = QLabel(text, alignment=Qt.AlignCenter, wordWrap=True)
        self.words.setTextFormat(Qt.PlainText)
        self.words.setAttribute(Qt.WA_TransparentForMouseEvents)
        self._column.addWidget(self.words)
        self.setAccessibleName(text.replace("\n", " "))
        self.toggled.connect(self._on_toggled)

    def text(self) -> str:
        return self.words.text()

    def setText(self, text: str) -> None:
        self.words.setText(text)
        self.updateGeometry()

    def set_picture(self, picture) -> None:
        if self.picture is not None:
            self.picture.setPixmap(picture)

    def set_padding(self, horizontal: int, vertical: int) -> None:
        self._column.setContentsMargins(horizontal, vertical, horizontal, vertical)

    def _on_toggled(self, checked: bool) -> None:
        self.words.setProperty("checked", checked)  # its colour follows the button's
        self.words.style().unpolish(self.words)
        self.words.style().polish(self.words)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # an empty push button's own hint is the style's least: min-height, padding and border
        return max(QPushButton.sizeHint(self).height(), self._column.totalHeightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed != self.minimumHeight():  # layouts that shrink towards minimums stop at the words
            self.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:
        hint = self._column.totalSizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        words = max((self.words.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        margins = self._column.contentsMargins()
        width = max(words + margins.left() + margins.right() + 8, self.minimumWidth())
        return QSize(width, self.heightForWidth(width))


class TileButton(WrapButton):
    """A large button with an icon centred above its words (never an icon alone)."""

    def __init__(self, text: str, icon_name: str, colour: str = "#FFFFFF", parent=None):
        super().__init__(text, icon_name, parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._column.setSpacing(12)
        self._column.insertStretch(0, 1)  # centred, but the words keep the full width to wrap in
        self._column.addStretch(1)
        self.words.setProperty("role", "tile-words")
        self.set_icon_colour(colour)

    def set_icon_colour(self, colour: str, size: int = 72) -> None:
        self.set_picture(pixmap(self.icon_name, colour, size))


def action_button(text: str, role: str | None = None, icon_name: str | None = None,
                  colour: str = "#FFFFFF") -> QPushButton:
    """A ≥72 px high button with words (and an optional icon); ``role`` picks its style."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.StrongFocus)
    if role:
        button.setProperty("role", role)
    if icon_name:
        button.setProperty("icon_name", icon_name)
        button.setProperty("icon_px", 36)
        button.setIcon(icon(icon_name, colour, 36))
        button.setIconSize(QSize(36, 36))
    return button


def retint_icons(root, palette, scale: float | None = None) -> None:
    """Redraw every button icon under ``root`` in the colour its role's text has in ``palette``,
    so icons stay visible in both themes; with ``scale``, at that screen's size."""
    for button in root.findChildren(QPushButton):
        name = button.property("icon_name")
        if not name:
            continue
        role = button.property("role")
        if role in ("secondary", "choice", "lock"):
            colour = palette.primary
        elif role == "help":
            colour = palette.on_help
        elif role == "header":
            colour = palette.primary if button.isChecked() else palette.on_primary
        elif role == "nav":  # the desk's side navigation: light until chosen
            colour = palette.on_primary if button.isChecked() else palette.primary
        else:
            colour = palette.on_primary
        size = button.iconSize().width() or 36
        if scale is not None and button.property("icon_px"):
            size = max(16, round(button.property("icon_px") * scale))
            button.setIconSize(QSize(size, size))
        button.setIcon(icon(name, colour, size))


def nav_button(text: str, icon_name: str, colour: str) -> QPushButton:
    """A checkable side-navigation button with an icon and words."""
    button = QPushButton(text)
    button.setProperty("role", "nav")
    button.setProperty("icon_name", icon_name)
    button.setCheckable(True)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.StrongFocus)
    button.setProperty("icon_px", 32)
    button.setIcon(icon(icon_name, colour, 32))
    button.setIconSize(QSize(32, 32))
    return button
