"""The tile catalogue the federation publishes to its bornes.

Admins publish a TOML layer (same schema as the borne's catalogue, read over
the shipped one, under each centre's override). It is validated with the
borne's own code and URL policy (:func:`kiosk.sync.catalogue_feed.federation_problems`)
before it is stored; each publication is a new version, never edited.
A catalogue is for one federation, or for all (``federation_id`` empty).

Publish and look from the command line::

    kiosk-federation catalogue publish FICHIER [--federation NOM]
    kiosk-federation catalogue show [--federation NOM]

(``python -m kiosk.federation.catalogues publish …`` still works: the same command.)
The dashboard's page ``/catalogue`` (:mod:`kiosk.federation.web.catalogue_page`)
publishes through the same :func:`publish`, recording the account's login.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, ForeignKey, Integer, String, Text, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from kiosk.federation import crud
from kiosk.federation.models import Base, Centre, Federation, UTCDateTime
from kiosk.sync.catalogue_feed import digest, federation_problems
from kiosk.tomlsource import TomlProblem

log = logging.getLogger("sync")


class CatalogueVersion(Base):
    """One published version of the federation's tile catalogue."""

    __tablename__ = "catalogue_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    federation_id: Mapped[int | None] = mapped_column(ForeignKey("federation.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Login of the dashboard account that published it (None: command line).
    published_by: Mapped[str | None] = mapped_column(String(150))


class CatalogueRefused(crud.AdminError):
    """The catalogue has problems; nothing was published."""

    def __init__(self, problems: list[TomlProblem]) -> None:
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"Catalogue refusé, rien n'a été publié :\n{lines}")
        self.problems = problems


@dataclass(frozen=True)
class Published:
    """A catalogue version as sent to bornes (its exact bytes and their hash)."""

    version: int
    body: bytes
    sha256: str


def publish(
    factory: sessionmaker[Session],
    text: str,
    federation_name: str | None = None,
    *,
    by: str | None = None,
) -> int:
    """Validate and store a new version; return its number.

    The command line and the dashboard both publish through here. The row is
    the audit record: who (``by``, a dashboard login; None from the command
    line), when and the SHA-256 of the exact text.

    Raises:
        CatalogueRefused: the borne would refuse it (schema, URL policy).
        crud.AdminError: unknown federation.
    """
    problems = federation_problems(text)
    if problems:
        raise CatalogueRefused(problems)
    with factory.begin() as session:
        row = CatalogueVersion(
            federation_id=_federation_id(session, federation_name),
            text=text,
            sha256=digest(text.encode("utf-8")),
            published_at=crud.now(),
            published_by=by,
        )
        session.add(row)
        session.flush()
        version = row.version
        sha256 = row.sha256
    log.info("federation catalogue version %d published (sha256 %s)", version, sha256)
    return version


def latest_for(factory: sessionmaker[Session], centre_id: int) -> Published | None:
    """Return the newest catalogue for a centre's federation (or for all)."""
    with factory() as session:
        federation_id = session.scalar(select(Centre.federation_id).where(Centre.id == centre_id))
        return _newest(session, federation_id)


def latest(factory: sessionmaker[Session], federation_name: str | None = None) -> Published | None:
    """Return what a federation's bornes receive (``None``: the one for all federations).

    Raises:
        crud.AdminError: unknown federation.
    """
    with factory() as session:
        return _newest(session, _federation_id(session, federation_name))


@dataclass(frozen=True)
class HistoryLine:
    """One published version as the dashboard lists it (without its text)."""

    version: int
    federation_id: int | None
    sha256: str
    published_at: datetime
    published_by: str | None


def history(
    factory: sessionmaker[Session], federation_id: int | None, limit: int = 100
) -> list[HistoryLine]:
    """Return the versions that reached a federation's bornes, newest first.

    With ``federation_id`` None: the versions published for every federation.
    The first line is what the bornes receive now.
    """
    reach: ColumnElement[bool] = CatalogueVersion.federation_id.is_(None)
    if federation_id is not None:
        reach = or_(reach, CatalogueVersion.federation_id == federation_id)
    with factory() as session:
        rows = session.execute(
            select(
                CatalogueVersion.version,
                CatalogueVersion.federation_id,
                CatalogueVersion.sha256,
                CatalogueVersion.published_at,
                CatalogueVersion.published_by,
            )
            .where(reach)
            .order_by(CatalogueVersion.version.desc())
            .limit(limit)
        ).all()
    return [HistoryLine(*row) for row in rows]


def text_of(factory: sessionmaker[Session], version: int) -> tuple[str, int | None] | None:
    """Return the exact text of a version and its federation id (None: unknown version)."""
    with factory() as session:
        row = session.get(CatalogueVersion, version)
        return None if row is None else (row.text, row.federation_id)


def _federation_id(session: Session, federation_name: str | None) -> int | None:
    if federation_name is None:
        return None
    federation_id = session.scalar(select(Federation.id).where(Federation.name == federation_name))
    if federation_id is None:
        raise crud.AdminError(f"Fédération inconnue : {federation_name}.")
    return federation_id


def _newest(session: Session, federation_id: int | None) -> Published | None:
    row = session.scalars(
        select(CatalogueVersion)
        .where(
            or_(
                CatalogueVersion.federation_id.is_(None),
                CatalogueVersion.federation_id == federation_id,
            )
        )
        .order_by(CatalogueVersion.version.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return Published(row.version, row.text.encode("utf-8"), row.sha256)


def read_source(path: Path) -> str:
    """Read a catalogue file to publish.

    Raises:
        crud.AdminError: the file cannot be read as UTF-8 text.
    """
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise crud.AdminError(f"fichier illisible ({error}).") from error


def main(argv: Sequence[str] | None = None) -> int:
    """The former ``publish FICHIER [--federation NOM]``: ``kiosk-federation catalogue``."""
    from kiosk.federation import cli

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--database")
    known, rest = parser.parse_known_args(argv)
    database = ["--database", known.database] if known.database else []
    return cli.main([*database, "catalogue", *rest])


if __name__ == "__main__":
    # Run as ``python -m``: this module is ``__main__``; the command must not
    # import it a second time (its table would be declared twice).
    sys.modules.setdefault("kiosk.federation.catalogues", sys.modules[__name__])
    raise SystemExit(main())
