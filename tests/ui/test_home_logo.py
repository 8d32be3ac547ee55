"""The centre's logo at the left of its name, small; the unlock hold still works."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kiosk.demo.files import make_png
from kiosk.paths import RESOURCES
from kiosk.ui.home import HomeScreen
from kiosk.ui.staff_gesture import StaffGesture

ICONS = RESOURCES / "icons"
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300">'
       b'<circle cx="150" cy="150" r="140" fill="#1a7f5a"/></svg>')


def home(qtbot, logo=None):
    screen = HomeScreen("Centre social Les Tilleuls", [], ICONS, logo=logo)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_big_png_logo_is_shown_small_left_of_the_name(qtbot, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(make_png(600, 300))
    screen = home(qtbot, logo)
    pixmap = screen.logo_label.pixmap()
    assert not pixmap.isNull() and screen.logo_label.isVisible()
    assert pixmap.height() <= 64 and pixmap.width() <= 200
    assert screen.logo_label.geometry().right() < screen.centre_label.geometry().left()


def test_an_svg_logo_is_drawn(qtbot, tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG)
    screen = home(qtbot, logo)
    pixmap = screen.logo_label.pixmap()
    assert not pixmap.isNull() and pixmap.height() == 64


def test_without_a_logo_nothing_takes_its_place(qtbot, tmp_path):
    screen = home(qtbot)
    assert screen.logo_label.isHidden()
    assert screen.centre_label.text() == "Centre social Les Tilleuls"
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n tronque")
    without = home(qtbot, broken)
    assert without.logo_label.isHidden()  # unreadable: no logo, no crash


def test_holding_the_name_still_unlocks_with_a_logo(qtbot, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(make_png())
    screen = home(qtbot, logo)
    gesture = StaffGesture(screen, hold_ms=100)
    gesture.watch_hold(screen.centre_label)
    with qtbot.waitSignal(gesture.triggered, timeout=3000):
        qtbot.mousePress(screen.centre_label, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.mouseRelease(screen.centre_label, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
