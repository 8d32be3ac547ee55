"""No way out of the window: shortcuts swallowed, close refused, no menu, no drop."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

import kiosk
from kiosk.ui.shortcuts import is_blocked
from tests.ui.web import load, open_tile, path, real_click, run_js, wait_js

K = Qt.Key
M = Qt.KeyboardModifier
CTRL, SHIFT, ALT = M.ControlModifier, M.ShiftModifier, M.AltModifier

ESCAPE_ROUTES = [
    (K.Key_F4, ALT), (K.Key_W, CTRL), (K.Key_Q, CTRL), (K.Key_N, CTRL), (K.Key_T, CTRL),
    (K.Key_O, CTRL), (K.Key_S, CTRL), (K.Key_U, CTRL), (K.Key_P, CTRL), (K.Key_L, CTRL),
    (K.Key_H, CTRL), (K.Key_J, CTRL), (K.Key_D, CTRL), (K.Key_R, CTRL), (K.Key_F5, M.NoModifier),
    (K.Key_F5, CTRL), (K.Key_F5, SHIFT), (K.Key_F5, ALT), (K.Key_F11, M.NoModifier),
    (K.Key_F12, M.NoModifier), (K.Key_I, CTRL | SHIFT), (K.Key_J, CTRL | SHIFT),
    (K.Key_C, CTRL | SHIFT), (K.Key_Left, ALT), (K.Key_Right, ALT), (K.Key_Home, ALT),
    (K.Key_Tab, CTRL), (K.Key_Tab, ALT), (K.Key_Meta, M.NoModifier),
    (K.Key_Super_L, M.NoModifier), (K.Key_Back, M.NoModifier), (K.Key_Refresh, M.NoModifier),
    (K.Key_Plus, CTRL), (K.Key_Minus, CTRL), (K.Key_0, CTRL), (K.Key_A, M.MetaModifier),
]

KEYLOG = (
    "window.__keys = []; document.addEventListener('keydown', function (e) {"
    " if (e.key !== 'Control' && e.key !== 'Shift') window.__keys.push(e.key); }, true);"
    " return true;"
)


@pytest.mark.parametrize(("key", "mods"), ESCAPE_ROUTES)
def test_escape_routes_are_blocked_by_the_rule(key, mods):
    assert is_blocked(key, mods, in_web_content=True)


@pytest.mark.parametrize(("key", "mods"), [
    (K.Key_A, M.NoModifier), (K.Key_Tab, M.NoModifier), (K.Key_C, CTRL), (K.Key_V, CTRL),
    (K.Key_X, CTRL), (K.Key_A, CTRL), (K.Key_Z, CTRL), (K.Key_Backspace, M.NoModifier),
    (K.Key_Return, M.NoModifier), (K.Key_Left, M.NoModifier), (K.Key_E, SHIFT),
    (K.Key_At, CTRL | ALT), (K.Key_E, CTRL | ALT), (K.Key_NumberSign, CTRL | ALT),
])
def test_typing_and_editing_keys_go_through(key, mods):
    assert not is_blocked(key, mods, in_web_content=True)


def test_escape_reaches_pages_but_never_leaves_the_app():
    assert not is_blocked(K.Key_Escape, M.NoModifier, in_web_content=True)
    assert is_blocked(K.Key_Escape, M.NoModifier, in_web_content=False)


def _focus_page(qtbot, borne, page):
    view = borne.window.session.view
    assert run_js(qtbot, page, KEYLOG)
    real_click(qtbot, view, page, "bandeau-demo")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and (QApplication.focusWidget() is view.focusProxy()), timeout=5000)


def test_shortcuts_never_reach_the_page_or_the_window(qtbot, borne, demo):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    _focus_page(qtbot, borne, page)
    handle = window.windowHandle()
    # A plain letter does reach the page: the way keys travel works.
    QTest.keyClick(handle, K.Key_B)
    qtbot.waitUntil(lambda: run_js(qtbot, page, "return window.__keys;") == ["b"], timeout=3000)
    run_js(qtbot, page, "window.__keys = []; return true;")
    requests = len(demo.requests_for("caf"))
    for key, mods in ESCAPE_ROUTES:
        QTest.keyClick(handle, key, mods)
    qtbot.wait(300)
    assert run_js(qtbot, page, "return window.__keys;") == []
    assert window.isVisible()
    assert window.session is not None and window.session.page is page
    assert path(page) == "/"
    assert len(demo.requests_for("caf")) == requests  # no reload
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_window_refuses_to_close(qtbot, borne):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    assert not window.close()
    run_js(qtbot, page, "window.close(); return true;")
    qtbot.wait(300)
    assert window.isVisible()
    assert window.session.page is page and path(page) == "/"


def test_minimised_window_comes_back(qtbot, borne):
    window = borne.window
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)
    assert window.isVisible()


def test_no_context_menu_on_pages(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    view = borne.window.session.view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.RightButton, M.NoModifier, QPoint(300, 300))
    qtbot.wait(300)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert path(page) == "/"


def test_dropped_links_and_files_never_reach_the_page(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    window = borne.window
    load(qtbot, page, demo.url("caf", "/glisser"))
    wait_js(qtbot, page, "document.getElementById('zone-depot')")
    rect = run_js(qtbot, page, "var r = document.getElementById('zone-depot')"
                               ".getBoundingClientRect(); return [r.left + 20, r.top + 20];")
    view = window.session.view
    where = QPointF(view.mapTo(window, QPoint(int(rect[0]), int(rect[1]))))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile("/etc/passwd"), QUrl(demo.url("ailleurs", "/"))])
    handle = window.windowHandle()
    for event in (
        QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, data,
                        Qt.MouseButton.LeftButton, M.NoModifier),
        QDragMoveEvent(where.toPoint(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, M.NoModifier),
        QDropEvent(where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                   M.NoModifier),
    ):
        QApplication.sendEvent(handle, event)
        assert not event.isAccepted()
    qtbot.wait(300)
    assert run_js(qtbot, page, "return document.getElementById('resultat-depot')"
                               ".dataset.fichiers;") == "0"
    assert path(page) == "/glisser" and demo.requests_for("ailleurs") == []


def test_input_in_the_page_is_reported_as_activity(qtbot, borne):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    seen = []
    window.userActivity.connect(lambda: seen.append(1))
    view = window.session.view
    # As the platform sends it: to the window, which hands it to the page.
    centre = view.mapTo(window, view.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, M.NoModifier, centre)
    assert seen == [1]
    QTest.keyClick(window.windowHandle(), K.Key_B)
    assert len(seen) == 2
    assert path(page) == "/"


def test_nothing_installs_a_python_filter_on_the_whole_application():
    """A Python event filter on the QApplication makes PySide6 6.11 wrap
    QtWebEngine's internal QtQuick items and crash (SIGSEGV in
    getWrapperForQObject) as soon as a page loads. Use window.userActivity or
    kiosk.ui.lockdown.lock_window instead."""
    package = Path(kiosk.__file__).resolve().parent
    pattern = re.compile(r"(\bapp|instance\(\)|\bqapp|QApplication)\s*\.installEventFilter\(")
    offenders = [
        str(p.relative_to(package.parent)) for p in package.rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
