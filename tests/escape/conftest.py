"""Escape suite fixtures: the real borne (tests/ui), a hostile allowed site."""

from __future__ import annotations

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest

from kiosk.ui.session_controller import SessionController
from tests.escape.hostile import Hostile
from tests.ui.conftest import borne, demo  # noqa: F401  (reused fixtures)


@pytest.fixture
def hostile():
    server = Hostile()
    yield server
    server.stop()


@pytest.fixture
def controller(borne):  # noqa: F811
    found = borne.window.findChild(SessionController)
    assert found is not None
    return found
