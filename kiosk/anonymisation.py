"""Anonymisation at the edge: what a session knows, and the little that is kept.

:class:`SessionFacts` carries everything a session knows when it ends;
:func:`anonymise` turns it into a :class:`~kiosk.models.records.SessionRecord`
holding only validated codes, a day, an hour bucket, a duration band and
counts. :mod:`kiosk.journal` calls it on the caller's thread, so URLs,
titles, form values, file names and exact times never reach the writer
thread or the database. Import these names from :mod:`kiosk.journal`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from kiosk.models.records import SessionRecord
from kiosk.vocabulary import NOT_GIVEN, OTHER_ORGANISME, Vocabulary

_MAX_COUNT = 10_000
_ORGANISME_CODE = re.compile(r"[a-z0-9_]{1,64}")


@dataclass(frozen=True)
class AssistedFacts:
    """What the staff closing screen says about an accompanied session.

    Every field is a code; anything outside the vocabulary is stored as
    ``non_communique`` (age, statut) or nothing (the others), never as text.
    """

    role: str  # accueil | mediateur_numerique | benevole | ecrivain_public | travailleur_social
    pathway: str  # acces_aux_droits | apprentissage
    thematiques: tuple[str, ...]  # administrative and numérique codes
    demarche_aboutie: str | None  # vocabulary demarche_aboutie
    autonomie: str | None  # vocabulary autonomie
    redirection: str | None  # vocabulary structure_de_redirection
    tranche_age: str = NOT_GIVEN
    statut: str = NOT_GIVEN
    aidants_connect: bool = False


@dataclass(frozen=True)
class SessionFacts:
    """Everything a session knows when it ends; most of it is NOT stored."""

    started_at: datetime  # local wall clock at start (day + hour bucket kept)
    duration_s: float  # from a monotonic clock (only a band is kept)
    mode: str  # autonome | accompagne
    tiles_opened: tuple[str, ...]  # tile ids in order
    organismes: Mapping[str, str]  # tile id -> organisme code (from the catalogue)
    thematiques_by_tile: Mapping[str, tuple[str, ...]]
    urls_visited: tuple[str, ...] = ()  # never stored
    page_titles: tuple[str, ...] = ()  # never stored
    form_values: tuple[str, ...] = ()  # never stored
    file_names: tuple[str, ...] = ()  # never stored
    pages_printed: int = 0
    documents_scanned: int = 0
    documents_uploaded: int = 0
    help_requested: bool = False
    feedback: str | None = None  # oui | en_partie | non | besoin_aide
    end_reason: str = "terminee"  # terminee | inactivite | fermeture | plantage
    assisted: AssistedFacts | None = None


#: Everything kept about a session (the page "Ce que la borne compte" lists these).
RECORDED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SessionRecord))

#: What the borne never keeps (codes; the Qt page gives each a sentence).
NEVER_RECORDED: tuple[str, ...] = (
    "adresses_web",
    "titres_des_pages",
    "saisies",
    "noms_de_fichiers",
    "heure_exacte",
    "duree_exacte",
    "identite",
    "personnel",
    "adresse_ip",
    "texte_libre",
)

#: Fields of SessionFacts that are dropped, and the NEVER_RECORDED item covering each.
DROPPED_FACTS: Mapping[str, str] = {
    "urls_visited": "adresses_web",
    "page_titles": "titres_des_pages",
    "form_values": "saisies",
    "file_names": "noms_de_fichiers",
    "started_at": "heure_exacte",
    "duration_s": "duree_exacte",
    "tiles_opened": "adresses_web",
}


_NATIONAL_BANDS = ((30, "30"), (60, "60"), (120, "120"))
_DETAIL_BANDS = ((5, "moins_5"), (15, "5_15"), (30, "15_30"))


def duration_bands(duration_s: float) -> tuple[str, str]:
    """Return the national duration band and the finer local band of a duration."""
    minutes = duration_s / 60 if math.isfinite(duration_s) and duration_s > 0 else 0.0
    national = next((code for limit, code in _NATIONAL_BANDS if minutes < limit), "more")
    detail = next((code for limit, code in _DETAIL_BANDS if minutes < limit), "30_plus")
    return national, detail


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return max(0, min(value, _MAX_COUNT))


def anonymise(
    facts: SessionFacts, known_organismes: frozenset[str], vocab: Vocabulary
) -> SessionRecord:
    """Keep only what may be stored about a session, every code validated.

    Args:
        facts: What the session knows.
        known_organismes: Closed list of organisme codes (from the catalogue).
        vocab: Vocabulary to validate codes against.

    Returns:
        The anonymised record; nothing of the free text in ``facts`` is in it.
    """
    started = facts.started_at
    if started.tzinfo is not None:
        started = started.astimezone()  # the borne's local wall clock
    assisted = facts.assisted
    mode = "accompagne" if assisted is not None else vocab.valid_or("mode", facts.mode, "autonome")
    organismes: dict[str, None] = {}
    tile_themes: dict[str, None] = {}
    for tile in facts.tiles_opened:
        code = facts.organismes.get(tile, OTHER_ORGANISME)
        ok = isinstance(code, str) and code in known_organismes and _ORGANISME_CODE.fullmatch(code)
        organismes.setdefault(code if ok else OTHER_ORGANISME, None)
        themes = facts.thematiques_by_tile.get(tile, ())
        if len(themes) == 1:  # a tile with two thématiques says nothing precise
            tile_themes.update(dict.fromkeys(vocab.valid_thematiques(themes)))
    thematiques = vocab.valid_thematiques(assisted.thematiques) if assisted else ()
    national, detail = duration_bands(facts.duration_s)
    return SessionRecord(
        day=started.date(),
        hour=started.hour,
        mode=str(mode),
        duree_tranche=national,
        duree_detail=detail,
        organismes=tuple(organismes),
        thematiques=thematiques or tuple(tile_themes),
        pages_printed=_count(facts.pages_printed),
        documents_scanned=_count(facts.documents_scanned),
        documents_uploaded=_count(facts.documents_uploaded),
        help_requested=facts.help_requested is True,
        feedback=vocab.valid_or("avis", facts.feedback, None),
        end_reason=str(vocab.valid_or("fin", facts.end_reason, "terminee")),
        **_assisted_fields(assisted, vocab),
        vocabulary_version=vocab.version,
    )


def _assisted_fields(assisted: AssistedFacts | None, vocab: Vocabulary) -> dict[str, Any]:
    """Validated staff answers; all ``None`` for an autonomous session."""
    if assisted is None:
        return dict.fromkeys(
            ("role", "parcours", "demarche_aboutie", "autonomie", "redirection"),
        ) | {"tranche_age": None, "statut": None, "aidants_connect": None}
    return {
        "role": vocab.valid_or("role", assisted.role, None),
        "parcours": vocab.valid_or("parcours", assisted.pathway, None),
        "demarche_aboutie": vocab.valid_or("demarche_aboutie", assisted.demarche_aboutie, None),
        "autonomie": vocab.valid_or("autonomie", assisted.autonomie, None),
        "redirection": vocab.valid_or("structure_de_redirection", assisted.redirection, None),
        "tranche_age": vocab.valid_or("tranche_age", assisted.tranche_age, NOT_GIVEN),
        "statut": vocab.valid_or("statut_social", assisted.statut, NOT_GIVEN),
        "aidants_connect": assisted.aidants_connect is True,
    }
