"""``kiosk-federation catalogue publish|show``: what a federation admin types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.federation import catalogues, cli, crud, db

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = """schema = 1

[[tile]]
id = "caf"
hosts = ["caf.fr", "*.caf.fr", "*.caf-nouveau.fr", "@franceconnect"]
"""
REFUSED = 'schema = 1\n\n[[tile]]\nid = "caf"\nhosts = ["exemple.org"]\n'


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_then_show_through_the_command(database_url, tmp_path, capsys):
    source = tmp_path / "tuiles-federation.toml"
    source.write_text(CATALOGUE, encoding="utf-8")
    code, out, _ = run(capsys, "--database", database_url, "catalogue", "show")
    assert code == 1 and "Aucun catalogue publié" in out

    code, out, _ = run(capsys, "--database", database_url, "catalogue", "publish", str(source))
    assert code == 0 and "version 1" in out
    code, out, _ = run(capsys, "--database", database_url, "catalogue", "show")
    assert code == 0
    header, body = out.split("\n", 1)
    found = catalogues.latest(db.session_factory(db.make_engine(database_url)))
    assert found is not None
    assert header == f"# Catalogue version 1, SHA-256 {found.sha256}"
    assert body == CATALOGUE  # the exact text the bornes receive


def test_one_federation_gets_its_own_and_the_common_one(database_url, tmp_path, capsys):
    engine = db.make_engine(database_url)
    db.migrate(engine)
    crud.create_centre(db.session_factory(engine), "Centre social Le Phare", "2a", "Corse")
    engine.dispose()
    common, corse = tmp_path / "commun.toml", tmp_path / "corse.toml"
    common.write_text(CATALOGUE, encoding="utf-8")
    corse.write_text(CATALOGUE.replace("caf-nouveau", "caf-corse"), encoding="utf-8")
    base = ("--database", database_url, "catalogue")
    assert run(capsys, *base, "publish", str(common))[0] == 0
    assert run(capsys, *base, "publish", str(corse), "--federation", "Corse")[0] == 0
    code, out, _ = run(capsys, *base, "show", "--federation", "Corse")
    assert code == 0 and out.startswith("# Catalogue version 2") and "caf-corse" in out
    code, out, _ = run(capsys, *base, "show")  # the others still get the common one
    assert code == 0 and out.startswith("# Catalogue version 1") and "caf-nouveau" in out


def test_refused_catalogue_unknown_federation_and_unreadable_file(database_url, tmp_path,
                                                                  capsys):
    bad = tmp_path / "mauvais.toml"
    bad.write_text(REFUSED, encoding="utf-8")
    base = ("--database", database_url, "catalogue")
    code, _, err = run(capsys, *base, "publish", str(bad))
    assert code == 2 and "Catalogue refusé, rien n'a été publié" in err
    code, _, err = run(capsys, *base, "publish", str(tmp_path / "absent.toml"))
    assert code == 2 and "fichier illisible" in err
    code, _, err = run(capsys, *base, "show", "--federation", "Atlantide")
    assert code == 2 and "Fédération inconnue : Atlantide." in err
    assert run(capsys, *base, "show")[0] == 1  # still nothing published


def test_installed_entry_point(tmp_path):
    source = tmp_path / "tuiles.toml"
    source.write_text(CATALOGUE, encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'federation.sqlite3'}"
    command = Path(sys.executable).parent / "kiosk-federation"
    done = subprocess.run([str(command), "--database", database, "catalogue", "publish",
                           str(source)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "version 1" in done.stdout
    shown = subprocess.run([str(command), "--database", database, "catalogue", "show"],
                           cwd=ROOT, capture_output=True, text=True, check=False)
    assert shown.returncode == 0 and shown.stdout.endswith(CATALOGUE)
