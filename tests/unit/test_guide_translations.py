"""Every tile of the catalogue has its offline guide in every language the borne offers.

A person who chose Ukrainian or Turkish must not be shown French when they open
a guide; and a translation must say the same as the French guide: same parts,
same number of sentences in each part, same phone number.
"""

from __future__ import annotations

from kiosk.catalogue import SHIPPED_CATALOGUE, parse_catalogue
from kiosk.config import KioskSettings
from kiosk.guides import REFERENCE_LANGUAGE, Guide, guide_languages, load_guide

LIST_KEYS = ("purpose", "documents", "sms_code", "ask")
TEXT_KEYS = ("title", "phone_note")


def every_catalogue_tile_id() -> list[str]:
    """Enabled and disabled tiles: a centre may switch a hidden tile on."""
    blocks, problems = parse_catalogue(
        SHIPPED_CATALOGUE.read_text(encoding="utf-8"), str(SHIPPED_CATALOGUE)
    )
    assert problems == []
    return [block["id"] for block in blocks]


def offered_languages() -> tuple[str, ...]:
    return KioskSettings().languages


def guide_in(tile_id: str, language: str) -> Guide:
    loaded = load_guide(tile_id, language)
    assert loaded.problems == (), (tile_id, language, loaded.problems)
    assert loaded.guide is not None, (tile_id, language)
    assert not loaded.fell_back, f"{tile_id}: the {language} guide is missing, French is shown"
    assert loaded.guide.language == language
    return loaded.guide


def test_the_catalogue_has_hidden_tiles_and_seven_languages_are_offered():
    ids = every_catalogue_tile_id()
    assert {"caf", "webmail", "centre", "aidants_connect"} <= set(ids)
    assert set(offered_languages()) == {"fr", "en", "ar", "es", "pt", "uk", "tr"}


def test_every_tile_has_a_guide_in_every_offered_language():
    missing = [
        f"{tile_id}/{language}"
        for tile_id in every_catalogue_tile_id()
        for language in offered_languages()
        if language not in guide_languages(tile_id)
    ]
    assert missing == []
    for tile_id in every_catalogue_tile_id():
        for language in offered_languages():
            guide_in(tile_id, language)


def test_translations_have_the_french_parts_sentence_counts_and_phone():
    for tile_id in every_catalogue_tile_id():
        french = guide_in(tile_id, REFERENCE_LANGUAGE)
        for language in offered_languages():
            if language == REFERENCE_LANGUAGE:
                continue
            guide = guide_in(tile_id, language)
            where = f"{tile_id}/{language}"
            for key in LIST_KEYS:
                assert len(getattr(guide, key)) == len(getattr(french, key)), (where, key)
            for key in TEXT_KEYS:
                assert bool(getattr(guide, key)) == bool(getattr(french, key)), (where, key)
            assert guide.phone == french.phone, where
            assert guide.title != french.title, f"{where}: title left in French"


def test_translations_are_written_in_their_own_script():
    scripts = {"ar": ("\u0600", "\u06ff"), "uk": ("\u0400", "\u04ff")}
    for tile_id in every_catalogue_tile_id():
        for language, (low, high) in scripts.items():
            guide = guide_in(tile_id, language)
            for sentence in (*guide.purpose, *guide.documents, *guide.sms_code):
                assert any(low <= ch <= high for ch in sentence), (tile_id, language, sentence)


def test_arabic_lines_start_with_arabic_so_they_read_right_to_left():
    # A line's direction follows its first letter: "MSA (…)" would read left to right.
    for tile_id in every_catalogue_tile_id():
        guide = guide_in(tile_id, "ar")
        for text in (guide.title, guide.phone_note, *guide.purpose, *guide.documents,
                     *guide.sms_code, *guide.ask):
            first = next((ch for ch in text if ch.isalpha()), "\u0627")
            assert "\u0600" <= first <= "\u06ff", (tile_id, text)
