"""Window-wide event filter: the keyboard never leads out of the borne.

Installed on the main window's QWindow (:func:`lock_window`), it sees every
key, wheel and drop event the platform sends before any widget (the
embedded browser included) and swallows the shortcuts that would close,
reload, open a new window, show developer tools or leave the session.
Ordinary typing, Tab, arrows and copy/paste inside forms go on.

Not on the QApplication: with PySide6 6.11 a Python filter there must wrap
every receiver, including QtWebEngine's internal QtQuick items, and the
process dies in ``PySide::getWrapperForQObject`` as soon as a page loads
(reproduced here; tests/ui/test_lockdown.py keeps a page loading under the
filter).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("qt")

Key = Qt.Key
Mod = Qt.KeyboardModifier

#: Keys swallowed whatever the modifiers: window manager, browser and
#: multimedia keys, function keys.
ALWAYS_BLOCKED: frozenset[int] = frozenset(
    {
        Key.Key_Meta, Key.Key_Super_L, Key.Key_Super_R, Key.Key_Hyper_L, Key.Key_Hyper_R,
        Key.Key_Menu, Key.Key_Print, Key.Key_Back, Key.Key_Forward, Key.Key_Refresh,
        Key.Key_HomePage, Key.Key_Stop, Key.Key_Search, Key.Key_Favorites,
        Key.Key_OpenUrl, Key.Key_LaunchMail, Key.Key_LaunchMedia, Key.Key_Explorer,
        Key.Key_WWW, Key.Key_Calculator, Key.Key_Terminal, Key.Key_Close,
        Key.Key_LogOff, Key.Key_PowerOff, Key.Key_Sleep, Key.Key_Suspend,
        Key.Key_Hibernate, Key.Key_Standby, Key.Key_TaskPane, Key.Key_Tools,
        Key.Key_ZoomIn, Key.Key_ZoomOut, Key.Key_Zoom, Key.Key_ApplicationLeft,
        Key.Key_ApplicationRight, Key.Key_TopMenu,
        *(getattr(Key, f"Key_Launch{c}") for c in "0123456789ABCDEFGH"),
        *(getattr(Key, f"Key_F{n}") for n in range(1, 36)),
    }
)

#: With Ctrl (with or without Shift): close, quit, new window/tab, open, save,
#: source, print, location bar, history, downloads, bookmark, reload, find,
#: tab switching, zoom (our own A−/A+ keep it bounded).
CTRL_BLOCKED: frozenset[int] = frozenset(
    {
        Key.Key_W, Key.Key_Q, Key.Key_N, Key.Key_T, Key.Key_O, Key.Key_S, Key.Key_U,
        Key.Key_P, Key.Key_L, Key.Key_H, Key.Key_J, Key.Key_D, Key.Key_R, Key.Key_G,
        Key.Key_K, Key.Key_E, Key.Key_B, Key.Key_M, Key.Key_F, Key.Key_Tab, Key.Key_Backtab,
        Key.Key_PageUp, Key.Key_PageDown, Key.Key_Plus, Key.Key_Minus, Key.Key_Equal,
        Key.Key_0, Key.Key_Delete, Key.Key_Escape,
    }
)

#: With Ctrl+Shift: developer tools (I, J, C) and friends.
CTRL_SHIFT_BLOCKED: frozenset[int] = frozenset(
    {Key.Key_I, Key.Key_J, Key.Key_C, Key.Key_K, Key.Key_E, Key.Key_M, Key.Key_Delete,
     Key.Key_B, Key.Key_O, Key.Key_A}
)

#: Everything with Alt except letters typed through AltGr-less layouts
#: is swallowed: Alt+F4, Alt+Left/Right (back/forward), Alt+Home, Alt+Tab …
ALT_ALLOWED: frozenset[int] = frozenset()


def is_blocked(  # noqa: PLR0911 - one rule per line reads best
    key: int, modifiers: Qt.KeyboardModifier, *, in_web_content: bool
) -> bool:
    """Tell whether a key press must be swallowed.

    Args:
        key: The Qt key code.
        modifiers: The keyboard modifiers held.
        in_web_content: True when the key goes to a web page (Escape then
            stays usable to close the page's own menus and dialogs).

    Returns:
        True when the key combination is an escape route.
    """
    if key in ALWAYS_BLOCKED:
        return True
    if modifiers & Mod.MetaModifier:
        return True
    ctrl = bool(modifiers & Mod.ControlModifier)
    shift = bool(modifiers & Mod.ShiftModifier)
    alt = bool(modifiers & Mod.AltModifier)
    if alt and not ctrl:  # Alt+F4, Alt+Left/Right, Alt+Home, Alt+Tab, Alt+Space …
        return key not in ALT_ALLOWED
    if ctrl and alt:  # AltGr on some keyboards: "@", "#", "€" must stay typable
        return key in (Key.Key_Delete, Key.Key_Backspace)
    if ctrl and shift and key in CTRL_SHIFT_BLOCKED:
        return True
    if ctrl and key in CTRL_BLOCKED:
        return True
    if key == Key.Key_Escape:
        return not in_web_content
    return False


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
            key = event.key()
            web = key == Key.Key_Escape and _in_web_content()
            if is_blocked(key, event.modifiers(), in_web_content=web):
                event.accept() if kind == QEvent.Type.ShortcutOverride else event.ignore()
                return True
            return False
        if kind in self._DROP_EVENTS and isinstance(event, QDropEvent):
            event.ignore()
            return True
        return bool(
            kind == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Mod.ControlModifier
        )


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
