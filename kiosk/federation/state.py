"""What every request needs: settings, database sessions, vocabularies, clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation.crud import now
from kiosk.federation.vocabularies import Vocabularies
from kiosk.sync import protocol


@dataclass(frozen=True)
class Settings:
    """How the server runs.

    Attributes:
        database_url: SQLAlchemy URL (SQLite file or ``postgresql+psycopg://``).
        max_cells: Largest batch, in cells.
        max_body_bytes: Largest request body.
        silent_days: A borne silent for longer is flagged on the dashboard.
        secure_cookies: Force the cookie's Secure flag (else only over https).
    """

    database_url: str
    max_cells: int = protocol.MAX_CELLS
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    silent_days: int = 7
    secure_cookies: bool = False


@dataclass
class State:
    """Long-lived objects built once by the app factory."""

    settings: Settings
    factory: sessionmaker[Session]
    vocabularies: Vocabularies
    clock: Callable[[], datetime] = field(default=now)


def state_of(request: Request) -> State:
    """Return the server state attached to the application."""
    found = request.app.state.federation
    assert isinstance(found, State)
    return found
