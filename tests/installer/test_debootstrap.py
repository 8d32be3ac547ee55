"""The real install into a throwaway Debian root (slow: several minutes).

Runs only with BORNE_TEST_DEBOOTSTRAP=1 (and root): tools/test-installer.sh
debootstraps Debian, runs installer/install.sh in a chroot and checks the
user, units, permissions, files, keyring, the app starting offscreen, then
update, uninstall and purge. Same command by hand: sudo tools/test-installer.sh
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("BORNE_TEST_DEBOOTSTRAP") != "1",
        reason="slow install into a debootstrap root: set BORNE_TEST_DEBOOTSTRAP=1",
    ),
]


def test_install_into_a_throwaway_debian_root():
    assert os.geteuid() == 0, "debootstrap and chroot need root"
    suite = os.environ.get("BORNE_TEST_SUITE", "bookworm")
    result = subprocess.run(
        [str(REPO / "tools" / "test-installer.sh"), suite],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    print(result.stdout[-6000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert ", 0 failed" in result.stdout
