"""A day at the accueil, end to end.

Thirty sessions on the real borne (kiosk.app.build on the demo services,
real QtWebEngine, its session controller): autonomous and accompanied ones,
printing through the real cups-pdf queue, scanning on SANE's test backend,
help calls, answers to the end question. Sessions reach the real journal;
the real sync worker sends it to the federation server (``kiosk-federation
serve`` on PostgreSQL) with a network cut in the middle of the day. At the
end a real headless Chromium logs into the dashboard, which must show
exactly the counts this script produced, with the centre-level secrecy rule
applied ("< 11" for 1 to 10, and a second cell when only one is hidden).

The wall clock of the sessions is injected: 9:00, then 12 minutes later for
each person, so the day spreads over the hours as a real one would.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.anonymisation import AssistedFacts
from kiosk.config import SessionSettings
from kiosk.federation import crud
from kiosk.federation.secrecy import protect_centre
from kiosk.journal import Journal
from kiosk.session import Mode
from kiosk.sync import credentials, wire
from kiosk.sync.client import FederationClient
from kiosk.sync.outbox import Outbox
from kiosk.sync.worker import Outcome, Synchroniser
from kiosk.ui.printing import pdf_page_count
from kiosk.ui.scan_screen import ScanState
from kiosk.ui.session_controller import SessionController
from tests.federation.conftest import drop_postgres_schema, fresh_postgres_schema, postgres_url
from tests.federation.webdriver import Browser
from tests.sync.conftest import FederationServer
from tests.ui.web import click, open_tile

PASSWORD = "un mot de passe assez long"
ASSISTED = AssistedFacts(role="mediateur_numerique", pathway="acces_aux_droits",
                         thematiques=("social_sante",), demarche_aboutie="oui",
                         autonomie="partiellement_autonome", redirection=None)

# The day: (tile, accompanied, help call, print, scan, answer to the end question).
AMELI, IMPOTS = {7, 15, 23, 29}, {2, 5, 8, 11, 14, 17, 19, 22, 26, 28}
TILES = ["ameli" if i in AMELI else "impots" if i in IMPOTS else "caf" for i in range(30)]
ACCOMPANIED = {1, 4, 8, 13, 17, 21, 25, 28}
HELP = {2, 9, 18, 27}
PRINTS = {3, 12, 24}  # caf sessions: window.print() → our confirmation → cups-pdf
SCANS = {6, 20}
ANSWERS = {i: ("oui" if i % 3 else "non") for i in range(0, 30, 2)}
SINGLE_THEME = {"impots": "argent_impots", "ameli": "social_sante"}
CUT_AFTER, BACK_AFTER = 12, 22  # the federation unreachable in between


@pytest.fixture
def federation(tmp_path):
    base = postgres_url()  # fails, not skips, in CI when PostgreSQL is missing
    assert base is not None
    url = fresh_postgres_schema(base)
    server = FederationServer(url, tmp_path)
    crud.create_user(server.factory, "tilleuls", PASSWORD, centre_id=server.centre)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.engine.dispose()
        drop_postgres_schema(base, url)


class Day:
    """The injected wall clock and what the script did, counted its own way."""

    def __init__(self) -> None:
        today = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
        self.start = today
        self.person = 0
        self.tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)

    def wall(self) -> datetime:
        return self.start + timedelta(minutes=12 * self.person)

    def count(self, metric: str, dimension: str, code: str, value: int = 1) -> None:
        self.tally[(metric, dimension)][code] += value


def _print_page(qtbot, controller, page, cups_pdf) -> int:
    click(qtbot, page, "imprimer")
    desk = controller.desk
    qtbot.waitUntil(desk.confirm.isVisible, timeout=15000)
    pages = desk.confirm.pages
    QTest.mouseClick(desk.confirm.print_button, Qt.MouseButton.LeftButton)
    printed = cups_pdf.wait_new()
    assert pdf_page_count(printed) == pages
    cups_pdf.before.add(printed)  # the next print waits for a new file
    return pages


def _scan(qtbot, controller) -> None:
    desk = controller.desk
    QTest.mouseClick(controller.scan_button, Qt.MouseButton.LeftButton)
    scanner = desk.scanner
    qtbot.waitUntil(lambda: scanner.state is ScanState.READY, timeout=30000)
    scanner.scan()
    qtbot.waitUntil(lambda: scanner.state is ScanState.PREVIEW, timeout=30000)
    with qtbot.waitSignal(scanner.saved, timeout=30000):
        QTest.mouseClick(scanner.save_button, Qt.MouseButton.LeftButton)


def _dashboard_tables(source: str) -> dict[tuple[str, str], dict[str, str]]:
    tables: dict[tuple[str, str], dict[str, str]] = {}
    for match in re.finditer(r'<section class="bloc" aria-labelledby="t-([a-z_]+)-([a-z_]+)">'
                             r"(.*?)</section>", source, re.S):
        rows = re.findall(r"<td><code>([^<]*)</code></td><th[^>]*>.*?</th>"
                          r'<td class="nombre">([^<]*)</td>', match.group(3), re.S)
        tables[(match.group(1), match.group(2))] = {c: html.unescape(d) for c, d in rows}
    return tables


def _shown(values: Counter[str]) -> dict[str, str]:
    """What the centre-level secrecy rule lets the dashboard show."""
    return {code: ("< 11" if value is None else str(value))
            for code, value in protect_centre(dict(values)).items()}


@pytest.mark.slow
def test_a_day_at_the_accueil(qtbot, borne, cups_pdf, federation, tmp_path):
    window = borne.window
    controller = window.findChild(SessionController)
    day = Day()
    assert controller.configure(SessionSettings(opens_at=datetime.min.time(),
                                                closes_at=datetime.min.time()), wall=day.wall)
    journal = Journal(tmp_path / "journal.sqlite3",
                      known_organismes=frozenset(t.organisme for t in borne.catalogue.tiles))
    assert journal.open().ok
    controller.record = journal.record
    outbox = Outbox(journal.database)
    sync = Synchroniser(journal, outbox, clock=datetime.now,
                        client_factory=lambda url: FederationClient(url, timeout=3.0))
    credentials.forget()
    try:
        enrolment = sync.enrol(federation.url, federation.code(), "Borne de l'accueil")
        for person, tile in enumerate(TILES):
            day.person = person
            accompanied = person in ACCOMPANIED
            if accompanied:
                controller.accompany()  # the staff's three taps, before the first tile
            page = open_tile(qtbot, borne, tile)
            assert controller.session.mode is (Mode.ACCOMPAGNE if accompanied else Mode.AUTONOME)
            day.count("sessions", "total", "all")
            day.count("sessions", "mode", "accompagne" if accompanied else "autonome")
            day.count("sessions", "organisme", tile)
            day.count("sessions", "heure", f"{day.wall().hour:02d}")
            day.count("sessions", "duree", "30")  # a scripted visit lasts seconds
            if accompanied:  # the staff's closing answers win over the tile's thématique
                for dimension, code in (("role", "mediateur_numerique"),
                                        ("pathway", "acces_aux_droits"),
                                        ("autonomie", "partiellement_autonome"),
                                        ("demarche_aboutie", "oui"),
                                        ("thematique", "social_sante")):
                    day.count("sessions", dimension, code)
            elif tile in SINGLE_THEME:  # caf has two thématiques: it says nothing precise
                day.count("sessions", "thematique", SINGLE_THEME[tile])
            if person in HELP:
                window.help.ask()
                window.help.dismiss()
                day.count("demandes_aide", "total", "all")
            if person in PRINTS:
                assert tile == "caf"
                day.count("pages_imprimees", "total", "all",
                          _print_page(qtbot, controller, page, cups_pdf))
            if person in SCANS:
                _scan(qtbot, controller)
                day.count("documents_scannes", "total", "all")
            if person in ANSWERS:
                controller.record_feedback(ANSWERS[person])
                day.count("sessions", "feedback", ANSWERS[person])
            with qtbot.waitSignal(controller.wiped, timeout=10000):
                if accompanied:
                    controller.close_accompaniment(ASSISTED)
                else:
                    controller.end()
            assert window.session is None
            # The sync worker's rounds through the day, with the network cut.
            if person == 5:
                assert journal.flush(30)
                assert sync.run_once().outcome is Outcome.DONE
            if person == CUT_AFTER:
                federation.stop()
                assert journal.flush(30)
                assert sync.run_once().outcome is not Outcome.DONE
                assert sync.status().state != "a_jour"
            if person == BACK_AFTER - 1:
                assert sync.run_once().outcome is not Outcome.DONE  # still cut
                federation.start()
        assert journal.flush(30)
        assert sync.run_once().outcome is Outcome.DONE
        assert sync.status().state == "a_jour"

        # The journal counted what the script did, and the server holds the same.
        cells = [w for c in journal.cells() if (w := wire.to_wire(c)) is not None]
        mine = wire.totals(cells)
        for (metric, dimension), codes in day.tally.items():
            for code, value in codes.items():
                assert mine[(metric, dimension, code)] == value, (metric, dimension, code)
        assert federation.totals(enrolment.device_id) == mine

        # The dashboard, in a real headless Chromium.
        downloads = tmp_path / "telechargements"
        downloads.mkdir()
        browser = Browser(downloads)
        try:
            browser.go(f"{federation.url}/centres/{federation.centre}")
            browser.wait_for_url("/connexion")
            browser.type("#identifiant", "tilleuls")
            browser.type("#mot_de_passe", PASSWORD)
            browser.click("button[type=submit]")
            browser.wait_for_url(f"/centres/{federation.centre}")
            assert browser.text("#total-sessions") == "30"
            tables = _dashboard_tables(browser.source())
        finally:
            browser.close()
        compared = [key for key in day.tally if key != ("sessions", "total")]
        assert len(compared) == 13
        for key in compared:
            shown = tables[key]
            expected = _shown(day.tally[key])
            assert {c: shown[c] for c in expected} == expected, key
            assert all(v == "0" for c, v in shown.items() if c not in expected), key
        # The rule at work on this day: 8 accompanied (hidden), so 22 autonomous is
        # hidden too; 4 ameli and 10 impots hidden, 16 caf shown.
        assert tables[("sessions", "mode")]["autonome"] == "< 11"
        assert tables[("sessions", "organisme")]["caf"] == "16"
        assert tables[("sessions", "mois")][day.start.strftime("%Y-%m")] == "30"
    finally:
        outbox.close()
        journal.close()
        credentials.forget()
