"""``kiosk sync``: the borne's link with its federation.

``kiosk sync status`` says where the sync stands (in plain French),
``kiosk sync now`` sends what is waiting at once, and
``kiosk sync enrol ADRESSE CODE`` enrols the borne with a single-use code
(the token goes to the system keyring, never to a file). ``now`` also
fetches the federation's tile catalogue into the journal's folder.
``kiosk sync rotate`` replaces the borne's token at once, in two safe steps
(docs/protocole.md); rounds also do it when the token is
``[sync] rotate_token_days`` old. The token is never printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands.stats import database_path

if TYPE_CHECKING:
    from kiosk.sync.worker import Synchroniser


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``sync`` sub-command and its actions."""
    parser = subparsers.add_parser("sync", help="envoi des chiffres à la fédération")
    actions = parser.add_subparsers(dest="action", required=True)
    status = actions.add_parser("status", help="où en est l'envoi des chiffres")
    now = actions.add_parser("now", help="envoyer maintenant ce qui attend")
    now.add_argument("--reprendre", action="store_true",
                     help="renvoyer aussi les envois refusés et mis de côté")
    enrol = actions.add_parser("enrol", help="inscrire la borne auprès d'une fédération")
    enrol.add_argument("url", help="adresse de la fédération (https://…)")
    enrol.add_argument("code", help="code d'inscription à usage unique")
    enrol.add_argument("--nom", default="Borne d'accueil", help="nom de la borne")
    rotate = actions.add_parser("rotate", help="remplacer maintenant le jeton d'accès de la borne")
    for action in (status, now, enrol, rotate):
        action.add_argument("--database", type=Path, default=None,
                            help="fichier du journal (sinon data_dir/journal.sqlite3)")
        action.add_argument("--config", type=Path, default=None,
                            help="fichier de réglages (TOML)")
        action.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Run one action; exit 0 when it went well, 1 when not, 2 on bad input."""
    from kiosk.config import load_settings
    from kiosk.journal import Journal
    from kiosk.sync.catalogue_feed import CatalogueFeed
    from kiosk.sync.outbox import Outbox
    from kiosk.sync.worker import EnrolError, Outcome, Synchroniser

    path = database_path(args)
    journal = Journal(path, known_organismes=frozenset())
    opened = journal.open()
    if not opened.ok:
        print(opened.message, file=sys.stderr)
        return 1
    outbox = Outbox(path)
    days = load_settings(args.config).settings.sync.rotate_token_days
    sync = Synchroniser(
        journal, outbox, catalogue=CatalogueFeed(path.parent), rotate_token_days=days
    )
    try:
        if args.action == "enrol":
            try:
                enrolment = sync.enrol(args.url, args.code, args.nom)
            except EnrolError as error:
                print(error.message, file=sys.stderr)
                return 2
            where = f" pour « {enrolment.centre} »" if enrolment.centre else ""
            print(f"Borne inscrite auprès de la fédération{where}.")
            print("Les chiffres partiront à la prochaine synchronisation.")
            return 0
        if args.action == "rotate":
            return _rotate(sync)
        if args.action == "now":
            if args.reprendre:
                count = outbox.requeue_quarantined()
                print(f"{count} envoi(s) mis de côté remis dans la file.")
            result = sync.run_once()
            print("\n".join(sync.status().lines()))
            return 0 if result.outcome is Outcome.DONE else 1
        print("\n".join(sync.status().lines()))
        return 0
    finally:
        outbox.close()
        journal.close()


def _rotate(sync: Synchroniser) -> int:
    """Replace the token now; say what happened in French (never the token)."""
    from kiosk.sync import rotation, status

    result = sync.rotate_token()
    if result.ok and result.code == rotation.DONE:
        print(rotation.MESSAGES[rotation.DONE])
        return 0
    text = (
        rotation.MESSAGES.get(result.code)
        or result.message
        or status.message_for(result.code)
    )
    print(text, file=sys.stderr)
    pending = result.enrolment is not None and bool(result.enrolment.pending_token)
    if pending:
        print("Le nouveau jeton est gardé dans le coffre-fort : il sera mis en service à la "
              "prochaine synchronisation.", file=sys.stderr)
    return 1
