"""Alembic environment of the federation server (run programmatically by db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kiosk.federation import catalogues as _catalogues  # noqa: F401 - its table
from kiosk.federation.models import Base

config = context.config


def run() -> None:
    """Run the migrations on the given connection, or on one made from the URL."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as own:
            _run(own)
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
