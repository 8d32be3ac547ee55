"""Keys, chords, context menus, the window itself and devtools.

The 36 chords of tests/ui/test_lockdown.py::ESCAPE_ROUTES (Alt+F4, Ctrl+W/Q/N/T/
O/S/U/P/L…, F5 variants, F11, F12, Ctrl+Shift+I/J/C, Alt+Left, Meta…) are
counted by reference in CASES.md; the chords below are the ones that list
does not name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from kiosk import app as kiosk_app
from kiosk.ui.shortcuts import is_blocked
from tests.escape.probe import assert_held, foreign_windows
from tests.ui.test_lockdown import ESCAPE_ROUTES, KEYLOG
from tests.ui.web import load, open_tile, path, real_click, run_js

ROOT = Path(__file__).resolve().parents[2]
K = Qt.Key
M = Qt.KeyboardModifier
CTRL, SHIFT, ALT = M.ControlModifier, M.ShiftModifier, M.AltModifier

EXTRA_CHORDS = {
    "ctrl-shift-n-private-window": (K.Key_N, CTRL | SHIFT),
    "ctrl-shift-t-reopen-tab": (K.Key_T, CTRL | SHIFT),
    "ctrl-shift-w-close-window": (K.Key_W, CTRL | SHIFT),
    "ctrl-shift-q-quit": (K.Key_Q, CTRL | SHIFT),
    "ctrl-shift-delete-clear-data": (K.Key_Delete, CTRL | SHIFT),
    "ctrl-shift-b-bookmarks": (K.Key_B, CTRL | SHIFT),
    "ctrl-f-find": (K.Key_F, CTRL),
    "ctrl-g-find-next": (K.Key_G, CTRL),
    "ctrl-e-search": (K.Key_E, CTRL),
    "ctrl-escape-start-menu": (K.Key_Escape, CTRL),
    "alt-space-window-menu": (K.Key_Space, ALT),
    "alt-d-address-bar": (K.Key_D, ALT),
    "alt-f-browser-menu": (K.Key_F, ALT),
    "f6-address-bar": (K.Key_F6, M.NoModifier),
    "f7-caret-browsing": (K.Key_F7, M.NoModifier),
    "f1-help": (K.Key_F1, M.NoModifier),
    "shift-f10-context-menu": (K.Key_F10, SHIFT),
    "menu-key": (K.Key_Menu, M.NoModifier),
    "ctrl-alt-backspace-kill-x": (K.Key_Backspace, CTRL | ALT),
    "ctrl-alt-delete": (K.Key_Delete, CTRL | ALT),
}


def test_extra_chords_are_new_to_the_lockdown_list():
    assert not set(EXTRA_CHORDS.values()) & set(ESCAPE_ROUTES)


@pytest.mark.parametrize("chord", list(EXTRA_CHORDS))
def test_extra_chord_is_swallowed(chord):
    key, mods = EXTRA_CHORDS[chord]
    assert is_blocked(key, mods, in_web_content=True)


def test_extra_chords_never_reach_the_page_or_the_window(qtbot, borne, hostile):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    assert run_js(qtbot, page, KEYLOG)
    view = window.session.view
    real_click(qtbot, view, page, "bandeau-demo")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.focusProxy(), timeout=5000)
    handle = window.windowHandle()
    QTest.keyClick(handle, K.Key_B)
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__keys;") == ["b"], timeout=3000)
    loads = len(borne.demo.requests_for("caf"))
    for key, mods in EXTRA_CHORDS.values():
        QTest.keyClick(handle, key, mods)
    qtbot.wait(400)
    # Only a bare Alt (AltGr is Ctrl+Alt and must stay typable for @ # €) may pass.
    keys = run_js(qtbot, page, "return window.__keys;")
    assert [k for k in keys if k not in ("Alt", "AltGraph")] == ["b"]
    assert len(borne.demo.requests_for("caf")) == loads  # no reload, no navigation
    assert window.session.page is page and path(page) == "/"
    assert_held(qtbot, borne, hostile)


@pytest.mark.parametrize("target", ["link", "image", "selected-text", "text-field"])
def test_no_context_menu_anywhere_in_a_page(qtbot, borne, hostile, target):
    """Known failure: right-click "Open link in new window" / "Inspect" in kiosks that
    only hid the address bar."""
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/menu", (
        "<!doctype html><a id=link href='/menu'>un lien</a><br>"
        "<img id=image width=80 height=40 src='data:image/gif;base64,R0lGODlhAQABAAAAACw="
        "'><br><p id=selected-text>du texte</p><input id=text-field value='abc'>"
        "<script>var r = document.createRange(); r.selectNodeContents("
        "document.getElementById('selected-text')); getSelection().addRange(r);</script>")))
    rect = run_js(qtbot, page, f"var r = document.getElementById({target!r})"
                               ".getBoundingClientRect(); return [r.left + 5, r.top + 5];")
    view = borne.window.session.view
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.RightButton, M.NoModifier,
                     QPoint(int(rect[0]), int(rect[1])))
    QTest.keyClick(view.focusProxy(), K.Key_Menu)
    qtbot.wait(400)
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert_held(qtbot, borne, hostile)


def test_page_cannot_resize_move_or_fullscreen_the_window(qtbot, borne, hostile):
    """window.resizeTo/moveTo and the Fullscreen API let a page shrink a kiosk
    window and uncover the desktop behind it."""
    window = borne.window
    geometry = window.geometry()
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, hostile.page("/fenetre", "<!doctype html><button id=b onclick=\""
                                   "document.documentElement.requestFullscreen().then("
                                   "function(){window.__fs='ok'}, function(e){window.__fs="
                                   "e.name})\" style='width:200px;height:80px'>x</button>"))
    run_js(qtbot, page, "window.resizeTo(200, 150); window.moveTo(300, 300);"
                        "window.resizeBy(-500, -500); return true;")
    real_click(qtbot, window.session.view, page, "b")
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__fs || null;") is not None,
                    timeout=5000)
    assert run_js(qtbot, page, "return window.__fs;") != "ok"
    qtbot.wait(300)
    assert window.geometry() == geometry
    assert_held(qtbot, borne, hostile)


def test_window_close_from_a_folded_popup_keeps_the_borne(qtbot, borne, hostile):
    """A popup folded into the view calling window.close() must not close the view."""
    page = open_tile(qtbot, borne, "caf")
    hostile.page("/popup", "<!doctype html><p id=p>popup</p><script>"
                           "setTimeout(function(){ window.close(); }, 50)</script>")
    load(qtbot, page, hostile.page("/ouvre", "<!doctype html><p>x</p>"))
    run_js(qtbot, page, f"window.open({hostile.url('/popup')!r}, 'p', 'width=200'); return true;")
    qtbot.waitUntil(lambda: "/popup" in hostile.seen, timeout=5000)
    qtbot.wait(500)
    assert borne.window.isVisible() and borne.window.session is not None
    assert borne.window.session.view.isVisible()
    assert_held(qtbot, borne, hostile)


def test_no_devtools_page_and_inspect_opens_nothing(qtbot, borne, hostile):
    """Known failure: F12 / "Inspect element" left on, giving a console on every site
    and the next person's cookies."""
    from PySide6.QtWebEngineCore import QWebEnginePage

    page = open_tile(qtbot, borne, "caf")
    assert page.devToolsPage() is None
    page.triggerAction(QWebEnginePage.WebAction.InspectElement)
    page.triggerAction(QWebEnginePage.WebAction.ViewSource)
    qtbot.wait(800)
    assert page.devToolsPage() is None
    assert foreign_windows(borne.window) == []
    assert borne.window.session.page is page and path(page) == "/"
    assert_held(qtbot, borne, hostile)


