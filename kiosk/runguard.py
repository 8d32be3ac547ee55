"""Refuse to run the borne as root, except for the demo and the tests.

As root, QtWebEngine must drop its sandbox and a visitor who escaped the
kiosk would own the PC. The installed borne runs as the unprivileged
``borne`` user; the demo (``--demo``) and the test suite (which sets
``BORNE_ALLOW_ROOT=1``) may run as root on a throwaway machine.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

ENV_ALLOW_ROOT = "BORNE_ALLOW_ROOT"


class RunCode(StrEnum):
    """Why running is allowed or refused."""

    NOT_ROOT = "not-root"
    ROOT_DEMO = "root-demo"
    ROOT_ALLOWED = "root-allowed"
    ROOT_REFUSED = "root-refused"


MESSAGES: dict[RunCode, str] = {
    RunCode.NOT_ROOT: "",
    RunCode.ROOT_DEMO: (
        "Démonstration lancée en tant que root : à faire seulement sur une machine de test."
    ),
    RunCode.ROOT_ALLOWED: (
        "BORNE_ALLOW_ROOT=1 : la borne tourne en tant que root, seulement pour les tests."
    ),
    RunCode.ROOT_REFUSED: (
        "La borne ne doit pas tourner en tant que root (administrateur) : "
        "une personne qui sortirait de la borne aurait tous les droits sur l'ordinateur.\n"
        "Sur une borne installée, elle démarre toute seule avec l'utilisateur « borne » "
        "(sudo systemctl restart borne).\n"
        "Pour essayer : kiosk run --demo, ou BORNE_ALLOW_ROOT=1 pour les tests."
    ),
}


@dataclass(frozen=True)
class RunDecision:
    """Whether the borne may start, why, and what to print (French, may be empty)."""

    allowed: bool
    code: RunCode
    message: str


def check_user(
    uid: int | None = None,
    *,
    demo: bool = False,
    environ: Mapping[str, str] | None = None,
) -> RunDecision:
    """Decide whether the borne may run under this user.

    Args:
        uid: Effective user id to judge; ``None`` uses :func:`os.geteuid`.
        demo: The demo was asked for (``kiosk run --demo``).
        environ: Environment to read; ``None`` reads :data:`os.environ`.

    Returns:
        The decision; when refused, print its message and exit non-zero.
    """
    env = os.environ if environ is None else environ
    uid = os.geteuid() if uid is None else uid
    if uid != 0:
        code = RunCode.NOT_ROOT
    elif demo:
        code = RunCode.ROOT_DEMO
    elif env.get(ENV_ALLOW_ROOT, "") == "1":
        code = RunCode.ROOT_ALLOWED
    else:
        code = RunCode.ROOT_REFUSED
    return RunDecision(code is not RunCode.ROOT_REFUSED, code, MESSAGES[code])
