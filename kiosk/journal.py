"""The anonymous usage journal: the only way into the statistics tables.

A session hands everything it knows to :meth:`Journal.record` as
:class:`SessionFacts`. Anonymisation happens right there, at the edge, on
the caller's thread: only the fields of
:class:`~kiosk.models.records.SessionRecord` survive (day, hour bucket,
mode, duration band, organismes from the closed list, validated codes,
counts). URLs, titles, form values, file names, exact times and any free
text never go further than this module. The anonymised row is then queued
for a background writer thread, so the GUI thread never waits for the disk.

Layer 1 (one row per session) is deleted after :data:`RETENTION_DAYS`;
layer 2 (daily absolute count cells) is recomputed from layer 1 for each
day touched, kept for ever, and is what the sync sends:
:meth:`Journal.changed_cells` and :meth:`Journal.mark_sent`.

A damaged or unreadable database never stops the borne: the file is moved
aside under a timestamped name (never deleted), the journal is disabled and
:attr:`Journal.status` tells the staff in plain French.
"""

from __future__ import annotations

import enum
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk import stats
from kiosk.anonymisation import (
    DROPPED_FACTS,
    NEVER_RECORDED,
    RECORDED_FIELDS,
    AssistedFacts,
    SessionFacts,
    anonymise,
    duration_bands,
)
from kiosk.models import repository
from kiosk.models.engine import MigrationResult, make_engine, migrate
from kiosk.models.files import DamagedFile, move_aside, probe
from kiosk.models.records import Cell, SessionRecord
from kiosk.vocabulary import Vocabulary, vocabulary

log = logging.getLogger("journal")

#: Days a session row (layer 1) is kept; the daily cells stay.
RETENTION_DAYS = 31
#: Sessions waiting for the writer beyond which new ones are dropped (and logged).
QUEUE_LIMIT = 10_000
#: Most sessions written in one transaction.
BATCH_LIMIT = 500
_T = TypeVar("_T")

__all__ = [
    "DROPPED_FACTS",
    "NEVER_RECORDED",
    "RECORDED_FIELDS",
    "RETENTION_DAYS",
    "AssistedFacts",
    "Cell",
    "Journal",
    "JournalState",
    "JournalStatus",
    "SessionFacts",
    "SessionRecord",
    "anonymise",
    "duration_bands",
]


class JournalState(enum.Enum):
    """Whether the journal counts sessions."""

    OK = "ok"
    DISABLED = "disabled"
    CLOSED = "closed"


@dataclass(frozen=True)
class JournalStatus:
    """State of the journal, with a reason code and a French message for staff.

    Attributes:
        state: Counting, disabled (the borne still serves people) or closed.
        reason: Stable code: ``ok``, ``not_opened``, ``damaged``, ``unmovable``,
            ``unavailable``, ``migration_failed``, ``write_failed``, ``closed``.
        message: Plain French sentence for the staff panel.
        kept_aside: Where a damaged file was moved, if it was.
    """

    state: JournalState
    reason: str
    message: str
    kept_aside: Path | None = None

    @property
    def ok(self) -> bool:
        """Tell whether sessions are being counted."""
        return self.state is JournalState.OK


_STILL_SERVING = "La borne fonctionne normalement pour le public, mais ne compte plus les passages"
_NOT_OPENED = JournalStatus(
    JournalState.CLOSED, "not_opened", "Le journal n'est pas encore ouvert."
)
_OK = JournalStatus(JournalState.OK, "ok", "Le journal des statistiques fonctionne.")


def _disabled(reason: str, detail: str, kept_aside: Path | None = None) -> JournalStatus:
    return JournalStatus(JournalState.DISABLED, reason, detail, kept_aside)


class _Stop:
    """Tells the writer thread to finish."""


