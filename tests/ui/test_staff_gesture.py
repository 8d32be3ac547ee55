"""The unlock gesture: hold the centre's name, or Ctrl+Alt+Shift+A."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.shortcuts import is_blocked
from kiosk.ui.staff_gesture import HOLD_MS, StaffGesture


def window_with_name(qtbot):
    window = QWidget()
    name = QLabel("Centre social Les Tilleuls", window)
    QVBoxLayout(window).addWidget(name)
    qtbot.addWidget(window)
    window.resize(800, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, name


def test_holding_the_name_opens_the_pin_pad(qtbot):
    window, name = window_with_name(qtbot)
    gesture = StaffGesture(window, hold_ms=100)
    gesture.watch_hold(name)
    assert HOLD_MS == 3000  # the documented hold
    with qtbot.waitSignal(gesture.triggered, timeout=3000):
        qtbot.mousePress(name, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.mouseRelease(name, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))


def test_a_short_tap_or_a_slide_does_nothing(qtbot):
    window, name = window_with_name(qtbot)
    gesture = StaffGesture(window, hold_ms=100)
    gesture.watch_hold(name)
    with qtbot.assertNotEmitted(gesture.triggered, wait=300):
        qtbot.mousePress(name, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
        assert gesture.holding
        qtbot.mouseRelease(name, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
        assert not gesture.holding
        qtbot.mousePress(name, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
        qtbot.mouseMove(name, QPoint(120, 10))
        assert not gesture.holding


def test_key_chord(qtbot):
    window, _name = window_with_name(qtbot)
    gesture = StaffGesture(window)
    gesture.watch_keys(window)
    handle = window.windowHandle()  # what the platform delivers keys to
    with qtbot.assertNotEmitted(gesture.triggered):
        QTest.keyClick(handle, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chord = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.ShiftModifier)
    assert not is_blocked(Qt.Key.Key_A, chord, in_web_content=True)  # lockdown lets it pass
    with qtbot.waitSignal(gesture.triggered, timeout=1000):
        QTest.keyClick(handle, Qt.Key.Key_A, chord)
