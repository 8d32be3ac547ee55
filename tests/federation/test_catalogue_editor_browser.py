"""The catalogue page in a real headless Chromium: paste, see the error, fix, publish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.federation import catalogues, crud
from kiosk.federation.app import create_app
from kiosk.federation.state import Settings
from tests.federation.helpers import LiveServer
from tests.federation.webdriver import Browser

PASSWORD = "un mot de passe assez long"
SCREENSHOT_DIR = Path(os.environ.get("BORNE_SCREENSHOT_DIR", "/tmp"))
TYPO = 'schema = 1\n\n[[tile]]\nid = "caf"\nhost = ["caf.fr", "*.caf.fr", "*.caf-nouveau.fr"]\n'
FIXED = TYPO.replace("host =", "hosts =").replace('"]', '", "@franceconnect"]')


@pytest.fixture
def live(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'federation.sqlite3'}"))
    factory = app.state.federation.factory
    crud.create_centre(factory, "Centre social Les Tilleuls", "59", "Nord")
    crud.create_user(factory, "admin-nord", PASSWORD, federation_name="Nord")
    with LiveServer(app) as server:
        yield server.base, factory
    factory.kw["bind"].dispose()


def replace_text(browser, text):
    browser.call("POST", f"/element/{browser.find('#texte')}/clear", {})
    browser.type("#texte", text)


def zoom_200(browser):
    """Lay the page out as a 1100 px wide window shows it at 200 % zoom."""
    browser.call(
        "POST",
        "/chromium/send_command",
        {
            "cmd": "Emulation.setDeviceMetricsOverride",
            "params": {"width": 550, "height": 1400, "deviceScaleFactor": 2, "mobile": False},
        },
    )


def test_paste_an_error_see_it_fix_it_publish(live, tmp_path):
    base, factory = live
    browser = Browser(tmp_path)
    try:
        browser.go(f"{base}/catalogue")
        assert browser.wait_for_url("/connexion").endswith("/connexion")
        browser.type("#identifiant", "admin-nord")
        browser.type("#mot_de_passe", PASSWORD)
        browser.click("button[type=submit]")
        browser.wait_for_url("/tableau")
        browser.click("a[href='/catalogue']")
        assert browser.wait_for_url("/catalogue").endswith("/catalogue")
        assert browser.text("h1") == "Catalogue des tuiles pour Nord"

        replace_text(browser, TYPO)
        browser.click("button[value=verifier]")
        summary = browser.text(".resume-erreurs")
        assert "1 problème à corriger : rien n'a été publié" in summary
        assert "Ligne 5 — tuile « caf », clé « host »" in summary  # no-break spaces read as spaces
        assert "clé inconnue" in browser.text("#liste-problemes")
        assert browser.call("GET", f"/element/{browser.find('#texte')}/property/value") == TYPO
        browser.full_screenshot(SCREENSHOT_DIR / "federation-catalogue-probleme.png")
        zoom_200(browser)
        browser.full_screenshot(SCREENSHOT_DIR / "federation-catalogue-zoom-200.png")
        overflow = browser.call(
            "POST",
            "/execute/sync",
            {"script": "return document.documentElement.scrollWidth - innerWidth;", "args": []},
        )
        assert overflow <= 0  # nothing cut off on the right at 200 %
        browser.call("POST", "/chromium/send_command",
                     {"cmd": "Emulation.clearDeviceMetricsOverride", "params": {}})
        assert catalogues.latest(factory, "Nord") is None

        browser.call("DELETE", "/cookie/federation_session")  # the session ends meanwhile
        browser.click("button[value=verifier]")
        assert "Votre session a pris fin" in browser.text(".alerte")
        assert browser.call("GET", f"/element/{browser.find('#texte')}/property/value") == TYPO
        browser.full_screenshot(SCREENSHOT_DIR / "federation-catalogue-session-finie.png")
        browser.type("#identifiant", "admin-nord")
        browser.type("#mot_de_passe", PASSWORD)
        browser.click(".boutons button")
        assert "de nouveau connecté ou connectée" in browser.text("p.succes")
        assert "Ligne 5" in browser.text(".resume-erreurs")

        browser.click(".resume-erreurs a")  # the summary takes the person to the text
        focused = browser.call("GET", "/element/active")
        assert focused[next(iter(focused))] == browser.find("#texte")
        replace_text(browser, FIXED)
        browser.click("button[value=publier]")
        assert "publie=1" in browser.wait_for_url("publie=1")
        assert "Version 1 publiée" in browser.text("p.succes")
        assert "par admin-nord" in browser.text("#titre-en-service + p")

        replace_text(browser, FIXED.replace("caf-nouveau", "caf-autre"))
        browser.click("button[value=publier]")
        browser.wait_for_url("publie=2")
        browser.click("form[action='/catalogue/retablir'] button")  # only version 1 has one
        assert "publie=3" in browser.wait_for_url("publie=3")
        assert "Version 3 publiée" in browser.text("p.succes")
        browser.full_screenshot(SCREENSHOT_DIR / "federation-catalogue-publie.png")
    finally:
        browser.close()
    published = catalogues.latest(factory, "Nord")
    assert published is not None and published.version == 3
    assert published.body.decode("utf-8") == FIXED
