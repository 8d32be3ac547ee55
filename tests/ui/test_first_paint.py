"""What the borne does, and does not do, before its home screen is painted.

bench/bench_startup.py times the start-up; this checks the choices that
keep it fast without losing what QtWebEngine and the locked screen need.
A child process builds the borne as ``kiosk run`` does (shipped catalogue)
and reports once the home screen has been painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import json, os, sys
    from kiosk import app
    from kiosk.ui.startup import after_first_paint
    from PySide6 import QtCore

    qapp = app.application()
    borne = app.build(app.Options(), qapp, defer_sessions=True)

    def painted():
        seen = {
            "qt_namespace": QtCore.__dict__.get("Qt") is not None,
            "webengine": any(name.startswith("PySide6.QtWebEngine") for name in sys.modules),
            "service_screen": "kiosk.ui.service" in sys.modules,
            "journal": "kiosk.journal" in sys.modules,
            "tiles": len(borne.window.home.tile_buttons),
            "decorations_off": os.environ.get("QT_WAYLAND_DISABLE_WINDOWDECORATION"),
        }
        from PySide6.QtCore import QCoreApplication, Qt

        shared = Qt.ApplicationAttribute.AA_ShareOpenGLContexts
        seen["shared_contexts"] = QCoreApplication.testAttribute(shared)
        print(json.dumps(seen), flush=True)
        os._exit(0)

    after_first_paint(borne.window.home, painted)
    borne.window.setGeometry(0, 0, 1280, 800)
    borne.window.show()
    qapp.exec()
    """
)


def _first_paint(tmp_path):
    env = dict(os.environ, BORNE_CONFIG=str(tmp_path / "none.toml"), TMPDIR=str(tmp_path))
    env.pop("QT_WAYLAND_DISABLE_WINDOWDECORATION", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, result.stderr[-2000:]
    return json.loads(lines[-1])


def test_the_home_comes_with_every_tile_and_what_the_browser_needs(tmp_path):
    seen = _first_paint(tmp_path)
    assert seen["tiles"] == len(load_catalogue().for_session(accompanied=False))
    # QtWebEngine's GPU compositing needs contexts shared before the QApplication.
    assert seen["shared_contexts"] is True
    # Under cage (Wayland) Qt draws no title bar and no close button.
    assert seen["decorations_off"] == "1"


def test_the_home_is_painted_before_the_heavy_parts_are_loaded(tmp_path):
    seen = _first_paint(tmp_path)
    assert seen["webengine"] is False  # Chromium: imported 1.5 s later
    assert seen["journal"] is False  # SQLAlchemy, Alembic: on a worker thread afterwards
    assert seen["service_screen"] is False  # built just after the paint
    # PySide's Qt namespace is 93 Python enums built at once: ~10 ms, a tenth of the start-up.
    assert seen["qt_namespace"] is False
