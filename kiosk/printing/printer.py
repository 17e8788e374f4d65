"""Printing PDFs through the operating system's printers with Qt, off the GUI thread.

The only module of ``kiosk.printing`` that uses Qt (QtGui, QtPdf, QtPrintSupport; no widgets).
Each page is rendered with QPdfDocument to an image at the printer's resolution (at most
``MAX_DPI``) and painted onto a QPrinter, so any printer the system knows works (CUPS on Linux,
the Windows spooler). Every step is bounded: ``print_pdf`` returns or raises within its timeout,
even if the print system stops answering.

``print_pdf`` blocks, so screens print through ``kiosk.views.print_jobs``, which runs it in the
screens' task pool and brings the result back to the GUI thread.
"""

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ..domain.errors import KioskError

MAX_DPI = 300
MAX_COPIES = 50
#: How long the print system may take to say whether a queue is working.
CHECK_TIMEOUT = 3.0
#: The longest ``print_pdf`` waits for the whole job to be handed to the print system.
PRINT_TIMEOUT = 30.0


class PrintError(KioskError):
    """Printing failed; the message is plain English, fit to show on the desk (and the CLI shows
    it as it shows every other kiosk error)."""


@dataclass(frozen=True)
class PrintResult:
    """What happened to one print job; ``ok`` False carries the reason in ``message``."""

    printer: str
    pages: int
    copies: int
    seconds: float
    ok: bool = True
    message: str = ""


def ensure_app() -> QCoreApplication:
    """The Qt application printing needs; made here (offscreen when there is no display) when the
    caller, such as the command line, has none. Only the main thread may make it."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if threading.current_thread() is not threading.main_thread():
        raise PrintError("Printing is not ready yet: the app must start Qt on its main thread first.")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "kiosk"])


def available_printers() -> list[str]:
    ensure_app()
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    ensure_app()
    return QPrinterInfo.defaultPrinterName() or None


def check_printer(name: str | None) -> str:
    """The printer to use (``None`` means the system's default); raises PrintError when there is
    none of that name, or its queue is stopped or refusing jobs."""
    ensure_app()
    if not name:
        name = QPrinterInfo.defaultPrinterName()
        if not name:
            raise PrintError("No printer is chosen and this computer has no default printer. "
                             "Choose a printer in the settings.")
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames())
        raise PrintError(f"There is no printer called '{name}' on this computer. "
                         + (f"Printers here: {known}." if known else "No printers are set up here."))
    _check_queue(name)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintError(f"The printer '{name}' reports a problem. Check that it is switched on, "
                         "has paper and is not paused, then try again.")
    return name


def _check_queue(name: str) -> None:
    """Ask CUPS (where it exists) whether the queue is paused or refusing jobs; if the question
    itself fails or is slow, carry on and let the print attempt speak for itself."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return
    try:
        done = subprocess.run([lpstat, "-p", name, "-a", name], capture_output=True, text=True,
                              timeout=CHECK_TIMEOUT, env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    except (OSError, subprocess.SubprocessError):
        return
    report = done.stdout.lower()
    if "disabled" in report:
        raise PrintError(f"The printer '{name}' is paused, so nothing would print. Ask a hub lead to "
                         "resume it, or choose another printer.")
    if "not accepting" in report:
        raise PrintError(f"The printer '{name}' is not taking new jobs at the moment. Ask a hub lead "
                         "to check it, or choose another printer.")


def print_pdf(pdf_bytes: bytes, printer_name: str | None = None, copies: int = 1, *,
              timeout: float = PRINT_TIMEOUT) -> PrintResult:
    """Print a PDF and return when the job is with the print system. Blocks for up to ``timeout``
    seconds, so call it from a worker thread (or use ``start_print``); raises PrintError."""
    if not pdf_bytes or not pdf_bytes.startswith(b"%PDF"):
        raise PrintError("There is nothing to print: the document is empty or not a PDF.")
    if not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise PrintError(f"Choose from 1 to {MAX_COPIES} copies.")
    ensure_app()
    outcome: list = []
    worker = threading.Thread(target=_work, args=(pdf_bytes, printer_name, copies, outcome),
                              name="kiosk-print", daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise PrintError(f"The printer did not answer within {timeout:.0f} seconds. Check that it is "
                         "switched on and connected, then try again.")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return PrintResult(result[0], result[1], copies, time.monotonic() - started)


def _work(pdf_bytes: bytes, printer_name: str | None, copies: int, outcome: list) -> None:
    try:
        name = check_printer(printer_name)
        outcome.append((name, _render_to_printer(pdf_bytes, name, copies)))
    except PrintError as error:
        outcome.append(error)
    except Exception as error:  # any Qt or system failure becomes a message, never a crash
        outcome.append(PrintError(f"Printing failed unexpectedly ({type(error).__name__}). Try again, "
                                  "or choose another printer."))


def _load(pdf_bytes: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("The document could not be read for printing.")
    return document, buffer


def _render_to_printer(pdf_bytes: bytes, name: str, copies: int) -> int:
    document, _buffer = _load(pdf_bytes)
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():  # never let Qt fall back to some other printer
        raise PrintError(f"There is no printer called '{name}' on this computer.")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(min(printer.resolution() or MAX_DPI, MAX_DPI))
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Recovery Hub Kiosk")
    printer.setCopyCount(copies)
    printer.setFullPage(True)
    printer.setPageLayout(_layout_for(document.pagePointSize(0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"The printer '{name}' could not start the job. Check it and try again.")
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise PrintError(f"The printer '{name}' stopped after page {page}.")
            _paint_page(painter, printer, document, page)
    except BaseException:
        printer.abort()
        painter.end()
        raise
    if not painter.end():
        raise PrintError(f"The printer '{name}' did not accept the job. Check it and try again.")
    return document.pageCount()


def _layout_for(points: QSizeF) -> QPageLayout:
    """The PDF's own page size, as a portrait size turned to landscape when wider than tall."""
    width, height = points.width(), points.height()
    landscape = width > height
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF())


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    image = document.render(page, QSize(target.width(), target.height()))
    if image.isNull():
        raise PrintError(f"Page {page + 1} could not be prepared for printing.")
    painter.drawImage(target, image)


def preview_images(pdf_bytes: bytes, width_px: int = 900) -> list[QImage]:
    """Each page as an image ``width_px`` wide, for a print preview on the desk."""
    document, _buffer = _load(pdf_bytes)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = max(1, round(width_px * size.height() / max(size.width(), 1)))
        images.append(document.render(page, QSize(width_px, height)))
    return images
