"""SQLite engine of the journal, and the programmatic Alembic upgrade.

Every connection gets ``foreign_keys=ON`` and WAL through a ``connect``
listener. The driver's own transaction guessing is switched off and
SQLAlchemy emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for writers), so DDL
and DML are both transactional (the SQLAlchemy documentation's recipe for
pysqlite).

At start-up :func:`migrate` reads the stored revision and runs Alembic only
when it differs from the head, after copying the file aside.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"

log = logging.getLogger("db")


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """Create the engine of one SQLite file (WAL, foreign keys, real transactions).

    Args:
        path: The database file.
        foreign_keys: Enforce foreign keys (off only while migrating: batch
            migrations copy tables and must not fire cascades).
        pooled: Keep connections open between uses (off for one-shot work).
    """
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=None if pooled else NullPool,
        connect_args={"timeout": 30, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers ask for "BEGIN IMMEDIATE" (execution option ``sqlite_begin``)
        # so a read-then-write transaction never fails on a stale snapshot.
        connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


@lru_cache(maxsize=1)
def head_revision() -> str:
    """Return the newest revision shipped in kiosk/migrations."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migration shipped")
    return head


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Return every revision shipped in kiosk/migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


class UnknownRevisionError(RuntimeError):
    """The database was written by a newer version of the borne."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Build the Alembic configuration (no alembic.ini: everything in code)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """Return the revision stored in the database (``None`` when empty)."""
    return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    """What :func:`migrate` did.

    Attributes:
        before: Revision found (``None``: empty or new file).
        after: Revision now stored (the head).
        backup: Copy made before upgrading, if the file held data.
    """

    before: str | None
    after: str
    backup: Path | None = None

    @property
    def upgraded(self) -> bool:
        """Tell whether Alembic ran."""
        return self.before != self.after


def migrate(path: Path, engine: Engine, *, now: datetime | None = None) -> MigrationResult:
    """Bring the database to the head revision if it is not there yet.

    Reading the revision costs about a millisecond; Alembic itself runs only
    when needed. Before upgrading a file that already holds tables, it is
    copied (SQLite backup API) to ``<name>.avant-migration-<rev>-<time>``.

    Raises:
        sqlalchemy.exc.DBAPIError: when the file cannot be read or migrated.
        UnknownRevisionError: when a newer borne wrote the file (left untouched).
    """
    with engine.connect() as connection:
        before = current_revision(connection)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head)
    if before is not None and before not in known_revisions():
        raise UnknownRevisionError(f"revision {before} unknown to this version of the borne")
    backup = None
    if before is not None:
        stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
        backup = path.with_name(f"{path.name}.avant-migration-{before}-{stamp}")
        backup_database(path, backup)
        log.info("journal database copied before migration")
    migration_engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with migration_engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError("foreign keys broken by the migration")
    finally:
        migration_engine.dispose()
    log.info("journal database migrated from %s to %s", before, head)
    return MigrationResult(before, head, backup)


def backup_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database (WAL content included) into ``target``."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
