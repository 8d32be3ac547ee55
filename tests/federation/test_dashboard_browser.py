"""A real headless Chromium against the server run by uvicorn on loopback."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from kiosk.federation import crud
from kiosk.federation.app import create_app
from kiosk.federation.state import Settings
from tests.federation.helpers import LiveServer, batch, cell, day_cells
from tests.federation.webdriver import Browser

PASSWORD = "un mot de passe assez long"
SCREENSHOT_DIR = Path(os.environ.get("BORNE_SCREENSHOT_DIR", "/tmp"))


@pytest.fixture
def live_server(tmp_path):
    """The federation server on a loopback port, with one centre's figures."""
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'federation.sqlite3'}"))
    factory = app.state.federation.factory
    centre = crud.create_centre(factory, "Centre social Les Tilleuls", "59", "Nord")
    crud.create_user(factory, "tilleuls", PASSWORD, centre_id=centre)
    live = LiveServer(app).__enter__()
    base = live.base
    with httpx.Client(base_url=base) as http:
        code = crud.make_enrol_code(factory, centre)
        enrolled = http.post("/api/v1/enrol", json={"code": code}).json()
        headers = {"Authorization": f"Bearer {enrolled['token']}"}
        year = time.gmtime().tm_year
        cells = [
            c
            for month, sessions in ((1, 31), (2, 45), (3, 52), (4, 38), (5, 61))
            for c in day_cells(f"{year}-{month:02d}-10", sessions, seed=month)
        ]
        cells.append(cell("a_revenir", 3, 1, f"{year}-06-02", dimension="demarche_aboutie"))
        answer = http.post(
            f"/api/v1/devices/{enrolled['device_id']}/batches", json=batch(cells), headers=headers
        )
        assert answer.status_code == 200, answer.text
        assert len(answer.headers.get_list("date")) == 1
    yield base, centre, year
    live.__exit__()
    factory.kw["bind"].dispose()


def test_log_in_see_a_chart_a_hidden_cell_and_download_an_export(live_server, tmp_path):
    base, centre, year = live_server
    downloads = tmp_path / "telechargements"
    downloads.mkdir()
    browser = Browser(downloads)
    try:
        browser.go(f"{base}/centres/{centre}")
        assert browser.wait_for_url("/connexion").endswith("/connexion")
        browser.type("#identifiant", "tilleuls")
        browser.type("#mot_de_passe", PASSWORD)
        browser.click("button[type=submit]")
        assert browser.wait_for_url(f"/centres/{centre}").endswith(f"/centres/{centre}")
        assert browser.text("h1").startswith("Centre social Les Tilleuls")
        assert browser.text("#total-sessions") == "227"
        source = browser.source()
        assert "<svg" in source and "Sessions par mois" in source
        assert "&lt; 11" in source
        browser.full_screenshot(SCREENSHOT_DIR / "federation-dashboard.png")
        browser.click(f"a[href$='export.csv?annee={year}']")
        for _ in range(100):
            done = [p for p in downloads.iterdir() if p.suffix == ".csv"]
            if done:
                break
            time.sleep(0.1)
        assert done, "the CSV export was not downloaded"
        text = done[0].read_text(encoding="utf-8-sig")
        assert text.startswith("niveau;perimetre;annee;mesure")
        assert "sessions;Sessions;total;Total;all;Total;227" in text
    finally:
        browser.close()
