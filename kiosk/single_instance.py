"""One borne per user: a second ``kiosk run`` refuses to start.

Two bornes on one screen would mean two windows fighting for the top, two
journals counting the same visits, and the second one's start-up purging the
first one's live session folder (downloads, scans) as "left by a crash".

The lock is an ``fcntl`` lock on a file in the runtime folder (the one the
session folders use): the kernel releases it when the process ends, even on
a crash or SIGKILL, so a stale file never blocks a restart.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path

LOCK_NAME = "borne.lock"

MESSAGE = (
    "La borne est déjà ouverte sur cet ordinateur : une seule borne à la fois.\n"
    "Pour la relancer : sudo systemctl restart borne (ou arrêtez l'autre avant)."
)


def runtime_dir() -> Path:
    """The user's runtime folder (tmpfs), else the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    return Path(tempfile.gettempdir())


class InstanceLock:
    """Holds the lock for as long as this object (and the process) lives."""

    def __init__(self, path: Path) -> None:
        """Remember where the lock lives; nothing is locked yet."""
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        """Let another borne start (also done by the kernel at exit)."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def acquire(folder: Path | None = None) -> InstanceLock | None:
    """Return the held lock, or None when a borne already runs for this user."""
    lock = InstanceLock((folder or runtime_dir()) / LOCK_NAME)
    return lock if lock.acquire() else None
