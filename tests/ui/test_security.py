"""The browser's security model: permissions, sessions, certificates, crashes."""

from __future__ import annotations

import logging
import os
import signal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk import app as kiosk_app
from kiosk.catalogue import catalogue_from_text
from kiosk.demo.server import DemoTlsServer
from kiosk.ui.browsersession import BrowserSession
from kiosk.urlpolicy import UrlPolicy
from tests.ui.web import open_tile, run_js

ASK_EVERYTHING = """
window.__perm = {};
function note(name) { return function (value) {
    window.__perm[name] = (value && value.name) || (value && value.code !== undefined
        ? 'error' : String(value)); }; }
navigator.geolocation.getCurrentPosition(note('geo-ok'), note('geo'));
Notification.requestPermission().then(note('notifications'));
navigator.mediaDevices.getUserMedia({video: true}).then(note('camera-ok'), note('camera'));
navigator.mediaDevices.getUserMedia({audio: true}).then(note('mic-ok'), note('mic'));
navigator.mediaDevices.getDisplayMedia({video: true}).then(note('screen-ok'), note('screen'));
navigator.clipboard.readText().then(note('clipboard-ok'), note('clipboard'));
return true;
"""


def test_permissions_are_denied(qtbot, borne, caplog):
    page = open_tile(qtbot, borne, "caf")
    caplog.set_level(logging.INFO, logger="web")
    run_js(qtbot, page, ASK_EVERYTHING)
    qtbot.waitUntil(lambda: len(run_js(qtbot, page, "return window.__perm;")) == 6,
                    timeout=10000)
    answers = run_js(qtbot, page, "return window.__perm;")
    assert not [name for name in answers if name.endswith("-ok")], answers
    assert answers["geo"] == "error"
    assert answers["notifications"] == "denied"
    # No camera or microphone on the test machine: refused before the question.
    assert answers["camera"] in ("NotAllowedError", "NotFoundError")
    assert answers["mic"] in ("NotAllowedError", "NotFoundError")
    assert "clipboard" in answers
    denied = [r.getMessage() for r in caplog.records if "permission denied" in r.getMessage()]
    for kind in ("Geolocation", "Notifications", "ClipboardReadWrite"):
        assert any(kind in message for message in denied), denied


def test_each_session_gets_a_fresh_off_the_record_profile(qtbot, borne):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    first = window.session
    folder = first.folder
    assert first.profile.isOffTheRecord()
    run_js(qtbot, page, "document.cookie = 'marque=A; path=/'; "
                        "localStorage.setItem('marque', 'A'); return true;")
    assert run_js(qtbot, page, "return document.cookie;") == "marque=A"
    with qtbot.waitSignal(window.sessionEnded, timeout=5000):
        window.end_session()
    assert not folder.exists()
    page = open_tile(qtbot, borne, "caf")
    assert window.session is not first
    assert window.session.profile.isOffTheRecord()
    assert run_js(qtbot, page, "return document.cookie;") == ""
    assert run_js(qtbot, page, "return localStorage.getItem('marque');") is None


def test_same_session_keeps_the_login_between_tiles(qtbot, borne):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    run_js(qtbot, page, "document.cookie = 'marque=A; path=/'; return true;")
    window.show_home()
    page = open_tile(qtbot, borne, "caf")
    assert run_js(qtbot, page, "return document.cookie;") == "marque=A"


def test_certificate_errors_are_refused(qtbot, qapp):
    with DemoTlsServer() as tls:
        tile = catalogue_from_text(tls.catalogue_text(), "tls").tile("caf")
        session = BrowserSession(UrlPolicy(allow_loopback_http=True))
        try:
            with qtbot.waitSignal(session.pageCreated) as created:
                session.open(tile)
            page = created.args[0]
            with qtbot.waitSignal(page.refused, timeout=15000) as refused:
                pass
            assert refused.args == ["certificate", ""]
            qtbot.wait(200)
            assert tls.requests_for("caf") == []
        finally:
            session.close()


def test_renderer_crash_starts_clean(qtbot, borne):
    window = borne.window
    page = open_tile(qtbot, borne, "caf")
    pid = page.renderProcessPid()
    assert pid > 0
    with qtbot.waitSignal(window.sessionEnded, timeout=10000):
        os.kill(pid, signal.SIGKILL)
    assert window.session is None
    assert window.stack.currentWidget() is window.home


def test_devtools_cannot_be_switched_on(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_REMOTE_DEBUGGING", "9222")
    assert kiosk_app.run(kiosk_app.Options(demo=True)) == 2
    monkeypatch.delenv("QTWEBENGINE_REMOTE_DEBUGGING")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--remote-debugging-port=9222")
    assert kiosk_app.debugging_problem(os.environ) == "--remote-debugging"
    assert "QTWEBENGINE_REMOTE_DEBUGGING" not in os.environ


def _answer_dialog(qtbot, seen, action):
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.windowTitle())
        action(dialog)

    QTimer.singleShot(50, answer)


def test_site_dialogs_work_without_showing_the_address(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    seen = []
    _answer_dialog(qtbot, seen, lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    run_js(qtbot, page, "alert('Bonjour'); return true;", timeout=10000)
    _answer_dialog(qtbot, seen, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert run_js(qtbot, page, "return confirm('Continuer ?');", timeout=10000) is True

    def type_answer(dialog):
        dialog.setTextValue("75001")
        dialog.accept()

    _answer_dialog(qtbot, seen, type_answer)
    assert run_js(qtbot, page, "return prompt('Code postal ?', '');", timeout=10000) == "75001"
    assert seen == ["Message du site", "Question du site", "Question du site"]
