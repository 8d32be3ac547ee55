"""``kiosk stats``: the borne's figures for a period, and their export.

``kiosk stats [--from JOUR] [--to JOUR]`` prints totals in plain French;
``kiosk stats export --format csv|ods --out FICHIER`` writes the daily
cells with the national codes and labels (see docs/statistiques.md).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

JOURNAL_NAME = "journal.sqlite3"


def day(text: str) -> date:
    """Parse ``2026-11-25``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date attendue sous la forme 2026-11-25 (reçu : {text})"
        ) from None


def _period_options(parser: argparse.ArgumentParser, *, inherited: bool) -> None:
    # Options repeated after "export" must not erase those given before it.
    default: Any = argparse.SUPPRESS if inherited else None
    parser.add_argument("--from", dest="start", type=day, default=default,
                        help="premier jour compris (AAAA-MM-JJ)")
    parser.add_argument("--to", dest="end", type=day, default=default,
                        help="dernier jour compris (AAAA-MM-JJ)")
    parser.add_argument("--database", type=Path, default=default,
                        help="fichier du journal (sinon data_dir/journal.sqlite3)")
    parser.add_argument("--config", type=Path, default=default,
                        help="fichier de réglages (TOML)")


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``stats`` sub-command and its ``export`` action."""
    parser = subparsers.add_parser("stats", help="chiffres de la borne sur une période")
    _period_options(parser, inherited=False)
    parser.set_defaults(handler=handle, action=None)
    actions = parser.add_subparsers(dest="action")
    export = actions.add_parser("export", help="exporter les chiffres (CSV ou ODS)")
    _period_options(export, inherited=True)
    export.add_argument("--format", dest="fmt", choices=("csv", "ods"), required=True,
                        help="csv ou ods")
    export.add_argument("--out", type=Path, required=True, help="fichier à écrire")


def database_path(args: argparse.Namespace) -> Path:
    """Return ``--database``, else ``data_dir/journal.sqlite3`` from the settings."""
    if args.database is not None:
        return Path(args.database)
    from kiosk.config import load_settings

    loaded = load_settings(args.config)
    for problem in loaded.problems:
        print(f"réglages : {problem}", file=sys.stderr)
    return loaded.settings.kiosk.data_dir / JOURNAL_NAME


def handle(args: argparse.Namespace) -> int:
    """Print the totals or write the export; exit 1 when there is no journal."""
    from kiosk import export, stats
    from kiosk.journal import Journal
    from kiosk.vocabulary import vocabulary

    if args.start and args.end and args.start > args.end:
        print("La date de début est après la date de fin.", file=sys.stderr)
        return 2
    path = database_path(args)
    if not path.exists():
        print(f"Aucun journal ici : {path}", file=sys.stderr)
        return 1
    journal = Journal(path, known_organismes=frozenset())
    status = journal.open()
    try:
        if not status.ok:
            print(status.message, file=sys.stderr)
            return 1
        if args.action == "export":
            try:
                count = export.write_export(
                    journal.cells(args.start, args.end), vocabulary(), args.fmt, args.out
                )
            except OSError as error:
                print(f"Impossible d'écrire {args.out} : {error.strerror}", file=sys.stderr)
                return 1
            print(f"{count} lignes écrites dans {args.out}")
            return 0
        print("\n".join(stats.describe(journal.totals(args.start, args.end), vocabulary())))
        return 0
    finally:
        journal.close()
