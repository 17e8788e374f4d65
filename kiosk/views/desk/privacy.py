"""A person's rights (hub leads only): find their records by booking reference, by a visit's
leaving code and day, or by name and then tick the ones that are theirs (date, session, district: never another visitor's details),
and export those to a JSON file or erase the name from them."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem

from ...domain.privacy import PersonRecord
from ..i18n import keep_english as tr
from ..widgets.buttons import action_button
from .base import DeskPage
from .fields import StepField, text_field


class PrivacyPage(DeskPage):
    page_name = "privacy"
    title_text = "A person's data"
    nav_text = "A person's data"
    icon_name = "lock"
    lead_only = True

    def _build_ui(self) -> None:
        self.records: list[PersonRecord] = []
        self.body.addWidget(self.label(tr(
            "Start from the person's booking reference if they have one. A name alone is not enough: "
            "tick only the records the person confirms are theirs (the date, the session and the area "
            "help them tell)."), "body"))
        self.reference = self._finder(tr("Booking reference"), tr("Find the booking"), self._on_reference_clicked)
        self.visit_day = StepField("date", date.today(), tr("Day of the visit"), words=False)
        self.code = self._finder(tr("Leaving code"), tr("Find the visit"), self._on_code_clicked, self.visit_day)
        self.name = self._finder(tr("First name or nickname"), tr("Find by name"), self._on_name_clicked)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(tr("Records found: tick the person's own"))
        self.table.setHorizontalHeaderLabels([tr("Theirs?"), tr("Date"), tr("What"), tr("Area")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setMinimumHeight(300)
        self.body.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.path = text_field(tr("Save the export as"), 400)
        self.export = action_button(tr("Export the ticked records"), icon_name="check")
        self.export.clicked.connect(self._on_export_clicked)
        self.erase = action_button(tr("Erase the name from the ticked records"), "secondary", "delete")
        self.erase.clicked.connect(self._on_erase_clicked)
        line.addWidget(self.path, 1)
        line.addWidget(self.export)
        line.addWidget(self.erase)
        self.actions.addLayout(line, 1)

    def _finder(self, name: str, button_text: str, slot, extra=None):
        row = QHBoxLayout()
        field = text_field(name, 80, capitals="words")
        field.returnPressed.connect(slot)
        button = action_button(button_text, "secondary")
        button.clicked.connect(slot)
        row.addWidget(self.label(name))
        row.addWidget(field, 1)
        if extra is not None:
            row.addWidget(extra)
        row.addWidget(button)
        self.body.addLayout(row)
        return field

    def show_with(self, argument) -> None:
        self.clear_message()
        self.path.setText("~/subject-access.json")  # ~ is this computer user's home folder
        self.visit_day.set_value(self._services.hub.today())
        self._show([])

    def _on_reference_clicked(self) -> None:
        self._find(self._services.privacy.by_reference, self.reference.text())

    def _on_code_clicked(self) -> None:
        privacy = self._services.privacy
        self._find(lambda actor, code: privacy.by_leaving_code(actor, code, self.visit_day.value()), self.code.text())

    def _on_name_clicked(self) -> None:
        self._find(self._services.privacy.find, self.name.text())

    def _find(self, finder, text: str) -> None:
        self.clear_message()
        found = self.attempt(finder, self.actor, text)
        self._show(found or [])
        if found == []:
            self.say(tr("No records found."))

    def _show(self, records: list[PersonRecord]) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            tick = QTableWidgetItem(tr("Theirs"))
            tick.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            tick.setCheckState(Qt.Unchecked)
            what = record.session or tr("Visit")
            for column, item in enumerate((tick, QTableWidgetItem(record.on.strftime("%a %d %b %Y")),
                                           QTableWidgetItem(what), QTableWidgetItem(record.district or ""))):
                self.table.setItem(row, column, item)

    def ticked(self) -> list:
        return [r.id for row, r in enumerate(self.records)
                if self.table.item(row, 0).checkState() == Qt.Checked]

    def _on_export_clicked(self) -> None:
        count = self.attempt(self._services.privacy.save_export, self.actor, self.ticked(), self.path.text().strip())
        if count is not None:
            self.say(tr("Saved {count} records to {path}.").format(count=count, path=self.path.text().strip()))

    def _on_erase_clicked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.show_message(tr("Please tick at least one record."))
            return
        self.ask(tr("Erase the name from {count} records? This cannot be undone.").format(count=len(chosen)),
                 tr("Erase"), lambda: self._erase(chosen))

    def _erase(self, chosen: list) -> None:
        done = self.attempt(self._services.privacy.erase, self.actor, chosen)
        if done is not None:
            self._show([])
            self.say(tr("Erased the name from {bookings} bookings and {visits} visits.").format(
                bookings=done.bookings, visits=done.visits))

    def reset(self) -> None:
        super().reset()
        self._show([])
        for field in (self.reference, self.code, self.name, self.path):
            field.clear()
