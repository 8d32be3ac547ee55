"""Regression: PySide6 6.12.0 on Python 3.11 aborts after ~600 signal emits.

The pinned combination must survive 100,000 emits in a child process (a
crash there would kill the test runner itself).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        fired = Signal(bool)
        nothing = Signal()

    app = QCoreApplication([])
    emitter = Emitter()
    seen = []
    emitter.fired.connect(lambda value: seen.append(value))
    emitter.nothing.connect(lambda: None)
    for i in range(100_000):
        emitter.fired.emit(i % 2 == 0)
        emitter.nothing.emit()
    print(len(seen))
    """
)


def test_hundred_thousand_signal_emits_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "100000"
