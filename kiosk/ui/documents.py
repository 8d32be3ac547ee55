"""Documents of a session: downloads, the PDF screen, printing, uploads, scans.

:class:`DocumentDesk` is attached to each person's browser session and
detached by the wipe. It connects to the hooks the browser gives:

- ``profile.downloadRequested``: PDF and pictures go into the session folder
  (judged on their bytes), anything else is refused with an explanation; a
  PDF opens in our own viewer;
- ``page.printRequested`` (``window.print()``), ``page.printRequestedByFrame``
  (``iframe.contentWindow.print()``: only the frame's content is printed), the
  PDF viewer's "Imprimer" and the top bar's "Imprimer": our confirmation, then
  the CUPS queue;
- ``page.file_chooser`` (``chooseFiles``): our picker, never the system
  dialog; "Scanner un document" from the picker or the top bar.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineFrame, QWebEnginePage
from PySide6.QtWidgets import QWidget

from kiosk import sessionfiles
from kiosk.session import Session
from kiosk.sessionfiles import FileKind, Origin, Rejection, SessionFolder
from kiosk.ui.browser import KioskPage
from kiosk.ui.browsersession import BrowserSession
from kiosk.ui.cards import Layer, NoticeCard
from kiosk.ui.pdf_viewer import PdfViewer
from kiosk.ui.print_confirm import PrintConfirm
from kiosk.ui.printing import PrintError, PrintProblem, WebPageToPdf, pdf_page_count, print_pdf
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.upload_picker import UploadPicker

log = logging.getLogger("session")

_Download = QWebEngineDownloadRequest
_EXTENSION_FOR_MIME = {
    "application/pdf": FileKind.PDF,
    "image/png": FileKind.PNG,
    "image/jpeg": FileKind.JPEG,
}


@dataclass(frozen=True)
class DeskOptions:
    """Devices and places the desk uses (tests point them at test devices)."""

    printer_name: str = ""  # "" = the default CUPS queue
    scanner_device: str = ""  # "" = the first scanner SANE finds
    scanimage: str = "scanimage"
    scan_extra: tuple[str, ...] = ()
    usb_roots: tuple[Path, ...] = sessionfiles.USB_ROOTS
    is_mount: Callable[[Path], bool] = os.path.ismount


class DocumentDesk(QObject):
    """Every document screen of the borne, over the window's central widget.

    Args:
        host: The widget the screens cover (the main window's central widget).
        session: The pure session (print quota, counts for the journal).
        options: Printer, scanner and USB settings.

    Signals:
        pickerShown(): a site asked for a file and the picker is on screen; a
            local event loop runs until the person answers (as Qt's own file
            dialog does), so anything reacting to this runs inside that loop.
        scannerAvailable(bool): a scanner answers, or none does.
    """

    pickerShown = Signal()
    scannerAvailable = Signal(bool)

    def __init__(self, host: QWidget, session: Session, options: DeskOptions) -> None:
        super().__init__(host)
        self.session = session
        self.options = options
        self.browser: BrowserSession | None = None
        self.folder: SessionFolder | None = None
        self._downloads: list[QWebEngineDownloadRequest] = []
        self._exporters: list[WebPageToPdf] = []
        self._print_path: Path | None = None
        self._print_pages = 0
        self._chooser_loop: QEventLoop | None = None
        self._chosen: list[str] = []
        self._accepted: list[str] = []
        self._multiple = False

        self.viewer = PdfViewer()
        self.viewer_layer = Layer(self.viewer, host)
        self.viewer.backRequested.connect(self.close_viewer)
        self.viewer.printRequested.connect(lambda path: self.ask_print(Path(path)))
        self.picker = UploadPicker()
        self.picker_layer = Layer(self.picker, host)
        self.picker.chosen.connect(self._picker_chosen)
        self.picker.cancelled.connect(lambda: self._picker_chosen([]))
        self.picker.scanRequested.connect(self.open_scanner)
        self.scanner = ScanScreen(
            device=options.scanner_device,
            scanimage=options.scanimage,
            extra_args=options.scan_extra,
        )
        self.scanner_layer = Layer(self.scanner, host)
        self.scanner.saved.connect(self._scan_saved)
        self.scanner.cancelled.connect(self.scanner_layer.hide)
        self.scanner.availability.connect(self._scanner_availability)
        self.confirm = PrintConfirm(host)
        self.confirm.confirmed.connect(self._print_confirmed)
        self.confirm.cancelled.connect(self.confirm.hide)
        self.notice = NoticeCard(host)

    # -- session ---------------------------------------------------------------
    def attach(self, browser: BrowserSession) -> None:
        """Serve ``browser``'s session: its downloads, pages and folder."""
        self.browser = browser
        self.folder = SessionFolder.adopt(browser.folder)
        browser.profile.downloadRequested.connect(self._download_requested)
        browser.pageCreated.connect(self._page_created)
        if browser.page is not None:
            self._page_created(browser.page)

    def _page_created(self, page: KioskPage) -> None:
        page.file_chooser = self.choose_files
        page.printRequested.connect(self.print_page)
        page.printRequestedByFrame.connect(self.print_frame)

    def detach(self) -> None:
        """Close every document screen and forget the session (before the wipe)."""
        self.abort_chooser()
        for download in self._downloads:
            if not download.isFinished():
                download.cancel()
        self._downloads.clear()
        self._exporters.clear()
        self.scanner.cancel()
        self.viewer.close_document()
        self.picker.show_documents([])  # no thumbnail of this session kept in memory
        for screen in self.screens():
            screen.hide()
        self._print_path = None
        if self.folder is not None:
            self.folder.delete()
        self.browser = None
        self.folder = None

    def screens(self) -> Iterable[QWidget]:
        """Every screen this desk may show."""
        return (self.viewer_layer, self.picker_layer, self.scanner_layer, self.confirm, self.notice)

    @property
    def choosing(self) -> bool:
        """Whether a site is waiting for the picker's answer."""
        return self._chooser_loop is not None

    # -- downloads -------------------------------------------------------------
    def _download_requested(self, request: QWebEngineDownloadRequest) -> None:
        folder = self.folder
        if folder is None or not sessionfiles.mime_may_be_allowed(request.mimeType()):
            log.info("download refused before transfer")
            request.cancel()
            self._tell_refused_type()
            return
        mime = request.mimeType().split(";", 1)[0].strip().lower()
        kind = _EXTENSION_FOR_MIME.get(mime, FileKind.PDF)
        target = folder.unique_path(folder.downloads, request.suggestedFileName(), kind)
        request.setDownloadDirectory(str(folder.downloads))
        request.setDownloadFileName(target.name)
        request.isFinishedChanged.connect(lambda: self._download_finished(request))
        self._downloads.append(request)
        request.accept()

    def _download_finished(self, request: QWebEngineDownloadRequest) -> None:
        if request in self._downloads:
            self._downloads.remove(request)
        folder = self.folder
        if folder is None or request.state() != _Download.DownloadState.DownloadCompleted:
            return
        path = Path(request.downloadDirectory()) / request.downloadFileName()
        result = folder.accept(path, Origin.DOWNLOAD)
        if isinstance(result, Rejection):
            self._tell_refused_type()
            return
        self.session.record_download()
        if result.kind is FileKind.PDF:
            self.open_pdf(result.path)
        else:
            self.notice.tell(
                self.tr("Image enregistrée"),
                self.tr(
                    "Elle est gardée pendant votre session. Vous pourrez l'envoyer à un site, "
                    "puis elle sera effacée à la fin."
                ),
            )

    def _tell_refused_type(self) -> None:
        self.notice.tell(
            self.tr("Ce fichier ne peut pas être téléchargé"),
            self.tr(
                "La borne garde seulement les documents PDF et les images (JPEG, PNG). "
                "Pour un autre fichier, demandez à une personne de l'accueil."
            ),
        )

    # -- PDF screen ------------------------------------------------------------
    def open_pdf(self, path: Path) -> None:
        """Show a PDF of the session in our full-screen viewer."""
        self.viewer.open(path)
        self.viewer_layer.cover()

    def close_viewer(self) -> None:
        """Back to the site."""
        self.viewer.close_document()
        self.viewer_layer.hide()

    # -- printing --------------------------------------------------------------
    def print_page(self) -> None:
        """Print the page on screen ("Imprimer" or ``window.print()``)."""
        self._export_for_print(None)

    def print_frame(self, frame: QWebEngineFrame) -> None:
        """Print only ``frame`` (``iframe.contentWindow.print()``), same confirmation."""
        self._export_for_print(frame if frame.isValid() else None)

    def _export_for_print(self, frame: QWebEngineFrame | None) -> None:
        browser, folder = self.browser, self.folder
        page = browser.page if browser is not None else None
        if page is None or folder is None:
            return
        exporter = WebPageToPdf(page, self, frame)
        exporter.ready.connect(lambda path: self._page_exported(exporter, Path(path)))
        exporter.failed.connect(lambda: self._page_export_failed(exporter))
        self._exporters.append(exporter)
        target = folder.unique_path(folder.prints, self.tr("page"), FileKind.PDF)
        exporter.start(target)

    def _page_exported(self, exporter: WebPageToPdf, path: Path) -> None:
        if exporter in self._exporters:
            self._exporters.remove(exporter)
            self.ask_print(path)

    def _page_export_failed(self, exporter: WebPageToPdf) -> None:
        if exporter in self._exporters:
            self._exporters.remove(exporter)
            self._tell_print_problem(PrintProblem.FAILED)

    def ask_print(self, path: Path) -> None:
        """Show our confirmation for the PDF at ``path``."""
        pages = pdf_page_count(path)
        if pages == 0:
            self._tell_print_problem(PrintProblem.UNREADABLE)
            return
        self._print_path, self._print_pages = path, pages
        self.confirm.ask(pages, self.session.pages_left())

    def _print_confirmed(self, copies: int) -> None:
        self.confirm.hide()
        path, pages = self._print_path, self._print_pages
        self._print_path = None
        if path is None or not self.session.can_print(pages, copies):
            return
        try:
            sent = print_pdf(path, copies, self.options.printer_name)
        except PrintError as error:
            self._tell_print_problem(error.code)
            return
        self.session.record_print(pages, copies)
        self.notice.tell(
            self.tr("Impression lancée"),
            self.tr("Vos pages sortent de l'imprimante (%1).").replace("%1", str(sent)),
        )

    def _tell_print_problem(self, problem: PrintProblem) -> None:
        texts = {
            PrintProblem.NO_PRINTER: self.tr(
                "Il n'y a pas d'imprimante pour le moment. Demandez à une personne de l'accueil."
            ),
            PrintProblem.UNREADABLE: self.tr("Ce document ne peut pas être imprimé."),
        }
        self.notice.tell(
            self.tr("Impression impossible"),
            texts.get(
                problem,
                self.tr("L'impression n'a pas marché. Demandez à une personne de l'accueil."),
            ),
        )

    # -- scanning --------------------------------------------------------------
    def open_scanner(self) -> None:
        """Show the scan screen ("Scanner un document")."""
        if self.folder is None:
            return
        self.scanner.start(self.folder)
        self.scanner_layer.cover()

    def _scanner_availability(self, available: bool) -> None:
        self.picker.scan_button.setText(
            self.tr("Scanner un document")
            if available
            else self.tr("Pas de scanner : demandez à l'accueil")
        )
        self.scannerAvailable.emit(available)

    def _scan_saved(self, path: str, pages: int) -> None:
        self.scanner_layer.hide()
        self.session.record_scan(pages)
        if self.choosing:
            self._fill_picker()
            self.picker.select(path)
            return
        self.notice.tell(
            self.tr("Document enregistré"),
            self.tr(
                "Pour l'envoyer, touchez le bouton du site qui permet de joindre un fichier : "
                "vous le trouverez dans la liste."
            ),
        )

    # -- uploads ---------------------------------------------------------------
    def choose_files(
        self, mode: QWebEnginePage.FileSelectionMode, _old: list[str], accepted: list[str]
    ) -> list[str]:
        """Answer a site's ``chooseFiles`` with our picker (blocks in a local loop)."""
        if self.folder is None or self._chooser_loop is not None:
            return []
        self._multiple = mode == QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple
        if mode not in (
            QWebEnginePage.FileSelectionMode.FileSelectOpen,
            QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple,
        ):
            return []  # folders and "save as" are never offered
        self._accepted = list(accepted)
        self._chosen = []
        self._fill_picker()
        self.picker_layer.cover()
        loop = QEventLoop()
        self._chooser_loop = loop
        self.pickerShown.emit()
        loop.exec()
        self._chooser_loop = None
        self.picker_layer.hide()
        self.scanner_layer.hide()
        chosen, self._chosen = self._chosen, []
        for _path in chosen:
            self.session.record_upload()
        return chosen

    def _fill_picker(self) -> None:
        folder = self.folder
        mine = folder.documents() if folder is not None else []
        usb = sessionfiles.usb_documents(self.options.usb_roots, self.options.is_mount)
        self.picker.show_documents(
            _fitting(mine, self._accepted), _fitting(usb, self._accepted), self._multiple
        )

    def _picker_chosen(self, paths: list[str]) -> None:
        self._chosen = list(paths)
        if self._chooser_loop is not None:
            self._chooser_loop.quit()
        else:
            self.picker_layer.hide()

    def abort_chooser(self) -> None:
        """Answer a waiting site with "nothing chosen" (the session is ending)."""
        self._chosen = []
        if self._chooser_loop is not None:
            self._chooser_loop.quit()


def _fitting(
    documents: Sequence[sessionfiles.Document], accepted: list[str]
) -> list[sessionfiles.Document]:
    return [d for d in documents if sessionfiles.matches_accept(d.kind, accepted)]

