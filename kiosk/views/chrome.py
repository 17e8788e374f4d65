"""The window's frame: the header (logo, hub, date, text size, contrast, read aloud) and the
footer (Back, Home, and the Help now button present on every screen)."""

from PySide6.QtCore import QT_TR_NOOP, QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from .icons import pixmap
from .theme import TextSize, Theme
from .widgets.buttons import action_button
from .widgets.long_press import LongPressLogo
from .i18n import tr

SIZE_BUTTONS = [(TextSize.NORMAL, "A", QT_TR_NOOP("Normal text")), (TextSize.LARGE, "A+", QT_TR_NOOP("Larger text")),
                (TextSize.LARGEST, "A++", QT_TR_NOOP("Largest text"))]


class Header(QFrame):
    text_size_chosen = Signal(object)
    contrast_toggled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="header")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 12, 24, 12)
        bar.setSpacing(16)
        self.logo = LongPressLogo()
        bar.addWidget(self.logo)
        self.hub_label = QLabel(tr("Recovery Hub Kiosk"))
        self.hub_label.setProperty("role", "title")
        bar.addWidget(self.hub_label, 1)
        self.date_label = QLabel()
        bar.addWidget(self.date_label)
        self.size_buttons: dict[TextSize, QPushButton] = {}
        for size, text, name in SIZE_BUTTONS:
            button = QPushButton(text)
            button.setAccessibleName(tr(name))
            button.setCheckable(True)
            button.setProperty("role", "header")
            button.clicked.connect(lambda _=False, s=size: self.text_size_chosen.emit(s))
            bar.addWidget(button)
            self.size_buttons[size] = button
        self.contrast = QPushButton(tr("Contrast"))
        self.contrast.setCheckable(True)
        self.contrast.setProperty("icon_name", "contrast")
        self.contrast.setAccessibleName(tr("High contrast"))
        self.contrast.setProperty("role", "header")
        self.contrast.clicked.connect(self.contrast_toggled.emit)
        bar.addWidget(self.contrast)
        self.read_aloud = QPushButton(tr("Read aloud"))
        self.read_aloud.setAccessibleName(tr("Read this screen aloud"))
        self.read_aloud.setProperty("role", "header")
        self.read_aloud.setProperty("icon_name", "volume-2")
        self.read_aloud.setVisible(False)
        bar.addWidget(self.read_aloud)

    def set_hub(self, name: str, today: str) -> None:
        self.hub_label.setText(name)
        self.date_label.setText(today)

    def set_theme(self, theme: Theme) -> None:
        colour = theme.palette.on_primary
        self.logo.setPixmap(pixmap("sprout", colour, 56))
        for size, button in self.size_buttons.items():
            button.setChecked(size == theme.size)
        self.contrast.setChecked(theme.high_contrast)
        for button in (self.contrast, self.read_aloud):
            button.setIconSize(QSize(32, 32))


class Footer(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="footer")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 12, 24, 12)
        bar.setSpacing(16)
        self.back = action_button(tr("Back"), "secondary", "arrow-left")
        self.home = action_button(tr("Start again"), "secondary", "house")
        self.help = action_button(tr("Help now"), "help", "life-buoy")
        bar.addWidget(self.back)
        bar.addWidget(self.home)
        bar.addStretch(1)
        bar.addWidget(self.help)

    def show_navigation(self, back: bool, home: bool, help_shown: bool = True) -> None:
        self.back.setVisible(back)
        self.home.setVisible(home)
        self.help.setVisible(help_shown)
