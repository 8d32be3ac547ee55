"""The borne's identity at the federation, kept through ``keyring``.

The device id, the federation address and the token are stored together as
one secret of the system keyring (never a file in clear). A borne without
this secret is simply not enrolled: it keeps journaling and does not sync.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import keyring
from keyring.errors import KeyringError

log = logging.getLogger("sync")

SERVICE = "borne-accueil"
ACCOUNT = "federation"


class KeyringUnavailableError(Exception):
    """The keyring cannot be read or written (no backend, locked …)."""


@dataclass(frozen=True)
class Enrolment:
    """What enrolment gave the borne.

    Attributes:
        url: Base address of the federation (``https://…``, no trailing slash).
        device_id: The borne's id at the federation.
        token: Bearer token (secret).
        centre: Name of the centre the federation filed the borne under.
        outbox_id: Identity of the journal's outbox the enrolment belongs to:
            a journal started anew (damaged file moved aside) needs a new
            enrolment, so its figures add to the old ones instead of
            overwriting them.
        token_since: When the borne received ``token`` (ISO, UTC); empty for
            an enrolment stored before this was kept (age unknown).
        pending_token: A token the federation gave for a rotation and the
            borne has not confirmed yet (secret; empty: none). It is written
            here *before* its first use, which retires ``token``.
    """

    url: str
    device_id: str
    token: str
    centre: str = ""
    outbox_id: str = ""
    token_since: str = ""
    pending_token: str = ""

    def __repr__(self) -> str:
        """Never show the tokens."""
        pending = ", pending_token=***" if self.pending_token else ""
        return f"Enrolment(url={self.url!r}, device_id={self.device_id!r}, token=***{pending})"

    def token_age(self, now: datetime) -> timedelta | None:
        """Return how old ``token`` is at ``now`` (aware), ``None`` when unknown."""
        try:
            since = datetime.fromisoformat(self.token_since)
        except ValueError:
            return None
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return now - since


def load() -> Enrolment | None:
    """Return the stored enrolment, or ``None`` when the borne is not enrolled.

    Raises:
        KeyringUnavailableError: the keyring cannot be read.
    """
    try:
        raw = keyring.get_password(SERVICE, ACCOUNT)
    except (KeyringError, RuntimeError) as error:
        raise KeyringUnavailableError(type(error).__name__) from None
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Enrolment(
            url=str(data["url"]),
            device_id=str(data["device_id"]),
            token=str(data["token"]),
            centre=str(data.get("centre", "")),
            outbox_id=str(data.get("outbox_id", "")),
            token_since=str(data.get("token_since", "")),
            pending_token=str(data.get("pending_token", "")),
        )
    except (ValueError, KeyError, TypeError):
        log.error("stored enrolment unreadable: treated as not enrolled")
        return None


def save(enrolment: Enrolment) -> None:
    """Store the enrolment (replacing any previous one).

    Raises:
        KeyringUnavailableError: the keyring cannot be written.
    """
    raw = json.dumps(
        {
            "url": enrolment.url,
            "device_id": enrolment.device_id,
            "token": enrolment.token,
            "centre": enrolment.centre,
            "outbox_id": enrolment.outbox_id,
            "token_since": enrolment.token_since,
            "pending_token": enrolment.pending_token,
        }
    )
    try:
        keyring.set_password(SERVICE, ACCOUNT, raw)
    except (KeyringError, RuntimeError) as error:
        raise KeyringUnavailableError(type(error).__name__) from None


def forget() -> None:
    """Remove the enrolment (nothing happens when there is none)."""
    try:
        keyring.delete_password(SERVICE, ACCOUNT)
    except (KeyringError, RuntimeError):
        log.info("no enrolment to forget")
