"""Big touch buttons: a tile with an icon above its words, a plain action button, and a
checkable navigation button."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ..icons import icon, pixmap


class TileButton(QPushButton):
    """A large button with an icon centred above its words (never an icon alone)."""

    def __init__(self, text: str, icon_name: str, colour: str = "#FFFFFF", parent=None):
        super().__init__(parent)
        self.icon_name = icon_name
        self.setAccessibleName(text.replace("\n", " "))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(240, 160)
        self.setFocusPolicy(Qt.StrongFocus)
        column = QVBoxLayout(self)
        column.setAlignment(Qt.AlignCenter)
        column.setSpacing(12)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignCenter)
        self.words = QLabel(text)
        self.words.setAlignment(Qt.AlignCenter)
        self.words.setProperty("role", "tile-words")
        for label in (self._icon, self.words):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.set_icon_colour(colour)

    def text(self) -> str:  # the words, for tests and read-aloud
        return self.words.text()

    def set_icon_colour(self, colour: str, size: int = 72) -> None:
        self._icon.setPixmap(pixmap(self.icon_name, colour, size))


def action_button(text: str, role: str | None = None, icon_name: str | None = None,
                  colour: str = "#FFFFFF") -> QPushButton:
    """A ≥72 px high button with words (and an optional icon); ``role`` picks its style."""
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.StrongFocus)
    if role:
        button.setProperty("role", role)
    if icon_name:
        button.setProperty("icon_name", icon_name)
        button.setIcon(icon(icon_name, colour, 36))
        button.setIconSize(QSize(36, 36))
    return button


def retint_icons(root, palette) -> None:
    """Redraw every button icon under ``root`` in the colour its role's text has in ``palette``,
    so icons stay visible in both themes."""
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
        button.setIcon(icon(name, colour, size))


def nav_button(text: str, icon_name: str, colour: str) -> QPushButton:
    """A checkable side-navigation button with an icon and words."""
    button = QPushButton(text)
    button.setProperty("role", "nav")
    button.setProperty("icon_name", icon_name)
    button.setCheckable(True)
    button.setAccessibleName(text)
    button.setMinimumHeight(72)
    button.setFocusPolicy(Qt.StrongFocus)
    button.setIcon(icon(icon_name, colour, 32))
    button.setIconSize(QSize(32, 32))
    return button
