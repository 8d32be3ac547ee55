"""The per-session folder: downloads, scans and print files of one person.

Everything a person brings into the borne lands in one private folder
(mode 0700) that the wipe deletes completely. Only PDF, JPEG and PNG are
kept, recognised by their first bytes, never by their name or by what the
web site claims. Names are made safe (no path, no hidden file, no control
characters, bounded length, the extension of the real type) and unique.

A USB stick mounted under ``/media`` or ``/run/media`` can be read (never
written) by the upload picker: :func:`usb_documents` lists its usable files.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

log = logging.getLogger("session")

#: Prefix of every session folder, so stale ones can be found and removed.
FOLDER_PREFIX = "session-"
#: The browser session's own folder, in the temp dir (adopted as its SessionFolder).
BROWSER_FOLDER_PREFIX = "borne-session-"
#: Longest safe file name stem kept from a site's suggestion.
MAX_STEM = 60
#: Where USB sticks appear on Debian/Ubuntu (udisks) and with a plain mount.
USB_ROOTS = (Path("/media"), Path("/run/media"))
#: Bound the walk over a USB stick (files listed, folder depth).
USB_MAX_FILES = 200
USB_MAX_DEPTH = 4


class FileKind(StrEnum):
    """The only kinds of documents the borne keeps."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"

    @property
    def extension(self) -> str:
        """The file extension written for this kind (with the dot)."""
        return {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png"}[self.value]

    @property
    def mime(self) -> str:
        """The MIME type of this kind."""
        return {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}[self.value]


class Origin(StrEnum):
    """Where a document came from."""

    DOWNLOAD = "download"
    SCAN = "scan"
    PRINT = "print"
    USB = "usb"


class Refused(StrEnum):
    """Why a file was not kept (codes; the Qt side words them)."""

    TYPE = "type"  # not a PDF, JPEG or PNG
    EMPTY = "empty"
    UNREADABLE = "unreadable"


_MAGIC: tuple[tuple[bytes, FileKind], ...] = (
    (b"%PDF-", FileKind.PDF),
    (b"\xff\xd8\xff", FileKind.JPEG),
    (b"\x89PNG\r\n\x1a\n", FileKind.PNG),
)

_ALLOWED_MIMES = frozenset(
    {"application/pdf", "application/x-pdf", "image/jpeg", "image/jpg", "image/pjpeg", "image/png"}
)
#: What some servers send for any file: decided by the bytes after download.
_VAGUE_MIMES = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def sniff(head: bytes) -> FileKind | None:
    """Return the kind of a document from its first bytes, or ``None``."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    # PDF allows up to 1024 bytes of junk before the header.
    if b"%PDF-" in head[:1024]:
        return FileKind.PDF
    return None


def sniff_file(path: Path) -> FileKind | None:
    """Return the kind of the file at ``path`` from its bytes (``None`` if unknown)."""
    try:
        with path.open("rb") as handle:
            return sniff(handle.read(1024))
    except OSError:
        return None


def mime_may_be_allowed(mime: str) -> bool:
    """Whether a download announced as ``mime`` is worth fetching at all.

    A clear non-document type (``application/zip``, ``application/x-msdownload``)
    is refused before any byte is written; a vague one is fetched and then
    judged on its bytes by :meth:`SessionFolder.accept`.
    """
    base = mime.split(";", 1)[0].strip().lower()
    return base in _ALLOWED_MIMES or base in _VAGUE_MIMES


def safe_stem(suggested: str, fallback: str = "document") -> str:
    """Turn a name suggested by a site into a harmless file name stem.

    Path parts, the extension, control and unusual characters are dropped,
    leading dots too; accents are kept; the length is bounded.
    """
    name = suggested.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    kept = "".join(
        char if char.isalnum() or char in " -_()" else "_"
        for char in stem
        if unicodedata.category(char)[0] != "C"
    )
    kept = " ".join(kept.split()).strip(" ._-")[:MAX_STEM].strip(" ._-")
    return kept or fallback


@dataclass(frozen=True)
class Document:
    """One usable file: where it is, what it is, where it came from."""

    path: Path
    kind: FileKind
    origin: Origin
    size: int

    @property
    def name(self) -> str:
        """The file name shown to the person."""
        return self.path.name


@dataclass(frozen=True)
class Rejection:
    """A file that was not kept, and why (the file is already deleted)."""

    reason: Refused


class SessionFolder:
    """One session's private folder (``downloads/``, ``scans/``, ``prints/``).

    Use :meth:`create`; :meth:`delete` removes everything.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.downloads = path / "downloads"
        self.scans = path / "scans"
        self.prints = path / "prints"

    @classmethod
    def create(cls, base: Path) -> SessionFolder:
        """Make a new private folder under ``base`` (created 0700 if needed)."""
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=base))
        path.chmod(0o700)
        folder = cls(path)
        for sub in (folder.downloads, folder.scans, folder.prints):
            sub.mkdir(mode=0o700)
        return folder

    @classmethod
    def adopt(cls, path: Path) -> SessionFolder:
        """Use an existing private folder (the browser session's) as session folder."""
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.chmod(0o700)
        folder = cls(path)
        for sub in (folder.downloads, folder.scans, folder.prints):
            sub.mkdir(mode=0o700, exist_ok=True)
        return folder

    def exists(self) -> bool:
        """Whether the folder is still on disk."""
        return self.path.exists()

    def unique_path(self, directory: Path, suggested: str, kind: FileKind) -> Path:
        """A free path in ``directory`` for a ``kind`` document named after ``suggested``."""
        stem = safe_stem(suggested)
        candidate = directory / f"{stem}{kind.extension}"
        number = 2
        while candidate.exists():
            candidate = directory / f"{stem} ({number}){kind.extension}"
            number += 1
        return candidate

    def accept(self, path: Path, origin: Origin = Origin.DOWNLOAD) -> Document | Rejection:
        """Judge a file just written into this folder by its bytes.

        A PDF, JPEG or PNG is renamed to the extension of its real type and
        kept; anything else is deleted at once.
        """
        try:
            size = path.stat().st_size
        except OSError:
            return Rejection(Refused.UNREADABLE)
        kind = sniff_file(path)
        if kind is None or size == 0:
            path.unlink(missing_ok=True)
            log.info("document refused (%s)", "empty" if size == 0 else "type")
            return Rejection(Refused.EMPTY if size == 0 else Refused.TYPE)
        if path.suffix.lower() != kind.extension:
            target = self.unique_path(path.parent, path.name, kind)
            path = path.rename(target)
        return Document(path, kind, origin, size)

    def documents(self) -> list[Document]:
        """This session's downloads and scans, newest first."""
        found = list(_documents_in(self.downloads, Origin.DOWNLOAD))
        found += _documents_in(self.scans, Origin.SCAN)
        return sorted(found, key=_mtime, reverse=True)

    def delete(self) -> None:
        """Remove the folder and everything in it; safe to call twice."""
        shutil.rmtree(self.path, ignore_errors=True)
        if self.path.exists():  # a file made read-only by a tool: force it
            for root, dirs, files in os.walk(self.path):
                for entry in (*dirs, *files):
                    Path(root, entry).chmod(0o700)
            shutil.rmtree(self.path)


