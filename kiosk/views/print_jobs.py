"""Printing from the screens: the document is built and handed to the operating system's print
system in the task pool (``run_task``); the outcome comes back to the GUI thread as a PrintResult,
or for the visitor and desk pages as one plain sentence."""

import logging
import time
from collections.abc import Callable

from ..domain.errors import KioskError
from .i18n import current_language, tr
from .tasks import TaskResult, run_task

log = logging.getLogger(__name__)
Done = Callable[[bool, str], None]
NOT_MADE = "Sorry, the document could not be made. Please ask a volunteer."


class PrintJob:
    """One PDF on its way to a printer. ``result`` (a PrintResult, ``ok`` False with the reason when
    it failed) is set, and ``on_done(result)`` called, on the GUI thread once the job is handed over."""

    def __init__(self, pdf_bytes: bytes, printer_name: str | None, copies: int = 1,
                 on_done: Callable | None = None):
        from ..printing.printer import print_pdf

        self.result = None
        self._printer, self._copies, self._on_done = printer_name, copies, on_done
        self._started = time.monotonic()
        self.task = run_task(print_pdf, self._finished, pdf_bytes, printer_name, copies, name="print job")

    def _finished(self, outcome: TaskResult) -> None:
        from ..printing.printer import PrintResult

        self.result = outcome.value if outcome.ok else PrintResult(
            self._printer or "", 0, self._copies, time.monotonic() - self._started, False, outcome.message)
        if self._on_done is not None:
            self._on_done(self.result)


def start_print(pdf_bytes: bytes, printer_name: str | None, copies: int = 1,
                on_done: Callable | None = None) -> PrintJob:
    """Print without holding up the screen: ``on_done(result)`` runs later on the GUI thread."""
    return PrintJob(pdf_bytes, printer_name, copies, on_done)


def _build_and_print(build: Callable[[], bytes], printer_name: str | None):
    from ..printing.printer import print_pdf

    return print_pdf(build(), printer_name, 1)


def printed_words():
    """The translate function for a visitor's slip: their language, except a right-to-left one,
    which the PDF library cannot lay out (its letters would print unjoined and in the wrong
    order): Urdu slips print in English until it can."""
    return None if current_language().right_to_left else tr


class ScreenPrinter:
    """Prints slips, registers and the fire register on this kiosk's printer (or the default)."""

    def __init__(self, services):
        self._services = services

    def printer_name(self) -> str | None:
        return self._services.settings.get().printer

    def ready(self) -> bool:
        """A printer is set for this kiosk, or the system has a default one."""
        from ..printing.printer import default_printer

        try:
            return bool(self.printer_name() or default_printer())
        except Exception:
            log.exception("could not ask the print system for printers")
            return False

    def slip(self, reference: str, on_done: Done) -> None:
        from ..printing import slip_pdf

        words = printed_words()
        note = self._services.decisions.note  # "provisional" while the central decision is to come
        self._print(lambda: slip_pdf(self._services, reference, note_for=note, translate=words), on_done,
                    tr("Your slip is printing. Please collect it from the printer."))

    def register(self, session_id, on_done: Done) -> None:
        from ..printing import register_pdf

        self._print(lambda: register_pdf(self._services, session_id), on_done, tr("The register is printing."))

    def fire_register(self, on_done: Done) -> None:
        from ..printing import fire_register_pdf

        self._print(lambda: fire_register_pdf(self._services), on_done, tr("The fire register is printing."))

    def _print(self, build: Callable[[], bytes], on_done: Done, success: str) -> None:
        """Make the document and print it in the pool; ``build`` reads the services, never a widget."""

        def finished(outcome: TaskResult) -> None:
            if outcome.ok:
                on_done(True, success)
            else:
                on_done(False, outcome.message if isinstance(outcome.error, KioskError) else tr(NOT_MADE))

        run_task(_build_and_print, finished, build, self.printer_name(), name="print")
