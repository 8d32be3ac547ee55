"""The tile catalogue the federation publishes to its bornes.

Admins publish a TOML layer (same schema as the borne's catalogue, read over
the shipped one, under each centre's override). It is validated with the
borne's own code and URL policy (:func:`kiosk.sync.catalogue_feed.federation_problems`)
before it is stored; each publication is a new version, never edited.
A catalogue is for one federation, or for all (``federation_id`` empty).

Publish from the command line::

    python -m kiosk.federation.catalogues publish FICHIER [--federation NOM] [--database URL]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ForeignKey, Integer, String, Text, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from kiosk.federation import crud, db
from kiosk.federation.models import Base, Centre, Federation, UTCDateTime
from kiosk.sync.catalogue_feed import digest, federation_problems
from kiosk.tomlsource import TomlProblem


class CatalogueVersion(Base):
    """One published version of the federation's tile catalogue."""

    __tablename__ = "catalogue_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    federation_id: Mapped[int | None] = mapped_column(ForeignKey("federation.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())


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


def publish(factory: sessionmaker[Session], text: str, federation_name: str | None = None) -> int:
    """Validate and store a new version; return its number.

    Raises:
        CatalogueRefused: the borne would refuse it (schema, URL policy).
        crud.AdminError: unknown federation.
    """
    problems = federation_problems(text)
    if problems:
        raise CatalogueRefused(problems)
    with factory.begin() as session:
        federation_id = None
        if federation_name is not None:
            federation_id = session.scalar(
                select(Federation.id).where(Federation.name == federation_name)
            )
            if federation_id is None:
                raise crud.AdminError(f"Fédération inconnue : {federation_name}.")
        row = CatalogueVersion(
            federation_id=federation_id,
            text=text,
            sha256=digest(text.encode("utf-8")),
            published_at=crud.now(),
        )
        session.add(row)
        session.flush()
        return row.version


def latest_for(factory: sessionmaker[Session], centre_id: int) -> Published | None:
    """Return the newest catalogue for a centre's federation (or for all)."""
    with factory() as session:
        federation_id = session.scalar(select(Centre.federation_id).where(Centre.id == centre_id))
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


def main(argv: Sequence[str] | None = None) -> int:
    """``publish FICHIER [--federation NOM]``: validate and publish a catalogue."""
    parser = argparse.ArgumentParser(prog="python -m kiosk.federation.catalogues")
    parser.add_argument("--database", help="URL SQLAlchemy (défaut : SQLite local)")
    sub = parser.add_subparsers(dest="command", required=True)
    command = sub.add_parser("publish", help="publier un catalogue de tuiles")
    command.add_argument("file", type=Path)
    command.add_argument("--federation", help="pour une seule fédération (sinon : toutes)")
    args = parser.parse_args(argv)
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"Erreur : fichier illisible ({error}).", file=sys.stderr)
        return 2
    engine = db.make_engine(args.database or db.default_url())
    db.migrate(engine)
    try:
        version = publish(db.session_factory(engine), text, args.federation)
    except crud.AdminError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(
        f"Catalogue publié : version {version}. Les bornes le prendront à leur prochaine "
        "synchronisation."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
