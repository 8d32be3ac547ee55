"""The wipe leaves nothing: each kind of residue EXISTED in session A, is GONE in B.

One real borne (QtWebEngine, demo sites, SANE test scanner) runs two
sessions: A logs in to the CAF demo (HTTP and JS cookies, localStorage,
sessionStorage, IndexedDB, Cache Storage, a service worker), fills a form,
loads a cached picture, downloads a PDF, scans a page, copies text; then
"Terminer" → "Tout effacer et terminer". B opens the same service and looks
for every trace. Each test below checks one kind, both ways.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import PySide6.QtWebEngineWidgets  # noqa: F401  (before any QApplication)
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage

from kiosk import app as kiosk_app
from kiosk.ui.scan_screen import ScanState
from kiosk.ui.session_controller import SessionController

TIMEOUT = 20.0


def wait_until(condition, timeout: float = TIMEOUT, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        QTest.qWait(30)
    raise AssertionError(f"timed out waiting for {what or condition}")


def js(page, script: str):
    box: list[str] = []
    page.runJavaScript(f"JSON.stringify((function(){{{script}}})())", 0, box.append)
    wait_until(lambda: bool(box), 10, "JavaScript")
    return json.loads(box[0]) if box[0] else None


def load(page, url: str) -> None:
    done: list[bool] = []
    page.loadFinished.connect(done.append)
    page.load(QUrl(url))
    wait_until(lambda: bool(done), what=f"load {url}")
    page.loadFinished.disconnect(done.append)
    wait_until(lambda: js(page, "return document.readyState") == "complete", what="ready")


def residues(page, demo) -> dict:
    load(page, demo.url("caf", "/residus"))
    wait_until(
        lambda: js(page, "var e = document.getElementById('residus');"
                         "return !!e && e.dataset.pret === 'oui';"),
        what="residus",
    )
    return js(page, "return window.__residus;")


def history_paths(page) -> list[str]:
    return [QUrl(item.url()).path() for item in page.history().items()]


def open_caf(window):
    window.open_tile("caf")
    page = window.session.page
    wait_until(lambda: not page.isLoading() and page.url().isValid(), what="caf home")
    wait_until(lambda: js(page, "return document.readyState") == "complete", what="ready")
    return page


@pytest.fixture(scope="module")
def run(qapp):
    """Session A leaves every trace, is wiped, then session B looks for them."""
    borne = kiosk_app.build(kiosk_app.Options(demo=True, demo_port=0), qapp)
    window, demo = borne.window, borne.demo
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    controller = window.findChild(SessionController)
    out: dict = {}
    try:
        # ---- session A --------------------------------------------------
        page = open_caf(window)
        out["a_folder"] = Path(window.session.folder)
        load(page, demo.url("caf", "/connexion"))
        js(page, "document.getElementById('identifiant').value = 'marie';"
                 "document.getElementById('motdepasse').value = 'secret';"
                 "document.getElementById('valider').click(); return true;")
        wait_until(
            lambda: js(page, "var e = document.getElementById('stockage');"
                             "return !!e && e.dataset.pret === 'oui';"),
            what="login traces",
        )
        # Form autofill: a filled and submitted form.
        load(page, demo.url("caf", "/formulaire"))
        js(page, "document.getElementById('nom').value = 'Marie Exemple';"
                 "document.getElementById('adresse').value = '1 rue des Tilleuls';"
                 "document.getElementById('email').value = 'marie@example.org';"
                 "document.getElementById('envoyer').click(); return true;")
        wait_until(lambda: js(page, "return !!document.getElementById('resultat');"),
                   what="form sent")
        # HTTP cache: the second visit is served from the cache.
        load(page, demo.url("caf", "/cache-http"))
        demo.clear_requests()
        load(page, demo.url("caf", "/cache-http"))
        out["a_cache_requests"] = demo.requests_for("caf")
        # Downloaded file (opens in our PDF viewer).
        load(page, demo.url("caf", "/"))
        js(page, "document.getElementById('lien-attestation').click(); return true;")
        wait_until(controller.desk.viewer_layer.isVisible, what="PDF viewer")
        out["a_downloads"] = sorted(p.name for p in controller.desk.folder.downloads.iterdir())
        controller.desk.close_viewer()
        # Scan (SANE test backend).
        controller.desk.open_scanner()
        scanner = controller.desk.scanner
        wait_until(lambda: scanner.state is ScanState.READY, 30, "scanner found")
        scanner.scan()
        wait_until(lambda: scanner.state is ScanState.PREVIEW, 30, "page scanned")
        scanner.save()
        out["a_scans"] = sorted(p.name for p in controller.desk.folder.scans.iterdir())
        # Clipboard: text copied from the page.
        js(page, "var r = document.createRange();"
                 "r.selectNodeContents(document.getElementById('titre'));"
                 "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return true;")
        page.triggerAction(QWebEnginePage.WebAction.Copy)
        clipboard = QGuiApplication.clipboard()
        wait_until(lambda: bool(clipboard.text()), what="copied text")
        out["a_clipboard"] = clipboard.text()
        controller.desk._fill_picker()
        out["a_picker_items"] = controller.desk.picker.list.count()
        out["a_residus"] = residues(page, demo)
        out["a_history"] = history_paths(page)
        out["a_can_go_back"] = page.history().canGoBack()
        # ---- end: "Terminer" → reminder → "Tout effacer et terminer" ----
        wiped: list[float] = []
        controller.wiped.connect(wiped.append)
        QTest.mouseClick(window.service.end_button, Qt.MouseButton.LeftButton)
        wait_until(controller.reminder.isVisible, what="reminder")
        QTest.mouseClick(controller.reminder.finish_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: bool(wiped), what="wipe")
        QCoreApplication.processEvents()
        out["after_folder_exists"] = out["a_folder"].exists()
        out["after_clipboard"] = clipboard.text()
        out["after_erased_visible"] = controller.erased.isVisible()
        out["after_picker_items"] = controller.desk.picker.list.count()
        out["after_viewer_pages"] = controller.desk.viewer.page_count()
        out["after_scanner_pages"] = len(controller.desk.scanner.pages)
        # ---- session B --------------------------------------------------
        page = open_caf(window)
        out["b_can_go_back"] = page.history().canGoBack()
        out["b_downloads"] = sorted(p.name for p in controller.desk.folder.downloads.iterdir())
        out["b_scans"] = sorted(p.name for p in controller.desk.folder.scans.iterdir())
        out["b_picker"] = [d.name for d in controller.desk.folder.documents()]
        load(page, demo.url("caf", "/formulaire"))
        out["b_form"] = js(page, "return ['nom', 'adresse', 'email'].map(function (i) {"
                                 "return document.getElementById(i).value; });")
        out["b_autofilled"] = js(page, "return document.querySelectorAll("
                                       "':-webkit-autofill').length;")
        demo.clear_requests()
        load(page, demo.url("caf", "/cache-http"))
        out["b_cache_requests"] = demo.requests_for("caf")
        out["b_residus"] = residues(page, demo)
        out["b_history"] = history_paths(page)
        yield out
    finally:
        borne.close()


def test_http_cookie(run):
    assert "demo_session" in run["a_residus"]["serveur"]["cookies"]
    assert run["a_residus"]["serveur"]["connecte"] is True
    assert run["b_residus"]["serveur"]["cookies"] == []
    assert run["b_residus"]["serveur"]["connecte"] is False


def test_javascript_cookie(run):
    assert "demo_js=present" in run["a_residus"]["cookie"]
    assert run["b_residus"]["cookie"] == ""


def test_local_storage(run):
    assert run["a_residus"]["localStorage"] == ["demo_local"]
    assert run["b_residus"]["localStorage"] == []


def test_session_storage(run):
    assert run["a_residus"]["sessionStorage"] == ["demo_onglet"]
    assert run["b_residus"]["sessionStorage"] == []


def test_indexeddb(run):
    assert run["a_residus"]["indexedDB"] == ["demo-base"]
    assert run["b_residus"]["indexedDB"] == []


def test_cache_storage(run):
    assert run["a_residus"]["caches"] == ["demo-cache"]
    assert run["b_residus"]["caches"] == []


def test_http_cache(run):
    # A's second visit came from the cache; B must ask the server again.
    assert "/image-cache.png" not in run["a_cache_requests"]
    assert "/image-cache.png" in run["b_cache_requests"]


def test_service_worker(run):
    assert run["a_residus"]["serviceWorkers"] == 1
    assert run["b_residus"]["serviceWorkers"] == 0


def test_downloaded_files(run):
    assert run["a_downloads"] == ["attestation.pdf"]
    assert not run["after_folder_exists"]
    assert run["b_downloads"] == []
    assert run["b_picker"] == []


def test_scans(run):
    assert run["a_scans"] == ["document scanné.jpg"]
    assert not run["after_folder_exists"]
    assert run["b_scans"] == []


def test_clipboard(run):
    assert run["a_clipboard"].strip() != ""
    assert run["after_clipboard"] == ""


def test_back_forward_history(run):
    assert run["a_can_go_back"]
    assert "/connexion" in run["a_history"] and "/formulaire" in run["a_history"]
    assert not run["b_can_go_back"]  # a fresh page: "Retour" leads nowhere
    assert "/connexion" not in run["b_history"]
    assert "/formulaire" in run["b_history"]  # B's own visit only
    assert run["b_history"].count("/formulaire") == 1


def test_form_autofill(run):
    assert run["b_form"] == ["", "", ""]
    assert run["b_autofilled"] == 0


def test_erased_message_after_the_wipe(run):
    assert run["after_erased_visible"]
    assert run["b_residus"]["erreurs"] == []


def test_no_thumbnail_or_page_kept_in_the_screens(run):
    assert run["a_picker_items"] == 2  # the attestation and the scan
    assert run["after_picker_items"] == 0
    assert run["after_viewer_pages"] == 0
    assert run["after_scanner_pages"] == 0