@pytest.mark.parametrize("flags", [
    "--remote-debugging-pipe",
    "--auto-open-devtools-for-tabs",
    "--no-sandbox --remote-debugging-address=0.0.0.0 --remote-debugging-port=9222",
], ids=["pipe", "auto-open", "address-and-port"])
def test_debugging_flags_in_the_environment_are_refused(flags):
    assert kiosk_app.debugging_problem({"QTWEBENGINE_CHROMIUM_FLAGS": flags})


@pytest.mark.parametrize("argv", [
    ["--remote-debugging-port=9222"],
    ["--webEngineArgs", "--remote-debugging-port=9222"],
], ids=["chromium-flag", "webengine-args"])
def test_debugging_flags_on_the_command_line_are_refused(tmp_path, argv):
    """QtWebEngine reads --webEngineArgs and Chromium flags from the process argv."""
    env = dict(os.environ, BORNE_CONFIG=str(tmp_path / "none.toml"), TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "kiosk", "run", "--demo", *argv], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "borne started" not in done.stdout + done.stderr


@pytest.mark.parametrize("where", ["home-screen", "service-bar"])
def test_dropped_link_or_file_outside_the_page_opens_nothing(qtbot, borne, hostile, where):
    """Dropping a link on a stock browser window opens it, whatever the address bar
    policy; dropping a file shows it (file:///…): both bypass a hidden address bar."""
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtCore import QUrl as Url
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    window = borne.window
    if where == "service-bar":
        open_tile(qtbot, borne, "caf")
        target = window.service.back_button
    else:
        target = window.home
    point = target.mapTo(window, target.rect().center())
    data = QMimeData()
    data.setUrls([Url.fromLocalFile("/etc/passwd"), Url(hostile.off_list("/"))])
    data.setText(hostile.off_list("/"))
    handle = window.windowHandle()
    for event in (
        QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                        M.NoModifier),
        QDragMoveEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       M.NoModifier),
        QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                   M.NoModifier),
    ):
        QApplication.sendEvent(handle, event)
        assert not event.isAccepted()
    qtbot.wait(400)
    if where == "home-screen":
        assert window.session is None and window.stack.currentWidget() is window.home
    assert_held(qtbot, borne, hostile)
