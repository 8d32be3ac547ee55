"""Helpers for the UI tests: run JavaScript, click in pages, wait for loads."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest


def run_js(qtbot, page, script: str, timeout: int = 5000):
    """Run ``script`` (a function body with ``return``) and return its JSON value."""
    box: list[str] = []
    page.runJavaScript(f"JSON.stringify((function(){{{script}}})())", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return json.loads(box[0]) if box[0] else None


def wait_js(qtbot, page, condition: str, timeout: int = 10000) -> None:
    """Wait until the JS expression ``condition`` is true in the page."""
    def ok() -> bool:
        return bool(run_js(qtbot, page, f"return !!({condition});"))

    qtbot.waitUntil(ok, timeout=timeout)


def open_tile(qtbot, borne, tile_id: str = "caf"):
    """Touch a tile on the home screen like a person would; return the page."""
    window = borne.window
    button = window.home.tile_buttons[tile_id]
    with qtbot.waitSignal(window.tileOpened, timeout=5000):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.session.page
    qtbot.waitUntil(lambda: page.url().isValid() and not page.isLoading(), timeout=15000)
    wait_js(qtbot, page, "document.readyState === 'complete'")
    return page


def click(qtbot, page, element_id: str, timeout: int = 5000) -> None:
    """Click an element of the page by id (a DOM click), once it exists."""
    script = (f"var e = document.getElementById({element_id!r});"
              "if (!e || document.readyState !== 'complete') return false;"
              "e.click(); return true;")
    qtbot.waitUntil(lambda: bool(run_js(qtbot, page, script)), timeout=timeout)


def click_and_load(qtbot, page, element_id: str, expect_path: str | None = None,
                   timeout: int = 10000) -> None:
    """Click, wait for the load (and for ``expect_path`` if given), then the DOM."""
    with qtbot.waitSignal(page.loadFinished, timeout=timeout):
        click(qtbot, page, element_id)
    if expect_path is not None:
        qtbot.waitUntil(lambda: path(page) == expect_path, timeout=timeout)
    wait_js(qtbot, page, "document.readyState === 'complete'")


def host(page) -> str:
    return urlsplit(page.url().toString()).hostname or ""


def path(page) -> str:
    return urlsplit(page.url().toString()).path


def load(qtbot, page, url: str) -> None:
    with qtbot.waitSignal(page.loadFinished, timeout=10000):
        page.load(QUrl(url))


def real_click(qtbot, view, page, element_id: str) -> None:
    """Click an element with a mouse event sent to the view (a user gesture)."""
    rect = run_js(
        qtbot, page,
        f"var e = document.getElementById({element_id!r}); e.scrollIntoView({{block: 'center'}});"
        "var r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];",
    )
    assert rect, element_id
    qtbot.wait(50)
    zoom = page.zoomFactor()
    target = view.focusProxy() or view
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(rect[0] * zoom), int(rect[1] * zoom)))
