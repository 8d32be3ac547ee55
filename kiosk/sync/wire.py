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
from dataclasses import replace
from types import MappingProxyType

from kiosk import stats
from kiosk.models.records import Cell as JournalCell
from kiosk.sync.protocol import ORGANISMES, TOTAL_CODE, UNKNOWN_DAY, Cell

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


class CellSet:
    """Cells about to be stored, one per key: the highest revision wins.

    Cells are absolute, so keeping only the newest revision of each key is
    all merging takes. The clock rule (:mod:`kiosk.sync.clock`) is applied
    here too: suspect days are sent as 0 and summed under ``inconnu``.
    """

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str, str, str], Cell] = {}
        self.vocab: dict[tuple[str, str, str, str], str] = {}

    def __len__(self) -> int:
        return len(self.cells)

    def keep(self, cell: Cell, version: str) -> None:
        """Add a cell unless the set holds a newer revision of its key."""
        old = self.cells.get(cell.key)
        if old is None or cell.revision >= old.revision:
            self.cells[cell.key] = cell
            self.vocab[cell.key] = version

    def keep_journal(self, cell: JournalCell) -> None:
        """Add a journal cell (when the federation takes it)."""
        wired = to_wire(cell)
        if wired is not None:
            self.keep(wired, cell.vocabulary_version)

    def retract(self, day_cells: list[JournalCell], days: set[str], revision: int) -> None:
        """Add a 0 at ``revision`` for every cell of ``days`` (newly suspect)."""
        for cell in day_cells:
            wired = to_wire(cell)
            if wired is not None and wired.day in days:
                self.keep(replace(wired, value=0, revision=revision), cell.vocabulary_version)

    def hide_days(self, suspect: set[str], horizon: str) -> set[Key]:
        """Zero the cells of suspect days; return their keys (without the day).

        A suspect day after ``horizon`` (the server's tomorrow) was never
        accepted by the server: its cells are dropped instead of zeroed.
        """
        touched: set[Key] = set()
        for key, cell in list(self.cells.items()):
            if cell.day in suspect:
                touched.add(key[1:])
                if cell.day > horizon:
                    del self.cells[key]
                    del self.vocab[key]
                else:
                    self.cells[key] = replace(cell, value=0)
        return touched

    def add_unknown(self, touched: set[Key], day_cells: list[JournalCell], revision: int) -> None:
        """Add the ``inconnu`` cells of ``touched``: sums over every suspect day."""
        sums: dict[Key, int] = dict.fromkeys(touched, 0)
        versions: dict[Key, str] = {}
        for cell in day_cells:
            wired = to_wire(cell)
            if wired is not None and (key := wired.key[1:]) in sums:
                sums[key] += wired.value
                versions[key] = cell.vocabulary_version
        fallback = next(iter(versions.values()), "")
        for key, value in sums.items():
            self.keep(Cell(UNKNOWN_DAY, *key, value=value, revision=revision),
                      versions.get(key, fallback))
