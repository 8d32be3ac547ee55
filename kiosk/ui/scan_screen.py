"""Scanning a paper: scan, look, add pages, save into the session folder.

The screen runs SANE's ``scanimage`` through ``QProcess`` (the command line
and the reading of its errors come from :mod:`kiosk.scanning`), so it never
freezes. Each page is shown for confirmation; "Ajouter une page" scans the
next one. "Enregistrer" writes one JPEG (a single page) or one PDF (several
pages) sized for upload portals (see :mod:`kiosk.scanning` for the target).
Without a scanner the screen says so and sends the person to the accueil.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QProcess, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk import scanning
from kiosk.scanning import ColorMode, JpegPage, ScanProblem
from kiosk.sessionfiles import FileKind, SessionFolder
from kiosk.ui.style import named

log = logging.getLogger("session")

_LOCAL_STYLE = """
#scanScreen { background: #f5f3ee; }
#scanTitle { font-size: 34px; font-weight: 700; }
#scanText { font-size: 26px; }
#scanNote { font-size: 20px; color: #4a5366; }
#scanPreview { background: #ffffff; border: 2px solid #c9ced8; border-radius: 12px; }
QPushButton:checked { background: #1b4f9c; color: white; }
QPushButton#primary:disabled { background: #eef0f3; color: #8a93a6; border-color: #c3c8d2; }
"""


class ScanState(StrEnum):
    """What the scan screen shows."""

    CHECKING = "checking"
    NO_SCANNER = "no_scanner"
    READY = "ready"
    SCANNING = "scanning"
    PREVIEW = "preview"
    ERROR = "error"


def jpeg_bytes(image: QImage, quality: int) -> bytes:
    """Encode ``image`` as JPEG at ``quality`` (0–100)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]  # stub says bytes
    buffer.close()
    return bytes(data.data())


