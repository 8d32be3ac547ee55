"""What the reception staff do at the borne, as plain data (no Qt here).

* Starting an accompanied session: a role (never a name), a pathway, and
  optionally thématiques: :class:`AccompanimentStart`.
* Closing it: :func:`closing_defaults` pre-fills the closing screen so the
  common case is one to three taps; :func:`closing_problems` says what is
  still missing; :func:`assisted_facts` gives the journal its
  :class:`~kiosk.journal.AssistedFacts`.
* Help calls waiting for someone: :class:`HelpCalls` (kept in memory only).
* The sync status box reads :class:`SyncStatusSource` (the sync worker).

Tile and settings edits live in :mod:`kiosk.staff_config`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from kiosk.journal import AssistedFacts
from kiosk.sync.status import SyncStatus
from kiosk.vocabulary import LOCAL_LISTS, NOT_GIVEN, Vocabulary, vocabulary

log = logging.getLogger("session")

#: Staff roles, in the order the chips show them (codes of the journal).
ROLES: tuple[str, ...] = tuple(LOCAL_LISTS["role"])
#: Pathways: access to rights (individual, often urgent) or learning.
PATHWAYS: tuple[str, ...] = tuple(LOCAL_LISTS["parcours"])
#: Organisme code of the Aidants Connect tile.
AIDANTS_CONNECT = "aidants_connect"
#: Outcome code that asks where the person was sent.
REORIENTED = "reoriente"
#: Autonomy pre-selected for each pathway (staff change it with one tap).
DEFAULT_AUTONOMIE: Mapping[str, str] = {
    "acces_aux_droits": "entierement_accompagne",
    "apprentissage": "partiellement_autonome",
}


def _codes(vocab: Vocabulary, name: str) -> tuple[str, ...]:
    return tuple(vocab.lists[name])


def thematique_choices(vocab: Vocabulary | None = None) -> dict[str, tuple[str, ...]]:
    """Return the thématique chips per pathway: démarches for rights, numérique for learning."""
    vocab = vocab or vocabulary()
    return {
        "acces_aux_droits": _codes(vocab, "thematique_administrative"),
        "apprentissage": _codes(vocab, "thematique_numerique"),
    }


@dataclass(frozen=True)
class AccompanimentStart:
    """What staff say when starting an accompanied session.

    Attributes:
        role: One of :data:`ROLES`.
        pathway: One of :data:`PATHWAYS`.
        thematiques: Optional thématique codes (either national list).
    """

    role: str
    pathway: str = "acces_aux_droits"
    thematiques: tuple[str, ...] = ()


class StartProblem(StrEnum):
    """Why an accompaniment cannot start as given."""

    NO_ROLE = "no_role"
    NO_PATHWAY = "no_pathway"


def start_problems(start: AccompanimentStart) -> tuple[StartProblem, ...]:
    """Tell what is missing before an accompaniment can start."""
    problems = []
    if start.role not in ROLES:
        problems.append(StartProblem.NO_ROLE)
    if start.pathway not in PATHWAYS:
        problems.append(StartProblem.NO_PATHWAY)
    return tuple(problems)


@dataclass(frozen=True)
class ClosingForm:
    """The closing screen's answers (all codes).

    Attributes:
        demarche_aboutie: Vocabulary ``demarche_aboutie`` code.
        autonomie: Vocabulary ``autonomie`` code.
        redirection: Vocabulary ``structure_de_redirection`` code, or ``None``.
        tranche_age: Vocabulary ``tranche_age`` code (default not given).
        statut: Vocabulary ``statut_social`` code (default not given).
        aidants_connect: The démarche was done through Aidants Connect.
        thematiques: Thématiques of the accompaniment.
    """

    demarche_aboutie: str | None = "oui"
    autonomie: str | None = None
    redirection: str | None = None
    tranche_age: str = NOT_GIVEN
    statut: str = NOT_GIVEN
    aidants_connect: bool = False
    thematiques: tuple[str, ...] = field(default_factory=tuple)


def closing_defaults(
    start: AccompanimentStart,
    tiles_opened: Sequence[str],
    organismes: Mapping[str, str],
    thematiques_by_tile: Mapping[str, Sequence[str]],
) -> ClosingForm:
    """Pre-fill the closing screen from what the session already knows.

    Démarche aboutie is pre-set to "oui", autonomy to the usual one for the
    pathway, "via Aidants Connect" is ticked when that tile was opened, and
    the thématiques chosen at start are kept (else those of the tiles opened
    that name exactly one thématique).

    Args:
        start: The choices made when the accompaniment started.
        tiles_opened: Tile ids opened during the session.
        organismes: Tile id → organisme code (from the catalogue).
        thematiques_by_tile: Tile id → thématique codes (from the catalogue).
    """
    themes = start.thematiques
    if not themes:
        found: dict[str, None] = {}
        for tile in tiles_opened:
            tile_themes = tuple(thematiques_by_tile.get(tile, ()))
            if len(tile_themes) == 1:
                found.setdefault(tile_themes[0], None)
        themes = tuple(found)
    return ClosingForm(
        demarche_aboutie="oui",
        autonomie=DEFAULT_AUTONOMIE.get(start.pathway),
        aidants_connect=any(organismes.get(t) == AIDANTS_CONNECT for t in tiles_opened),
        thematiques=themes,
    )


class ClosingProblem(StrEnum):
    """What the closing screen still needs."""

    NO_OUTCOME = "no_outcome"
    NO_AUTONOMIE = "no_autonomie"
    NO_REDIRECTION = "no_redirection"


def closing_problems(form: ClosingForm) -> tuple[ClosingProblem, ...]:
    """Tell what is missing (a réorientation needs where the person was sent)."""
    problems = []
    if form.demarche_aboutie is None:
        problems.append(ClosingProblem.NO_OUTCOME)
    if form.autonomie is None:
        problems.append(ClosingProblem.NO_AUTONOMIE)
    if form.demarche_aboutie == REORIENTED and form.redirection is None:
        problems.append(ClosingProblem.NO_REDIRECTION)
    return tuple(problems)


def choose_outcome(form: ClosingForm, outcome: str) -> ClosingForm:
    """Set the outcome; leaving "réorientée" forgets a structure chosen for it."""
    redirection = form.redirection if outcome == REORIENTED else None
    return replace(form, demarche_aboutie=outcome, redirection=redirection)


def assisted_facts(start: AccompanimentStart, form: ClosingForm) -> AssistedFacts:
    """Return what the journal keeps about this accompaniment (codes only)."""
    return AssistedFacts(
        role=start.role,
        pathway=start.pathway,
        thematiques=tuple(form.thematiques),
        demarche_aboutie=form.demarche_aboutie,
        autonomie=form.autonomie,
        redirection=form.redirection,
        tranche_age=form.tranche_age,
        statut=form.statut,
        aidants_connect=form.aidants_connect,
    )


# --------------------------------------------------------------------------
# Help calls


@dataclass(frozen=True)
class HelpCall:
    """One "Demander de l'aide" waiting for someone.

    Attributes:
        number: Running number (to acknowledge it).
        at: Local time of the call (shown as hours and minutes, never stored).
        service: Tile id on screen at the time, if any (a service, not a page).
    """

    number: int
    at: datetime
    service: str | None = None


class HelpCalls:
    """Help calls of the day, in memory only (nothing of them is stored).

    Args:
        clock: Local wall clock.
    """

    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self._clock = clock
        self._calls: list[HelpCall] = []
        self._next = 1

    def call(self, service: str | None = None) -> HelpCall:
        """Record a call for help (from the home or a service screen)."""
        made = HelpCall(self._next, self._clock(), service)
        self._next += 1
        self._calls.append(made)
        return made

    def acknowledge(self, number: int) -> bool:
        """Mark a call as answered; return whether it was waiting."""
        before = len(self._calls)
        self._calls = [c for c in self._calls if c.number != number]
        return len(self._calls) != before

    def acknowledge_all(self) -> int:
        """Mark every call answered (the person was helped); return how many."""
        count = len(self._calls)
        self._calls.clear()
        return count

    @property
    def waiting(self) -> tuple[HelpCall, ...]:
        """Calls not yet answered, oldest first."""
        return tuple(self._calls)


# --------------------------------------------------------------------------
# Sync status (kiosk.sync.worker.SyncWorker fits SyncStatusSource)


class SyncStatusSource(Protocol):
    """What the panel needs from the sync: ``kiosk.sync.worker.SyncWorker`` fits."""

    def status(self) -> SyncStatus:
        """Return the current status (quick: read from memory and the outbox)."""
        ...

    def sync_now(self) -> None:
        """Start a sending round at once (never blocks)."""
        ...


class NoSync:
    """Source used when the borne has no sync worker (not enrolled)."""

    def status(self) -> SyncStatus:
        """Return ``non_inscrite``."""
        return SyncStatus("non_inscrite")

    def sync_now(self) -> None:
        """Nothing to send."""


def staff_event(code: str, details: Iterable[str] = ()) -> None:
    """Log a staff action by code (never a name): for example ``maintenance_exit``."""
    log.warning("staff action: %s %s", code, " ".join(details))
