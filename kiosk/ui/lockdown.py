"""Window-wide event filter: the keyboard never leads out of the borne.

Installed on the main window's QWindow (:func:`lock_window`), it sees every
key, wheel and drop event the platform sends before any widget (the
embedded browser included) and swallows the shortcuts that would close,
reload, open a new window, show developer tools or leave the session
(the rules: :mod:`kiosk.ui.shortcuts`). Ordinary typing, Tab, arrows and
copy/paste inside forms go on.

Not on the QApplication: with PySide6 6.11 a Python filter there must wrap
every receiver, including QtWebEngine's internal QtQuick items, and the
process dies in ``PySide::getWrapperForQObject`` as soon as a page loads
(reproduced here; tests/ui/test_lockdown.py keeps a page loading under the
filter).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("qt")


def _in_web_content() -> bool:
    """Whether the keyboard focus is (inside) an embedded web view."""
    current: QObject | None = QApplication.focusWidget()
    while current is not None:
        if current.inherits("QWebEngineView"):
            return True
        current = current.parent()
    return False


class Lockdown(QObject):
    """Event filter for a top-level window (see :func:`lock_window`).

    Signals:
        activity(): a touch, click, key or wheel reached the window (web page
            included); the sessions work counts presence with it, instead of
            an application-wide filter (which crashes PySide6 with QtWebEngine).
    """

    activity = Signal()

    _INPUT_EVENTS = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
            QEvent.Type.TabletPress,
        }
    )
    _KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
    _DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Swallow escape shortcuts, Ctrl+wheel zoom and dropped links/files."""
        kind = event.type()
        if kind in self._INPUT_EVENTS:
            self.activity.emit()
        if kind in self._KEY_EVENTS and isinstance(event, QKeyEvent):
            from kiosk.ui import shortcuts  # on the first key: after the home is painted

            key = event.key()
            web = key == shortcuts.Key.Key_Escape and _in_web_content()
            if shortcuts.is_blocked(key, event.modifiers(), in_web_content=web):
                event.accept() if kind == QEvent.Type.ShortcutOverride else event.ignore()
                return True
            return False
        if kind in self._DROP_EVENTS and isinstance(event, QDropEvent):
            event.ignore()
            return True
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            from kiosk.ui import shortcuts

            return shortcuts.zooms(event.modifiers())
        return False


def lock_window(window: QWidget, lockdown: Lockdown) -> None:
    """Filter every event the platform sends to ``window`` through ``lockdown``."""
    window.winId()  # creates the native window (QWindow) if needed
    handle = window.windowHandle()
    if handle is None:
        raise RuntimeError("window has no QWindow")
    handle.installEventFilter(lockdown)
    window.setAcceptDrops(False)


def refuse_drops(widget: QWidget) -> None:
    """Make ``widget`` and its current children refuse drag and drop."""
    widget.setAcceptDrops(False)
    for child in widget.findChildren(QWidget):
        child.setAcceptDrops(False)