class Journal:
    """The anonymous usage journal of one SQLite file.

    Build it in the composition root, call :meth:`open` once at start-up,
    :meth:`record` at the end of each session, :meth:`flush` then
    :meth:`close` at shutdown. Every method is safe to call from any thread;
    none raises because of the database (problems show in :attr:`status`).
    """

    def __init__(
        self,
        database: Path,
        *,
        known_organismes: frozenset[str],
        clock: Callable[[], datetime] = datetime.now,
        vocab: Vocabulary | None = None,
    ) -> None:
        """Prepare the journal of ``database`` (nothing is read before :meth:`open`).

        Args:
            database: The SQLite file (created if missing).
            known_organismes: Closed list of organisme codes from the catalogue.
            clock: Local wall clock, used to purge sessions older than 31 days.
            vocab: Vocabulary to validate codes (default: the shipped one).
        """
        self.database = database
        self._known = frozenset(known_organismes)
        self._clock = clock
        self._vocab = vocab or vocabulary()
        self._status = _NOT_OPENED
        self._engine: Engine | None = None
        self._queue: queue.Queue[SessionRecord | threading.Event | _Stop] = queue.Queue(
            QUEUE_LIMIT
        )
        self._writer: threading.Thread | None = None
        self._purged_on: date | None = None
        self.migration: MigrationResult | None = None

    @property
    def status(self) -> JournalStatus:
        """Current state, reason code and French message."""
        return self._status

    def open(self) -> JournalStatus:
        """Check the file, migrate it if needed, purge old sessions, start the writer.

        Returns:
            The resulting status; a damaged file is moved aside and the
            journal disabled, but this never raises.
        """
        if self._engine is not None or self._status.state is JournalState.DISABLED:
            return self._status
        problem = probe(self.database)
        if problem is not None:
            return self._set_aside(problem)
        try:
            self.database.parent.mkdir(parents=True, exist_ok=True)
            engine = make_engine(self.database)
        except (OSError, SQLAlchemyError) as error:
            return self._fail("unavailable", error)
        failure = self._prepare(engine)
        if failure is not None:
            engine.dispose()
            self._engine = None
            return failure
        self._status = _OK
        self._writer = threading.Thread(target=self._run, name="journal-writer", daemon=True)
        self._writer.start()
        log.info("journal open")
        return self._status

    def _prepare(self, engine: Engine) -> JournalStatus | None:
        """Migrate, check and purge; return the status when it went wrong."""
        try:
            self.migration = migrate(self.database, engine, now=self._clock())
            with engine.connect() as connection:
                check = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if check != "ok":
                engine.dispose()
                return self._set_aside(DamagedFile("contrôle d'intégrité en échec"))
            self._engine = engine
            self._purge_if_new_day()
        except DBAPIError as error:
            engine.dispose()
            if _is_damage(error):
                return self._set_aside(DamagedFile("fichier endommagé"))
            return self._fail("unavailable", error)
        except Exception as error:  # Alembic's own errors too: never stop the borne
            return self._fail("migration_failed", error)
        return None

    def record(self, facts: SessionFacts) -> None:
        """Anonymise a finished session and queue it for the writer (never blocks)."""
        if not self._status.ok:
            return
        try:
            row = anonymise(facts, self._known, self._vocab)
        except (AttributeError, TypeError, ValueError, OverflowError):
            log.warning("session not counted: unusable facts")
            return
        try:
            self._queue.put_nowait(row)
        except queue.Full:
            log.error("session not counted: writer queue full")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every session recorded so far is committed to disk.

        Returns:
            True when the writer caught up within ``timeout`` seconds (also
            when the journal is disabled and nothing is waiting).
        """
        writer = self._writer
        if writer is None or not writer.is_alive():
            return self._queue.empty() or self._writer is None
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self) -> None:
        """Flush, stop the writer and release the database."""
        writer = self._writer
        if writer is not None:
            self.flush()
            self._queue.put(_Stop())
            writer.join(timeout=10)
            self._writer = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._status.ok:
            self._status = JournalStatus(JournalState.CLOSED, "closed", "Le journal est fermé.")

    # -- reading (staff panel, command line, sync) ---------------------------

    def cells(self, start: date | None = None, end: date | None = None) -> list[Cell]:
        """Return the daily cells of a period (both ends included)."""
        return self._read(lambda c: repository.read_cells(c, start, end), [])

    def totals(self, start: date | None = None, end: date | None = None) -> stats.Totals:
        """Return the totals of a period (from the cells, so older than 31 days too)."""
        return stats.totals(self.cells(start, end), start, end)

    def sessions_on(self, day: date) -> list[SessionRecord]:
        """Return the session rows of one day still kept (layer 1)."""
        return self._read(lambda c: repository.sessions_on(c, day), [])

    def changed_cells(self, since: int | None = None) -> list[Cell]:
        """Return the cells changed after revision ``since`` (default: the last sent).

        For the sync outbox: build a batch from these, remember the highest
        ``revision`` in it, and call :meth:`mark_sent` with it once the
        federation acknowledged the batch. A cell changed while the batch was
        in flight gets a higher revision, so it stays in the next batch.
        """
        def read(connection: Connection) -> list[Cell]:
            start = since if since is not None else self._counter(connection, "sent")
            return repository.cells_since(connection, start)

        return self._read(read, [])

    def revisions(self) -> tuple[int, int]:
        """Return (latest cell revision, highest revision acknowledged as sent)."""
        return self._read(
            lambda c: (self._counter(c, "cell"), self._counter(c, "sent")), (0, 0)
        )

    def mark_sent(self, revision: int) -> None:
        """Remember that every cell up to ``revision`` reached the federation.

        Never moves backwards; a smaller ``revision`` than the stored one is
        ignored. Raises nothing; a failure is logged and the cells stay dirty.
        """
        if self._engine is None:
            return
        try:
            with self._engine.connect().execution_options(
                sqlite_begin="BEGIN IMMEDIATE"
            ) as connection, connection.begin():
                current = repository.get_counter(connection, repository.SENT_REVISION)
                if revision > current:
                    repository.set_counter(connection, repository.SENT_REVISION, revision)
        except SQLAlchemyError as error:
            log.error("could not store the sent revision: %s", type(error).__name__)

    # -- internals -----------------------------------------------------------

    @staticmethod
    def _counter(connection: Connection, which: str) -> int:
        key = repository.CELL_REVISION if which == "cell" else repository.SENT_REVISION
        return repository.get_counter(connection, key)

    def _read(self, action: Callable[[Connection], _T], default: _T) -> _T:
        if self._engine is None:
            return default
        try:
            with self._engine.connect() as connection:
                return action(connection)
        except SQLAlchemyError as error:
            log.error("journal read failed: %s", type(error).__name__)
            return default

    def _set_aside(self, problem: DamagedFile) -> JournalStatus:
        try:
            moved = move_aside(self.database, self._clock())
        except OSError as error:
            log.error("damaged journal could not be moved aside: %s", error.strerror)
            self._status = _disabled(
                "unmovable",
                "Le fichier du journal des statistiques est illisible et n'a pas pu être "
                f"mis de côté ({self.database}). {_STILL_SERVING}. Prévenez la personne "
                "qui s'occupe de l'ordinateur.",
            )
            return self._status
        log.error("damaged journal (%s) moved aside to %s", problem.reason, moved.name)
        self._status = _disabled(
            "damaged",
            "Le journal des statistiques était abîmé. Il a été mis de côté, rien n'a été "
            f"effacé : {moved}. {_STILL_SERVING} jusqu'au prochain démarrage, qui en "
            "commencera un nouveau.",
            moved,
        )
        return self._status

    def _fail(self, reason: str, error: BaseException) -> JournalStatus:
        log.error("journal disabled (%s): %s", reason, type(error).__name__)
        what = {
            "unavailable": "Le journal des statistiques ne peut pas être ouvert",
            "migration_failed": "La mise à jour du journal des statistiques a échoué, "
            "rien n'a été effacé",
            "write_failed": "Le journal des statistiques ne peut plus être écrit "
            "(disque plein ou abîmé ?)",
        }[reason]
        self._status = _disabled(reason, f"{what}. {_STILL_SERVING}.")
        return self._status

    def _purge_if_new_day(self) -> None:
        today = self._clock().date()
        if self._purged_on == today or self._engine is None:
            return
        with self._engine.connect().execution_options(
            sqlite_begin="BEGIN IMMEDIATE"
        ) as connection, connection.begin():
            removed = repository.purge_sessions(connection, today - timedelta(days=RETENTION_DAYS))
        self._purged_on = today
        if removed:
            log.info("%d session rows older than %d days deleted", removed, RETENTION_DAYS)

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH_LIMIT:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            records = [item for item in batch if isinstance(item, SessionRecord)]
            if records and self._status.ok:
                self._write(records)
            for item in batch:
                if isinstance(item, threading.Event):
                    item.set()
            if any(isinstance(item, _Stop) for item in batch):
                return

    def _write(self, records: list[SessionRecord]) -> None:
        assert self._engine is not None
        # A day whose sessions were already purged cannot be recounted from
        # layer 1 (its cells would shrink to this one session): such a late
        # session (a clock that jumped) is left out, and said so.
        cutoff = self._clock().date() - timedelta(days=RETENTION_DAYS)
        late = [record for record in records if record.day < cutoff]
        if late:
            log.warning("%d session(s) dated before the last %d days not counted (clock?)",
                        len(late), RETENTION_DAYS)
            records = [record for record in records if record.day >= cutoff]
            if not records:
                return
        try:
            self._purge_if_new_day()
            with self._engine.connect().execution_options(
                sqlite_begin="BEGIN IMMEDIATE"
            ) as connection, connection.begin():
                days = repository.insert_sessions(connection, records)
                cells = repository.compute_cells(connection, days)
                repository.store_cells(connection, days, cells, self._vocab.version)
        except Exception as error:  # the writer thread must never die silently
            self._fail("write_failed", error)


def _is_damage(error: DBAPIError) -> bool:
    """Tell whether SQLite reported a damaged file (not a lock or a full disk)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code in {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
