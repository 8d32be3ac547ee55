"""SIGTERM: a session ended just before is in the journal file after the exit.

A real ``kiosk.app.run`` (demo, offscreen) in a child process: it opens a
service, ends the session with "Terminer" (the journal row then waits for
the end-of-session question), and receives SIGTERM while the question is
on screen. After the exit, the SQLite file holds the row.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

from kiosk.catalogue import ORGANISMES
from kiosk.journal import Journal
from tests.sync.conftest import ROOT, child_env

CHILD = textwrap.dedent("""
    import logging, os, signal, sys
    logging.basicConfig(level=logging.INFO)
    from pathlib import Path
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QTimer
    from kiosk import app
    from kiosk.session import EndReason, State

    def started(borne):
        def open_tile():
            borne.finish()
            borne.window.open_tile("impots")
            wait_active()

        def wait_active():
            controller = borne.services.controller
            if controller.session.state is State.ACTIVE:
                controller.end(EndReason.USER)
                wait_question()
            else:
                QTimer.singleShot(100, wait_active)

        def wait_question():
            if borne.services.feedback.isVisible():
                print("question shown", flush=True)
                os.kill(os.getpid(), signal.SIGTERM)
            else:
                QTimer.singleShot(50, wait_question)

        QTimer.singleShot(200, open_tile)

    sys.exit(app.run(app.Options(demo=True, demo_port=0, data_dir=Path(sys.argv[1])),
                     windowed=True, on_started=started))
""")


def test_sigterm_flushes_the_session_ended_just_before(tmp_path):
    data = tmp_path / "data"
    done = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=child_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "question shown" in done.stdout
    assert "stop requested" in done.stderr
    journal = Journal(data / "journal.sqlite3", known_organismes=frozenset(ORGANISMES))
    assert journal.open().ok
    try:
        [row] = journal.sessions_on(date.today())
        assert (row.mode, row.organismes, row.end_reason) == ("autonome", ("impots",), "terminee")
        assert row.feedback is None  # not answered before the stop
    finally:
        journal.close()
