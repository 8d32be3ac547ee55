"""Offline guides: every tile has a clean French guide; fallback to French."""

from __future__ import annotations

from kiosk.catalogue import load_catalogue
from kiosk.guides import (
    GUIDES_DIR,
    MAX_SENTENCE,
    check_guides,
    guide_languages,
    load_guide,
    parse_guide,
)

MAIN_TILES = ("caf", "ameli", "impots", "ants", "france_travail", "anef")

GOOD = """
schema = 1
title = "La CAF"
phone = "3230"
purpose = ["Demander une aide."]
documents = ["Votre numéro allocataire."]
sms_code = ["Un code arrive par SMS."]
"""


def shipped_tile_ids() -> list[str]:
    catalogue = load_catalogue(override=None)
    return [tile.id for tile in catalogue.tiles]


def test_every_shipped_tile_has_a_clean_french_guide():
    ids = shipped_tile_ids()
    assert ids, "the shipped catalogue has tiles"
    problems = check_guides(ids)
    assert problems == []
    for tile_id in ids:
        loaded = load_guide(tile_id, "fr")
        assert loaded.guide is not None and loaded.guide.language == "fr"
        assert loaded.guide.documents and loaded.guide.sms_code


def test_guides_exist_for_every_catalogue_tile_including_hidden_ones():
    on_disk = {p.name for p in GUIDES_DIR.iterdir() if p.is_dir()}
    assert {"webmail", "centre", "aidants_connect", "caf"} <= on_disk


def test_main_tiles_have_english_and_arabic():
    for tile_id in MAIN_TILES:
        assert {"fr", "en", "ar"} <= set(guide_languages(tile_id)), tile_id
        arabic = load_guide(tile_id, "ar")
        assert arabic.guide is not None and not arabic.fell_back
        assert any("\u0600" <= ch <= "\u06ff" for ch in arabic.guide.title)


def test_missing_language_falls_back_to_french(tmp_path):
    # Every shipped tile has every language now: a folder with French only.
    (tmp_path / "msa").mkdir()
    french = (GUIDES_DIR / "msa" / "fr.toml").read_text(encoding="utf-8")
    (tmp_path / "msa" / "fr.toml").write_text(french, encoding="utf-8")
    loaded = load_guide("msa", "uk", tmp_path)
    assert loaded.guide is not None
    assert loaded.guide.language == "fr"
    assert loaded.fell_back


def test_unknown_tile_or_odd_names_give_no_guide():
    assert load_guide("nothing-here", "fr").guide is None
    assert load_guide("../etc", "fr").guide is None
    assert load_guide("caf", "../x").guide is None


def test_broken_translation_falls_back_and_reports(tmp_path):
    (tmp_path / "caf").mkdir()
    (tmp_path / "caf" / "fr.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "caf" / "en.toml").write_text('schema = 1\ntitle = "CAF"\n', encoding="utf-8")
    loaded = load_guide("caf", "en", tmp_path)
    assert loaded.guide is not None and loaded.guide.language == "fr"
    assert loaded.fell_back
    keys = {p.key for p in loaded.problems}
    assert {"purpose", "documents", "sms_code"} <= keys
    assert all(p.file.endswith("en.toml") for p in loaded.problems)


def test_problems_carry_line_and_plain_french():
    text = GOOD.replace('phone = "3230"', 'phone = "appelez-nous"') + "colour = 'blue'\n"
    guide, problems = parse_guide(text, "caf", "fr", "caf/fr.toml")
    assert guide is not None and guide.phone == ""
    by_key = {p.key: p for p in problems}
    assert by_key["phone"].line == 4
    assert "téléphone" in by_key["phone"].message
    assert by_key["colour"].message == "clé inconnue, ignorée"


def test_syntax_error_reports_its_line():
    guide, problems = parse_guide('schema = 1\ntitle = "x\n', "caf", "fr", "f.toml")
    assert guide is None
    assert problems[0].line == 2


def test_long_sentences_are_reported():
    long = "mot " * (MAX_SENTENCE // 4 + 5)
    text = GOOD.replace('["Demander une aide."]', f'["{long}"]')
    _, problems = parse_guide(text, "caf", "fr", "f.toml")
    assert any("trop longue" in p.message for p in problems)


def test_spoken_text_holds_every_section():
    guide = load_guide("caf", "fr").guide
    assert guide is not None
    spoken = guide.spoken_text()
    assert guide.title in spoken and guide.documents[0] in spoken and guide.sms_code[0] in spoken
