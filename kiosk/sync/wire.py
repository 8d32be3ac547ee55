"""From the journal's cells to the protocol's cells (one key to one key).

The journal keeps a few figures the federation does not take (finer
duration bands, why a session ended …) and names some dimensions its own
way. :func:`to_wire` maps each journal cell key to exactly one protocol key,
or to nothing: never two journal keys onto one wire key, so a wire cell is
still an absolute value with the journal's own revision.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import MappingProxyType

from kiosk import stats
from kiosk.models.records import Cell as JournalCell
from kiosk.sync.protocol import ORGANISMES, TOTAL_CODE, Cell

log = logging.getLogger("sync")

#: Wire key without its day: (metric, dimension, code).
Key = tuple[str, str, str]

#: Journal (metric, dimension) → wire (metric, dimension); codes kept as they are.
_SAME_CODES: Mapping[tuple[str, str], tuple[str, str]] = MappingProxyType(
    {
        (stats.SESSIONS, "mode"): ("sessions", "mode"),
        (stats.SESSIONS, "heure"): ("sessions", "heure"),
        (stats.SESSIONS, "duree"): ("sessions", "duree"),
        (stats.SESSIONS, "avis"): ("sessions", "feedback"),
        (stats.SESSIONS, "thematique"): ("sessions", "thematique"),
        (stats.ACCOMPAGNEMENTS, "role"): ("sessions", "role"),
        (stats.ACCOMPAGNEMENTS, "parcours"): ("sessions", "pathway"),
        (stats.ACCOMPAGNEMENTS, "demarche_aboutie"): ("sessions", "demarche_aboutie"),
        (stats.ACCOMPAGNEMENTS, "autonomie"): ("sessions", "autonomie"),
        (stats.ACCOMPAGNEMENTS, "redirection"): ("sessions", "structure_de_redirection"),
        (stats.ACCOMPAGNEMENTS, "tranche_age"): ("sessions", "tranche_age"),
        (stats.ACCOMPAGNEMENTS, "statut"): ("sessions", "statut_social"),
    }
)

#: Journal totals → wire metric (code ``all``).
_TOTALS: Mapping[str, str] = MappingProxyType(
    {
        stats.SESSIONS: "sessions",
        stats.PAGES: "pages_imprimees",
        stats.SCANS: "documents_scannes",
        stats.UPLOADS: "documents_televerses",
    }
)


def wire_key(metric: str, dimension: str, code: str) -> Key | None:
    """Return the protocol key of a journal key, or ``None`` when it stays on the borne."""
    if dimension == stats.TOTAL:
        wired = _TOTALS.get(metric)
        return None if wired is None else (wired, "total", TOTAL_CODE)
    if (metric, dimension) == (stats.SESSIONS, "aide"):
        return ("demandes_aide", "total", TOTAL_CODE) if code == "oui" else None
    if (metric, dimension) == (stats.SESSIONS, "organisme"):
        if code not in ORGANISMES:
            log.warning("organisme code outside the protocol list not sent")
            return None
        return ("sessions", "organisme", code)
    pair = _SAME_CODES.get((metric, dimension))
    return None if pair is None else (*pair, code)


def to_wire(cell: JournalCell) -> Cell | None:
    """Return the wire cell of a journal cell (same value and revision), or ``None``."""
    key = wire_key(cell.metric, cell.dimension, cell.code)
    if key is None:
        return None
    return Cell(cell.day.isoformat(), *key, value=cell.value, revision=cell.revision)


def totals(cells: list[Cell]) -> dict[Key, int]:
    """Sum wire cells per (metric, dimension, code), every day together, zeros left out."""
    found: dict[Key, int] = {}
    for cell in cells:
        key = (cell.metric, cell.dimension, cell.code)
        found[key] = found.get(key, 0) + cell.value
    return {key: value for key, value in found.items() if value}
