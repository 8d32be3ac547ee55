"""Database access: engine for SQLite or PostgreSQL, sessions, migrations.

SQLite is the default (a file under ``$FEDERATION_DATA`` or the current
directory); PostgreSQL is chosen by URL (``postgresql+psycopg://…``).
Alembic is run programmatically at start-up, only when the revision differs.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("db")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DATA_ENV = "FEDERATION_DATA"
DATABASE_ENV = "FEDERATION_DATABASE"


def default_url() -> str:
    """Return the database URL from ``$FEDERATION_DATABASE`` or the SQLite default."""
    url = os.environ.get(DATABASE_ENV)
    if url:
        return url
    folder = Path(os.environ.get(DATA_ENV, "."))
    return f"sqlite:///{(folder / 'federation.sqlite3').resolve()}"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create the engine, with per-connection pragmas on SQLite."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def alembic_config(engine: Engine) -> Config:
    """Return an Alembic config pointing at the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine) -> bool:
    """Upgrade the schema to the latest revision when it is not already there.

    Returns:
        True when migrations ran.
    """
    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return False
    log.info("upgrading the federation schema from %s to %s", current, head)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by requests and commands."""
    return sessionmaker(engine, expire_on_commit=False)