def _mtime(document: Document) -> float:
    try:
        return document.path.stat().st_mtime
    except OSError:
        return 0.0


def _documents_in(directory: Path, origin: Origin) -> Iterator[Document]:
    try:
        entries = sorted(directory.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.is_file() or entry.is_symlink():
            continue
        kind = sniff_file(entry)
        if kind is not None:
            yield Document(entry, kind, origin, entry.stat().st_size)


def matches_accept(kind: FileKind, accepted: Iterable[str]) -> bool:
    """Whether a document of ``kind`` fits an HTML ``accept`` list.

    ``accepted`` holds MIME types (``image/png``), wildcards (``image/*``) or
    extensions (``.pdf``); an empty list accepts everything.
    """
    items = [item.strip().lower() for item in accepted if item.strip()]
    if not items:
        return True
    extensions = {kind.extension, ".jpeg"} if kind is FileKind.JPEG else {kind.extension}
    major = kind.mime.split("/", 1)[0]
    for item in items:
        if item in (kind.mime, "*/*", f"{major}/*") or item in extensions:
            return True
        if kind is FileKind.JPEG and item in ("image/jpg", "image/pjpeg"):
            return True
    return False


def default_base() -> Path:
    """Where session folders go: the user's runtime dir (tmpfs) or the temp dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    root = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return root / "borne-sessions"


def purge_stale(base: Path, prefix: str = FOLDER_PREFIX) -> int:
    """Delete session folders left by a crash or a power cut; return how many.

    Only folders named ``prefix…`` that belong to this user are touched (the
    temp dir may be shared); one that cannot be deleted is logged and left.
    Call it only when no session of this borne is running.
    """
    count = 0
    if not base.is_dir():
        return 0
    for entry in base.iterdir():
        if not entry.name.startswith(prefix) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            if entry.stat().st_uid != os.getuid():
                continue
            SessionFolder(entry).delete()
        except OSError:
            log.exception("session folder left by a crash not deleted")
            continue
        count += 1
    return count


def usb_documents(
    roots: Iterable[Path] = USB_ROOTS,
    is_mount: Callable[[Path], bool] = os.path.ismount,
) -> list[Document]:
    """PDF, JPEG and PNG files on mounted USB sticks (read only, bounded walk).

    Args:
        roots: Folders under which removable media are mounted.
        is_mount: Tells whether a folder is a mount point (injected in tests).
    """
    found: list[Document] = []
    for mount in _mounts(roots, is_mount):
        for path in _walk(mount, USB_MAX_DEPTH):
            kind = sniff_file(path)
            if kind is not None:
                found.append(Document(path, kind, Origin.USB, path.stat().st_size))
            if len(found) >= USB_MAX_FILES:
                return found
    return found


def _mounts(roots: Iterable[Path], is_mount: Callable[[Path], bool]) -> Iterator[Path]:
    # /media/LABEL, /media/USER/LABEL and /run/media/USER/LABEL are all used.
    for root in roots:
        for level1 in _subdirs(root):
            if is_mount(level1):
                yield level1
                continue
            for level2 in _subdirs(level1):
                if is_mount(level2):
                    yield level2


def _subdirs(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if p.is_dir() and not p.is_symlink())
    except OSError:
        return []


def _walk(top: Path, depth: int) -> Iterator[Path]:
    try:
        entries = sorted(top.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_file():
            yield entry
        elif entry.is_dir() and depth > 1:
            yield from _walk(entry, depth - 1)
