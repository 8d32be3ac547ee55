"""A keyring backend in one JSON file, shared by the test and its child processes.

The path comes from ``BORNE_TEST_KEYRING_FILE``. Each write goes to a
temporary file, is synced, then renamed over the old one: a SIGKILL leaves
the old or the new content, as a real keyring would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "BORNE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[ENV])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, str]) -> None:
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(self.path)

    def get_password(self, service, username):
        return self._read().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._read()
        data[f"{service}/{username}"] = password
        self._write(data)

    def delete_password(self, service, username):
        data = self._read()
        data.pop(f"{service}/{username}", None)
        self._write(data)
