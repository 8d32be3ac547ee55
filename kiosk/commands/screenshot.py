"""``kiosk screenshot``: render a screen of the borne offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

SCREENS = ("home", "help", "refused", "handoff", "pin", "panel", "accompagne", "question",
           "guide", "directory", "phone", "languages")
LANGUAGES = ("fr", "en", "ar", "es", "pt", "uk", "tr")


def size(text: str) -> tuple[int, int]:
    """Parse ``1280x800``."""
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError("taille attendue comme 1280x800")
    return int(match.group(1)), int(match.group(2))


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``screenshot`` sub-command."""
    parser = subparsers.add_parser("screenshot", help="enregistrer une image d'un écran (PNG)")
    parser.add_argument("--demo", action="store_true", help="sur les sites fictifs locaux")
    parser.add_argument("--config", type=Path, help="fichier de réglages (TOML)")
    parser.add_argument("--tile", help="identifiant de la tuile à ouvrir (sinon l'accueil)")
    parser.add_argument(
        "--show", choices=SCREENS, default="home",
        help="par-dessus : aide demandée, page refusée, lien pour téléphone ; "
             "pavé du code PIN, panneau de l'accueil, accueil d'un accompagnement, "
             "question de fin de session ; guide du service, annuaire local, "
             "code pour le téléphone, choix de la langue",
    )
    parser.add_argument("--language", choices=LANGUAGES, help="langue de l'écran (défaut : "
                        "celle des réglages)")
    parser.add_argument("--high-contrast", action="store_true", help="couleurs très contrastées")
    parser.add_argument("--out", type=Path, default=Path("borne.png"), help="fichier PNG")
    parser.add_argument("--size", type=size, default=(1280, 800), help="largeur x hauteur")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Render the screen asked for and save it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from kiosk import app  # Qt is loaded only when needed
    from kiosk.ui import screenshot as shots

    shot = shots.Shot(tile=args.tile, show=args.show, out=args.out, size=args.size,
                    language=args.language or "", high_contrast=args.high_contrast)
    error = shots.screenshot(app.Options(demo=args.demo, config=args.config, demo_port=0), shot)
    if error:
        print(error, file=sys.stderr)
        return 1
    print(args.out)
    return 0
