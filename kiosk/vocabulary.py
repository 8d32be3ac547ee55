"""The national médiation-numérique vocabulary (La Coop, CRA v2), read once.

``resources/vocabulary.json`` is the single source of the codes and labels
the journal stores and the exports print. Codes are kept as plain strings
with the vocabulary version beside them, never as database enums: the
national lists change often.

A few lists belong to the borne itself (the staff role, the pathway, the
end-of-session feedback, why a session ended); they are declared here in
the same shape so every code goes through one validation path.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from kiosk.paths import VOCABULARY

#: Lists of vocabulary.json used by the journal (name in the file).
NATIONAL_LISTS: tuple[str, ...] = (
    "mode",
    "thematique_administrative",
    "thematique_numerique",
    "autonomie",
    "structure_de_redirection",
    "demarche_aboutie",
    "duree_tranche",
    "tranche_age",
    "statut_social",
)

#: Lists that are the borne's own (not in the national file): code → label.
LOCAL_LISTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "role": MappingProxyType(
            {
                "accueil": "Accueil",
                "mediateur_numerique": "Médiateur ou médiatrice numérique",
                "benevole": "Bénévole",
                "ecrivain_public": "Écrivain public",
                "travailleur_social": "Travailleur ou travailleuse social",
            }
        ),
        "parcours": MappingProxyType(
            {
                "acces_aux_droits": "Accès aux droits",
                "apprentissage": "Apprentissage du numérique",
            }
        ),
        "avis": MappingProxyType(
            {
                "oui": "Oui",
                "en_partie": "En partie",
                "non": "Non",
                "besoin_aide": "A demandé de l'aide",
            }
        ),
        "fin": MappingProxyType(
            {
                "terminee": "Terminée par la personne",
                "inactivite": "Fin par inactivité",
                "fermeture": "Fermeture de la borne",
                "plantage": "Arrêt imprévu",
            }
        ),
        "organisme": MappingProxyType(
            {
                "caf": "Caf",
                "ameli": "Assurance maladie (ameli)",
                "impots": "Impôts",
                "ants": "ANTS",
                "france_travail": "France Travail",
                "msa": "MSA",
                "info_retraite": "Info Retraite",
                "anef": "Titres de séjour (ANEF)",
                "service_public": "Service-Public",
                "franceconnect": "FranceConnect",
                "autre": "Autre service",
            }
        ),
    }
)

#: Code used when a value is unknown or not given.
NOT_GIVEN = "non_communique"
#: Organisme code for anything outside the closed list.
OTHER_ORGANISME = "autre"


class VocabularyError(ValueError):
    """The vocabulary file is missing or does not have the expected shape."""


@dataclass(frozen=True)
class Vocabulary:
    """Every code list the journal knows, with French labels.

    Attributes:
        version: Version string of the national file (stored beside codes).
        lists: List name → (code → French label).
        organismes: Organisme codes known from the national examples.
    """

    version: str
    lists: Mapping[str, Mapping[str, str]]
    organismes: frozenset[str]

    def codes(self, name: str) -> frozenset[str]:
        """Return the valid codes of list ``name`` (KeyError if unknown)."""
        return frozenset(self.lists[name])

    def is_valid(self, name: str, code: object) -> bool:
        """Tell whether ``code`` is a string of list ``name``."""
        return isinstance(code, str) and code in self.lists[name]

    def label(self, name: str, code: str) -> str:
        """Return the French label of ``code``, or the code itself if unknown."""
        return self.lists.get(name, {}).get(code, code)

    @property
    def thematiques(self) -> frozenset[str]:
        """Codes of both thématique lists (administrative and numérique)."""
        return self.codes("thematique_administrative") | self.codes("thematique_numerique")

    def thematique_label(self, code: str) -> str:
        """Return the label of a thématique from either list."""
        for name in ("thematique_administrative", "thematique_numerique"):
            if code in self.lists[name]:
                return self.lists[name][code]
        return code

    def valid_or(self, name: str, code: object, default: str | None) -> str | None:
        """Return ``code`` if it belongs to list ``name``, else ``default``."""
        return code if isinstance(code, str) and code in self.lists[name] else default

    def valid_thematiques(self, codes: Iterable[object]) -> tuple[str, ...]:
        """Keep the valid thématique codes, in first-seen order, without repeats."""
        known = self.thematiques
        seen: dict[str, None] = {}
        for code in codes:
            if isinstance(code, str) and code in known:
                seen.setdefault(code, None)
        return tuple(seen)


def parse_vocabulary(raw: object) -> Vocabulary:
    """Build a :class:`Vocabulary` from the decoded JSON document.

    Raises:
        VocabularyError: when a list is missing or is not code → label text.
    """
    if not isinstance(raw, dict):
        raise VocabularyError("le vocabulaire doit être un objet JSON")
    version = raw.get("version")
    if not isinstance(version, str) or not version:
        raise VocabularyError("version du vocabulaire absente")
    lists: dict[str, Mapping[str, str]] = {}
    for name in NATIONAL_LISTS:
        entries = raw.get(name)
        if not isinstance(entries, dict) or not entries:
            raise VocabularyError(f"liste « {name} » absente du vocabulaire")
        for code, label in entries.items():
            if not isinstance(label, str) or not code:
                raise VocabularyError(f"liste « {name} » : libellé invalide pour « {code} »")
        lists[name] = MappingProxyType(dict(entries))
    examples = raw.get("organisme_examples", {})
    organismes = frozenset(examples) if isinstance(examples, dict) else frozenset()
    organisme_labels = {code: code.replace("_", " ").capitalize() for code in sorted(organismes)}
    organisme_labels.update(LOCAL_LISTS["organisme"])  # nicer names where we have them
    for name, entries in LOCAL_LISTS.items():
        lists[name] = entries
    lists["organisme"] = MappingProxyType(organisme_labels)
    return Vocabulary(version, MappingProxyType(lists), organismes)


def load_vocabulary(path: Path = VOCABULARY) -> Vocabulary:
    """Read and validate a vocabulary file.

    Raises:
        VocabularyError: when the file cannot be read or has the wrong shape.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise VocabularyError(f"vocabulaire illisible ({path}) : {error}") from error
    return parse_vocabulary(raw)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Return the shipped vocabulary, read once per process."""
    return load_vocabulary()
