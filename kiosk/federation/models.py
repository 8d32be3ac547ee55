"""Tables of the federation server (SQLAlchemy 2.0 typed models).

The Alembic migrations under ``kiosk/federation/migrations`` are the schema
authority; a test checks these classes agree with them. Codes are plain
strings (the national lists change), days are ISO text (``AAAA-MM-JJ`` or
``inconnu``) so the same queries run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

CODE = 64

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC, always read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store in UTC without the zone (SQLite keeps no zone)."""
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names."""

    metadata = MetaData(naming_convention=NAMING)


class Federation(Base):
    """A group of centres run by one team of admins (a regional federation)."""

    __tablename__ = "federation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Centre(Base):
    """A centre social (one or more bornes)."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    departement: Mapped[str] = mapped_column(String(3), index=True)
    federation_id: Mapped[int] = mapped_column(ForeignKey("federation.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Device(Base):
    """An enrolled borne; its tokens are stored only as SHA-256.

    ``pending_token_hash`` is a token the borne asked for and has not used
    yet: the current one stays valid until the pending one is first used.
    """

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_sequence: Mapped[int | None] = mapped_column(BigInteger)
    pending_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    pending_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    token_since: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EnrolCode(Base):
    """A single-use, expiring code that turns into a device and its token."""

    __tablename__ = "enrol_code"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    device_id: Mapped[str | None] = mapped_column(String(36))


class Batch(Base):
    """A stored batch: its digest and the acknowledgement replayed to the borne."""

    __tablename__ = "batch"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    device_sequence: Mapped[int] = mapped_column(BigInteger)
    digest: Mapped[str] = mapped_column(String(64))
    ack: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Cell(Base):
    """The latest revision of one daily count of one borne."""

    __tablename__ = "cell"

    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    metric: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(BigInteger)
    vocabulary_version: Mapped[str] = mapped_column(String(CODE))


class Monthly(Base):
    """Per-centre monthly sums, kept up to date by ingest (dashboard source)."""

    __tablename__ = "monthly"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    metric: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_monthly_month_metric", "month", "metric", "dimension"),)


class Yearly(Base):
    """Per-centre yearly sums, kept up to date by ingest (group pages read these)."""

    __tablename__ = "yearly"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    year: Mapped[str] = mapped_column(String(7), primary_key=True)
    metric: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_yearly_year_centre", "year", "centre_id"),)


class User(Base):
    """A person who reads the dashboard: federation admin or centre account."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    federation_id: Mapped[int | None] = mapped_column(ForeignKey("federation.id"))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))


class WebSession(Base):
    """A logged-in browser: cookie value hashed, its CSRF token, expiry."""

    __tablename__ = "web_session"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("csrf"),)


class UpstreamLink(Base):
    """This federation's département, enrolled as a pseudo-borne upstream.

    The token is kept here in clear because this server must send it; it is
    stored hashed upstream like any borne's.
    """

    __tablename__ = "upstream_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    federation_id: Mapped[int] = mapped_column(ForeignKey("federation.id"))
    departement: Mapped[str] = mapped_column(String(3))
    url: Mapped[str] = mapped_column(String(500))
    device_id: Mapped[str] = mapped_column(String(36))
    token: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("federation_id", "departement"),)


class Forwarded(Base):
    """The last value of an aggregate cell acknowledged by the upstream server."""

    __tablename__ = "forwarded"

    link_id: Mapped[int] = mapped_column(ForeignKey("upstream_link.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    metric: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class ForwardOutbox(Base):
    """A batch for the upstream server, written before its first send."""

    __tablename__ = "forward_outbox"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("upstream_link.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
