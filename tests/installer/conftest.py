"""Fixtures of the installer tests."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def installer_copy() -> Iterator[Path]:
    """A copy of installer/ that any user can read, for the scripts run as ``nobody``.

    The checkout may sit in a folder only its owner can enter (a CI clone
    under ``mktemp -d``): run from there, ``nobody`` could not even open the
    script, and the test would see "Permission denied" instead of the
    script's own refusal.
    """
    base = Path(tempfile.mkdtemp(prefix="borne-installer-"))
    base.chmod(0o755)
    try:
        yield shutil.copytree(REPO / "installer", base / "installer")
    finally:
        shutil.rmtree(base)
