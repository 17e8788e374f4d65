"""Printing from the screens: the document is built, then handed to the operating system's print
system on a worker thread; the outcome comes back to the GUI thread as one plain sentence."""

import logging
from collections.abc import Callable

from ..domain.errors import KioskError
from .i18n import current_language, tr

log = logging.getLogger(__name__)
Done = Callable[[bool, str], None]


def printed_words():
    """The translate function for a visitor's slip: their language, except a right-to-left one,
    which the PDF library cannot lay out (its letters would print unjoined and in the wrong
    order): Urdu slips print in English until it can."""
    return None if current_language().right_to_left else tr


class ScreenPrinter:
    """Prints slips, registers and the fire register on this kiosk's printer (or the default)."""

    def __init__(self, services, note_for=None):
        self._services = services
        self._note_for = note_for  # the provisional note for a booking, when sync is set up
        self._jobs = []

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
        self._print(lambda: slip_pdf(self._services, reference, note_for=self._note_for, translate=words), on_done,
                    tr("Your slip is printing. Please collect it from the printer."))

    def register(self, session_id, on_done: Done) -> None:
        from ..printing import register_pdf

        self._print(lambda: register_pdf(self._services, session_id), on_done, tr("The register is printing."))

    def fire_register(self, on_done: Done) -> None:
        from ..printing import fire_register_pdf

        self._print(lambda: fire_register_pdf(self._services), on_done, tr("The fire register is printing."))

    def _print(self, build: Callable[[], bytes], on_done: Done, success: str) -> None:
        from ..printing.printer import start_print

        try:
            pdf = build()
        except KioskError as error:
            on_done(False, error.message)
            return
        except Exception:
            log.exception("could not make the document to print")
            on_done(False, tr("Sorry, the document could not be made. Please ask a volunteer."))
            return

        def finished(result) -> None:
            on_done(result.ok, success if result.ok else result.message)

        self._jobs.append(start_print(pdf, self.printer_name(), 1, finished))
        self._jobs = [job for job in self._jobs if job.result is None]
