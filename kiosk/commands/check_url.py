"""``kiosk check-url``: say whether the borne would open an address, and why.

Meant for whoever maintains a catalogue: ``kiosk check-url URL --tile caf``
prints the decision of :class:`~kiosk.urlpolicy.UrlPolicy` for that tile's
hosts (or for every tile), with its stable reason code and a French sentence.
Exit code: 0 allowed (by the tile, or by at least one tile), 1 refused,
2 usage error (unknown tile, unreadable catalogue).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.catalogue import Catalogue, catalogue_from_text, load_catalogue
from kiosk.config import load_settings
from kiosk.urlpolicy import Decision, RequestKind, UrlPolicy

#: Placeholder port written into the demo catalogue (hosts carry no port).
DEMO_PORT = "8765"


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``check-url`` sub-command."""
    parser = subparsers.add_parser(
        "check-url",
        help="dire si la borne ouvrirait une adresse, et pourquoi",
        description=(
            "Affiche la décision de la borne pour une adresse : autorisée ou refusée, "
            "le code de la raison, le site et une phrase d'explication. "
            "Code de sortie : 0 autorisée, 1 refusée, 2 erreur d'utilisation."
        ),
    )
    parser.add_argument("url", help="l'adresse à vérifier, par exemple https://www.caf.fr/")
    parser.add_argument("--tile", help="identifiant de la tuile (sinon : toutes les tuiles)")
    parser.add_argument(
        "--catalogue", type=Path, help="catalogue à lire à la place de celui livré avec la borne"
    )
    parser.add_argument(
        "--override",
        type=Path,
        help="fichier du centre à appliquer "
             "(défaut : celui des réglages, /var/lib/borne/tuiles.toml)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="sites fictifs locaux : catalogue de démonstration, http permis sur *.localhost",
    )
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in RequestKind],
        default=RequestKind.NAVIGATION.value,
        help="page entière (navigation, défaut), cadre (subframe) ou élément de page "
        "(subresource : image, script…)",
    )
    parser.set_defaults(handler=handle)


def _catalogue(args: argparse.Namespace) -> Catalogue | None:
    if args.demo and args.catalogue is None:
        from kiosk.demo.server import CATALOGUE_TEMPLATE

        text = CATALOGUE_TEMPLATE.read_text(encoding="utf-8").replace("{port}", DEMO_PORT)
        return catalogue_from_text(text, str(CATALOGUE_TEMPLATE))
    if args.catalogue is not None and not args.catalogue.is_file():
        print(f"Catalogue introuvable : {args.catalogue}", file=sys.stderr)
        return None
    override = args.override
    if override is None and args.catalogue is None and not args.demo:
        override = load_settings().settings.kiosk.catalogue_override
    if args.catalogue is None:
        return load_catalogue(override=override)
    return load_catalogue(args.catalogue, override)


def _line(tile_id: str, decision: Decision) -> str:
    verdict = "AUTORISÉE" if decision.allowed else "REFUSÉE"
    host = f" — site : {decision.host}" if decision.host else ""
    return f"{tile_id} : {verdict} — raison : {decision.reason.value}{host}\n    {decision.detail}"


def handle(args: argparse.Namespace) -> int:
    """Print the decision for the URL and return 0 (allowed) or 1 (refused)."""
    catalogue = _catalogue(args)
    if catalogue is None:
        return 2
    for problem in catalogue.problems:
        print(f"Attention : {problem}", file=sys.stderr)
    tiles = catalogue.tiles
    if args.tile is not None:
        tile = catalogue.tile(args.tile)
        if tile is None:
            known = ", ".join(t.id for t in catalogue.tiles) or "aucune"
            print(
                f"Tuile « {args.tile} » inconnue ou cachée. Tuiles : {known}.", file=sys.stderr
            )
            return 2
        tiles = (tile,)
    if not tiles:
        print("Aucune tuile dans le catalogue.", file=sys.stderr)
        return 2
    policy = UrlPolicy(allow_loopback_http=args.demo)
    kind = RequestKind(args.kind)
    allowed_by: list[str] = []
    for tile in tiles:
        decision = policy.decide(args.url, tile.hosts, kind)
        print(_line(tile.id, decision))
        if decision.allowed:
            allowed_by.append(tile.id)
    if len(tiles) > 1:
        if allowed_by:
            print(f"Autorisée pour : {', '.join(allowed_by)}.")
        else:
            print("Refusée pour toutes les tuiles.")
    return 0 if allowed_by else 1
