"""Loading QtWebEngine only when it is needed, so the home screen comes fast.

QtWebEngine needs one thing before the QApplication exists: shared OpenGL
contexts (:func:`prepare_before_application`). Its Python modules are then
imported after the home screen is painted (:meth:`BrowserSessionFactory.preload`,
while nobody waits) or at the latest when a tile is touched. Nothing here
imports QtWebEngine at module level.
"""

from __future__ import annotations

import ctypes
import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.urlpolicy import UrlPolicy

if TYPE_CHECKING:
    from kiosk.ui.browsersession import BrowserSession


#: ``Qt::AA_ShareOpenGLContexts`` (qnamespace.h; fixed for all of Qt 6).
AA_SHARE_OPENGL_CONTEXTS = 18
#: ``QCoreApplication::setAttribute(Qt::ApplicationAttribute, bool)`` in QtCore.
SET_ATTRIBUTE_SYMBOL = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"


def prepare_before_application() -> None:
    """Do what QtWebEngine requires before the QApplication is created.

    QtWebEngine needs OpenGL contexts shared across the application, set
    before the QApplication exists. Through PySide this means building its
    whole ``Qt`` namespace (93 Python enums, about 10 ms, a tenth of the
    start-up) before anything is painted; the same C++ function is called
    directly in the QtCore library PySide already loaded instead, and through
    PySide only if that library cannot be reached.
    """
    try:
        qtcore = ctypes.CDLL("libQt6Core.so.6", mode=os.RTLD_NOLOAD)
        set_attribute = qtcore[SET_ATTRIBUTE_SYMBOL]
    except (OSError, AttributeError):
        from PySide6.QtCore import Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        return
    set_attribute.argtypes = (ctypes.c_int, ctypes.c_bool)
    set_attribute.restype = None
    set_attribute(AA_SHARE_OPENGL_CONTEXTS, True)


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
