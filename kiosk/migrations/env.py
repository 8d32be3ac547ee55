"""Alembic environment of the journal.

Run programmatically by :func:`kiosk.models.engine.migrate`, which passes an
open connection in ``config.attributes["connection"]`` (Alembic cookbook,
"sharing a connection"). ``render_as_batch=True`` because SQLite alters
tables by copying them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from kiosk.models import all_metadata

config = context.config
METADATA = all_metadata()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=METADATA,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = config.attributes.get("connection")
    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"),
            target_metadata=METADATA,
            render_as_batch=True,
            literal_binds=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    elif isinstance(connection, Connection):
        _run(connection)
    else:
        from pathlib import Path

        from kiosk.models.engine import make_engine

        url = config.get_main_option("sqlalchemy.url") or ""
        engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False, pooled=False)
        with engine.begin() as own:
            _run(own)
        engine.dispose()


_main()
