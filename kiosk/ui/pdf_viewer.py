"""Our own full-screen PDF screen: read the document, print it, go back.

Sites hand out attestations and avis as PDF downloads; Chromium's viewer is
off (it has its own print and save buttons). This screen shows one page at a
time, fitted to the screen, with big page buttons, "Imprimer" and
"Retour au site".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.style import named

_LOCAL_STYLE = """
#pdfViewer { background: #5b6375; }
#pdfBar, #pdfPager { background: #ffffff; border-color: #c9ced8; }
#pdfTitle { font-size: 24px; font-weight: 700; }
#pdfPageLabel { font-size: 24px; font-weight: 600; }
#pdfError { font-size: 28px; color: #ffffff; }
"""

ZOOM_STEPS = (1.0, 1.5, 2.0, 3.0)


class PdfViewer(QWidget):
    """Full-screen PDF reader with "Imprimer" and "Retour au site".

    Signals:
        printRequested(str): print this file (path as text).
        backRequested(): back to the site.
    """

    printRequested = Signal(str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_LOCAL_STYLE)
        self.path: Path | None = None
        self._zoom = 0
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.error = named(QLabel(self.tr("Ce document ne peut pas être affiché.")), "pdfError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.error)

        self.back_button = QPushButton(self.tr("‹ Retour au site"))
        self.back_button.clicked.connect(self.backRequested)
        self.title = named(QLabel(""), "pdfTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = named(QPushButton(self.tr("Imprimer")), "primary")
        self.print_button.setMinimumWidth(220)
        self.print_button.clicked.connect(self._ask_print)
        top = self._bar("pdfBar", (self.back_button, self.title, self.print_button), stretch=1)

        self.previous_button = QPushButton(self.tr("‹ Page précédente"))
        self.previous_button.clicked.connect(self.previous_page)
        self.page_label = named(QLabel(""), "pdfPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Page suivante ›"))
        self.next_button.clicked.connect(self.next_page)
        self.smaller_button = QPushButton(self.tr("A−"))
        self.smaller_button.setAccessibleName(self.tr("Réduire"))
        self.smaller_button.clicked.connect(lambda: self._set_zoom(self._zoom - 1))
        self.bigger_button = QPushButton(self.tr("A+"))
        self.bigger_button.setAccessibleName(self.tr("Agrandir"))
        self.bigger_button.clicked.connect(lambda: self._set_zoom(self._zoom + 1))
        bottom = self._bar(
            "pdfPager",
            (
                self.smaller_button,
                self.bigger_button,
                self.previous_button,
                self.page_label,
                self.next_button,
            ),
            stretch=3,
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top)
        column.addWidget(self.stack, 1)
        column.addWidget(bottom)
        self.view.pageNavigator().currentPageChanged.connect(self._update_pager)

    def _bar(self, name: str, widgets: tuple[QWidget, ...], stretch: int) -> QWidget:
        bar = named(QWidget(), name)
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(16)
        for index, widget in enumerate(widgets):
            row.addWidget(widget, 1 if index == stretch else 0)
        return bar

    # -- document ----------------------------------------------------------
    def open(self, path: Path, title: str = "") -> bool:
        """Show the PDF at ``path``; ``False`` (and a calm message) if it cannot."""
        self.close_document()
        status = self.document.load(str(path))
        ok = status == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        self.path = path if ok else None
        self.title.setText(title or path.stem)
        self.stack.setCurrentWidget(self.view if ok else self.error)
        self.print_button.setVisible(ok)
        self._set_zoom(0)
        if ok:
            self.go_to(0)
        self._update_pager()
        return ok

    def close_document(self) -> None:
        """Forget the current document (before the wipe deletes the file)."""
        self.document.close()
        self.path = None
        self.title.setText("")

    def page_count(self) -> int:
        """Pages in the open document (0 when none)."""
        return self.document.pageCount() if self.path is not None else 0

    def current_page(self) -> int:
        """Index of the page on screen, from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page ``page`` (from 0), kept within the document."""
        count = self.page_count()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(), 0)
        self._update_pager()

    def next_page(self) -> None:
        """Show the next page."""
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        """Show the previous page."""
        self.go_to(self.current_page() - 1)

    # -- internals ----------------------------------------------------------
    def _set_zoom(self, step: int) -> None:
        self._zoom = max(0, min(step, len(ZOOM_STEPS) - 1))
        if self._zoom == 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(ZOOM_STEPS[self._zoom])
        self.smaller_button.setEnabled(self._zoom > 0 and self.path is not None)
        self.bigger_button.setEnabled(self._zoom < len(ZOOM_STEPS) - 1 and self.path is not None)

    def _update_pager(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page_label.setText(
            self.tr("Page %1 sur %2").replace("%1", str(page + 1)).replace("%2", str(count))
            if count
            else ""
        )
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    def _ask_print(self) -> None:
        if self.path is not None:
            self.printRequested.emit(str(self.path))
