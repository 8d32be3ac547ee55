"""The countdown, the end screens and the PDF screen, as a person sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.end_screens import ErasedScreen, LogoutReminder
from kiosk.ui.idle_overlay import IdleOverlay
from kiosk.ui.pdf_viewer import PdfViewer


@pytest.fixture
def window(qtbot):
    window = QWidget()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_idle_overlay_covers_the_window_and_counts_down(qtbot, window):
    overlay = IdleOverlay(window)
    overlay.set_seconds(29.2)
    overlay.cover()
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()
    assert overlay.title.text() == "Êtes-vous toujours là ?"
    assert overlay.number.text() == "30"  # rounded up: never 0 before the end
    assert overlay.unit.text() == "secondes"
    overlay.set_seconds(0.4)
    assert overlay.number.text() == "1" and overlay.unit.text() == "seconde"
    assert overlay.continue_button.hasFocus()
    with qtbot.waitSignal(overlay.continued):
        qtbot.mouseClick(overlay.continue_button, Qt.MouseButton.LeftButton)


def test_idle_overlay_follows_the_window_size(window):
    overlay = IdleOverlay(window)
    overlay.cover()
    window.resize(1024, 600)
    assert overlay.geometry() == window.rect()


def test_closing_time_has_nothing_to_continue(qtbot, window):
    overlay = IdleOverlay(window)
    overlay.set_closing(True)
    overlay.cover()
    assert "fermer" in overlay.title.text()
    assert overlay.continue_button.isHidden()
    with qtbot.waitSignal(overlay.endNowRequested):
        qtbot.mouseClick(overlay.end_button, Qt.MouseButton.LeftButton)


def test_reminder_offers_the_service_logout_only_when_there_is_one(qtbot, window):
    reminder = LogoutReminder(window)
    reminder.set_service("CAF", has_logout=True)
    reminder.cover()
    assert reminder.logout_button.isVisible()
    assert reminder.logout_button.text() == "Me déconnecter de CAF"
    with qtbot.waitSignal(reminder.logoutRequested):
        qtbot.mouseClick(reminder.logout_button, Qt.MouseButton.LeftButton)
    reminder.set_service("Impôts", has_logout=False)
    assert reminder.logout_button.isHidden()
    with qtbot.waitSignal(reminder.confirmed):
        qtbot.mouseClick(reminder.finish_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(reminder.cancelled):
        qtbot.mouseClick(reminder.back_button, Qt.MouseButton.LeftButton)


def test_erased_screen_goes_home_by_itself(qtbot, window):
    erased = ErasedScreen(window, shown_ms=50)
    with qtbot.waitSignal(erased.done, timeout=2000):
        erased.cover()
    assert erased.isHidden()


def test_erased_screen_goes_home_when_touched(qtbot, window):
    erased = ErasedScreen(window, shown_ms=60_000)
    erased.cover()
    with qtbot.waitSignal(erased.done, timeout=1000):
        qtbot.mouseClick(erased, Qt.MouseButton.LeftButton)


def test_erased_screen_hides_the_page_behind(window):
    erased = ErasedScreen(window)
    erased.cover()
    image = erased.grab().toImage()
    # Opaque: every corner is the plain background colour.
    corners = {image.pixelColor(x, y).name() for x in (2, 1270) for y in (2, 790)}
    assert corners == {"#f5f3ee"}


@pytest.fixture
def viewer(qtbot):
    viewer = PdfViewer()
    viewer.resize(1280, 800)
    qtbot.addWidget(viewer)
    viewer.show()
    yield viewer
    viewer.close()


def test_pdf_viewer_pages(qtbot, viewer, two_page_pdf):
    assert viewer.open(two_page_pdf, "Attestation")
    assert viewer.page_count() == 2
    assert viewer.page_label.text() == "Page 1 sur 2"
    assert not viewer.previous_button.isEnabled()
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 1
    assert viewer.page_label.text() == "Page 2 sur 2"
    assert not viewer.next_button.isEnabled()
    viewer.next_page()  # stays on the last page
    assert viewer.current_page() == 1
    qtbot.mouseClick(viewer.previous_button, Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 0


def test_pdf_viewer_shows_the_page_content(qtbot, viewer, two_page_pdf):
    viewer.open(two_page_pdf)

    def some_ink():
        image = viewer.view.viewport().grab().toImage()
        dark = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                if image.pixelColor(x, y).lightness() < 140:
                    dark += 1
        assert dark > 40  # the letters of the heading and the lines

    qtbot.waitUntil(some_ink, timeout=5000)


def test_pdf_viewer_print_and_back(qtbot, viewer, two_page_pdf):
    viewer.open(two_page_pdf)
    with qtbot.waitSignal(viewer.printRequested) as signal:
        qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(two_page_pdf)]
    with qtbot.waitSignal(viewer.backRequested):
        qtbot.mouseClick(viewer.back_button, Qt.MouseButton.LeftButton)


def test_pdf_viewer_zoom(viewer, two_page_pdf):
    viewer.open(two_page_pdf)
    assert not viewer.smaller_button.isEnabled()
    viewer.bigger_button.click()
    assert viewer.view.zoomFactor() == 1.5
    viewer.smaller_button.click()
    assert viewer.smaller_button.isEnabled() is False


def test_pdf_viewer_refuses_a_broken_file_calmly(viewer, tmp_path):
    broken = tmp_path / "x.pdf"
    broken.write_bytes(b"%PDF-1.4 broken")
    assert not viewer.open(broken)
    assert viewer.stack.currentWidget() is viewer.error
    assert viewer.print_button.isHidden()
    assert viewer.page_count() == 0
