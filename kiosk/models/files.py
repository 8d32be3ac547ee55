"""The journal's file on disk: a quick look before opening, and moving it aside."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite keeps beside the database in WAL mode.
COMPANIONS = ("-wal", "-shm")


@dataclass(frozen=True)
class DamagedFile:
    """Why the database file cannot be used (for the log, never shown raw)."""

    reason: str


def probe(path: Path) -> DamagedFile | None:
    """Look at the file without opening it as a database.

    Returns:
        ``None`` when the file is missing, empty or starts like SQLite;
        otherwise why it cannot be a journal.
    """
    if not path.exists() and not path.is_symlink():
        return None
    if not path.is_file():
        return DamagedFile("pas un fichier")
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError:
        return DamagedFile("fichier illisible")
    if header and header != SQLITE_HEADER:
        return DamagedFile("pas une base SQLite")
    return None


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm) with a timestamp; delete nothing.

    Returns:
        The new path of the database file.

    Raises:
        OSError: when it cannot be renamed (read-only folder …).
    """
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.abime-{stamp}")
    counter = 1
    while target.exists() or target.is_symlink():
        counter += 1
        target = path.with_name(f"{path.name}.abime-{stamp}-{counter}")
    path.rename(target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target
