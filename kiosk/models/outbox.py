"""Tables of the sync outbox (in the journal's SQLite file).

A batch is written here, with its exact body, before its first send and
stays until the federation acknowledged it (or refused it for good:
``quarantined``). ``sync_meta`` keeps the sync's small state (next device
sequence, highest journal revision queued, last success, last error, clock
check …) as text.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models.tables import CODE, Base


class OutboxBatch(Base):
    """One batch waiting for (or refused by) the federation."""

    __tablename__ = "sync_outbox"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_sequence: Mapped[int] = mapped_column(Integer, unique=True)
    vocabulary_version: Mapped[str] = mapped_column(String(CODE))
    body: Mapped[str] = mapped_column(Text)
    cells: Mapped[int] = mapped_column(Integer)
    covers_from: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    error_code: Mapped[str | None] = mapped_column(String(CODE))
    error_message: Mapped[str | None] = mapped_column(Text)


class SyncMeta(Base):
    """Small named values of the sync (text)."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
