"""The window's frame: the header (logo, hub, date, language, text size, contrast, read aloud)
and the footer (Back, Home, and the Help now button present on every screen). Both say their
words again in ``retranslate`` when the visitor changes language."""

from PySide6.QtCore import QT_TR_NOOP, QSize, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from .icons import pixmap
from .theme import TextSize, Theme
from .widgets.buttons import action_button
from .widgets.long_press import LongPressLogo
from .i18n import current_language, tr

SIZE_BUTTONS = [(TextSize.NORMAL, "A", QT_TR_NOOP("Normal text")), (TextSize.LARGE, "A+", QT_TR_NOOP("Larger text")),
                (TextSize.LARGEST, "A++", QT_TR_NOOP("Largest text"))]


def _header_button(icon_name: str | None = None, checkable: bool = False) -> QPushButton:
    button = QPushButton()
    button.setCheckable(checkable)
    button.setProperty("role", "header")
    if icon_name:
        button.setProperty("icon_name", icon_name)
    return button


class Header(QFrame):
    """The hub's name and the date, then the look controls: on one line where the window is wide
    enough, else the controls on a line of their own under the name."""

    text_size_chosen = Signal(object)
    contrast_toggled = Signal()
    language_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="header")
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)  # never squeezed by the pages
        self._bar = QBoxLayout(QBoxLayout.LeftToRight, self)
        self._bar.setContentsMargins(24, 12, 24, 12)
        self._bar.setSpacing(16)
        brand = QHBoxLayout()
        brand.setSpacing(16)
        self.logo = LongPressLogo()
        brand.addWidget(self.logo)
        self.hub_label = QLabel(tr("Recovery Hub Kiosk"))
        self.hub_label.setProperty("role", "title")
        self.hub_label.setWordWrap(True)
        brand.addWidget(self.hub_label, 1)
        self.date_label = QLabel()
        brand.addWidget(self.date_label)
        self._bar.addLayout(brand, 1)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(16)
        self.controls.addStretch(1)
        self._bar.addLayout(self.controls)
        self._build_controls()

    def _build_controls(self) -> None:
        self.language = _header_button("languages")
        self.language.clicked.connect(self.language_requested.emit)
        self.controls.addWidget(self.language)
        self.size_buttons: dict[TextSize, QPushButton] = {}
        for size, text, _name in SIZE_BUTTONS:
            button = _header_button(checkable=True)
            button.setText(text)
            button.clicked.connect(lambda _=False, s=size: self.text_size_chosen.emit(s))
            self.controls.addWidget(button)
            self.size_buttons[size] = button
        self.contrast = _header_button("contrast", checkable=True)
        self.contrast.clicked.connect(self.contrast_toggled.emit)
        self.controls.addWidget(self.contrast)
        self.read_aloud = _header_button("volume-2")
        self.read_aloud.setVisible(False)
        self.controls.addWidget(self.read_aloud)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the header in the visitor's language (the hub's name is the hub's own)."""
        self.logo.setAccessibleName(tr("Hub logo"))
        language = current_language()
        self.language.setText(language.own_name)
        self.language.setAccessibleName(tr("Language: {language}. Tap to choose another.").format(
            language=language.own_name))
        for (_size, _text, name), button in zip(SIZE_BUTTONS, self.size_buttons.values()):
            button.setAccessibleName(tr(name))
        self.contrast.setText(tr("Contrast"))
        self.contrast.setAccessibleName(tr("High contrast"))
        self.read_aloud.setText(tr("Read aloud"))
        self.read_aloud.setAccessibleName(tr("Read this screen aloud"))
        self.reflow()

    def _one_line_width(self) -> int:
        """How wide the header would be with the hub's name unwrapped and every control beside it."""
        margins = self._bar.contentsMargins()
        name = self.hub_label.fontMetrics().horizontalAdvance(self.hub_label.text()) + 8
        controls = [self.controls.itemAt(i).widget() for i in range(self.controls.count())]
        shown = [w for w in [self.logo, self.date_label, *controls] if w is not None and not w.isHidden()]
        return (margins.left() + margins.right() + name + sum(w.sizeHint().width() for w in shown)
                + self._bar.spacing() * (len(shown) + 1))

    def reflow(self) -> None:
        one_line = self.width() >= self._one_line_width()
        direction = QBoxLayout.LeftToRight if one_line else QBoxLayout.TopToBottom
        if self._bar.direction() != direction:
            self._bar.setDirection(direction)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.reflow()

    def set_hub(self, name: str, today: str) -> None:
        self.hub_label.setText(name)
        self.date_label.setText(today)
        self.reflow()

    def set_theme(self, theme: Theme) -> None:
        colour = theme.palette.on_primary
        self.logo.setPixmap(pixmap("sprout", colour, theme.dp(56)))
        self.logo.setMinimumSize(theme.dp(72), theme.dp(72))
        for layout in (self._bar, self.controls):
            layout.setSpacing(theme.dp(16))
        self._bar.setContentsMargins(theme.dp(24), theme.dp(12), theme.dp(24), theme.dp(12))
        for size, button in self.size_buttons.items():
            button.setChecked(size == theme.size)
        self.contrast.setChecked(theme.high_contrast)
        for button in (self.language, self.contrast, self.read_aloud):
            button.setIconSize(QSize(theme.dp(32), theme.dp(32)))
        self.reflow()


class Footer(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="footer")
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)  # never squeezed by the pages
        bar = self._bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 12, 24, 12)
        bar.setSpacing(16)
        self.back = action_button("", "secondary", "arrow-left")
        self.home = action_button("", "secondary", "house")
        self.help = action_button("", "help", "life-buoy")
        bar.addWidget(self.back)
        bar.addWidget(self.home)
        bar.addStretch(1)
        bar.addWidget(self.help)
        self.retranslate()

    def retranslate(self) -> None:
        for button, words in ((self.back, tr("Back")), (self.home, tr("Start again")), (self.help, tr("Help now"))):
            button.setText(words)
            button.setAccessibleName(words)

    def set_theme(self, theme: Theme) -> None:
        self._bar.setContentsMargins(theme.dp(24), theme.dp(12), theme.dp(24), theme.dp(12))
        self._bar.setSpacing(theme.dp(16))

    def show_navigation(self, back: bool, home: bool, help_shown: bool = True) -> None:
        self.back.setVisible(back)
        self.home.setVisible(home)
        self.help.setVisible(help_shown)
