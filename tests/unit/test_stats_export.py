"""Figures for the centre: totals in plain French, CSV and ODS with codes and labels."""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

import pytest

from kiosk import export, stats
from kiosk.commands import stats as stats_command
from kiosk.journal import Journal
from kiosk.models.records import Cell
from kiosk.vocabulary import VocabularyError, load_vocabulary, parse_vocabulary, vocabulary
from tests.helpers.journal_facts import KNOWN, assisted, autonomous

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path, known_organismes=KNOWN, clock=lambda: datetime(2026, 11, 30, 18))
    assert journal.open().ok
    for day in (3, 4, 20):
        journal.record(autonomous(datetime(2026, 11, day, 10), "caf", pages_printed=2,
                                  feedback="oui"))
        journal.record(autonomous(datetime(2026, 11, day, 14), "impots", help_requested=True))
    journal.record(assisted(datetime(2026, 11, 20, 10), "ameli", redirection="aide_sociale",
                            tranche_age="soixante_dix_plus", aidants_connect=True))
    assert journal.flush()
    journal.close()
    return path


def run(*argv):
    parser = argparse.ArgumentParser(prog="kiosk")
    stats_command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["stats", *argv])
    return args.handler(args)


def test_totals_of_a_period(database):
    journal = Journal(database, known_organismes=KNOWN)
    journal.open()
    try:
        november = journal.totals(date(2026, 11, 1), date(2026, 11, 30))
        start = journal.totals(date(2026, 11, 1), date(2026, 11, 10))
    finally:
        journal.close()
    assert november.get("sessions") == 7
    assert november.days == 3
    assert november.breakdown("sessions", "heure") == [("10", 4), ("14", 3)]
    assert november.get("accompagnements", "redirection", "aide_sociale") == 1
    assert november.get("pages_imprimees") == 6
    assert start.get("sessions") == 4 and start.days == 2


def test_kiosk_stats_prints_plain_french(database, capsys):
    assert run("--database", str(database), "--from", "2026-11-01", "--to", "2026-11-30") == 0
    out = capsys.readouterr().out
    assert "Du 01/11/2026 au 30/11/2026" in out
    assert "Passages à la borne : 7" in out
    assert "Dont accompagnements : 1" in out
    assert "Pages imprimées : 6" in out
    assert "  Impôts : 3" in out
    assert "  10 h à 11 h : 4" in out
    assert "  Structure d'aide sociale (maison des solidarités, centre social…) : 1" in out
    assert "  70 ans et plus : 1" in out


def test_kiosk_stats_on_an_empty_period(database, capsys):
    assert run("--database", str(database), "--from", "2025-01-01", "--to", "2025-01-31") == 0
    assert "Aucun passage enregistré sur cette période." in capsys.readouterr().out


def test_kiosk_stats_without_a_journal_says_so(tmp_path, capsys):
    assert run("--database", str(tmp_path / "none.sqlite3")) == 1
    assert "Aucun journal ici" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_kiosk_stats_reads_data_dir_from_the_settings(database, tmp_path, capsys):
    config = tmp_path / "borne.toml"
    config.write_text(f'[kiosk]\ndata_dir = "{database.parent}"\n')
    assert run("--config", str(config)) == 0
    assert "Passages à la borne : 7" in capsys.readouterr().out


def test_bad_dates_are_refused_clearly(database, capsys):
    with pytest.raises(SystemExit):
        run("--database", str(database), "--from", "25/11/2026")
    assert "2026-11-25" in capsys.readouterr().err
    assert run("--database", str(database), "--from", "2026-12-01", "--to", "2026-11-01") == 2


