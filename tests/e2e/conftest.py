"""End-to-end fixtures: the real borne (tests/ui) and its session controller."""

from __future__ import annotations

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)

from tests.ui.conftest import borne, demo  # noqa: F401  (reused fixtures)
from tests.ui.documents.conftest import cups_pdf  # noqa: F401
