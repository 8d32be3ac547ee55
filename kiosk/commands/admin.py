"""``kiosk admin``: the staff PIN, for whoever administers the PC.

* ``kiosk admin set-pin``: choose or change the PIN (typed twice, hidden), or
  ``--pin-stdin`` to read it twice from standard input (one per line) in scripts;
* ``kiosk admin reset-pin``: forget a lost PIN and the wrong-PIN count; the
  borne then asks for a new PIN at the next unlock;
* ``kiosk admin status``: whether a PIN is set, wrong tries, wait or lock.

On an installed borne, run them as the borne user with its keyring:
``sudo borne-admin admin set-pin``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.pin import (
    MAX_DIGITS,
    MIN_DIGITS,
    STATE_FILE_NAME,
    KeyringUnavailableError,
    Outcome,
    PinGuard,
    PinProblem,
)

PROBLEM_TEXT = {
    PinProblem.NOT_DIGITS: "le code ne doit contenir que des chiffres",
    PinProblem.TOO_SHORT: f"le code doit avoir au moins {MIN_DIGITS} chiffres",
    PinProblem.TOO_LONG: f"le code doit avoir au plus {MAX_DIGITS} chiffres",
    PinProblem.TOO_SIMPLE: "code trop facile à deviner (chiffres qui se suivent ou répétés)",
    PinProblem.MISMATCH: "les deux saisies sont différentes",
    PinProblem.ALREADY_SET: "un code existe déjà",
}
NO_KEYRING = (
    "Le trousseau de la borne est inaccessible. Sur une borne installée, lancez : "
    "sudo borne-admin admin …"
)


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private type
    """Add the ``admin`` sub-command and its actions."""
    parser = subparsers.add_parser("admin", help="code (PIN) du personnel de l'accueil")
    parser.add_argument("--config", type=Path, default=None, help="fichier de réglages (TOML)")
    actions = parser.add_subparsers(dest="action", required=True)
    set_pin = actions.add_parser("set-pin", help="choisir ou changer le code")
    set_pin.add_argument("--pin-stdin", action="store_true",
                         help="lire le code deux fois sur l'entrée standard (une ligne chacune)")
    actions.add_parser("reset-pin", help="effacer un code oublié (un nouveau sera demandé)")
    actions.add_parser("status", help="code défini ? essais manqués ? blocage ?")
    parser.set_defaults(handler=handle)


def guard_for(config: Path | None) -> PinGuard:
    """Build the guard on ``data_dir/pin-attempts.json`` of the settings."""
    from kiosk.config import load_settings

    settings = load_settings(config).settings
    return PinGuard(settings.kiosk.data_dir / STATE_FILE_NAME)


def _read_twice(from_stdin: bool) -> tuple[str, str]:
    if from_stdin:
        lines = sys.stdin.read().splitlines()
        first = lines[0].strip() if lines else ""
        second = lines[1].strip() if len(lines) > 1 else first
        return first, second
    first = getpass.getpass(f"Nouveau code ({MIN_DIGITS} à {MAX_DIGITS} chiffres) : ")
    return first, getpass.getpass("Le même code, encore une fois : ")


def handle(args: argparse.Namespace) -> int:
    """Run the chosen action; exit 0 on success, 1 when refused, 2 without keyring."""
    guard = guard_for(args.config)
    try:
        if args.action == "set-pin":
            return _set_pin(guard, args.pin_stdin)
        if args.action == "reset-pin":
            existed = guard.reset()
            print("Code effacé. La borne demandera d'en choisir un nouveau."
                  if existed else "Aucun code n'était défini ; compteur d'essais remis à zéro.")
            return 0
        return _status(guard)
    except KeyringUnavailableError:
        print(NO_KEYRING, file=sys.stderr)
        return 2


def _set_pin(guard: PinGuard, from_stdin: bool) -> int:
    pin, again = _read_twice(from_stdin)
    problem = guard.replace(pin, again)
    if problem is not None:
        print(f"Code refusé : {PROBLEM_TEXT[problem]}.", file=sys.stderr)
        return 1
    print("Code enregistré (seule son empreinte est gardée, dans le trousseau).")
    return 0


def _status(guard: PinGuard) -> int:
    verdict = guard.status()
    if verdict.outcome is Outcome.UNAVAILABLE:
        raise KeyringUnavailableError("status")
    if verdict.outcome is Outcome.NO_PIN:
        print("Aucun code défini : la borne demandera d'en choisir un (ou : kiosk admin set-pin).")
        return 0
    print("Code défini.")
    print(f"Essais manqués d'affilée : {verdict.failures}")
    if verdict.wait_s:
        until = datetime.fromtimestamp(datetime.now().timestamp() + verdict.wait_s)
        kind = "Bloqué" if verdict.outcome is Outcome.LOCKED else "Attente"
        print(f"{kind} jusqu'à {until:%H:%M:%S} (kiosk admin reset-pin pour débloquer).")
    return 0
