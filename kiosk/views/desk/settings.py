"""Hub settings (hub leads only): name, address, phone, crisis contacts, the web address for QR
codes, idle timeouts, how long names are kept, this computer's printer, and the visitor languages:
which are offered (each shown with whether a native speaker has reviewed it) and which the
visitor screens return to after the idle reset."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.desk import DESK_LOCK_MINUTES, RETENTION_DAYS, VISITOR_IDLE_SECONDS
from ...domain.errors import InvalidInput
from ...domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from ...domain.records import CrisisContact
from ..i18n import is_reviewed, keep_english as tr
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow
from .base import DeskPage
from .fields import StepField, text_area, text_field


def parse_contacts(text: str) -> list[CrisisContact]:
    """One contact a line, written "Samaritans: call 116 123"."""
    contacts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, colon, detail = line.partition(":")
        if not colon or not name.strip() or not detail.strip():
            raise InvalidInput(tr("Write each crisis contact on its own line, like “Samaritans: call 116 123”."))
        contacts.append(CrisisContact(name.strip(), detail.strip()))
    return contacts


def system_printers() -> list[str]:
    """The printers the operating system knows (none on a machine without a print system)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    return sorted(QPrinterInfo.availablePrinterNames())


class SettingsPage(DeskPage):
    page_name = "settings"
    title_text = "Hub settings"
    nav_text = "Hub settings"
    icon_name = "pencil-line"
    lead_only = True

    def _build_ui(self) -> None:
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        self.name = text_field(tr("Hub name"), 120, capitals="words")
        self.address = text_field(tr("Address"), 400)
        self.phone = text_field(tr("Phone"), 40)
        self.web = text_field(tr("Web address for QR codes"), 400)
        self.web.setPlaceholderText("https://")
        self.contacts = text_area(tr("Crisis contacts, one a line, like “Samaritans: call 116 123”"), 200)
        self.idle = StepField("number", VISITOR_IDLE_SECONDS[2], tr("Visitor screen resets after (seconds)"),
                              step=10, minimum=VISITOR_IDLE_SECONDS[0], maximum=VISITOR_IDLE_SECONDS[1])
        self.lock = StepField("number", DESK_LOCK_MINUTES[2], tr("Desk locks after (minutes)"),
                              minimum=DESK_LOCK_MINUTES[0], maximum=DESK_LOCK_MINUTES[1])
        self.retention = StepField("number", RETENTION_DAYS[2], tr("Names are kept for (days)"),
                                   minimum=RETENTION_DAYS[0], maximum=RETENTION_DAYS[1])
        self.printer = text_field(tr("Printer"), 200)
        self.printer.setPlaceholderText(tr("The computer's default printer"))
        self.known = ChoiceRow([], allow_none=True, columns=3)
        self.known.changed.connect(lambda value: self.printer.setText(value or ""))
        rows = [(tr("Hub name"), self.name), (tr("Address"), self.address), (tr("Phone"), self.phone),
                (tr("Web address for QR codes"), self.web), (tr("Crisis contacts\n(empty: the UK national ones)"),
                                                             self.contacts),
                (tr("Visitor screen resets after (seconds)"), self.idle),
                (tr("Desk locks after (minutes)"), self.lock), (tr("Names are kept for (days)"), self.retention),
                (tr("Printer"), self.printer), (tr("Printers on this computer"), self.known),
                (tr("Visitor languages\n(tap to offer or not)"), self._languages_box()),
                (tr("Language after the idle reset"), self.default_language)]
        for row, (words, widget) in enumerate(rows):
            form.addWidget(self.label(words), row, 0, Qt.AlignTop)
            form.addWidget(widget, row, 1)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.save = action_button(tr("Save the settings"), icon_name="check")
        self.save.clicked.connect(self._on_save_clicked)
        self.actions.addWidget(self.save)
        self._saved: dict = {}

    def _languages_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.offered: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            if lang.code == DEFAULT_LANGUAGE:
                continue
            review = tr("reviewed by a native speaker") if is_reviewed(lang.code) else \
                tr("awaiting review by a native speaker")
            button = action_button(f"{lang.english_name} ({lang.own_name}): {review}", "choice")
            button.setCheckable(True)
            button.setProperty("reviewed", review)
            column.addWidget(button)
            self.offered[lang.code] = button
        self.default_language = ChoiceRow([(lang.code, lang.english_name) for lang in LANGUAGES],
                                          allow_none=False, columns=4)
        return box

    def refresh(self) -> None:
        hub = self._services.hub.current()
        settings = self._services.settings.get()
        self.name.setText(hub.name)
        self.address.setText(hub.address or "")
        self.phone.setText(hub.phone or "")
        self.web.setText(hub.web_address or "")
        self.contacts.setPlainText("\n".join(f"{c.name}: {c.detail}" for c in hub.crisis_contacts))
        self.idle.set_value(settings.visitor_idle_seconds)
        self.lock.set_value(settings.desk_lock_minutes)
        self.retention.set_value(settings.retention_days)
        for code, button in self.offered.items():
            button.setChecked(code not in settings.languages_off)
        self.default_language.set_value(settings.default_language)
        self.printer.setText(settings.printer or "")
        printers = system_printers()
        self.known.set_options([(p, p) for p in printers])
        self.known.set_value(settings.printer if settings.printer in printers else None)
        self._saved = self._values()

    def _values(self) -> dict:
        """What the form says now, in the shape the settings service takes."""
        return {"name": self.name.text(), "address": self.address.text(), "phone": self.phone.text(),
                "web_address": self.web.text(), "crisis_contacts": parse_contacts(self.contacts.toPlainText()),
                "visitor_idle_seconds": self.idle.value(), "desk_lock_minutes": self.lock.value(),
                "retention_days": self.retention.value(), "printer": self.printer.text().strip() or None,
                "languages_off": sorted(code for code, button in self.offered.items() if not button.isChecked()),
                "default_language": self.default_language.value() or DEFAULT_LANGUAGE}

    def _on_save_clicked(self) -> None:
        values = self.attempt(self._values)
        if values is None:
            return
        changes = {key: value for key, value in values.items() if value != self._saved.get(key)}
        if not changes:
            self.say(tr("Nothing was changed."))
            return
        if self.attempt(self._services.settings.update, self.actor, **changes) is not None:
            self.refresh()
            self.say(tr("Saved. Timeouts apply from the next sign-in or restart."))

    def reset(self) -> None:
        super().reset()
        for field in (self.name, self.address, self.phone, self.web, self.printer):
            field.clear()
        self.contacts.clear()
        self._saved = {}
