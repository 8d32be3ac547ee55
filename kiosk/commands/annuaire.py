"""``kiosk annuaire``: check the centre's local directory and the guides.

For whoever fills ``/etc/borne/annuaire.toml``: prints every place with its
next permanences as the borne will show them, the local offices given to
the guides, and every problem with its file, line and key. Also checks that
each tile of the catalogue has its French guide. Exit code: 0 clean, 1 some
problem (the borne still shows what is valid).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.catalogue import load_catalogue
from kiosk.config import load_settings
from kiosk.directory import DAYS, directory_path, load_directory
from kiosk.guides import check_guides


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``annuaire`` sub-command."""
    parser = subparsers.add_parser(
        "annuaire",
        help="vérifier l'annuaire local (lieux, permanences) et les guides des tuiles",
        description=(
            "Montre les lieux de l'annuaire du centre avec leurs prochaines permanences, "
            "les bureaux donnés aux guides, et chaque erreur (fichier, ligne, clé). "
            "Code de sortie : 0 sans erreur, 1 s'il y a des erreurs."
        ),
    )
    parser.add_argument(
        "--fichier", type=Path,
        help="annuaire à lire (défaut : $BORNE_ANNUAIRE ou /etc/borne/annuaire.toml)",
    )
    parser.set_defaults(handler=handle)


def _when(start: datetime, end: datetime) -> str:
    return f"{DAYS[start.weekday()]} {start:%d/%m} {start:%H:%M}–{end:%H:%M}"


def handle(args: argparse.Namespace) -> int:
    """Print the directory as the borne reads it; 1 when something is wrong."""
    path = args.fichier or directory_path()
    directory = load_directory(path)
    now = datetime.now()
    if not path.is_file():
        print(f"{path} : pas d'annuaire (la borne dira de demander à l'accueil).")
    for place in directory.sorted_places():
        coming = ", ".join(_when(o.start, o.end) for o in directory.next_for(place, now))
        print(f"- [{place.kind}] {place.name} — {coming or 'aucune permanence à venir'}")
    for office in directory.offices:
        print(f"- bureau pour la tuile {office.tile} : {office.name}")
    problems = [str(p) for p in directory.problems]
    catalogue = load_catalogue(override=load_settings().settings.kiosk.catalogue_override)
    problems += [str(p) for p in check_guides([t.id for t in catalogue.tiles])]
    known = {t.id for t in catalogue.tiles}
    problems += [f"{path} : bureau pour une tuile inconnue « {o.tile} »"
                 for o in directory.offices if o.tile not in known]
    for problem in problems:
        print(f"ERREUR {problem}")
    return 1 if problems else 0
