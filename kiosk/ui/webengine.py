"""Loading QtWebEngine only when it is needed, so the home screen comes fast.

QtWebEngine needs one thing before the QApplication exists: shared OpenGL
contexts (:func:`prepare_before_application`). Its Python modules are then
imported after the home screen is painted (:meth:`BrowserSessionFactory.preload`,
while nobody waits) or at the latest when a tile is touched. Nothing here
imports QtWebEngine at module level.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kiosk.urlpolicy import UrlPolicy

if TYPE_CHECKING:
    from kiosk.ui.browsersession import BrowserSession


def prepare_before_application() -> None:
    """Do what QtWebEngine requires before the QApplication is created."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def flush_deferred_deletes() -> None:
    """Run pending ``deleteLater`` now (Qt otherwise waits for the event loop)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class BrowserSessionFactory:
    """Makes a new :class:`BrowserSession` for each person (built in app.py)."""

    def __init__(self, policy: UrlPolicy, temp_root: Path | None = None) -> None:
        """Remember what every session needs.

        Args:
            policy: The URL policy shared by all sessions (pure, stateless).
            temp_root: Where session folders go (``None``: the system temp dir).
        """
        self.policy = policy
        self.temp_root = temp_root

    @staticmethod
    def preload() -> None:
        """Import QtWebEngine now (no profile, no page: those wait for a tile)."""
        importlib.import_module("kiosk.ui.browsersession")

    def __call__(self) -> BrowserSession:
        """Create a fresh session (new off-the-record profile, new folder)."""
        from kiosk.ui.browsersession import BrowserSession

        return BrowserSession(self.policy, self.temp_root)
