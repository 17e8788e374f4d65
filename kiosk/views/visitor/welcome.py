"""Welcome: one big button for each thing a visitor can do, today's sessions with places left,
and the hub's latest "you said, we did" answers, one at a time."""

from PySide6.QtCore import QT_TR_NOOP, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from ...domain.wording import clock_time, places_text
from ..page import Page
from ..widgets.buttons import TileButton
from ..i18n import tr

TILES = [
    ("check_in", QT_TR_NOOP("Check in"), "log-in"),
    ("whats_on", QT_TR_NOOP("What's on\n& book"), "calendar-days"),
    ("my_booking", QT_TR_NOOP("My booking"), "ticket"),
    ("feedback", QT_TR_NOOP("Your feedback"), "message-square-heart"),
    ("polls", QT_TR_NOOP("Have your say"), "vote"),
    ("check_out", QT_TR_NOOP("I'm leaving"), "log-out"),
]
ROTATE_MS = 8000


def you_said_we_did(answer) -> str:
    return tr("You said: “{you_said}”\nWe did: {we_did}").format(you_said=answer.you_said, we_did=answer.we_did)


class WelcomePage(Page):
    page_name = "welcome"
    title_text = QT_TR_NOOP("Welcome. What would you like to do?")

    def _build_ui(self) -> None:
        grid_holder = QWidget()
        self._grid = QGridLayout(grid_holder)
        self._grid.setSpacing(24)
        self.tiles: dict[str, TileButton] = {}
        for page, words, icon_name in TILES:
            tile = TileButton(tr(words), icon_name)
            tile.setProperty("role", "tile")
            tile.clicked.connect(lambda _=False, p=page: self.go(p))
            self.tiles[page] = tile
        self._columns = 0
        self._place_tiles(3)
        self.body.addWidget(grid_holder, 3)
        self.today_heading = self.label(tr("Today"), "heading")
        self.body.addWidget(self.today_heading)
        self.today = self.label()
        self.body.addWidget(self.today)
        row = QHBoxLayout()
        self.voice = self.label(role="voice")
        row.addWidget(self.voice, 1)
        self.body.addLayout(row)
        self._answers = []
        self._answer_index = 0
        self._rotate = QTimer(self, interval=ROTATE_MS, timeout=self._next_answer)

    def _place_tiles(self, columns: int) -> None:
        """Three tiles a row on a landscape screen, two on a portrait one."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_tiles(2 if event.size().width() < event.size().height() else 3)

    def refresh(self) -> None:
        colour = self._theme.palette.on_primary
        self._grid.setSpacing(self._theme.dp(24))
        for tile in self.tiles.values():
            tile.set_icon_colour(colour, self._theme.dp(72))
            tile.setMinimumHeight(self._theme.dp(160))
        hub = self._services.hub.current()
        sessions = self._services.schedule.coming_up_today()
        if sessions:
            self.today.setText("     ".join(
                f"{clock_time(s.starts_at, hub.timezone)} {s.activity.name}: {places_text(s, tr)}"
                for s in sessions))
        else:
            self.today.setText(tr("No more sessions today. Tap What's on to see the week."))
        self._answers = self._services.responses.latest(5)
        self._answer_index = 0
        self._show_answer()
        if len(self._answers) > 1:
            self._rotate.start()
        else:
            self._rotate.stop()

    def _show_answer(self) -> None:
        if not self._answers:
            self.voice.hide()
            return
        answer = self._answers[self._answer_index % len(self._answers)]
        self.voice.setText(you_said_we_did(answer))
        self.voice.show()

    def _next_answer(self) -> None:
        self._answer_index += 1
        self._show_answer()

    def hideEvent(self, event) -> None:
        self._rotate.stop()
        super().hideEvent(event)
