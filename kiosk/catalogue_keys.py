"""Checks of each key of a catalogue ``[[tile]]`` (used by kiosk.catalogue).

Each check returns the cleaned value, reports what it drops through
``report`` (a plain French sentence) and raises :class:`InvalidError` when
nothing is usable.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.organismes import ORGANISMES as PROTOCOL_ORGANISMES
from kiosk.paths import RESOURCES, VOCABULARY
from kiosk.urlpolicy import host_pattern_error

ICONS_DIR = RESOURCES / "icons"

#: Organisme codes recorded by the journal: the closed list of the sync protocol.
ORGANISMES: tuple[str, ...] = tuple(PROTOCOL_ORGANISMES)


GROUP_NAME = re.compile(r"[a-z0-9_-]+")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
_ICON = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:svg|png)")

Report = Callable[[str], None]


class InvalidError(ValueError):
    """A value that cannot be used; the message is plain French."""


@functools.lru_cache(maxsize=4)
def _thematiques(vocabulary: Path) -> frozenset[str]:
    data = json.loads(vocabulary.read_text(encoding="utf-8"))
    return frozenset(data["thematique_administrative"])


def _string(value: object, _report: Report) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidError("texte attendu")
    return value.strip()


def _integer(value: object, _report: Report) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidError("nombre entier attendu, par exemple 10")
    return value


def _boolean(value: object, _report: Report) -> bool:
    if not isinstance(value, bool):
        raise InvalidError("vrai ou faux attendu (true/false)")
    return value


def _organisme(value: object, report: Report) -> str:
    code = _string(value, report)
    if code not in ORGANISMES:
        report(
            f"organisme « {code} » inconnu, « autre » est utilisé "
            f"(codes : {', '.join(ORGANISMES)})"
        )
        return "autre"
    return code


def _thematique_list(value: object, report: Report) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidError("liste de codes attendue, par exemple [\"logement\"]")
    known = _thematiques(VOCABULARY)
    for code in value:
        if code not in known:
            report(f"thématique « {code} » inconnue, ignorée (codes : {', '.join(sorted(known))})")
    return tuple(dict.fromkeys(code for code in value if code in known))


def _icon(value: object, report: Report) -> str:
    name = _string(value, report)
    if not _ICON.fullmatch(name):
        raise InvalidError("nom de fichier .svg ou .png attendu, sans dossier")
    if not (ICONS_DIR / name).is_file():
        raise InvalidError(f"icône « {name} » introuvable dans {ICONS_DIR}")
    return name


def host_list(value: object, report: Report, *, groups: bool = True) -> tuple[str, ...]:
    """Check a list of host patterns; ``"@name"`` group references only when ``groups``."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidError('liste de noms de sites attendue, par exemple ["caf.fr", "*.caf.fr"]')
    kept: list[str] = []
    for entry in value:
        if groups and entry.startswith("@"):
            if GROUP_NAME.fullmatch(entry[1:]):
                kept.append(entry)
            else:
                report(f"« {entry} » : nom de groupe mal écrit, ignoré")
            continue
        problem = host_pattern_error(entry)
        if problem:
            report(f"{problem} ; ignoré")
        else:
            kept.append(entry)
    if not kept:
        raise InvalidError("aucun nom de site utilisable")
    return tuple(dict.fromkeys(kept))


def _labels(value: object, report: Report) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InvalidError('table attendue : [tile.labels] puis fr = "…"')
    labels: dict[str, str] = {}
    for language, text in value.items():
        if not _LANGUAGE.fullmatch(language):
            report(f"« {language} » n'est pas un code de langue (fr, en, ar …), ignoré")
        elif not isinstance(text, str) or not text.strip():
            report(f"libellé « {language} » vide ou qui n'est pas un texte, ignoré")
        else:
            labels[language] = text.strip()
    if not labels:
        raise InvalidError("aucun libellé utilisable")
    return labels


VALIDATORS: dict[str, Callable[[object, Report], Any]] = {
    "order": _integer,
    "enabled": _boolean,
    "organisme": _organisme,
    "thematiques": _thematique_list,
    "icon": _icon,
    "start_url": _string,
    "logout_url": _string,
    "accompanied_only": _boolean,
    "hosts": host_list,
    "labels": _labels,
}
