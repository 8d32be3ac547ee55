"""A second borne, renderer crashes, and what the next person could find.

The residue kinds of tests/ui/test_wipe_residues.py (HTTP and JS cookies,
localStorage, sessionStorage, IndexedDB, Cache Storage, HTTP cache, service
workers, downloads, scans, clipboard, back/forward history, autofill, the
erased message, thumbnails) are counted by reference in CASES.md; the cases
below are the ones it does not cover.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QClipboard, QGuiApplication

from kiosk import single_instance
from tests.escape.probe import assert_held
from tests.ui.web import click, click_and_load, load, open_tile, real_click, run_js, wait_js

ROOT = Path(__file__).resolve().parents[2]


def _start(env):
    return subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--demo"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_a_second_borne_refuses_to_start(tmp_path):
    """Two bornes on one screen: two windows fight for the top, and the second one's
    start-up purges the first one's live session folder as 'left by a crash'."""
    env = dict(os.environ, BORNE_CONFIG=str(tmp_path / "none.toml"), TMPDIR=str(tmp_path))
    env.pop("XDG_RUNTIME_DIR", None)
    env.pop("BORNE_ALLOW_ROOT", None)
    first = _start(env)
    try:
        deadline = time.monotonic() + 60
        lines = []
        while time.monotonic() < deadline:
            line = first.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "borne started" in line:
                break
        assert first.poll() is None, "".join(lines)
        second = subprocess.run([sys.executable, "-m", "kiosk", "run", "--demo"], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=60, check=False)
        assert second.returncode == 3
        assert "déjà ouverte" in second.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
    # Once it is gone, a borne starts again (the kernel released the lock).
    lock = single_instance.acquire(tmp_path)
    assert lock is not None
    lock.release()


def test_the_lock_is_released_by_a_crash(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from kiosk import single_instance;"
        f"l = single_instance.acquire(Path({str(tmp_path)!r})); print(l is not None, flush=True);"
        "time.sleep(60)")], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "True"
    assert single_instance.acquire(tmp_path) is None
    holder.kill()
    holder.wait()
    lock = single_instance.acquire(tmp_path)
    assert lock is not None
    lock.release()


def _login(qtbot, page):
    click_and_load(qtbot, page, "lien-connexion", "/connexion")
    run_js(qtbot, page, "document.getElementById('identifiant').value = 'A';"
                        "document.getElementById('motdepasse').value = 'secret'; return true;")
    click_and_load(qtbot, page, "valider")
    wait_js(qtbot, page, "document.getElementById('stockage') && "
                         "document.getElementById('stockage').dataset.pret === 'oui'")


def _server_says_logged_in(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, borne.demo.url("caf", "/etat"))
    return run_js(qtbot, page, "return document.getElementById('etat').dataset.connecte;")


def test_chrome_crash_url_starts_a_clean_session(qtbot, borne, hostile):
    """chrome://crash is handled by Chromium before any navigation check: it kills the
    renderer. The borne must end the session and wipe, never show the page again."""
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    _login(qtbot, page)
    with qtbot.waitSignal(window.sessionEnded, timeout=15000):
        page.load(QUrl("chrome://crash/"))
    assert window.session is None and window.stack.currentWidget() is window.home
    assert _server_says_logged_in(qtbot, borne) == "non"
    assert_held(qtbot, borne, hostile)


def test_killed_renderer_while_logged_in_leaves_no_login_and_no_back(qtbot, borne, hostile):
    """Known failure: a kiosk reloading the crashed tab brings the previous person's
    account back (the tab's cookies and history survived the crash)."""
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    _login(qtbot, page)
    with qtbot.waitSignal(window.sessionEnded, timeout=15000):
        os.kill(page.renderProcessPid(), signal.SIGKILL)
    assert window.session is None
    page = open_tile(qtbot, borne, "caf")
    assert not page.history().canGoBack()
    assert not window.service.back_button.isEnabled()
    assert _server_says_logged_in(qtbot, borne) == "non"


def test_killed_renderer_while_the_pdf_viewer_is_open(qtbot, borne, controller):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    folder = window.session.folder
    click(qtbot, page, "lien-attestation")
    qtbot.waitUntil(controller.desk.viewer_layer.isVisible, timeout=8000)
    with qtbot.waitSignal(window.sessionEnded, timeout=15000):
        os.kill(page.renderProcessPid(), signal.SIGKILL)
    qtbot.wait(300)
    assert not controller.desk.viewer_layer.isVisible()
    assert not folder.exists()


def test_retour_after_the_wipe_shows_nothing_of_the_previous_person(qtbot, borne):
    """Known failure: "Back" after a session reset shows the previous person's pages
    from the tab history (kiosks that only cleared cookies)."""
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    _login(qtbot, page)
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        window.end_session()
    page = open_tile(qtbot, borne, "caf")
    assert page.history().count() == 1
    assert not window.service.back_button.isEnabled()
    window.service.go_back()
    qtbot.wait(400)
    assert page.url().path() == "/"
    assert run_js(qtbot, page, "return history.length;") == 1
    assert _server_says_logged_in(qtbot, borne) == "non"


def test_window_name_does_not_cross_sessions(qtbot, borne):
    """window.name survives navigations inside a tab: a kiosk reusing its tab hands
    whatever a site stored there to the next person."""
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    run_js(qtbot, page, "window.name = 'dossier-12345'; return true;")
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        window.end_session()
    page = open_tile(qtbot, borne, "caf")
    assert run_js(qtbot, page, "return window.name;") == ""


def test_selection_clipboard_is_emptied(qtbot, borne):
    """On X11 the primary selection is a second clipboard (middle click pastes it)."""
    window = borne.window
    open_tile(qtbot, borne, "caf")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("numéro allocataire 1234567", QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText("numéro allocataire 1234567", QClipboard.Mode.Selection)
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        window.end_session()
    assert "1234567" not in clipboard.text(QClipboard.Mode.Clipboard)
    assert "1234567" not in clipboard.text(QClipboard.Mode.Selection)


def test_the_picker_offers_nothing_of_the_previous_person(qtbot, borne, controller):
    """A file left in the upload picker: the next person could send the previous
    person's attestation to their own account."""
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    click(qtbot, page, "lien-attestation")
    qtbot.waitUntil(controller.desk.viewer_layer.isVisible, timeout=8000)
    controller.desk.close_viewer()
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        window.end_session()
    page = open_tile(qtbot, borne, "caf")
    load(qtbot, page, borne.demo.url("caf", "/envoi"))
    wait_js(qtbot, page, "document.getElementById('fichier')")
    seen = {}
    desk = controller.desk

    def on_shown():
        desk.pickerShown.disconnect(on_shown)

        def look():
            try:
                seen["paths"] = desk.picker.paths()
            finally:
                desk.picker.cancel_button.click()

        QTimer.singleShot(50, look)

    desk.pickerShown.connect(on_shown)
    real_click(qtbot, window.session.view, page, "fichier")
    qtbot.waitUntil(lambda: "paths" in seen, timeout=8000)
    assert seen["paths"] == []