def fit_page(image: QImage, budget: int, dpi: int) -> JpegPage:
    """JPEG-encode a scanned page within ``budget`` bytes, shrinking it if needed."""
    gray = image.isGrayscale()
    if gray:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    for resolution in (dpi, scanning.FALLBACK_RESOLUTION, scanning.FALLBACK_RESOLUTION // 2):
        scaled = image
        if resolution < dpi:
            scaled = image.scaledToWidth(
                max(1, image.width() * resolution // dpi),
                Qt.TransformationMode.SmoothTransformation,
            )
        fitted = scanning.fit_quality(partial(jpeg_bytes, scaled), budget)
        if fitted is not None:
            return JpegPage(fitted[1], scaled.width(), scaled.height(), gray, resolution)
    lowest = scanning.QUALITIES[-1]
    return JpegPage(jpeg_bytes(scaled, lowest), scaled.width(), scaled.height(), gray, resolution)


class ScanScreen(QWidget):
    """Full-screen scanning.

    Args:
        parent: Parent widget.
        device: SANE device to use; "" finds the first one.
        scanimage: The scanimage program.
        extra_args: More scanimage options (the tests pick a test picture).
        timeout_s: Longest a page may take.

    Signals:
        saved(str, int): the document's path in the session folder, its pages.
        cancelled(): back without a document.
        stateChanged(str): the :class:`ScanState` now shown.
        availability(bool): whether a scanner answers (after a search or a scan).
    """

    saved = Signal(str, int)
    cancelled = Signal()
    stateChanged = Signal(str)
    availability = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        device: str = "",
        scanimage: str = scanning.SCANIMAGE,
        extra_args: Sequence[str] = (),
        timeout_s: float = scanning.SCAN_TIMEOUT_S,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_LOCAL_STYLE)
        self.device = device
        self._configured_device = device
        self.scanimage = scanimage
        self.extra_args = tuple(extra_args)
        self.folder: SessionFolder | None = None
        self.pages: list[QImage] = []
        self.state = ScanState.CHECKING
        self.problem: ScanProblem | None = None
        self._partial: Path | None = None
        self._process = QProcess(self)
        self._process.finished.connect(self._process_finished)
        self._process.errorOccurred.connect(self._process_error)
        self._job = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(timeout_s * 1000))
        self._timer.timeout.connect(self._timed_out)
        self._build()

    # -- layout ------------------------------------------------------------
    def _build(self) -> None:
        self.title = named(QLabel(self.tr("Scanner un document")), "scanTitle")
        self.text = named(QLabel(""), "scanText")
        self.text.setWordWrap(True)
        self.note = named(QLabel(""), "scanNote")
        self.note.setWordWrap(True)
        self.preview = named(QLabel(""), "scanPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.gray_button = QPushButton(self.tr("Noir et blanc"))
        self.color_button = QPushButton(self.tr("Couleur"))
        for button in (self.gray_button, self.color_button):
            button.setMinimumWidth(240)
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.gray_button.setChecked(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Recommencer cette page"))
        self.retry_button.clicked.connect(self.rescan_last)
        self.add_button = QPushButton(self.tr("Ajouter une page"))
        self.add_button.clicked.connect(self.scan)
        self.scan_button = named(QPushButton(self.tr("Scanner la page")), "primary")
        self.scan_button.clicked.connect(self.scan)
        self.save_button = named(QPushButton(self.tr("Enregistrer")), "primary")
        self.save_button.clicked.connect(self.save)

        modes = QHBoxLayout()
        modes.addWidget(named(QLabel(self.tr("Type de scan :")), "scanText"))
        modes.addWidget(self.gray_button)
        modes.addWidget(self.color_button)
        modes.addStretch(1)
        self.modes = QWidget()
        self.modes.setLayout(modes)
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.retry_button, self.add_button, self.scan_button, self.save_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.modes)
        column.addWidget(self.preview, 20)
        column.addStretch(1)
        column.addWidget(self.note)
        column.addLayout(buttons)

    # -- flow --------------------------------------------------------------
    def start(self, folder: SessionFolder) -> None:
        """Open the screen for a session: forget earlier pages, find the scanner."""
        self.folder = folder
        self._drop_pages()
        self.problem = None
        if self.device:
            self._show(ScanState.READY)
            return
        self._show(ScanState.CHECKING)
        self._search()

    def probe(self) -> None:
        """Look for a scanner in the background (``availability`` tells the result)."""
        if self._busy():
            return
        if self.device:
            self.availability.emit(True)
            return
        self._search()

    def _search(self) -> None:
        self._job = "list"
        command = scanning.list_command(self.scanimage)
        self._process.start(command[0], command[1:])
        self._timer.start()

    def mode(self) -> ColorMode:
        """The colour mode chosen."""
        return ColorMode.COLOR if self.color_button.isChecked() else ColorMode.GRAY

    def scan(self) -> None:
        """Scan one more page."""
        if self.folder is None or not self.device or self._busy():
            return
        self._partial = self.folder.scans / f".page-{len(self.pages) + 1}.pnm"
        command = scanning.scan_command(
            self.device,
            self._partial,
            mode=self.mode(),
            resolution=scanning.DEFAULT_RESOLUTION,
            scanimage=self.scanimage,
            extra=self.extra_args,
        )
        self._job = "scan"
        self._show(ScanState.SCANNING)
        self._process.start(command[0], command[1:])
        self._timer.start()

    def rescan_last(self) -> None:
        """Throw the last page away and scan it again."""
        if self.pages:
            self.pages.pop()
        self.scan()

    def cancel(self) -> None:
        """Leave without saving; any scan in progress is stopped."""
        self._stop_process()
        self._drop_pages()
        self.cancelled.emit()

    def save(self) -> Path | None:
        """Write the pages as one document in the session's scans folder."""
        if self.folder is None or not self.pages:
            return None
        budget = scanning.page_budget(len(self.pages))
        fitted = [fit_page(page, budget, scanning.DEFAULT_RESOLUTION) for page in self.pages]
        name = self.tr("document scanné")
        if len(fitted) == 1:
            path = self.folder.unique_path(self.folder.scans, name, FileKind.JPEG)
            path.write_bytes(fitted[0].data)
        else:
            path = self.folder.unique_path(self.folder.scans, name, FileKind.PDF)
            path.write_bytes(scanning.pdf_from_jpegs(fitted))
        count = len(self.pages)
        self._drop_pages()
        log.info("scan saved: %d page(s), %d bytes", count, path.stat().st_size)
        self.saved.emit(str(path), count)
        return path

    # -- process -------------------------------------------------------------
    def _busy(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def _stop_process(self) -> None:
        self._timer.stop()
        self._job = ""
        if self._busy():
            self._process.kill()
            self._process.waitForFinished(2000)
        self._remove_partial()

    def _remove_partial(self) -> None:
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
            Path(str(self._partial) + ".part").unlink(missing_ok=True)
            self._partial = None

    def _process_finished(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        self._timer.stop()
        job, self._job = self._job, ""
        stderr = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        stdout = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        if job == "list":
            devices = scanning.parse_devices(stdout) if exit_code == 0 else []
            if devices:
                self.device = devices[0].name
                self.availability.emit(True)
                self._show(ScanState.READY)
            else:
                self._fail(ScanProblem.NO_SCANNER)
        elif job == "scan":
            self._scan_finished(exit_code, stderr)

    def _scan_finished(self, exit_code: int, stderr: str) -> None:
        problem = scanning.interpret(exit_code, stderr)
        image = QImage()
        if problem is None and self._partial is not None:
            image = QImage(str(self._partial))
            if image.isNull():
                problem = ScanProblem.FAILED
        self._remove_partial()
        if problem is not None:
            self._fail(problem)
            return
        self.pages.append(image)
        self.availability.emit(True)
        self._show(ScanState.PREVIEW)

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._job:
            self._timer.stop()
            self._job = ""
            self._remove_partial()
            self._fail(ScanProblem.NOT_INSTALLED)

    def _timed_out(self) -> None:
        self._stop_process()
        self._fail(ScanProblem.TIMEOUT)

    def _fail(self, problem: ScanProblem) -> None:
        self.problem = problem
        log.info("scanner problem: %s", problem.value)
        if problem in (ScanProblem.NO_SCANNER, ScanProblem.NOT_INSTALLED):
            self.device = self._configured_device
            self.availability.emit(False)
            self._show(ScanState.NO_SCANNER)
        else:
            self._show(ScanState.ERROR)

    def _drop_pages(self) -> None:
        self.pages.clear()
        self.preview.clear()

    # -- display -------------------------------------------------------------
    def _problem_text(self, problem: ScanProblem | None) -> str:
        texts = {
            ScanProblem.BUSY: self.tr(
                "Le scanner est occupé. Attendez un instant, puis réessayez."
            ),
            ScanProblem.NO_DOCUMENT: self.tr("Il n'y a pas de feuille dans le scanner."),
            ScanProblem.JAMMED: self.tr(
                "Une feuille est coincée dans le scanner. Demandez à une personne de l'accueil."
            ),
            ScanProblem.COVER_OPEN: self.tr(
                "Le couvercle du scanner est ouvert. Fermez-le, puis réessayez."
            ),
        }
        return texts.get(
            problem if problem is not None else ScanProblem.FAILED,
            self.tr("Le scan n'a pas marché. Réessayez, ou demandez à une personne de l'accueil."),
        )

    def _show(self, state: ScanState) -> None:
        self.state = state
        pages = len(self.pages)
        ready = state in (ScanState.READY, ScanState.ERROR)
        self.modes.setVisible(ready and pages == 0)
        self.scan_button.setVisible(ready)
        if state is ScanState.ERROR:
            self.scan_button.setText(self.tr("Réessayer"))
        elif pages == 0:
            self.scan_button.setText(self.tr("Scanner la page"))
        else:
            self.scan_button.setText(self.tr("Scanner la page suivante"))
        self.retry_button.setVisible(state is ScanState.PREVIEW)
        self.add_button.setVisible(state is ScanState.PREVIEW)
        self.save_button.setVisible(state is ScanState.PREVIEW)
        self.preview.setVisible(state is ScanState.PREVIEW)
        self.cancel_button.setText(
            self.tr("Retour") if state is ScanState.NO_SCANNER else self.tr("Annuler")
        )
        self.note.setText("")
        if state is ScanState.CHECKING:
            self.text.setText(self.tr("Recherche du scanner…"))
        elif state is ScanState.NO_SCANNER:
            self.text.setText(
                self.tr(
                    "Le scanner n'est pas disponible. "
                    "Demandez à une personne de l'accueil : elle peut scanner pour vous."
                )
            )
        elif state is ScanState.READY:
            self.text.setText(
                self.tr(
                    "Posez la feuille sur la vitre, face écrite vers le bas, "
                    "fermez le couvercle, puis touchez « Scanner la page »."
                )
            )
        elif state is ScanState.SCANNING:
            self.text.setText(self.tr("Scan en cours… Ne soulevez pas le couvercle."))
        elif state is ScanState.PREVIEW:
            self.text.setText(
                self.tr("Page %1 scannée. Vérifiez qu'elle est lisible.").replace("%1", str(pages))
            )
            self.note.setText(
                self.tr("Vous pouvez ajouter une autre page, ou enregistrer le document.")
            )
            self._show_last_page()
        else:
            self.text.setText(self._problem_text(self.problem))
        self.stateChanged.emit(state.value)

    def _show_last_page(self) -> None:
        if not self.pages:
            return
        area = self.preview.size()
        if area.height() < 200:
            area.setHeight(max(self.height() - 360, 300))
            area.setWidth(max(self.width() - 96, 300))
        picture = QPixmap.fromImage(self.pages[-1]).scaled(
            area * 0.96,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(picture)
