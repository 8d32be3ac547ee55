"""Which key chords lead out of the borne (pure rules on Qt key codes).

:class:`kiosk.ui.lockdown.Lockdown` asks :func:`is_blocked` for every key
the window receives. The tables are written with PySide's ``Qt.Key`` names;
building that namespace costs a tenth of the start-up, so this module is
imported on the first key event, after the home screen is painted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

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
        return True
    if ctrl and alt:  # AltGr on some keyboards: "@", "#", "€" must stay typable
        return key in (Key.Key_Delete, Key.Key_Backspace)
    if ctrl and shift and key in CTRL_SHIFT_BLOCKED:
        return True
    if ctrl and key in CTRL_BLOCKED:
        return True
    if key == Key.Key_Escape:
        return not in_web_content
    return False


def zooms(modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a wheel turned with ``modifiers`` would zoom the page (Ctrl)."""
    return bool(modifiers & Mod.ControlModifier)
