"""The safe maintenance screen: shown when the kiosk had to repair its data at start-up."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .i18n import tr
from .widgets.buttons import action_button


class MaintenancePage(QWidget):
    continue_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.setSpacing(24)
        layout.setAlignment(Qt.AlignCenter)
        self.title = QLabel(tr("This kiosk repaired its data"))
        self.title.setProperty("role", "title")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        self.visitor_note = QLabel(tr("If you came to check in or book, please ask at the desk: "
                                      "a volunteer can help you now."))
        self.visitor_note.setWordWrap(True)
        self.carry_on = action_button(tr("Continue"), icon_name="check")
        self.carry_on.clicked.connect(self.continue_clicked.emit)
        for widget in (self.title, self.details, self.visitor_note, self.carry_on):
            layout.addWidget(widget)

    def show_notice(self, text: str) -> None:
        self.details.setText(text)


def show_maintenance(stack, notice: str, then) -> MaintenancePage:
    """Put the repair summary on ``stack`` (a QStackedWidget); Continue calls ``then()``."""
    page = MaintenancePage()
    page.show_notice(notice)
    page.continue_clicked.connect(then)
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    return page


def starting_label() -> QLabel:
    """The calm first page both windows paint while the data opens."""
    label = QLabel(tr("Getting things ready…"))
    label.setAlignment(Qt.AlignCenter)
    label.setWordWrap(True)
    label.setProperty("role", "title")
    return label
