"""Nothing a person typed, visited or downloaded reaches the journal's files."""

from __future__ import annotations

import logging
from datetime import datetime

from kiosk.journal import AssistedFacts, Journal, SessionFacts
from tests.helpers.journal_facts import KNOWN

SECRETS = (
    "https://www.caf.fr/allocataires/mes-services-en-ligne?nir=2750899123456",
    "impots.gouv.fr/portail/particulier/Quetzalcoatl",
    "Espace personnel de Bernadette Xylophonidis",
    "Votre attestation Zorglubinski",
    "bernadette.xylophonidis@example.org",
    "06 71 23 98 45",
    "2750899123456",  # a social security number typed in a form
    "12 rue des Glycines Pamplemousse",
    "avis_imposition_Wumpusberg_2025.pdf",
    "scan-carte-identite-Frobnicate.jpg",
    "mot2passeSuperSecret!",
    "Mairie de Trifouilly-les-Oies",  # an organisme outside the closed list
    "tuile-perso-Gloubiboulga",  # a tile id
    "Mme Huguette Patafix",  # staff name typed where a role is expected
    "Jean-Eudes Cornichon",
)


def _facts(index: int) -> SessionFacts:
    names = {"caf": "caf", "tuile-perso-Gloubiboulga": "Mairie de Trifouilly-les-Oies"}
    return SessionFacts(
        started_at=datetime(2026, 11, 25, 9 + index % 8, 37, 12),
        duration_s=600.0 + index,
        mode="autonome" if index % 2 else "accompagne",
        tiles_opened=("caf", "tuile-perso-Gloubiboulga"),
        organismes=names,
        thematiques_by_tile={"tuile-perso-Gloubiboulga": ("Jean-Eudes Cornichon",)},
        urls_visited=SECRETS[:2],
        page_titles=SECRETS[2:4],
        form_values=SECRETS[4:8] + SECRETS[10:11],
        file_names=SECRETS[8:10],
        pages_printed=2,
        feedback="Bernadette Xylophonidis" if index % 3 == 0 else "oui",
        end_reason="Votre attestation Zorglubinski" if index % 5 == 0 else "terminee",
        assisted=None if index % 2 else AssistedFacts(
            role="Mme Huguette Patafix",
            pathway="Jean-Eudes Cornichon",
            thematiques=("logement", "12 rue des Glycines Pamplemousse"),
            demarche_aboutie="bernadette.xylophonidis@example.org",
            autonomie="06 71 23 98 45",
            redirection="Mairie de Trifouilly-les-Oies",
            tranche_age="2750899123456",
            statut="Jean-Eudes Cornichon",
        ),
    )


def _journal_bytes(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def _leaks(files: dict[str, bytes]) -> list[tuple[str, str]]:
    found = []
    for name, data in files.items():
        for secret in SECRETS:
            for form in {secret, secret.lower(), secret.upper()}:
                if form.encode("utf-8") in data or form.encode("utf-16-le") in data:
                    found.append((name, secret))
    return found


def test_no_url_title_form_value_file_name_or_name_reaches_the_files(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "data"
    database = folder / "journal.sqlite3"
    known = KNOWN | {"Mairie de Trifouilly-les-Oies"}  # even a bad catalogue entry is refused
    journal = Journal(database, known_organismes=known,
                      clock=lambda: datetime(2026, 11, 25, 18))
    assert journal.open().ok
    for index in range(200):
        journal.record(_facts(index))
    assert journal.flush()

    # While the borne runs: the database, its -wal and -shm files.
    live = _journal_bytes(folder)
    assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"} <= set(live)
    assert _leaks(live) == []
    # The journal did count the sessions (the test would be empty otherwise).
    assert journal.totals().get("sessions") == 200
    journal.close()

    # After shutdown (WAL folded into the file).
    assert _leaks(_journal_bytes(folder)) == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert [s for s in SECRETS if s in logged] == []


def test_the_secrets_would_be_seen_if_they_were_there(tmp_path):
    # The check itself works: a file holding one of them is caught.
    (tmp_path / "x").write_bytes(b"...." + SECRETS[8].encode() + b"....")
    assert _leaks(_journal_bytes(tmp_path)) == [("x", SECRETS[8])]
