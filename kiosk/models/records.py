"""Plain data the journal stores and reads back (no SQLAlchemy objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SessionRecord:
    """One session as stored: already anonymised, every code validated.

    This is everything the borne keeps about a session (layer 1, local only,
    deleted after 31 days). The page "Ce que la borne compte" is generated
    from these field names, so the two cannot drift apart.
    """

    day: date
    hour: int
    mode: str
    duree_tranche: str
    duree_detail: str
    organismes: tuple[str, ...]
    thematiques: tuple[str, ...]
    pages_printed: int
    documents_scanned: int
    documents_uploaded: int
    help_requested: bool
    feedback: str | None
    end_reason: str
    role: str | None
    parcours: str | None
    demarche_aboutie: str | None
    autonomie: str | None
    redirection: str | None
    tranche_age: str | None
    statut: str | None
    aidants_connect: bool | None
    vocabulary_version: str


@dataclass(frozen=True)
class Cell:
    """One daily absolute count (layer 2), the unit the sync sends.

    Attributes:
        day: Local day the sessions happened.
        metric: What is counted (``sessions``, ``accompagnements`` …).
        dimension: The one breakdown of this cell (``mode``, ``heure`` …).
        code: Code within the dimension (vocabulary code, ``"09"`` for hours).
        value: Absolute count for that day (never a delta).
        revision: Journal-wide counter taken when the value last changed.
        vocabulary_version: Vocabulary the codes come from.
    """

    day: date
    metric: str
    dimension: str
    code: str
    value: int
    revision: int
    vocabulary_version: str
