"""Tables of the journal (SQLAlchemy 2.0 typed models).

Alembic (``kiosk/migrations``) is the only schema authority: these classes
describe the schema for queries, and a test checks they agree with the
migrations. Codes are plain strings validated against the vocabulary,
stored with the vocabulary version; never database enums.

Layer 1 (``journal_session`` and its two association tables) stays on the
borne and is deleted after 31 days. Layer 2 (``stat_cell``) is what may
leave the borne: daily absolute counts, one dimension per cell.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CODE = 64  # longest code we accept, in characters

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (batch migrations need them)."""

    metadata = MetaData(naming_convention=NAMING)


class SessionRow(Base):
    """One session, anonymised (layer 1, local only, purged after 31 days)."""

    __tablename__ = "journal_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    hour: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(CODE))
    duree_tranche: Mapped[str] = mapped_column(String(CODE))
    duree_detail: Mapped[str] = mapped_column(String(CODE))
    pages_printed: Mapped[int] = mapped_column(Integer, default=0)
    documents_scanned: Mapped[int] = mapped_column(Integer, default=0)
    documents_uploaded: Mapped[int] = mapped_column(Integer, default=0)
    help_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback: Mapped[str | None] = mapped_column(String(CODE))
    end_reason: Mapped[str] = mapped_column(String(CODE))
    role: Mapped[str | None] = mapped_column(String(CODE))
    parcours: Mapped[str | None] = mapped_column(String(CODE))
    demarche_aboutie: Mapped[str | None] = mapped_column(String(CODE))
    autonomie: Mapped[str | None] = mapped_column(String(CODE))
    redirection: Mapped[str | None] = mapped_column(String(CODE))
    tranche_age: Mapped[str | None] = mapped_column(String(CODE))
    statut: Mapped[str | None] = mapped_column(String(CODE))
    aidants_connect: Mapped[bool | None] = mapped_column(Boolean)
    vocabulary_version: Mapped[str] = mapped_column(String(CODE))

    organismes: Mapped[list[SessionOrganisme]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    thematiques: Mapped[list[SessionThematique]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SessionOrganisme(Base):
    """An organisme opened during a session (closed list, else ``autre``).

    ``day`` repeats the session's day so counting a day is an index scan.
    """

    __tablename__ = "journal_session_organisme"
    __table_args__ = (Index("ix_journal_session_organisme_day", "day", "organisme"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("journal_session.id", ondelete="CASCADE"), primary_key=True
    )
    organisme: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    day: Mapped[date] = mapped_column(Date)


class SessionThematique(Base):
    """A thématique of a session (validated vocabulary code).

    ``day`` and ``mode`` repeat the session's, so counting a day is an index scan.
    """

    __tablename__ = "journal_session_thematique"
    __table_args__ = (Index("ix_journal_session_thematique_day", "day", "thematique"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("journal_session.id", ondelete="CASCADE"), primary_key=True
    )
    thematique: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(CODE))


class StatCell(Base):
    """A daily absolute count (layer 2): what leaves the borne.

    ``revision`` comes from one counter for the whole journal, taken anew
    each time the value changes, so "cells changed since revision R" is a
    plain ``revision > R``.
    """

    __tablename__ = "stat_cell"
    __table_args__ = (Index("ix_stat_cell_revision", "revision"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    vocabulary_version: Mapped[str] = mapped_column(String(CODE))


class JournalMeta(Base):
    """Small integer counters of the journal (cell revision, sent revision)."""

    __tablename__ = "journal_meta"

    key: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
