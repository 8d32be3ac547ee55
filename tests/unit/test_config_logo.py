"""The centre's logo in the settings file: a readable PNG or SVG, or none."""

from __future__ import annotations

from kiosk.config import load_settings, logo_problem
from kiosk.demo.files import make_png

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


def write_config(tmp_path, logo):
    path = tmp_path / "borne.toml"
    path.write_text(f'[centre]\nname = "Les Tilleuls"\nlogo = "{logo}"\n', encoding="utf-8")
    return path


def test_a_png_logo_is_kept(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(make_png())
    loaded = load_settings(write_config(tmp_path, logo))
    assert loaded.problems == ()
    assert loaded.settings.centre.logo == str(logo)
    assert loaded.settings.centre.name == "Les Tilleuls"


def test_an_svg_logo_is_kept(tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG)
    assert load_settings(write_config(tmp_path, logo)).settings.centre.logo == str(logo)


def test_no_logo_by_default(tmp_path):
    path = tmp_path / "borne.toml"
    path.write_text('[centre]\nname = "Les Tilleuls"\n', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.problems == () and loaded.settings.centre.logo == ""


def test_a_missing_logo_is_a_problem_and_no_logo(tmp_path):
    loaded = load_settings(write_config(tmp_path, tmp_path / "absent.png"))
    assert loaded.settings.centre.logo == ""
    assert loaded.settings.centre.name == "Les Tilleuls"  # the rest still applies
    (problem,) = loaded.problems
    assert problem.key == "centre.logo" and problem.line == 3
    assert "absent ou illisible" in problem.message


def test_wrong_kind_or_relative_path_is_refused(tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("pas une image", encoding="utf-8")
    assert "pas une image" in (logo_problem(str(text)) or "")
    assert "PNG ou SVG" in (logo_problem(str(tmp_path / "logo.gif")) or "")
    assert "chemin complet" in (logo_problem("logo.png") or "")
