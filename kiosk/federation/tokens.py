"""Token rotation asked by the borne, in two steps (docs/protocole.md).

1. ``start`` (the borne authenticated): a new token is stored hashed as the
   borne's *pending* token and returned; the current token keeps working.
   Asking again replaces the pending token, so an answer lost on the way
   costs nothing.
2. ``promote``: the first request authenticated with the pending token makes
   it the current one; the previous token stops working from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation.errors import ApiError
from kiosk.federation.models import Device
from kiosk.federation.security import digest, new_token


@dataclass(frozen=True)
class Pending:
    """A token handed to the borne, valid from its first use.

    Attributes:
        token: The secret (shown this once, stored hashed).
        since: When it was made.
    """

    token: str
    since: datetime


def start(factory: sessionmaker[Session], device_id: str, moment: datetime) -> Pending:
    """Store a new pending token for an authenticated borne (replacing any pending one).

    Raises:
        ApiError: 401 ``borne_revoquee`` when the borne was withdrawn meanwhile.
    """
    token = new_token()
    with factory.begin() as session:
        done = session.execute(
            update(Device)
            .where(Device.id == device_id, Device.revoked_at.is_(None))
            .values(pending_token_hash=digest(token), pending_since=moment)
        )
        if getattr(done, "rowcount", 1) != 1:
            raise revoked()
    return Pending(token, moment)


def promote(
    factory: sessionmaker[Session], device_id: str, hashed: str, moment: datetime
) -> Device:
    """Make the pending token ``hashed`` the current one; return the borne's row.

    Two requests racing with the same pending token both succeed: the second
    finds the token already current.

    Raises:
        ApiError: 401 ``jeton_invalide`` when the federation replaced the
            token in between (``kiosk-federation rotate-token``).
    """
    with factory.begin() as session:
        session.execute(
            update(Device)
            .where(Device.id == device_id, Device.pending_token_hash == hashed)
            .values(token_hash=hashed, pending_token_hash=None, pending_since=None,
                    token_since=moment)
        )
        device = session.get(Device, device_id)
        if device is None or device.token_hash != hashed:
            raise unknown()
        return device


def unknown() -> ApiError:
    """The refusal of a token the server does not know (or no longer knows)."""
    return ApiError(401, "jeton_invalide", "Jeton d'accès inconnu : inscrivez la borne.")


def revoked() -> ApiError:
    """The refusal of a withdrawn borne's token."""
    return ApiError(
        401, "borne_revoquee", "Cette borne a été retirée par la fédération : réinscrivez-la."
    )
