"""The outbox: batches written to SQLite before their first send.

Batches live in the journal's file (table ``sync_outbox``, migration 0003).
Rules that keep the federation's totals exact whatever happens:

* a batch is stored with its exact body before it is sent, and re-sent
  byte for byte until the server answers (a replay gets the stored
  acknowledgement);
* :meth:`Outbox.claim` counts an attempt (committed) *before* the send; only
  batches never attempted may be merged or rebuilt, so a body the server
  may already hold is never changed;
* cells are absolute with the journal's revision: merging keeps, per key,
  the highest revision; a cell changed while its batch is in flight gets a
  higher revision and goes in a later batch;
* days journaled under a wrong clock (:mod:`kiosk.sync.clock`) are sent as 0
  and their sum goes to the unknown period ``inconnu``.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from kiosk.models.engine import make_engine, migrate
from kiosk.models.outbox import OutboxBatch, SyncMeta
from kiosk.models.records import Cell as JournalCell
from kiosk.sync import wire
from kiosk.sync.clock import ClockCheck
from kiosk.sync.protocol import (
    FUTURE_TOLERANCE,
    SCHEMA_VERSION,
    Acknowledgement,
    Batch,
    Cell,
    parse_batch,
)

log = logging.getLogger("sync")

#: Most cells put in one batch (the server takes up to 5 000 and 1 MB).
CHUNK = 2000
PENDING = "pending"
QUARANTINED = "quarantined"
FullKey = tuple[str, str, str, str]


class JournalSource(Protocol):
    """What the outbox reads from :class:`kiosk.journal.Journal`."""

    def changed_cells(self, since: int | None = None) -> list[JournalCell]:
        """Cells whose revision is above ``since``."""

    def cells(self, start: date | None = None, end: date | None = None) -> list[JournalCell]:
        """Cells of a period."""

    def revisions(self) -> tuple[int, int]:
        """(latest revision, sent revision)."""

    def mark_sent(self, revision: int) -> None:
        """Remember what reached the federation."""


@dataclass(frozen=True)
class Pending:
    """A stored batch as the sender needs it."""

    batch_id: str
    device_sequence: int
    body: bytes
    cells: int
    attempts: int


@dataclass(frozen=True)
class Summary:
    """Counts for the staff panel."""

    pending: int
    pending_cells: int
    quarantined: int
    oldest: str | None
    quarantine_message: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Outbox:
    """The outbox of one journal file.

    Args:
        database: The journal's SQLite file (migrated here if needed).
        chunk: Most cells per batch.
    """

    def __init__(self, database: Path, *, chunk: int = CHUNK) -> None:
        self.database = database
        self.chunk = chunk
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The engine, opened (and the file migrated) on first use."""
        if self._engine is None:
            self.database.parent.mkdir(parents=True, exist_ok=True)
            engine = make_engine(self.database)
            migrate(self.database, engine)
            self._engine = engine
        return self._engine

    def close(self) -> None:
        """Release the database."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(
            sqlite_begin="BEGIN IMMEDIATE"
        ) as connection, connection.begin():
            yield connection

    # -- small state ---------------------------------------------------------

    @staticmethod
    def _get(connection: Connection, key: str, default: str = "") -> str:
        value = connection.execute(select(SyncMeta.value).where(SyncMeta.key == key)).scalar()
        return default if value is None else str(value)

    @staticmethod
    def _set(connection: Connection, key: str, value: str) -> None:
        connection.exec_driver_sql(
            "INSERT INTO sync_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def meta(self, key: str, default: str = "") -> str:
        """Read one value of the sync's state."""
        with self.engine.connect() as connection:
            return self._get(connection, key, default)

    def set_meta(self, **values: str) -> None:
        """Write values of the sync's state in one transaction."""
        with self._write() as connection:
            for key, value in values.items():
                self._set(connection, key, value)

    def identity(self) -> str:
        """Return this outbox's own id (made once; a new journal file gets a new one)."""
        found = self.meta("outbox_id")
        if found:
            return found
        with self._write() as connection:
            found = self._get(connection, "outbox_id") or str(uuid.uuid4())
            self._set(connection, "outbox_id", found)
        return found

    def suspect_days(self) -> set[str]:
        """Days whose figures go to the unknown period (wrong clock)."""
        return set(json.loads(self.meta("suspect_days", "[]")))

    # -- clock ---------------------------------------------------------------

    def clock_checked(self, check: ClockCheck, journal: JournalSource, latest: int) -> None:
        """Record a clock check; a wrong clock makes recently changed days suspect.

        Args:
            check: The comparison with the server's ``Date``.
            journal: Where to find the days changed since the last good check.
            latest: The journal's latest revision read *before* the request.
        """
        offset = str(int(check.offset.total_seconds()))
        server_day = (check.checked_at - check.offset).date().isoformat()
        if not check.wrong:
            with self._write() as connection:
                self._set(connection, "server_day", server_day)
                good = int(self._get(connection, "last_good_revision", "0"))
                self._set(connection, "last_good_revision", str(max(good, latest)))
                self._set(connection, "clock_offset_s", offset)
                self._set(connection, "clock_checked_at", check.checked_at.isoformat())
            return
        good = int(self.meta("last_good_revision", "0"))
        days = {c.day.isoformat() for c in journal.changed_cells(since=good)}
        with self._write() as connection:
            known = set(json.loads(self._get(connection, "suspect_days", "[]")))
            if not days <= known:
                log.warning("clock off by %s s: %d days sent as unknown period", offset,
                            len(days - known))
            self._set(connection, "suspect_days", json.dumps(sorted(known | days)))
            self._set(connection, "server_day", server_day)
            self._set(connection, "clock_offset_s", offset)
            self._set(connection, "clock_checked_at", check.checked_at.isoformat())

    # -- building batches ----------------------------------------------------

    def queue(self, journal: JournalSource) -> int:
        """Turn the journal's changes into stored batches, merging unsent ones.

        Returns:
            The number of batches written.
        """
        queued_high = int(self.meta("queued_high", "0"))
        changed = journal.changed_cells(since=queued_high)
        suspect = self.suspect_days()
        retracted = set(json.loads(self.meta("retracted_days", "[]")))
        fresh = suspect - retracted
        if not changed and not fresh:
            return 0
        latest = max([queued_high, *(c.revision for c in changed)])
        day_cells: list[JournalCell] = []
        if suspect:
            first, last = min(suspect), max(suspect)
            day_cells = [
                c
                for c in journal.cells(date.fromisoformat(first), date.fromisoformat(last))
                if c.day.isoformat() in suspect
            ]
        with self._write() as connection:
            return self._queue(
                connection, changed, day_cells, suspect=suspect, fresh=fresh, latest=latest
            )

    def _queue(
        self,
        connection: Connection,
        changed: list[JournalCell],
        day_cells: list[JournalCell],
        *,
        suspect: set[str],
        fresh: set[str],
        latest: int,
    ) -> int:
        queued_high = int(self._get(connection, "queued_high", "0"))
        pending = wire.CellSet()
        unsent = connection.execute(
            select(OutboxBatch).where(OutboxBatch.state == PENDING, OutboxBatch.attempts == 0)
        ).all()
        covers_from = min([queued_high, *(row.covers_from for row in unsent)])
        for row in unsent:
            batch = parse_batch(json.loads(row.body), max_cells=10**9)
            for cell in batch.cells:
                pending.keep(cell, batch.vocabulary_version)
        for journal_cell in changed:
            if journal_cell.revision > queued_high:  # else queued meanwhile by another process
                pending.keep_journal(journal_cell)
        pending.retract(day_cells, fresh, latest)
        touched = pending.hide_days(suspect, self._horizon(connection))
        if touched:
            revision = max(int(self._get(connection, "unknown_revision", "0")) + 1, latest)
            self._set(connection, "unknown_revision", str(revision))
            pending.add_unknown(touched, day_cells, revision)
        self._set(connection, "queued_high", str(max(latest, queued_high)))
        if not pending:
            return 0
        connection.execute(
            delete(OutboxBatch).where(
                OutboxBatch.batch_id.in_([row.batch_id for row in unsent])
            )
        )
        self._set(connection, "retracted_days", json.dumps(sorted(suspect)))
        return self._store(connection, pending, covers_from)

    def _horizon(self, connection: Connection) -> str:
        """The server's tomorrow: it refuses any later day."""
        server_day = self._get(connection, "server_day")
        if not server_day:
            return date.max.isoformat()
        return (date.fromisoformat(server_day) + FUTURE_TOLERANCE).isoformat()

    def _store(self, connection: Connection, pending: wire.CellSet, covers_from: int) -> int:
        by_version: dict[str, list[Cell]] = {}
        for cell in sorted(pending.cells.values(), key=lambda c: (c.revision, c.key)):
            by_version.setdefault(pending.vocab[cell.key], []).append(cell)
        written = 0
        for version, group in by_version.items():
            for start in range(0, len(group), self.chunk):
                self._insert(connection, version, group[start : start + self.chunk], covers_from)
                written += 1
        return written

    def _insert(
        self, connection: Connection, version: str, cells: list[Cell], covers_from: int
    ) -> str:
        sequence = int(self._get(connection, "next_sequence", "1"))
        self._set(connection, "next_sequence", str(sequence + 1))
        batch = Batch(str(uuid.uuid4()), sequence, SCHEMA_VERSION, version, tuple(cells))
        body = json.dumps(batch.to_json(), ensure_ascii=False, separators=(",", ":"))
        connection.execute(
            insert(OutboxBatch).values(
                batch_id=batch.batch_id,
                device_sequence=sequence,
                vocabulary_version=version,
                body=body,
                cells=len(cells),
                covers_from=covers_from,
                created_at=_now(),
                attempts=0,
                state=PENDING,
            )
        )
        return batch.batch_id

    # -- sending -------------------------------------------------------------

    def next_pending(self) -> Pending | None:
        """Return the oldest batch still to send."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(OutboxBatch)
                .where(OutboxBatch.state == PENDING)
                .order_by(OutboxBatch.device_sequence)
                .limit(1)
            ).first()
        if row is None:
            return None
        return Pending(
            row.batch_id, row.device_sequence, row.body.encode("utf-8"), row.cells, row.attempts
        )

    def claim(self, batch_id: str) -> bool:
        """Count an attempt before sending (from then on the body never changes).

        Returns:
            False when the batch is no longer pending (merged or done meanwhile).
        """
        with self._write() as connection:
            result = connection.execute(
                update(OutboxBatch)
                .where(OutboxBatch.batch_id == batch_id, OutboxBatch.state == PENDING)
                .values(attempts=OutboxBatch.attempts + 1)
            )
            self._set(connection, "last_attempt_at", _now())
            return bool(result.rowcount)

    def acknowledged(self, batch_id: str, ack: Acknowledgement, journal: JournalSource) -> None:
        """Drop an acknowledged batch and tell the journal what reached the federation."""
        with self._write() as connection:
            connection.execute(delete(OutboxBatch).where(OutboxBatch.batch_id == batch_id))
            self._set(connection, "last_success_at", _now())
            if ack.ignored:
                total = int(self._get(connection, "ignored_cells", "0")) + len(ack.ignored)
                self._set(connection, "ignored_cells", str(total))
                log.warning("%d cells older than the federation's copy", len(ack.ignored))
            watermark = self._watermark(connection)
        journal.mark_sent(watermark)

    def _watermark(self, connection: Connection) -> int:
        low = connection.execute(
            select(func.min(OutboxBatch.covers_from)).where(OutboxBatch.state == PENDING)
        ).scalar()
        return int(low) if low is not None else int(self._get(connection, "queued_high", "0"))

    def quarantine(self, batch_id: str, code: str, message: str) -> None:
        """Set a refused batch aside (kept, never retried by itself)."""
        with self._write() as connection:
            connection.execute(
                update(OutboxBatch)
                .where(OutboxBatch.batch_id == batch_id)
                .values(state=QUARANTINED, error_code=code, error_message=message)
            )

    def reissue(self, batch_id: str, parts: int = 1) -> int:
        """Send a batch's cells again under new ids, split in ``parts``.

        Used after 409 (the id is taken by another body) and 413 (too big).

        Returns:
            The number of new batches.
        """
        with self._write() as connection:
            row = connection.execute(
                select(OutboxBatch).where(OutboxBatch.batch_id == batch_id)
            ).first()
            if row is None:
                return 0
            batch = parse_batch(json.loads(row.body), max_cells=10**9)
            connection.execute(delete(OutboxBatch).where(OutboxBatch.batch_id == batch_id))
            size = max(1, -(-len(batch.cells) // max(parts, 1)))
            chunks = [batch.cells[i : i + size] for i in range(0, len(batch.cells), size)]
            for chunk in chunks:
                self._insert(connection, batch.vocabulary_version, list(chunk), row.covers_from)
            return len(chunks)

    def requeue_quarantined(self) -> int:
        """Give quarantined batches another chance (after a server update)."""
        with self._write() as connection:
            ids = connection.execute(
                select(OutboxBatch.batch_id).where(OutboxBatch.state == QUARANTINED)
            ).scalars().all()
        return sum(self.reissue(batch_id) for batch_id in ids)

    def reset(self) -> None:
        """Forget every batch: a newly enrolled identity gets the whole journal again."""
        with self._write() as connection:
            connection.execute(delete(OutboxBatch))
            for key in ("queued_high", "retracted_days", "last_error_code",
                        "last_error_message", "revoked"):
                connection.execute(delete(SyncMeta).where(SyncMeta.key == key))

    # -- reading -------------------------------------------------------------

    def summary(self) -> Summary:
        """Counts of pending and quarantined batches."""
        with self.engine.connect() as connection:
            pending = connection.execute(
                select(func.count(), func.coalesce(func.sum(OutboxBatch.cells), 0),
                       func.min(OutboxBatch.created_at))
                .where(OutboxBatch.state == PENDING)
            ).one()
            quarantined = connection.execute(
                select(OutboxBatch.error_message)
                .where(OutboxBatch.state == QUARANTINED)
                .order_by(OutboxBatch.device_sequence.desc())
            ).scalars().all()
        return Summary(
            pending=int(pending[0]),
            pending_cells=int(pending[1]),
            quarantined=len(quarantined),
            oldest=pending[2],
            quarantine_message=quarantined[0] if quarantined else None,
        )

    def size_bytes(self) -> int:
        """Bytes of batch bodies waiting (for the benchmark and the status)."""
        with self.engine.connect() as connection:
            total = connection.execute(
                select(func.coalesce(func.sum(func.length(OutboxBatch.body)), 0))
            ).scalar()
        return int(total or 0)
