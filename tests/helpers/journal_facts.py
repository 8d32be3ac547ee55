"""Builders of SessionFacts for the journal tests and benchmarks."""

from __future__ import annotations

from datetime import datetime

from kiosk.journal import AssistedFacts, SessionFacts

KNOWN = frozenset({"caf", "ameli", "impots", "ants", "france_travail"})
TILES = {"caf": "caf", "ameli": "ameli", "impots": "impots", "ants": "ants", "webmail": "autre"}
THEMES = {
    "caf": ("famille_scolarite", "logement"),
    "ameli": ("social_sante",),
    "impots": ("argent_impots",),
    "ants": ("papiers_elections_citoyennete", "transports_mobilite"),
}


def autonomous(started: datetime, *tiles: str, duration_s: float = 600, **extra) -> SessionFacts:
    return SessionFacts(
        started_at=started,
        duration_s=duration_s,
        mode="autonome",
        tiles_opened=tiles,
        organismes={tile: TILES.get(tile, "autre") for tile in tiles},
        thematiques_by_tile={tile: THEMES.get(tile, ()) for tile in tiles},
        **extra,
    )


def assisted(started: datetime, *tiles: str, duration_s: float = 1800, **staff) -> SessionFacts:
    fields = {
        "role": "mediateur_numerique",
        "pathway": "acces_aux_droits",
        "thematiques": ("social_sante",),
        "demarche_aboutie": "oui",
        "autonomie": "partiellement_autonome",
        "redirection": None,
    }
    fields.update(staff)
    return SessionFacts(
        started_at=started,
        duration_s=duration_s,
        mode="accompagne",
        tiles_opened=tiles,
        organismes={tile: TILES.get(tile, "autre") for tile in tiles},
        thematiques_by_tile={tile: THEMES.get(tile, ()) for tile in tiles},
        assisted=AssistedFacts(**fields),
    )