def test_csv_export_has_codes_labels_and_version(database, tmp_path, capsys):
    out = tmp_path / "exports" / "novembre.csv"
    assert run("export", "--database", str(database), "--format", "csv", "--out", str(out),
               "--from", "2026-11-04", "--to", "2026-11-20") == 0
    assert "lignes écrites" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == list(export.COLUMNS)
    assert {r["jour"] for r in rows} == {"2026-11-04", "2026-11-20"}
    by_key = {(r["jour"], r["indicateur"], r["dimension"], r["code"]): r for r in rows}
    cell = by_key[("2026-11-20", "accompagnements", "redirection", "aide_sociale")]
    assert cell["libelle"] == "Structure d'aide sociale (maison des solidarités, centre social…)"
    assert cell["valeur"] == "1"
    assert cell["version_vocabulaire"] == vocabulary().version
    assert by_key[("2026-11-04", "sessions", "mode", "autonome")]["libelle"] == "En autonomie"
    assert by_key[("2026-11-04", "sessions", "heure", "14")]["libelle"] == "14 h à 15 h"
    assert by_key[("2026-11-20", "sessions", "total", "total")]["valeur"] == "3"


def test_ods_export_opens_as_a_spreadsheet(database, tmp_path):
    out = tmp_path / "novembre.ods"
    assert run("export", "--format", "ods", "--out", str(out), "--database", str(database)) == 0
    with zipfile.ZipFile(out) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == export.ODS_MIMETYPE.encode()
        assert "content.xml" in archive.read("META-INF/manifest.xml").decode()
        content = ElementTree.fromstring(archive.read("content.xml"))
    rows = content.iter(f"{TABLE}table-row")
    header = [c.findtext(f"{TEXT}p") for c in next(rows).iter(f"{TABLE}table-cell")]
    assert header == list(export.COLUMNS)
    data = [[c for c in row.iter(f"{TABLE}table-cell")] for row in rows]
    total = next(r for r in data if r[1].findtext(f"{TEXT}p") == "sessions"
                 and r[2].findtext(f"{TEXT}p") == "total"
                 and r[0].get(f"{OFFICE}date-value") == "2026-11-20")
    assert total[5].get(f"{OFFICE}value-type") == "float"
    assert total[5].get(f"{OFFICE}value") == "3"


def test_export_to_an_unwritable_place_keeps_the_old_file(database, tmp_path, capsys):
    out = tmp_path / "old.csv"
    out.write_text("ancien")
    blocker = tmp_path / "dir-as-file"
    blocker.write_text("x")
    assert run("export", "--format", "csv", "--out", str(blocker / "x.csv"),
               "--database", str(database)) == 1
    assert "Impossible d'écrire" in capsys.readouterr().err
    assert out.read_text() == "ancien"


def test_labels_escape_xml_in_ods():
    cell = Cell(date(2026, 1, 2), "sessions", "organisme", "a<b&c", 1, 1, "v")
    content = export.ods_content(export.rows([cell], vocabulary()))
    ElementTree.fromstring(content)  # well formed


def test_totals_ignore_cells_outside_the_period():
    cells = [Cell(date(2026, 1, d), "sessions", "total", "total", 2, 1, "v") for d in (1, 2, 3)]
    figures = stats.totals(cells, date(2026, 1, 2), date(2026, 1, 2))
    assert figures.get("sessions") == 2 and figures.days == 1


def test_vocabulary_validates_codes():
    vocab = vocabulary()
    assert vocab.is_valid("demarche_aboutie", "oui")
    assert not vocab.is_valid("demarche_aboutie", "Oui")
    assert not vocab.is_valid("tranche_age", None)
    assert vocab.valid_thematiques(["logement", "email", "logement", "nope", 3]) == (
        "logement", "email")
    assert vocab.label("structure_de_redirection", "autre") == "Autre"
    assert "caf" in vocab.organismes and vocab.is_valid("organisme", "autre")
    assert vocab.codes("role") >= {"accueil", "benevole", "travailleur_social"}


def test_vocabulary_file_problems_are_clear(tmp_path):
    broken = tmp_path / "v.json"
    broken.write_text("{not json")
    with pytest.raises(VocabularyError, match="illisible"):
        load_vocabulary(broken)
    with pytest.raises(VocabularyError, match="version"):
        parse_vocabulary({"mode": {}})
    with pytest.raises(VocabularyError, match="autonomie"):
        parse_vocabulary({"version": "x", **{n: {"a": "A"} for n in (
            "mode", "thematique_administrative", "thematique_numerique")}})


def test_the_real_command_line_runs_kiosk_stats(database):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "stats", "--database", str(database),
         "--from", "2026-11-20", "--to", "2026-11-20"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Passages à la borne : 3" in result.stdout
