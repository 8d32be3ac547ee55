"""``kiosk sync``: the borne's link with its federation.

``kiosk sync status`` says where the sync stands (in plain French),
``kiosk sync now`` sends what is waiting at once, and
``kiosk sync enrol ADRESSE CODE`` enrols the borne with a single-use code
(the token goes to the system keyring, never to a file). ``now`` also
fetches the federation's tile catalogue into the journal's folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.stats import database_path


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``sync`` sub-command and its three actions."""
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
    for action in (status, now, enrol):
        action.add_argument("--database", type=Path, default=None,
                            help="fichier du journal (sinon data_dir/journal.sqlite3)")
        action.add_argument("--config", type=Path, default=None,
                            help="fichier de réglages (TOML)")
        action.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Run one action; exit 0 when it went well, 1 when not, 2 on bad input."""
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
    sync = Synchroniser(journal, outbox, catalogue=CatalogueFeed(path.parent))
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
