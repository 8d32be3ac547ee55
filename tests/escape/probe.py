"""Checks shared by the escape cases: the borne held, nothing leaked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from tests.ui.web import run_js

ALLOWED_HOSTS = ("caf.demo.localhost", "connexion.demo.localhost")


def foreign_windows(window) -> list[str]:
    """Visible top-level widgets other than the borne, and any system dialog alive."""
    seen = [type(w).__name__ for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window]
    for widget in QApplication.allWidgets():
        name = type(widget).__name__
        if isinstance(widget, (QFileDialog, QMenu)) or name in (
            "QPrintDialog", "QPageSetupDialog", "QColorDialog", "QFontDialog",
            "QPrintPreviewDialog", "QAuthenticatorDialog",
        ):
            seen.append(name)
    return seen


def page_text(qtbot, page) -> str:
    return run_js(qtbot, page, "return document.documentElement.outerHTML;", 8000) or ""


def assert_held(qtbot, borne, hostile, *, wait_ms: int = 700) -> None:
    """After an attempt: no request left the list, no off-list page, no new window."""
    qtbot.wait(wait_ms)
    window = borne.window
    assert hostile.leaks == [], hostile.leaks
    if borne.demo is not None:
        assert borne.demo.requests_for("ailleurs") == []
    assert window.isVisible() and not window.isMinimized()
    assert foreign_windows(window) == []
    session = window.session
    if session is None or session.page is None:
        return
    page = session.page
    qtbot.waitUntil(lambda: not page.isLoading(), timeout=10000)
    url = page.url()
    assert url.isEmpty() or url.toString().startswith("about:blank") or (
        url.scheme() == "http" and url.host() in ALLOWED_HOSTS), url.toString()
    text = page_text(qtbot, page)
    assert "non-autorise" not in text
    assert "root:x:0" not in text  # /etc/passwd
    assert "Chromium" not in text and "chrome://" not in text.lower()
