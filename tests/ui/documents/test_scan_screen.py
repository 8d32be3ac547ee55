"""The scan screen with SANE's test scanner (real scanimage, real files)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from kiosk.scanning import DOCUMENT_TARGET_BYTES, PAGE_TARGET_BYTES, ScanProblem
from kiosk.sessionfiles import FileKind, SessionFolder, sniff_file
from kiosk.ui.scan_screen import ScanScreen, ScanState, fit_page

GRID = ["--test-picture", "Grid"]


@pytest.fixture
def folder(tmp_path):
    return SessionFolder.create(tmp_path / "sessions")


def make_screen(qtbot, **kwargs):
    screen = ScanScreen(**kwargs)
    screen.resize(1280, 800)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def scan_and_wait(qtbot, screen):
    screen.scan()
    assert screen.state is ScanState.SCANNING
    qtbot.waitUntil(lambda: screen.state is not ScanState.SCANNING, timeout=30_000)


def test_finds_the_scanner_by_itself(qtbot, folder):
    screen = make_screen(qtbot)
    screen.start(folder)
    qtbot.waitUntil(lambda: screen.state is not ScanState.CHECKING, timeout=30_000)
    assert screen.state is ScanState.READY
    assert screen.device.startswith("test:")


def test_one_page_becomes_a_jpeg_in_the_session_folder(qtbot, folder):
    screen = make_screen(qtbot, device="test:0", extra_args=GRID)
    screen.start(folder)
    assert screen.state is ScanState.READY
    scan_and_wait(qtbot, screen)
    assert screen.state is ScanState.PREVIEW
    assert screen.preview.isVisible() and not screen.preview.pixmap().isNull()
    assert "Page 1" in screen.text.text()
    with qtbot.waitSignal(screen.saved) as signal:
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    path, pages = signal.args
    assert pages == 1
    assert path.startswith(str(folder.scans))
    assert sniff_file(__import__("pathlib").Path(path)) is FileKind.JPEG
    assert [d.name for d in folder.documents()] == ["document scanné.jpg"]
    # No half-written page left behind.
    assert sorted(p.name for p in folder.scans.iterdir()) == ["document scanné.jpg"]


def test_several_pages_become_one_pdf(qtbot, folder):
    screen = make_screen(qtbot, device="test:0", extra_args=GRID)
    screen.color_button.click()
    screen.start(folder)
    scan_and_wait(qtbot, screen)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.state is ScanState.PREVIEW, timeout=30_000)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(screen.pages) == 3, timeout=30_000)
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)  # redo page 3
    qtbot.waitUntil(lambda: screen.state is ScanState.PREVIEW, timeout=30_000)
    assert len(screen.pages) == 3
    path = screen.save()
    assert path is not None and path.suffix == ".pdf"
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 3
    document.close()
    assert path.stat().st_size <= DOCUMENT_TARGET_BYTES
    assert screen.pages == []  # nothing kept in memory after saving


def test_cancel_keeps_nothing(qtbot, folder):
    screen = make_screen(qtbot, device="test:0", extra_args=GRID)
    screen.start(folder)
    scan_and_wait(qtbot, screen)
    with qtbot.waitSignal(screen.cancelled):
        qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.pages == []
    assert list(folder.scans.iterdir()) == []


def test_no_scanner_points_to_the_accueil(qtbot, folder, tmp_path):
    screen = make_screen(qtbot, scanimage=str(tmp_path / "no-scanimage"))
    screen.start(folder)
    qtbot.waitUntil(lambda: screen.state is not ScanState.CHECKING, timeout=10_000)
    assert screen.state is ScanState.NO_SCANNER
    assert "accueil" in screen.text.text()
    assert screen.scan_button.isHidden()
    assert screen.cancel_button.text() == "Retour"


def test_unknown_device_is_no_scanner(qtbot, folder):
    screen = make_screen(qtbot, device="absent:0")
    screen.start(folder)
    scan_and_wait(qtbot, screen)
    assert screen.state is ScanState.NO_SCANNER
    assert screen.problem is ScanProblem.NO_SCANNER


def test_busy_scanner_says_so_and_offers_to_retry(qtbot, folder):
    screen = make_screen(
        qtbot, device="test:0", extra_args=["--read-return-value", "SANE_STATUS_DEVICE_BUSY"]
    )
    screen.start(folder)
    scan_and_wait(qtbot, screen)
    assert screen.state is ScanState.ERROR
    assert "occupé" in screen.text.text()
    assert screen.scan_button.text() == "Réessayer"
    assert list(folder.scans.iterdir()) == []


def test_a_hanging_scanner_times_out(qtbot, folder):
    slow = ["--read-delay=yes", "--read-delay-duration", "200000",
            "--read-limit=yes", "--read-limit-size", "1", "-x", "200", "-y", "200"]
    screen = make_screen(qtbot, device="test:0", extra_args=slow, timeout_s=1.0)
    screen.start(folder)
    scan_and_wait(qtbot, screen)
    assert screen.state is ScanState.ERROR
    assert screen.problem is ScanProblem.TIMEOUT
    assert list(folder.scans.iterdir()) == []


def test_a_noisy_colour_page_is_shrunk_to_fit(qapp):
    # Worst case for JPEG: random colour noise, A4 at 150 dpi.
    import random

    random.seed(1)
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    for y in range(0, 1754, 2):
        for x in range(0, 1240, 2):
            image.setPixelColor(x, y, QColor(random.randrange(256), 0, random.randrange(256)))
    page = fit_page(image, PAGE_TARGET_BYTES // 4, 150)
    assert len(page.data) <= PAGE_TARGET_BYTES // 4
    assert page.data.startswith(b"\xff\xd8\xff")
    assert not page.gray
