"""End-to-end fixtures: the borne as ``kiosk run --demo`` builds it, fully wired."""

from __future__ import annotations

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest

from kiosk import app as kiosk_app
from kiosk.pin import PinVault, hash_pin
from kiosk.sync import credentials
from tests.ui.documents.conftest import cups_pdf  # noqa: F401  (reused fixture)

PIN = "246810"


@pytest.fixture
def borne(qapp, qtbot, tmp_path):
    """kiosk.app.build on the demo, its services wired (journal, staff, sync worker)."""
    credentials.forget()
    vault = PinVault()
    vault.put(hash_pin(PIN, log_n=10))
    built = kiosk_app.build(
        kiosk_app.Options(demo=True, demo_port=0, data_dir=tmp_path / "data"), qapp)
    built.window.setGeometry(0, 0, 1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    built.finish()
    try:
        yield built
    finally:
        built.close()
        vault.delete()
        credentials.forget()
