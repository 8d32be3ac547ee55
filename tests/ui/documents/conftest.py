"""Fixtures for the session-document screens: demo PDFs, the cups-pdf output."""

from __future__ import annotations

import os
import time
from pathlib import Path

import PySide6.QtWebEngineWidgets  # noqa: F401  (must load before the QApplication)
import pytest

from kiosk.demo.files import make_pdf


@pytest.fixture
def two_page_pdf(tmp_path) -> Path:
    path = tmp_path / "attestation.pdf"
    path.write_bytes(make_pdf([["Attestation", "DÉMO — site fictif"], ["Page 2", "Suite"]]))
    return path


class CupsPdfOutput:
    """The folder where the cups-pdf queue writes the jobs it receives."""

    def __init__(self) -> None:
        folder = os.environ.get("BORNE_TEST_CUPS_PDF_DIR", "")
        assert folder, "BORNE_TEST_CUPS_PDF_DIR unset: source tools/services.sh and start_cups"
        self.folder = Path(folder)
        self.before = self._files()

    def _files(self) -> set[Path]:
        return set(self.folder.glob("*.pdf")) if self.folder.is_dir() else set()

    def wait_new(self, timeout: float = 90.0) -> Path:
        """Wait for one new, complete PDF in the output folder."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = self._files() - self.before
            for path in new:
                data = path.read_bytes()
                if data.rstrip().endswith(b"%%EOF"):
                    time.sleep(0.2)
                    return path
            time.sleep(0.25)
        raise AssertionError(f"no new PDF in {self.folder} after {timeout} s")


@pytest.fixture
def cups_pdf():
    output = CupsPdfOutput()
    yield output
    for path in output._files() - output.before:  # what this test printed
        path.unlink(missing_ok=True)
