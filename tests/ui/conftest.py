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
