"""Network or service unreachable: real QtWebEngine loads, plain words, retry."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from kiosk.connectivity import Outage
from kiosk.ui.browsersession import flush_deferred_deletes
from kiosk.ui.offline_screen import OfflineScreen, OutageWatcher, network_online


class Down(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<h1>Service indisponible</h1>")

    def log_message(self, *args):
        pass


@pytest.fixture
def down_server():
    server = HTTPServer(("127.0.0.1", 0), Down)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def watched(qapp):
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    watcher = OutageWatcher(page)
    yield page, watcher
    page.deleteLater()
    flush_deferred_deletes()
    profile.deleteLater()
    flush_deferred_deletes()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load_and_wait(qtbot, page, watcher, url):
    with qtbot.waitSignal(watcher.outage, timeout=20_000) as blocker:
        page.load(QUrl(url))
    return Outage(blocker.args[0])


def test_refused_connection_says_the_service_does_not_answer(qtbot, watched):
    page, watcher = watched
    outage = load_and_wait(qtbot, page, watcher, f"http://127.0.0.1:{closed_port()}/")
    expected = Outage.PAS_DE_RESEAU if network_online() is False else Outage.SERVICE_INJOIGNABLE
    assert outage is expected


def test_unknown_host_is_reported_too(qtbot, watched):
    page, watcher = watched
    outage = load_and_wait(qtbot, page, watcher, "http://service.invalid/")
    assert outage in (Outage.SERVICE_INJOIGNABLE, Outage.PAS_DE_RESEAU)


def test_503_says_the_service_has_a_problem(qtbot, watched, down_server):
    page, watcher = watched
    assert load_and_wait(qtbot, page, watcher, down_server) is Outage.SERVICE_EN_PANNE


def test_a_page_that_loads_raises_nothing(qtbot, watched, down_server):
    page, watcher = watched
    seen: list[str] = []
    watcher.outage.connect(seen.append)
    with qtbot.waitSignal(page.loadFinished, timeout=20_000):
        page.setHtml("<p>Bonjour</p>")
    assert seen == []


def test_screen_words_each_outage_and_offers_retry(qtbot):
    screen = OfflineScreen()
    qtbot.addWidget(screen)
    titles = set()
    for outage in Outage:
        screen.show_outage(outage)
        titles.add(screen.title.text())
        assert "Réessayez" in screen.text.text()
    assert len(titles) == 3
    screen.show_outage(Outage.PAS_DE_RESEAU)
    assert "Internet" in screen.title.text()
    with qtbot.waitSignal(screen.retryRequested, timeout=1000):
        screen.retry_button.click()
    with qtbot.waitSignal(screen.guideRequested, timeout=1000):
        screen.guide_button.click()
