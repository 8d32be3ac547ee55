"""An accompanied session from "Démarrer un accompagnement" to the journal row.

Real parts: the shipped catalogue, the pure session state machine, the
closing screen, and the journal on a temporary SQLite file built by its
migrations.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from kiosk.catalogue import ORGANISMES, load_catalogue
from kiosk.config import SessionSettings
from kiosk.journal import AssistedFacts, Journal, SessionFacts
from kiosk.session import EndReason, Mode, Session, journal_facts
from kiosk.staff import AccompanimentStart
from kiosk.ui.accompany import ClosingScreen, StartAccompaniment

STARTED = datetime(2026, 11, 25, 10, 12)


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def journal(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3", known_organismes=frozenset(ORGANISMES),
                      clock=lambda: STARTED)
    assert journal.open().ok
    yield journal
    journal.close()


@pytest.fixture
def catalogue():
    return load_catalogue()


def start_screen(qtbot):
    screen = StartAccompaniment()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.prepare()
    return screen


def test_start_needs_a_role_and_gives_codes(qtbot):
    screen = start_screen(qtbot)
    with qtbot.assertNotEmitted(screen.started):
        click(qtbot, screen.start_button)
    assert "Touchez d'abord" in screen.message.text()
    click(qtbot, screen.roles.buttons["ecrivain_public"])
    click(qtbot, screen.pathways.buttons["apprentissage"])
    assert screen.themes["apprentissage"].isVisible()
    assert not screen.themes["acces_aux_droits"].isVisible()
    click(qtbot, screen.themes["apprentissage"].buttons["email"])
    with qtbot.waitSignal(screen.started) as signal:
        click(qtbot, screen.start_button)
    assert signal.args == [AccompanimentStart("ecrivain_public", "apprentissage", ("email",))]


def test_accompanied_session_to_the_journal_in_three_taps(qtbot, journal, catalogue):
    screen = start_screen(qtbot)
    click(qtbot, screen.roles.buttons["benevole"])
    click(qtbot, screen.themes["acces_aux_droits"].buttons["logement"])
    with qtbot.waitSignal(screen.started) as signal:
        click(qtbot, screen.start_button)
    start = signal.args[0]

    monotonic = Monotonic()
    session = Session(SessionSettings(opens_at=STARTED.time().replace(hour=8)),
                      clock=monotonic, wall=lambda: STARTED)
    assert session.start(Mode.ACCOMPAGNE) is None
    assert session.idle_limit_s() == SessionSettings().idle_accompagne_s
    for tile in ("caf", "aidants_connect"):
        session.record_tile(tile)
    monotonic.now += 25 * 60
    session.end(EndReason.STAFF)
    draft = session.facts
    organismes = {t.id: t.organisme for t in catalogue.tiles}
    themes = {t.id: t.thematiques for t in catalogue.tiles}

    closing = ClosingScreen()
    qtbot.addWidget(closing)
    closing.resize(1280, 800)
    closing.show()
    closing.prepare(start, draft.tiles, organismes, themes)
    # pre-filled: démarche faite, usual autonomy, Aidants Connect tile was opened
    assert closing.outcome.current() == "oui"
    assert closing.autonomie.current() == "entierement_accompagne"
    assert closing.aidants.selected() == ("oui",)
    # the common case with changes: three taps
    click(qtbot, closing.outcome.buttons["a_revenir"])
    click(qtbot, closing.autonomie.buttons["partiellement_autonome"])
    with qtbot.waitSignal(closing.finished) as finished:
        click(qtbot, closing.save_button)
    assisted = finished.args[0]
    assert assisted == AssistedFacts(
        role="benevole", pathway="acces_aux_droits", thematiques=("logement",),
        demarche_aboutie="a_revenir", autonomie="partiellement_autonome", redirection=None,
        tranche_age="non_communique", statut="non_communique", aidants_connect=True,
    )

    # what the session controller records, with the closing screen's answers added
    journal.record(dataclasses.replace(journal_facts(draft, catalogue), assisted=assisted))
    assert journal.flush()
    [row] = journal.sessions_on(STARTED.date())
    assert (row.mode, row.role, row.parcours) == ("accompagne", "benevole", "acces_aux_droits")
    assert (row.demarche_aboutie, row.autonomie, row.redirection) == (
        "a_revenir", "partiellement_autonome", None)
    assert (row.tranche_age, row.statut, row.aidants_connect) == (
        "non_communique", "non_communique", True)
    assert row.thematiques == ("logement",)
    assert row.organismes == ("aidants_connect", "caf")
    assert row.duree_tranche == "30" and row.hour == 10
    cells = {(c.metric, c.dimension, c.code): c.value
             for c in journal.cells(STARTED.date(), STARTED.date()) if c.value}
    assert cells[("accompagnements", "role", "benevole")] == 1
    assert cells[("accompagnements", "demarche_aboutie", "a_revenir")] == 1
    assert cells[("accompagnements", "aidants_connect", "oui")] == 1
    assert cells[("sessions", "mode", "accompagne")] == 1


def test_reoriented_needs_the_structure_then_records_it(qtbot, journal):
    closing = ClosingScreen()
    qtbot.addWidget(closing)
    closing.show()
    closing.prepare(AccompanimentStart("travailleur_social", "acces_aux_droits"), [], {}, {})
    assert not closing.redirection.isVisible()
    click(qtbot, closing.outcome.buttons["reoriente"])
    assert closing.redirection.isVisible()
    with qtbot.assertNotEmitted(closing.finished):
        click(qtbot, closing.save_button)
    assert "vers quelle structure" in closing.message.text()
    click(qtbot, closing.redirection.buttons["aide_aux_demarches_administratives"])
    click(qtbot, closing.more_button)
    click(qtbot, closing.age.buttons["soixante_dix_plus"])
    with qtbot.waitSignal(closing.finished) as finished:
        click(qtbot, closing.save_button)
    assisted = finished.args[0]
    assert assisted.redirection == "aide_aux_demarches_administratives"
    assert assisted.tranche_age == "soixante_dix_plus" and assisted.statut == "non_communique"
    assert assisted.aidants_connect is False
    journal.record(SessionFacts(STARTED, 600, "accompagne", (), {}, {}, assisted=assisted))
    assert journal.flush()
    [row] = journal.sessions_on(STARTED.date())
    assert (row.demarche_aboutie, row.redirection, row.tranche_age) == (
        "reoriente", "aide_aux_demarches_administratives", "soixante_dix_plus")
