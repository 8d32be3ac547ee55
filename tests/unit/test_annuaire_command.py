"""``kiosk annuaire``: what a centre sees when it checks its directory file."""

from __future__ import annotations

from kiosk import cli
from kiosk.directory import EXAMPLE_DIRECTORY


def test_example_directory_is_clean(capsys):
    assert cli.main(["annuaire", "--fichier", str(EXAMPLE_DIRECTORY)]) == 0
    out = capsys.readouterr().out
    assert "[ecrivain_public] Écrivain public du centre" in out
    assert "bureau pour la tuile caf : Accueil de la CAF" in out
    assert "ERREUR" not in out


def test_problems_are_listed_with_their_line(tmp_path, capsys):
    path = tmp_path / "annuaire.toml"
    path.write_text('schema = 1\n\n[[place]]\nkind = "banque"\nname = "X"\n\n'
                    '[[office]]\ntile = "inconnue"\nname = "Y"\n', encoding="utf-8")
    assert cli.main(["annuaire", "--fichier", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"ERREUR {path}:4 [place[1]]" in out
    assert "tuile inconnue « inconnue »" in out


def test_missing_file_is_said_plainly(tmp_path, capsys):
    assert cli.main(["annuaire", "--fichier", str(tmp_path / "absent.toml")]) == 0
    assert "pas d'annuaire" in capsys.readouterr().out
