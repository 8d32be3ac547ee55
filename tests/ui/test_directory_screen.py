"""The local directory screen: big cards, next permanences, QR codes, printing."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel

from kiosk.directory import EXAMPLE_DIRECTORY, Directory, load_directory
from kiosk.ui.directory_screen import DirectoryScreen

WEDNESDAY = datetime(2026, 11, 25, 10, 0)


@pytest.fixture(autouse=True)
def french():
    QLocale.setDefault(QLocale("fr"))
    yield


@pytest.fixture
def screen(qtbot):
    widget = DirectoryScreen(load_directory(EXAMPLE_DIRECTORY))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.refresh(WEDNESDAY)
    widget.show()
    return widget


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_one_card_per_place_with_its_next_permanences(screen):
    assert len(screen.cards) == 6
    shown = texts(screen)
    assert "Écrivain public du centre" in shown
    assert "• jeudi 26 novembre, 09:00 – 12:00 (Sur rendez-vous)" in shown
    assert "• mardi 1 décembre, 14:00 – 17:00" in shown
    assert "Téléphone : 03 20 00 00 01" in shown
    assert "Aide juridique gratuite" in shown
    assert len(screen.findChildren(QSvgWidget)) == 6  # one QR code per card


def test_empty_directory_says_to_ask_the_accueil(qtbot):
    widget = DirectoryScreen(Directory())
    qtbot.addWidget(widget)
    widget.refresh(WEDNESDAY)
    assert any("Demandez directement à l'accueil" in t for t in texts(widget))
    assert not widget.print_button.isEnabled()


def test_pdf_holds_every_place(screen, tmp_path):
    path = tmp_path / "annuaire.pdf"
    screen.write_pdf(path, WEDNESDAY)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    document.close()
    for name in ("Écrivain public du centre", "CCAS de la ville", "Mission Locale",
                 "mardi 1 décembre"):
        assert name in text


def test_print_reaches_the_printer_queue(screen, qtbot):
    folder = os.environ.get("BORNE_TEST_CUPS_PDF_DIR", "")
    assert folder, "BORNE_TEST_CUPS_PDF_DIR unset: source tools/services.sh && start_services"
    out = Path(folder)
    before = set(out.glob("*.pdf")) if out.is_dir() else set()
    screen.printer_name = "PDF"
    with qtbot.waitSignal(screen.printed, timeout=60_000) as blocker:
        screen.print_button.click()
    assert blocker.args == ["ok"]
    assert "imprimé" in screen.status.text()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = [p for p in set(out.glob("*.pdf")) - before
               if p.read_bytes().rstrip().endswith(b"%%EOF")]
        if new:
            break
        time.sleep(0.25)
    assert new, "no PDF came out of the cups-pdf queue"


def test_no_printer_is_said_plainly(screen, qtbot):
    screen.printer_name = "pas-d-imprimante"
    with qtbot.waitSignal(screen.printed, timeout=10_000) as blocker:
        screen.print_button.click()
    assert blocker.args == ["no_printer"]
    assert "pas d'imprimante" in screen.status.text()


def test_card_code_is_readable_by_a_phone_reader(screen):
    from PySide6.QtGui import QImage
    from pyzbar import pyzbar

    code = screen.findChildren(QSvgWidget)[0]
    image = code.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    found = [s.data.decode() for s in pyzbar.decode((data, image.bytesPerLine(), image.height()))]
    assert len(found) == 1
    # zbar guesses the text encoding (phones read UTF-8): compare the ASCII line
    first = screen.directory.sorted_places()[0]
    assert found[0].splitlines()[1] == first.address
