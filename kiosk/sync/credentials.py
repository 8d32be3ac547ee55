"""The borne's identity at the federation, kept through ``keyring``.

The device id, the federation address and the token are stored together as
one secret of the system keyring (never a file in clear). A borne without
this secret is simply not enrolled: it keeps journaling and does not sync.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

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
    """

    url: str
    device_id: str
    token: str
    centre: str = ""
    outbox_id: str = ""

    def __repr__(self) -> str:
        """Never show the token."""
        return f"Enrolment(url={self.url!r}, device_id={self.device_id!r}, token=***)"


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
