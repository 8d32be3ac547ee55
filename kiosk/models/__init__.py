"""SQLAlchemy models, engine and repositories of the borne's journal."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData


def all_metadata() -> MetaData:
    """Import every model module of this package and return the shared metadata.

    Tables live in several modules (the journal's, the sync outbox's); Alembic
    and the schema test need them all registered on ``Base.metadata``.
    """
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    from kiosk.models.tables import Base

    return Base.metadata
