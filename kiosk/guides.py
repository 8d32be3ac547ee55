"""Offline guides: one plain-language sheet per tile and language.

Each guide is a small TOML file, ``resources/guides/<tile id>/<lang>.toml``,
readable with or without network. French is required for every tile; another
language falls back to French when its file is missing or unusable. The
format (every text is a list of short sentences, "FALC" style)::

    schema = 1
    title = "La CAF"                     # required
    purpose = ["…", "…"]                 # required: what the démarche is for
    documents = ["…", "…"]               # required: what to have ready
    sms_code = ["…", "…"]                # required: the code received by SMS
    phone = "3230"                       # optional: the national number
    phone_note = "…"                     # optional: cost, opening hours
    ask = ["…"]                          # optional: what the accueil can do

The local office (address, phone, hours) is not in the guide: the centre
writes it in its directory file (see :mod:`kiosk.directory`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.paths import RESOURCES
from kiosk.tomlsource import TomlProblem, decode_error_line, line_of_key

GUIDES_DIR = RESOURCES / "guides"
SCHEMA_VERSION = 1
REFERENCE_LANGUAGE = "fr"

#: Longest sentence allowed: long sentences lose the people who read little.
MAX_SENTENCE = 140

_LIST_KEYS = ("purpose", "documents", "sms_code", "ask")
_REQUIRED = ("title", "purpose", "documents", "sms_code")
_KNOWN = frozenset({"schema", "title", "phone", "phone_note", *_LIST_KEYS})
_PHONE = re.compile(r"\+?[0-9][0-9 .]{1,18}[0-9]")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class Guide:
    """One tile's guide in one language.

    Attributes:
        tile_id: The tile it explains.
        language: Language of the texts (may be ``fr`` after a fallback).
        title: Short title.
        purpose: What the démarche is for (short sentences).
        documents: Documents to have ready.
        sms_code: What the code received by SMS means and what to do.
        phone: National phone number, or ``""``.
        phone_note: Cost or hours of that number, or ``""``.
        ask: What the accueil can do for the person (may be empty).
    """

    tile_id: str
    language: str
    title: str
    purpose: tuple[str, ...]
    documents: tuple[str, ...]
    sms_code: tuple[str, ...]
    phone: str = ""
    phone_note: str = ""
    ask: tuple[str, ...] = ()

    def spoken_text(self) -> str:
        """Return the whole guide as one text for reading aloud."""
        parts = [self.title, *self.purpose, *self.documents, *self.sms_code, *self.ask]
        return "\n".join(parts)


@dataclass(frozen=True)
class LoadedGuide:
    """The guide found for a tile and a language, and what was wrong.

    Attributes:
        guide: The guide shown, or ``None`` when even French is missing.
        fell_back: True when French is shown instead of the language asked.
        problems: Everything that made a file unusable or was ignored.
    """

    guide: Guide | None
    fell_back: bool = False
    problems: tuple[TomlProblem, ...] = ()


def guide_path(tile_id: str, language: str, guides_dir: Path = GUIDES_DIR) -> Path:
    """Return the file of the guide of ``tile_id`` in ``language``."""
    return guides_dir / tile_id / f"{language}.toml"


def guide_languages(tile_id: str, guides_dir: Path = GUIDES_DIR) -> tuple[str, ...]:
    """Return the languages that have a guide file for ``tile_id`` (sorted)."""
    folder = guides_dir / tile_id
    if not folder.is_dir():
        return ()
    return tuple(sorted(
        p.stem for p in folder.glob("*.toml") if _LANGUAGE.fullmatch(p.stem)
    ))


def parse_guide(
    text: str, tile_id: str, language: str, source: str
) -> tuple[Guide | None, list[TomlProblem]]:
    """Read one guide file's text.

    Args:
        text: The TOML text.
        tile_id: Tile the guide belongs to.
        language: Language of the file.
        source: File name used in problems.

    Returns:
        The guide (``None`` when a required key is missing or wrong) and the
        problems found (unknown keys, long sentences … are reported but do not
        make the guide unusable).
    """
    problems: list[TomlProblem] = []

    def problem(key: str, message: str) -> None:
        problems.append(TomlProblem(source, line_of_key(text, key) if key else 0, key, message))

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = decode_error_line(error, text)
        return None, [TomlProblem(source, line, "", f"TOML invalide : {error}")]
    if raw.get("schema") != SCHEMA_VERSION:
        problem("schema", f"« schema = {SCHEMA_VERSION} » attendu en tête du fichier")
    for key in sorted(raw.keys() - _KNOWN):
        problem(key, "clé inconnue, ignorée")
    values: dict[str, Any] = {}
    for key in ("title", "phone", "phone_note"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            problem(key, "texte attendu")
            value = ""
        values[key] = value.strip()
    if values["phone"] and not _PHONE.fullmatch(values["phone"]):
        problem("phone", "numéro de téléphone attendu, par exemple \"3230\" ; ignoré")
        values["phone"] = ""
    for key in _LIST_KEYS:
        values[key] = _sentences(raw.get(key, []), key, problem)
    missing = [key for key in _REQUIRED if not values[key]]
    for key in missing:
        problem(key, "obligatoire et non vide")
    if missing:
        return None, problems
    return Guide(tile_id=tile_id, language=language, **values), problems


def _sentences(value: object, key: str, problem: Any) -> tuple[str, ...]:  # noqa: ANN401
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problem(key, "liste de phrases attendue, par exemple [\"…\", \"…\"]")
        return ()
    kept = tuple(v.strip() for v in value if v.strip())
    for sentence in kept:
        if len(sentence) > MAX_SENTENCE:
            problem(key, f"phrase trop longue ({len(sentence)} caractères, "
                         f"{MAX_SENTENCE} au plus) : « {sentence[:40]}… »")
    return kept


def read_guide_file(
    tile_id: str, language: str, guides_dir: Path = GUIDES_DIR
) -> tuple[Guide | None, list[TomlProblem]]:
    """Read one guide file; a missing file gives ``(None, [])``."""
    path = guide_path(tile_id, language, guides_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, []
    except (OSError, UnicodeDecodeError) as error:
        return None, [TomlProblem(str(path), 0, "", f"fichier illisible : {error}")]
    return parse_guide(text, tile_id, language, str(path))


def load_guide(tile_id: str, language: str, guides_dir: Path = GUIDES_DIR) -> LoadedGuide:
    """Return the guide of ``tile_id`` in ``language``, else in French.

    Args:
        tile_id: Tile id from the catalogue.
        language: Language asked for.
        guides_dir: Folder of the guides (the shipped one by default).
    """
    if not re.fullmatch(r"[a-z0-9_-]+", tile_id) or not _LANGUAGE.fullmatch(language):
        return LoadedGuide(None)
    problems: list[TomlProblem] = []
    if language != REFERENCE_LANGUAGE:
        guide, found = read_guide_file(tile_id, language, guides_dir)
        problems.extend(found)
        if guide is not None:
            return LoadedGuide(guide, False, tuple(problems))
    guide, found = read_guide_file(tile_id, REFERENCE_LANGUAGE, guides_dir)
    problems.extend(found)
    return LoadedGuide(guide, guide is not None and language != REFERENCE_LANGUAGE,
                       tuple(problems))


def check_guides(
    tile_ids: tuple[str, ...] | list[str], guides_dir: Path = GUIDES_DIR
) -> list[TomlProblem]:
    """Check every guide of ``tile_ids``: French present, every file clean.

    Returns:
        One problem per missing French guide and per problem in any file.
    """
    problems: list[TomlProblem] = []
    for tile_id in tile_ids:
        if not guide_path(tile_id, REFERENCE_LANGUAGE, guides_dir).is_file():
            problems.append(TomlProblem(
                str(guide_path(tile_id, REFERENCE_LANGUAGE, guides_dir)), 0, "",
                "guide en français manquant pour cette tuile"))
        for language in guide_languages(tile_id, guides_dir):
            _, found = read_guide_file(tile_id, language, guides_dir)
            problems.extend(found)
    return problems
