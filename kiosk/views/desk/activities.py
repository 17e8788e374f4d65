"""Activities: their names, plain-English descriptions, what to bring, accessibility notes, and a
colour (from the contrast-checked palette) and icon, always shown together with the name."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.desk import ACTIVITY_COLOURS
from ...domain.records import ActivityInfo
from ...paths import assets_dir
from ..i18n import keep_english as tr
from ..icons import icon
from ..widgets.buttons import action_button
from ..widgets.layouts import clear_layout
from .base import DeskPage
from .fields import text_area, text_field

#: icons that mean something on the screen itself, so not offered for activities
SCREEN_ICONS = {"a-large-small", "angry", "arrow-left", "check", "contrast", "delete", "frown", "laugh",
                "life-buoy", "lock", "log-in", "log-out", "meh", "minus", "plus", "printer", "qr-code",
                "smile", "volume-2", "x"}


def activity_icons() -> list[str]:
    return sorted(p.stem for p in (assets_dir() / "icons").glob("*.svg") if p.stem not in SCREEN_ICONS)


class Picker(QWidget):
    """Checkable buttons in a grid, one chosen at a time; the choice is marked with ✓ (not colour)."""

    def __init__(self, columns: int, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = columns
        self.buttons: dict[str, QPushButton] = {}
        self._words: dict[str, str] = {}
        #: icon colours for (not chosen, chosen) buttons, for pickers that show icons
        self.icon_colours: tuple[str, str] | None = None

    def add(self, value: str, words: str) -> QPushButton:
        button = QPushButton(words)
        button.setCheckable(True)
        button.setProperty("role", "choice")
        button.setAccessibleName(words)
        button.setMinimumHeight(72)
        button.clicked.connect(lambda _=False: self.set_value(value))
        index = len(self.buttons)
        self._grid.addWidget(button, index // self._columns, index % self._columns)
        self.buttons[value], self._words[value] = button, words
        return button

    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == value)
            button.setText(("✓ " if other == value else "") + self._words[other])
            if self.icon_colours is not None:
                button.setIcon(icon(other, self.icon_colours[other == value], 32))


class ActivitiesPage(DeskPage):
    page_name = "activities"
    title_text = "Activities"
    nav_text = "Activities"
    icon_name = "sprout"

    def _build_ui(self) -> None:
        left, right = self.two_columns(2, 5)
        left.addWidget(self.label(tr("Choose one to edit"), "heading"))
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        left.addLayout(self.list_box)
        self.new = action_button(tr("Add a new activity"), "secondary", "plus")
        self.new.clicked.connect(lambda: self._choose(None))
        left.addWidget(self.new)
        left.addStretch(1)
        self.name = text_field(tr("Name"), 80)
        self.description = text_area(tr("What happens, in plain English"), 100)
        self.bring = text_area(tr("What to bring"), 72)
        self.access = text_area(tr("Accessibility"), 72)
        self.colours = Picker(4)
        for words, colour in ACTIVITY_COLOURS:
            button = self.colours.add(colour, tr(words))
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: #FFFFFF; border: 3px solid {colour}; }}"
                                 f"QPushButton:checked {{ border: 6px solid {self._theme.palette.ink}; }}")
        self.icons = Picker(3)
        for name in activity_icons():
            self.icons.add(name, name.replace("-", " ")).setIconSize(QSize(32, 32))
        for words, widget in ((tr("Name"), self.name), (tr("What happens, in plain English"), self.description),
                              (tr("What to bring"), self.bring), (tr("Accessibility"), self.access),
                              (tr("Colour"), self.colours), (tr("Icon"), self.icons)):
            right.addWidget(self.label(words))
            right.addWidget(widget)
        self.save = action_button(tr("Save"), icon_name="check")
        self.save.clicked.connect(self._on_save_clicked)
        self.actions.addWidget(self.save)
        self._chosen: ActivityInfo | None = None
        self.items: dict = {}

    def refresh(self) -> None:
        self.icons.icon_colours = (self._theme.palette.primary, self._theme.palette.on_primary)
        activities = self._services.activities.list()
        clear_layout(self.list_box)
        self.items = {}
        for activity in activities:
            button = QPushButton(activity.name)
            button.setProperty("role", "slot")
            button.setCheckable(True)
            button.setMinimumHeight(72)
            button.setAccessibleName(tr("Edit {name}").format(name=activity.name))
            button.setStyleSheet(f"border-left: 12px solid {self._theme.chip_colours(activity.colour)[0]};")
            button.clicked.connect(lambda _=False, a=activity: self._choose(a))
            self.list_box.addWidget(button)
            self.items[activity.id] = button
        chosen = next((a for a in activities if self._chosen and a.id == self._chosen.id), None)
        self._choose(chosen or (activities[0] if activities else None))

    def _choose(self, activity: ActivityInfo | None) -> None:
        self._chosen = activity
        for activity_id, button in self.items.items():
            button.setChecked(activity is not None and activity_id == activity.id)
        self.name.setText(activity.name if activity else "")
        self.description.setPlainText(activity.description or "" if activity else "")
        self.bring.setPlainText(activity.what_to_bring or "" if activity else "")
        self.access.setPlainText(activity.accessibility or "" if activity else "")
        self.colours.set_value(activity.colour.upper() if activity else ACTIVITY_COLOURS[0][1])
        self.icons.set_value(activity.icon if activity else "sprout")
        self.save.setText(tr("Save changes") if activity else tr("Add the activity"))
        self.name.setFocus(Qt.OtherFocusReason)

    def _on_save_clicked(self) -> None:
        values = {"name": self.name.text(), "description": self.description.toPlainText(),
                  "what_to_bring": self.bring.toPlainText(), "accessibility": self.access.toPlainText(),
                  "colour": self.colours.value() or ACTIVITY_COLOURS[0][1], "icon": self.icons.value() or "circle"}
        if self._chosen is None:
            saved = self.attempt(self._services.activities.add, self.actor, **values)
        else:
            old = {"name": self._chosen.name, "description": self._chosen.description or "",
                   "what_to_bring": self._chosen.what_to_bring or "", "accessibility": self._chosen.accessibility or "",
                   "colour": self._chosen.colour.upper(), "icon": self._chosen.icon}
            changes = {k: v for k, v in values.items() if v != old[k]}
            if not changes:
                self.say(tr("Nothing was changed."))
                return
            saved = self.attempt(self._services.activities.edit, self.actor, self._chosen.id, **changes)
        if saved is not None:
            self._chosen = saved
            self.refresh()
            self.say(tr("Saved {name}.").format(name=saved.name))

    def reset(self) -> None:
        super().reset()
        self._chosen = None
        clear_layout(self.list_box)
        self.items = {}
