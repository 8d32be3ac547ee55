"""Command line: ``kiosk run``, ``kiosk screenshot``, ``kiosk stats`` and the others.

Each sub-command lives in its own module under :mod:`kiosk.commands` and
exposes ``register(subparsers)``; the module adds its parser and sets
``handler`` (a function taking the parsed namespace, returning an exit code).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence

#: Modules under kiosk.commands, in the order they appear in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "run",
    "screenshot",
    "check_url",
    "stats",
    "admin",
    "sync",
    "annuaire",
)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Borne d'accueil des centres sociaux."
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"kiosk.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen sub-command.

    Returns:
        The process exit code.
    """
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
