"""Print the week's timetable: choose the week, layout, paper, printer and copies, look at a
preview (drawn in the task pool), then print through the operating system's print system."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel

from ...domain.timeutil import monday_of
from ..i18n import keep_english as tr
from ..print_jobs import start_print
from ..tasks import TaskResult, run_task
from ..widgets.buttons import action_button
from ..widgets.choices import ChoiceRow, Stepper
from ..widgets.layouts import clear_layout
from .base import DeskPage

PREVIEW_WIDTH = 900


def draw_preview(services, monday, layout: str, paper: str):
    """In the pool: the timetable's PDF and a picture of each page (from values read on the GUI thread)."""
    from ...printing import timetable_pdf
    from ...printing.printer import preview_images

    pdf = timetable_pdf(services, monday, layout=layout, paper=paper)
    return pdf, preview_images(pdf, PREVIEW_WIDTH)


class PrintTimetablePage(DeskPage):
    page_name = "print_timetable"
    title_text = "Print the timetable"
    nav_text = "Print timetable"
    icon_name = "printer"

    def _build_ui(self) -> None:
        self.week = ChoiceRow([("this", tr("This week")), ("next", tr("Next week"))], allow_none=False, columns=2)
        self.layout_choice = ChoiceRow([("poster", tr("Poster")), ("large-print", tr("Large print list"))],
                                       allow_none=False, columns=2)
        self.paper = ChoiceRow([("A4", "A4"), ("A3", "A3")], allow_none=False, columns=2)
        self.printer = ChoiceRow([], allow_none=False, columns=3)
        self.copies = Stepper(1, 20, 1, tr("copies"))
        self.no_printer = self.label(tr("No printers are set up on this computer. Ask whoever looks "
                                        "after it to add one, or save a PDF with 'kiosk print timetable "
                                        "--out FILE.pdf'."), "muted")
        left, right = self.two_columns(2, 3)
        for words, widget in ((tr("Week"), self.week), (tr("Layout"), self.layout_choice),
                              (tr("Paper"), self.paper), (tr("Printer"), self.printer),
                              (None, self.no_printer), (tr("Copies"), self.copies)):
            if words:
                left.addWidget(self.label(words, "heading"))
            left.addWidget(widget)
        left.addStretch(1)
        for choice in (self.week, self.layout_choice, self.paper):
            choice.changed.connect(lambda _value: self._forget_preview())
        right.addWidget(self.label(tr("Preview"), "heading"))
        self.pictures = QHBoxLayout()
        right.addLayout(self.pictures)
        right.addStretch(1)
        self.preview_button = action_button(tr("Show the preview"), "secondary", "calendar-days")
        self.preview_button.clicked.connect(lambda: self._on_preview_clicked())
        self.print_button = action_button(tr("Print"), icon_name="printer")
        self.print_button.clicked.connect(self._on_print_clicked)
        self.actions.addWidget(self.preview_button)
        self.actions.addWidget(self.print_button)
        self._pdf = None
        self._job = None

    def refresh(self) -> None:
        from ...printing.printer import available_printers, default_printer

        self.week.set_value(self.week.value() or "this")
        self.layout_choice.set_value(self.layout_choice.value() or "poster")
        self.paper.set_value(self.paper.value() or "A4")
        names = available_printers()
        self.printer.set_options([(name, name) for name in names])
        chosen = self.printer.value() or self._services.settings.get().printer or default_printer()
        self.printer.set_value(chosen if chosen in names else (names[0] if names else None))
        self.print_button.setEnabled(bool(names))
        self.no_printer.setVisible(not names)

    def _monday(self):
        monday = monday_of(self._services.hub.today())
        return monday + timedelta(days=7) if self.week.value() == "next" else monday

    def _on_preview_clicked(self, then=None) -> None:
        self.clear_message()
        self.say(tr("Drawing the preview…"))
        self.preview_button.setEnabled(False)
        choices = (self._monday(), self.layout_choice.value(), self.paper.value())  # read here, on the GUI thread
        self._job = run_task(draw_preview, lambda outcome: self._on_preview_ready(outcome, then),
                             self._services, *choices, name="timetable preview")

    def _on_preview_ready(self, outcome: TaskResult, then) -> None:
        self.preview_button.setEnabled(True)
        self.clear_message()
        if not outcome.ok:
            self.show_message(outcome.message)
            return
        self._pdf, images = outcome.value
        clear_layout(self.pictures)
        for number, image in enumerate(images, start=1):
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image).scaledToWidth(  # as wide as this screen allows
                self._theme.dp(PREVIEW_WIDTH) // max(1, len(images)), Qt.SmoothTransformation))
            picture.setAccessibleName(tr("Page {number} of the timetable").format(number=number))
            self.pictures.addWidget(picture)
        self.pictures.addStretch(1)
        self.say(tr("{pages} page(s). Check it, then print.").format(pages=len(images)))
        if then is not None:
            then()

    def _on_print_clicked(self) -> None:
        if self._pdf is None:  # print what the preview shows: draw it first
            self._on_preview_clicked(then=self._send)
        else:
            self._send()

    def _send(self) -> None:
        self.print_button.setEnabled(False)
        self.say(tr("Sending the timetable to the printer…"))

        def finished(result) -> None:
            self.print_button.setEnabled(True)
            self.printed(result.ok, tr("The timetable is printing: {copies} copy(ies) on {printer}.").format(
                copies=result.copies, printer=result.printer) if result.ok else result.message)

        self._job = start_print(self._pdf, self.printer.value(), self.copies.value(), finished)

    def _forget_preview(self) -> None:
        self._pdf = None
        clear_layout(self.pictures)

    def reset(self) -> None:
        super().reset()
        self._forget_preview()
        self.copies.reset()
