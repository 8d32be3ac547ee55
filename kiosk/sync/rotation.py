"""Token rotation asked by the borne, in two steps (docs/protocole.md).

1. Ask the federation for a token (``POST …/token``, with the current one):
   it stores it as *pending* and the current token keeps working.
2. Write it to the keyring as ``pending_token``, next to the current one,
   **before** using it; then use it once (``GET …/token``): the federation
   makes it current and retires the old one; the keyring follows.

Whatever is lost in between costs nothing: an answer lost in step 1 leaves
the borne with its current token (asking again replaces the pending one);
a borne stopped after the keyring write confirms the pending token at its
next round; a pending token the federation no longer knows (replaced by a
later request, or by ``kiosk-federation rotate-token``) is dropped and the
current one is used. Processes of the same borne (the app's worker, ``kiosk
sync rotate``) rotate one at a time under a file lock next to the journal.
Tokens are never logged.
"""

from __future__ import annotations

import dataclasses
import fcntl
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.sync import credentials
from kiosk.sync.client import Answer, FederationClient, NetworkError

log = logging.getLogger("sync")

#: Codes of a finished rotation, or of nothing to finish.
DONE = "fait"
NOTHING = "aucune"
#: The pending token was unknown to the federation: dropped, the current one kept.
DROPPED = "jeton_en_attente_refuse"

MESSAGES: dict[str, str] = {
    DONE: "La borne utilise maintenant un nouveau jeton d'accès ; l'ancien ne fonctionne plus.",
    NOTHING: "Aucun changement de jeton n'était en cours.",
    DROPPED: "Le nouveau jeton avait été remplacé ou annulé par la fédération : la borne garde "
    "son jeton actuel et pourra en redemander un.",
    "non_inscrite": "La borne n'est pas inscrite auprès d'une fédération.",
}


def lock_path(journal: Path) -> Path:
    """Return the lock file that serialises rotations of the borne of ``journal``."""
    return journal.with_name(journal.name + ".jeton.lock")


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Result:
    """How a rotation (or its confirmation) ended.

    Attributes:
        code: :data:`DONE`, :data:`NOTHING`, :data:`DROPPED`, ``non_inscrite``,
            ``coffre_indisponible``, a network code (``injoignable`` …:
            nothing lost, a stored pending token is confirmed later) or the
            federation's error code (``borne_revoquee`` …).
        enrolment: The credentials now in the keyring (``None``: not enrolled
            or keyring unreadable).
        message: The federation's French message for its own error codes.
    """

    code: str
    enrolment: credentials.Enrolment | None
    message: str = ""

    @property
    def ok(self) -> bool:
        """True when nothing is left to do (done, or nothing was pending)."""
        return self.code in {DONE, NOTHING}


def due(enrolment: credentials.Enrolment, max_days: int, now: datetime) -> bool:
    """Tell whether the token is ``max_days`` old (0: never; unknown age: yes)."""
    if max_days <= 0:
        return False
    age = enrolment.token_age(now)
    return age is None or age >= timedelta(days=max_days)


class TokenRotator:
    """Rotates the token kept in the keyring, one process at a time.

    Args:
        lock: Lock file (see :func:`lock_path`).
        client_factory: Builds the HTTP client for the enrolled address.
        now: Aware UTC clock (the token's creation date).
    """

    def __init__(
        self,
        lock: Path,
        client_factory: Callable[[str], FederationClient] = FederationClient,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.lock = lock
        self.client_factory = client_factory
        self.now = now

    def finish(self) -> Result:
        """Confirm a pending token left by an interrupted rotation, if any."""
        with _exclusive(self.lock):
            loaded = self._load()
            if isinstance(loaded, Result):
                return loaded
            return self._confirm(loaded)

    def rotate(self) -> Result:
        """Finish any pending rotation, then replace the token (both steps)."""
        with _exclusive(self.lock):
            loaded = self._load()
            if isinstance(loaded, Result):
                return loaded
            first = self._confirm(loaded)
            if first.code not in {DONE, NOTHING, DROPPED} or first.enrolment is None:
                return first
            enrolment = first.enrolment
            client = self.client_factory(enrolment.url)
            try:
                answer = client.new_token(enrolment.device_id, enrolment.token)
            except NetworkError as error:
                return Result(error.code, enrolment)
            data = answer.json()
            if answer.status != 201 or not isinstance(data, dict) or not data.get("token"):
                code, message = _refusal(answer)
                log.warning("federation refused a new token (%s)", code)
                return Result(code, enrolment, message)
            staged = dataclasses.replace(enrolment, pending_token=str(data["token"]))
            saved = self._save(staged)  # before the first use: a crash now loses nothing
            if saved is not None:
                return saved
            return self._confirm(staged)

    def _load(self) -> credentials.Enrolment | Result:
        try:
            enrolment = credentials.load()
        except credentials.KeyringUnavailableError:
            return Result("coffre_indisponible", None)
        return enrolment if enrolment is not None else Result("non_inscrite", None)

    def _save(self, enrolment: credentials.Enrolment) -> Result | None:
        try:
            credentials.save(enrolment)
        except credentials.KeyringUnavailableError:
            return Result("coffre_indisponible", None)
        return None

    def _confirm(self, enrolment: credentials.Enrolment) -> Result:  # noqa: PLR0911
        """First use of the pending token: it becomes current at the federation, then here."""
        if not enrolment.pending_token:
            return Result(NOTHING, enrolment)
        client = self.client_factory(enrolment.url)
        try:
            answer = client.token_state(enrolment.device_id, enrolment.pending_token)
        except NetworkError as error:
            return Result(error.code, enrolment)
        data = answer.json()
        if answer.status == 200 and isinstance(data, dict) and "rotation_pending" in data:
            promoted = dataclasses.replace(
                enrolment,
                token=enrolment.pending_token,
                pending_token="",
                token_since=self.now().isoformat(timespec="seconds"),
            )
            saved = self._save(promoted)
            if saved is not None:  # the pending token stays stored: confirmed again later
                return Result(saved.code, enrolment)
            log.info("new federation token in use")
            return Result(DONE, promoted)
        code, message = _refusal(answer)
        if answer.status == 401 and code == "jeton_invalide":
            kept = dataclasses.replace(enrolment, pending_token="")
            saved = self._save(kept)
            if saved is not None:
                return Result(saved.code, enrolment)
            log.warning("pending federation token unknown to the server: dropped")
            return Result(DROPPED, kept)
        return Result(code, enrolment, message)


def _refusal(answer: Answer) -> tuple[str, str]:
    """The federation's own error, or a code of ours when something else answered."""
    code, message = answer.error()
    if not code.startswith("http_"):
        return code, message
    if answer.status >= 500 or answer.status == 429:
        return "serveur_indisponible", ""
    return "reponse_inattendue", ""
