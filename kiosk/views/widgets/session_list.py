"""The timetable as one list view: a model of day headings and sessions, and a delegate that
paints each session as a card (activity colour, icon and name, time, place, what to bring and
places left). Only the visible rows are painted, so two busy weeks open instantly."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QScroller, QStyle, QStyledItemDelegate

from ...domain.records import SessionInfo
from ...domain.wording import places_text, time_range
from ..i18n import tr
from ..icons import pixmap
from ..theme import FONT_FAMILIES, Theme

KIND, SESSION = Qt.UserRole + 1, Qt.UserRole + 2


@dataclass(frozen=True)
class Row:
    heading: str | None = None
    session: SessionInfo | None = None


class SessionListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self.tz = "Europe/London"

    def set_rows(self, rows: list[Row], tz: str) -> None:
        self.beginResetModel()
        self._rows, self.tz = rows, tz
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == KIND:
            return "session" if row.session else "heading"
        if role == SESSION:
            return row.session
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return row.heading if row.heading is not None else describe(row.session, self.tz)
        return None

    def flags(self, index: QModelIndex):
        if index.isValid() and self._rows[index.row()].session is not None:
            return Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return Qt.ItemIsEnabled

    def session_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.session is not None]


def describe(session: SessionInfo, tz: str) -> str:
    """One sentence for read-aloud and screen readers."""
    return tr("{activity}, {time}, {place}. {places}.").format(
        activity=session.activity.name, time=time_range(session, tz, tr),
        place=session.place or tr("Place to be confirmed"), places=places_text(session, tr))


class SessionCardDelegate(QStyledItemDelegate):
    """Paints headings and session cards with the theme's colours and sizes."""

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self.theme = theme

    def sizeHint(self, option, index) -> QSize:
        heading = index.data(KIND) == "heading"
        return QSize(option.rect.width(), self.theme.px(72 if heading else 116))

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        if index.data(KIND) == "heading":
            self._heading(painter, option.rect, index.data(Qt.DisplayRole))
        else:
            self._card(painter, option, index.data(SESSION), index.model().tz)
        painter.restore()

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(list(FONT_FAMILIES))
        font.setPixelSize(self.theme.px(px))
        font.setBold(bold)
        return font

    def _heading(self, painter: QPainter, rect: QRect, text: str) -> None:
        painter.setFont(self._font(36 if text == tr("Next week") else 28, bold=True))
        painter.setPen(QColor(self.theme.palette.ink))
        painter.drawText(rect.adjusted(8, 0, -8, -8), Qt.AlignLeft | Qt.AlignBottom, text)

    def _card(self, painter: QPainter, option, session: SessionInfo, tz: str) -> None:
        p = self.theme.palette
        card = option.rect.adjusted(4, 6, -4, -6)
        focused = bool(option.state & (QStyle.State_HasFocus | QStyle.State_Selected))
        painter.setPen(QPen(QColor(p.focus if focused else p.border), 4 if focused else 2))
        painter.setBrush(QColor(p.surface))
        painter.drawRoundedRect(card, 12, 12)
        chip_bg, chip_ink = self.theme.chip_colours(session.activity.colour)
        chip = QRect(card.left() + 12, card.top() + 12, self.theme.px(300), card.height() - 24)
        painter.setPen(QPen(QColor(chip_ink), 2) if self.theme.high_contrast else Qt.NoPen)
        painter.setBrush(QColor(chip_bg))
        painter.drawRoundedRect(chip, 12, 12)
        icon = self.theme.px(40)
        painter.drawPixmap(chip.left() + 12, chip.center().y() - icon // 2, pixmap(session.activity.icon, chip_ink, icon))
        painter.setPen(QColor(chip_ink))
        painter.setFont(self._font(22, bold=True))
        painter.drawText(chip.adjusted(icon + 24, 0, -8, 0), Qt.AlignVCenter | Qt.TextWordWrap, session.activity.name)
        places = places_text(session, tr)
        places_box = QRect(card.right() - self.theme.px(330), card.top(), self.theme.px(318), card.height())
        painter.setPen(QColor(p.ink))
        painter.drawText(places_box, Qt.AlignRight | Qt.AlignVCenter | Qt.TextWordWrap, places)
        text = QRect(chip.right() + 24, card.top() + 10, places_box.left() - chip.right() - 40, card.height() - 20)
        painter.setFont(self._font(28, bold=True))
        painter.drawText(text, Qt.AlignLeft | Qt.AlignTop, time_range(session, tz, tr))
        painter.setFont(self._font(22))
        where = session.place or tr("Place to be confirmed")
        if session.activity.what_to_bring:
            where += "   ·   " + tr("Bring: {things}").format(things=session.activity.what_to_bring)
        metrics = painter.fontMetrics()
        painter.drawText(text, Qt.AlignLeft | Qt.AlignBottom, metrics.elidedText(where, Qt.ElideRight, text.width()))


class SessionList(QListView):
    """Tap (or Enter on) a session card to open it; drag to scroll."""

    session_activated = Signal(object)  # the session's id

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self.setModel(SessionListModel(self))
        self.delegate = SessionCardDelegate(theme, self)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setFrameShape(QListView.NoFrame)
        self.setSpacing(0)
        self.setAccessibleName(tr("Sessions"))
        self._kept: tuple[list[Row], str] | None = None  # the rows while the list is off screen
        QScroller.grabGesture(self.viewport(), QScroller.TouchGesture)
        self.clicked.connect(self._on_activated)
        self.activated.connect(self._on_activated)

    def hideEvent(self, event) -> None:
        """Off screen, the list holds no rows: Qt's accessibility would otherwise go on telling
        screen readers that the rows still in view are showing, whatever page is up."""
        model = self.model()
        self._kept = (model.rows, model.tz)
        model.set_rows([], model.tz)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        if self._kept is not None:
            self.model().set_rows(*self._kept)
            self._kept = None
        super().showEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self.delegate.theme = theme
        self.model().layoutChanged.emit()  # sizes depend on the text size

    def set_rows(self, rows: list[Row], tz: str) -> None:
        if self.isVisible():
            self.model().set_rows(rows, tz)
        else:
            self._kept = (rows, tz)

    def session_index(self, session_id) -> QModelIndex:
        model = self.model()
        for row in model.session_rows():
            index = model.index(row)
            if index.data(SESSION).id == session_id:
                return index
        return QModelIndex()

    def _on_activated(self, index: QModelIndex) -> None:
        session = index.data(SESSION)
        if session is not None:
            self.session_activated.emit(session.id)
