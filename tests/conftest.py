"""Test-wide environment: offscreen Qt, QtWebEngine as root, quiet Chromium.

These must be set before any PySide6 import, hence at the top of this file.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # tests run as root in CI
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.memory_keyring.MemoryKeyring")
