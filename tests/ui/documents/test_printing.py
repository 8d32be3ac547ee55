"""Printing for real to the cups-pdf queue, after our own confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.print_confirm import MAX_COPIES, PrintConfirm
from kiosk.ui.printing import (
    PrintError,
    PrintProblem,
    default_printer_name,
    pdf_page_count,
    print_pdf,
)


def test_the_default_queue_is_the_test_printer(qapp):
    assert default_printer_name() == "PDF"


def test_print_a_pdf_with_copies_to_cups(qapp, two_page_pdf, cups_pdf):
    sent = print_pdf(two_page_pdf, copies=2)
    assert sent == 4
    printed = cups_pdf.wait_new()
    assert pdf_page_count(printed) == 4


def test_unreadable_pdf_is_refused_before_the_printer(qapp, tmp_path, cups_pdf):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(PrintError) as caught:
        print_pdf(broken)
    assert caught.value.code is PrintProblem.UNREADABLE
    assert pdf_page_count(broken) == 0


def test_unknown_queue_is_refused(qapp, two_page_pdf):
    # Qt would silently print elsewhere: a missing queue means no printer.
    with pytest.raises(PrintError) as caught:
        print_pdf(two_page_pdf, printer_name="absent-queue")
    assert caught.value.code is PrintProblem.NO_PRINTER


def test_page_count(qapp, two_page_pdf):
    assert pdf_page_count(two_page_pdf) == 2
    assert pdf_page_count(Path("/nonexistent.pdf")) == 0


@pytest.fixture
def confirm(qtbot):
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    card = PrintConfirm(window)
    window.show()
    yield card
    window.close()


def test_confirmation_counts_pages_and_copies(qtbot, confirm):
    confirm.ask(pages=2, pages_left=16)
    assert confirm.isVisible()
    assert "2 pages" in confirm.pages_label.text()
    qtbot.mouseClick(confirm.more_button, Qt.MouseButton.LeftButton)
    assert confirm.copies == 2
    assert "4 pages" in confirm.total_label.text()
    assert "16 pages" in confirm.left_label.text()
    with qtbot.waitSignal(confirm.confirmed) as signal:
        qtbot.mouseClick(confirm.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]


def test_copies_stop_at_the_quota_and_at_the_maximum(confirm):
    confirm.ask(pages=3, pages_left=7)
    confirm.set_copies(2)
    assert confirm.copies == 2
    assert not confirm.more_button.isEnabled()  # 3 copies would be 9 > 7
    confirm.ask(pages=1, pages_left=100)
    confirm.set_copies(50)
    assert confirm.copies == MAX_COPIES
    confirm.set_copies(0)
    assert confirm.copies == 1
    assert not confirm.less_button.isEnabled()


def test_over_the_quota_printing_is_refused_with_a_reason(confirm):
    confirm.ask(pages=5, pages_left=2)
    assert not confirm.allowed()
    assert confirm.print_button.isHidden()
    assert not confirm.refused_label.isHidden()
    assert "accueil" in confirm.refused_label.text()


def test_cancel(qtbot, confirm):
    confirm.ask(pages=1, pages_left=20)
    with qtbot.waitSignal(confirm.cancelled):
        qtbot.mouseClick(confirm.cancel_button, Qt.MouseButton.LeftButton)
