"""UI test fixtures: the real borne (window, QtWebEngine) on the demo services."""

from __future__ import annotations

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest

from kiosk import app as kiosk_app


@pytest.fixture
def borne(qapp, qtbot):
    """The borne built like ``kiosk run --demo`` (own demo server, free port)."""
    built = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    built.window.setGeometry(0, 0, 1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.close()


@pytest.fixture
def demo(borne):
    return borne.demo


@pytest.fixture(autouse=True)
def _hide_windows_left_by_the_test(qapp):
    """Hide and delete top-level widgets a test left visible.

    Some screens are tested on their own, as top-level widgets; one left
    visible would be taken for an extra window by the lockdown checks that
    follow (a window the person could reach).
    """
    from PySide6.QtWidgets import QApplication

    before = {id(widget) for widget in QApplication.topLevelWidgets()}
    yield
    for widget in QApplication.topLevelWidgets():
        if id(widget) not in before and widget.isVisible():
            widget.hide()
            widget.deleteLater()
