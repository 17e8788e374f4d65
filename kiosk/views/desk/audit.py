"""The audit log (hub leads only): who did what and when, filtered by kind, and exported to a CSV
file whose name is typed on the page."""

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem

from ...domain.records import AuditInfo
from ...domain.wording import local
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from .audit_confirmation import confirmation_text
from .base import DeskPage
from .fields import text_field

KINDS = [(None, "Everything"), ("staff.", "Staff and sign-ins"), ("session.", "Sessions"),
         ("series.", "Weekly series"), ("booking.", "Bookings"), ("visit.", "Visits"), ("poll.", "Polls"),
         ("response.", "You said, we did"), ("activity.", "Activities"), ("settings.", "Settings"),
         ("privacy.", "Privacy")]
ACTIONS = {
    "staff.first_lead": "Set up the hub", "staff.add": "Added an account", "staff.enable": "Enabled an account",
    "staff.disable": "Disabled an account", "staff.reset_pin": "Set a new PIN", "staff.sign_in": "Signed in",
    "staff.sign_in_failed": "Wrong PIN", "session.add": "Added a session", "session.edit": "Edited a session",
    "session.undo_edit": "Undid an edit", "session.cancel": "Cancelled a session",
    "series.add": "Added a weekly series", "series.cancel": "Cancelled a series",
    "booking.attendance": "Took attendance", "booking.walk_in": "Added a walk-in",
    "booking.promote": "Gave a waiting-list place", "visit.checkout": "Checked a visitor out",
    "visit.checkout_all": "Checked everyone out", "poll.create": "Made a poll", "poll.close": "Closed a poll",
    "response.publish": "Published an answer", "activity.add": "Added an activity",
    "activity.edit": "Edited an activity", "hub.update": "Changed the hub", "settings.update": "Changed settings",
    "audit.export": "Exported the audit log", "privacy.purge": "Cleared old names",
    "privacy.find": "Looked for a person's records", "privacy.export": "Exported a person's records",
    "privacy.erase": "Erased a person's name", "privacy.reapply": "Erased again after a restore",
}
SHOWN = 500


def detail_text(entry: AuditInfo) -> str:
    parts = []
    for key, value in sorted(entry.detail.items()):
        if isinstance(value, list):
            value = ", ".join(str(v).replace("_", " ") for v in value)
        elif isinstance(value, bool):
            value = tr("yes") if value else tr("no")
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


class AuditPage(DeskPage):
    page_name = "audit"
    title_text = "Audit log"
    nav_text = "Audit log"
    icon_name = "calendar-check"
    lead_only = True

    def _build_ui(self) -> None:
        self.kind = ChoiceRow([(k, tr(w)) for k, w in KINDS], allow_none=False, columns=5)
        self.kind.set_value(None)
        self.kind.changed.connect(lambda _v: self.refresh())
        self.body.addWidget(self.kind)
        self.central = self.label()
        self.central.setAccessibleName(tr("The central copy of the audit log"))
        self.body.addWidget(self.central)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(tr("Audit log entries, newest first"))
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeToContents, QHeaderView.ResizeToContents,
                                       QHeaderView.ResizeToContents, QHeaderView.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.setMinimumHeight(420)
        self.body.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.path = text_field(tr("Save the CSV file as"), 400)
        self.path.returnPressed.connect(self._on_export_clicked)
        self.export = action_button(tr("Export as CSV"), icon_name="check")
        self.export.clicked.connect(self._on_export_clicked)
        line.addWidget(self.label(tr("Save as")))
        line.addWidget(self.path, 1)
        line.addWidget(self.export)
        self.actions.addLayout(line, 1)

    def show_with(self, argument) -> None:
        self.clear_message()
        today = self._services.hub.today()
        self.path.setText(f"~/audit-log-{today.isoformat()}.csv")  # ~ is this computer user's home folder
        self.kind.set_value(None)
        self.refresh()

    def refresh(self) -> None:
        entries = self.attempt(self._services.audit.entries, self.actor, SHOWN, self.kind.value())
        if entries is not None:
            found = self._services.audit.central_confirmation(self.actor)
            self.central.setText(confirmation_text(found, self.timezone()))
        if entries is None:
            self.table.setRowCount(0)
            return
        tz = self.timezone()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (local(entry.at, tz).strftime("%a %d %b %Y %H:%M"), entry.actor_name,
                      tr(ACTIONS.get(entry.action, entry.action)), detail_text(entry))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def _on_export_clicked(self) -> None:
        count = self.attempt(self._services.audit.export_csv, self.actor, self.path.text().strip())
        if count is not None:
            self.refresh()
            self.say(tr("Saved {count} entries to {path}.").format(count=count, path=self.path.text().strip()))

    def reset(self) -> None:
        super().reset()
        self.table.setRowCount(0)
        self.path.clear()
