"""Where the embedded browser may go: the tile's hosts and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from tests.ui.web import (
    click,
    click_and_load,
    host,
    load,
    open_tile,
    path,
    real_click,
    run_js,
    wait_js,
)


def test_tile_opens_its_demo_service(qtbot, borne, demo):
    window = borne.window
    assert window.stack.currentWidget() is window.home
    page = open_tile(qtbot, borne, "caf")
    assert window.stack.currentWidget() is window.service
    assert window.service.title.text() == "CAF (démo)"
    assert host(page) == "caf.demo.localhost"
    assert run_js(qtbot, page, "return document.getElementById('bandeau-demo').textContent;") \
        == "DÉMO — site fictif"
    assert demo.requests_for("caf")[0] == "/"


def test_allowed_navigation_and_identity_round_trip(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    click_and_load(qtbot, page, "lien-connexion", "/connexion")
    assert (host(page), path(page)) == ("caf.demo.localhost", "/connexion")
    borne.window.service.go_back()
    qtbot.waitUntil(lambda: path(page) == "/", timeout=5000)
    wait_js(qtbot, page, "document.getElementById('lien-franceconnect')")
    # FranceConnect-like round trip through the second allowed host.
    click_and_load(qtbot, page, "lien-franceconnect")
    qtbot.waitUntil(lambda: host(page) == "connexion.demo.localhost", timeout=10000)
    wait_js(qtbot, page, "document.getElementById('continuer')")
    click_and_load(qtbot, page, "continuer")
    qtbot.waitUntil(lambda: host(page) == "caf.demo.localhost", timeout=10000)
    assert demo.requests_for("connexion")
    assert not borne.window.service.showing_refusal


def test_off_list_link_shows_the_refused_screen(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    click(qtbot, page, "lien-ailleurs")
    qtbot.waitUntil(lambda: service.showing_refusal, timeout=5000)
    screen = service.refused_screen
    assert screen.title.text() == "Cette page n'est pas disponible sur la borne"
    assert "ailleurs" not in screen.title.text() + screen.text.text()
    assert demo.requests_for("ailleurs") == []
    assert path(page) == "/"
    # "Revenir au service" brings the page back, where it was.
    screen.back_button.click()
    assert not service.showing_refusal
    assert service.stack.currentWidget() is borne.window.session.view


def test_another_tile_is_off_list_too(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    click(qtbot, page, "lien-impots")
    qtbot.waitUntil(lambda: borne.window.service.showing_refusal, timeout=5000)
    assert demo.requests_for("impots") == []


def test_forbidden_schemes_are_refused(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    # Links in the page: nothing happens (Chromium and our policy both refuse).
    for link in ("lien-data", "lien-fichier", "lien-javascript"):
        click(qtbot, page, link)
        qtbot.wait(200)
        assert page.url().scheme() == "http" and path(page) == "/"
    assert run_js(qtbot, page, "return document.title;") != "js"
    # Browser-initiated loads (what a URL bar would do) reach our policy only.
    start = page.url().toString()
    for url in ("file:///etc/passwd", "data:text/html,<p>x</p>", "view-source:" + start,
                "qrc:/qt-project.org/", "chrome://version/", "devtools://devtools/"):
        service.show_page()
        page.load(QUrl(url))
        qtbot.waitUntil(lambda: service.showing_refusal, timeout=5000)
        # The document in the page is still the service's own.
        qtbot.waitUntil(lambda: run_js(qtbot, page, "return location.href;") == start,
                        timeout=5000)


def test_mailto_and_tel_become_a_qr_code(qtbot, borne):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    real_click(qtbot, borne.window.session.view, page, "tel")
    qtbot.waitUntil(lambda: service.showing_refusal, timeout=5000)
    screen = service.refused_screen
    assert screen.title.text() == "Ce lien s'ouvre sur un téléphone"
    assert screen.qr.isVisible()
    assert "+33" not in screen.text.text()
    assert path(page) == "/"


def test_off_list_subresources_never_reach_the_other_host(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    for sub_path, element in (("/image-ailleurs", "image"), ("/iframe-ailleurs", "cadre")):
        load(qtbot, page, demo.url("caf", sub_path))
        wait_js(qtbot, page, f"document.getElementById({element!r})")
    # An image that did not load has no natural size.
    assert run_js(qtbot, page, "return document.getElementById('cadre') !== null;")
    load(qtbot, page, demo.url("caf", "/image-ailleurs"))
    wait_js(qtbot, page, "document.getElementById('image')")
    assert run_js(qtbot, page, "return document.getElementById('image').naturalWidth;") == 0
    # Server redirect, meta refresh and an open redirect: the main frame is stopped.
    for link in ("lien-redirection-ailleurs", "lien-meta-ailleurs", "lien-ouvrir"):
        load(qtbot, page, demo.url("caf", "/"))
        service.show_page()
        wait_js(qtbot, page, f"document.getElementById({link!r})")
        click(qtbot, page, link)
        qtbot.waitUntil(lambda: service.showing_refusal, timeout=10000)
        assert host(page) != "ailleurs.demo.localhost"
    qtbot.wait(300)
    assert demo.requests_for("ailleurs") == []


def test_popup_and_blank_target_are_folded_into_the_view(qtbot, qapp, borne):
    page = open_tile(qtbot, borne, "caf")
    windows_before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    click_and_load(qtbot, page, "popup", "/fenetre")
    assert path(page) == "/fenetre"
    borne.window.service.go_back()
    qtbot.waitUntil(lambda: path(page) == "/", timeout=5000)
    wait_js(qtbot, page, "document.getElementById('blank')")
    click_and_load(qtbot, page, "blank", "/fenetre")
    assert path(page) == "/fenetre"
    assert borne.window.session.page is page
    assert {id(w) for w in qapp.topLevelWidgets() if w.isVisible()} == windows_before


def test_window_open_off_list_is_refused(qtbot, borne, demo):
    page = open_tile(qtbot, borne, "caf")
    service = borne.window.service
    for button in ("popup-ailleurs", "blank-ailleurs"):
        service.show_page()
        click(qtbot, page, button)
        qtbot.waitUntil(lambda: service.showing_refusal, timeout=5000)
    assert path(page) == "/"
    qtbot.wait(300)
    assert demo.requests_for("ailleurs") == []
