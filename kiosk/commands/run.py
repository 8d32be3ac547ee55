"""``kiosk run``: the borne, full screen and locked."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from kiosk import single_instance
from kiosk.runguard import RunCode, check_user


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``run`` sub-command."""
    parser = subparsers.add_parser("run", help="lancer la borne (plein écran, verrouillée)")
    parser.add_argument(
        "--demo", action="store_true",
        help="sites fictifs locaux, sans réseau ni configuration ; statistiques, tuiles et "
             "réglages vont dans un dossier temporaire (jamais /var/lib/borne), "
             "sauf si --config en donne un",
    )
    parser.add_argument("--config", type=Path, help="fichier de réglages (TOML)")
    parser.add_argument(
        "--windowed", action="store_true", help="dans une fenêtre (pour essayer, pas en service)"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Check the user, then run the borne until it is stopped."""
    decision = check_user(demo=args.demo)
    if decision.message:
        print(decision.message, file=sys.stderr)
    if not decision.allowed:
        return 2
    lock = single_instance.acquire()  # held until this function returns
    if lock is None:
        print(single_instance.MESSAGE, file=sys.stderr)
        return 3
    if decision.code is not RunCode.NOT_ROOT:
        # Chromium refuses to start its sandbox as root (demo or tests only).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from kiosk import app  # Qt is loaded only when the borne really starts

    return app.run(app.Options(demo=args.demo, config=args.config), windowed=args.windowed)
