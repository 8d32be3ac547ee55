"""Printing without any system dialog: PDFs to the default CUPS queue.

A PDF is printed by rendering each page with QtPdf into a ``QPainter`` on a
``QPrinter`` bound to the default queue (or a named one). Copies are printed
as repeated pages, so every driver gives the same count (some ignore the copy
count). A web page is first saved as a PDF into the session's ``prints``
folder (:class:`WebPageToPdf`), then printed the same way, after our own
confirmation (kiosk/ui/print_confirm.py) has shown its page count.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWebEngineCore import QWebEngineFrame, QWebEnginePage

log = logging.getLogger("session")

#: Rendering resolution: sharp text, bounded memory per page.
RENDER_DPI = 200
#: The job name CUPS sees (never the document's own name: it may be personal).
JOB_NAME = "Borne - document"


class PrintProblem(StrEnum):
    """Why printing did not happen (codes; the Qt screens word them)."""

    NO_PRINTER = "no_printer"
    UNREADABLE = "unreadable"
    FAILED = "failed"


class PrintError(Exception):
    """Printing failed; ``code`` says why."""

    def __init__(self, code: PrintProblem) -> None:
        super().__init__(code.value)
        self.code = code


def pdf_page_count(path: Path) -> int:
    """Pages in the PDF at ``path`` (0 when it cannot be read)."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return 0
        return document.pageCount()
    finally:
        document.close()


def default_printer_name() -> str:
    """The default CUPS queue, or "" when the borne has no printer."""
    name = QPrinterInfo.defaultPrinterName()
    if name:
        return name
    names = QPrinterInfo.availablePrinterNames()
    return names[0] if names else ""


def print_pdf(path: Path, copies: int = 1, printer_name: str = "") -> int:
    """Print every page of a PDF ``copies`` times; return the pages sent.

    Args:
        path: The PDF (in the session folder).
        copies: How many copies (at least 1).
        printer_name: A CUPS queue; "" means the default queue.

    Raises:
        PrintError: No printer, unreadable PDF, or the printer refused the job.
    """
    name = printer_name or default_printer_name()
    if not name or name not in QPrinterInfo.availablePrinterNames():
        raise PrintError(PrintProblem.NO_PRINTER)
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        document.close()
        raise PrintError(PrintProblem.UNREADABLE)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName(JOB_NAME)
    printer.setCopyCount(1)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintError(PrintProblem.FAILED)
    sent = 0
    try:
        for copy in range(max(1, copies)):
            for page in range(document.pageCount()):
                if copy or page:
                    printer.newPage()
                _draw_page(painter, printer, document, page)
                sent += 1
    finally:
        painter.end()
        document.close()
    log.info("printed %d page(s) to the queue", sent)
    return sent


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    area.moveTo(0, 0)
    points = document.pagePointSize(page)
    pixels = QSize(
        max(1, round(points.width() * RENDER_DPI / 72)),
        max(1, round(points.height() * RENDER_DPI / 72)),
    )
    image = document.render(page, pixels)
    if image.isNull():
        return
    if image.hasAlphaChannel():  # transparent parts must print white, not black
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        with_bg = QPainter(flat)
        with_bg.drawImage(0, 0, image)
        with_bg.end()
        image = flat
    fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(
        area.x() + (area.width() - fitted.width()) // 2,
        area.y() + (area.height() - fitted.height()) // 2,
        fitted.width(),
        fitted.height(),
    )
    painter.drawImage(target, image)


class WebPageToPdf(QObject):
    """Save a web page as a PDF file, for "Imprimer cette page" and ``window.print()``.

    Signals:
        ready(str): the PDF is written (its path).
        failed(): Chromium could not make the PDF.
    """

    ready = Signal(str)
    failed = Signal()

    def __init__(
        self,
        page: QWebEnginePage,
        parent: QObject | None = None,
        frame: QWebEngineFrame | None = None,
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._frame = frame  # a frame of ``page`` (``iframe.contentWindow.print()``)
        self._path = ""
        page.pdfPrintingFinished.connect(self._finished)

    def start(self, path: Path) -> None:
        """Write the page, or only its frame, as a PDF at ``path`` (A4 portrait)."""
        self._path = str(path)
        if self._frame is not None:
            self._frame.printToPdf(self._path)  # Qt tells the end with the page's signal
        else:
            self._page.printToPdf(self._path)

    def _finished(self, path: str, success: bool) -> None:
        if path != self._path:
            return
        self._path = ""
        if success and Path(path).is_file():
            self.ready.emit(path)
        else:
            self.failed.emit()
