"""A borne killed with SIGKILL in the middle of thousands of writes loses nothing committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from kiosk.journal import Journal
from tests.helpers.journal_facts import KNOWN, autonomous

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from datetime import datetime
from pathlib import Path
from kiosk.journal import Journal
from tests.helpers.journal_facts import KNOWN, autonomous

journal = Journal(Path(sys.argv[1]), known_organismes=KNOWN,
                  clock=lambda: datetime(2026, 11, 25, 18))
status = journal.open()
if not status.ok:
    print("status", status.reason, flush=True)
    sys.exit(3)
sent = 0
while True:
    for _ in range(7):
        journal.record(autonomous(datetime(2026, 11, 25, 9 + sent % 9), "caf", "ameli",
                                  pages_printed=1))
        sent += 1
    if not journal.flush(30):
        sys.exit(4)
    print(f"ack {sent}", flush=True)  # only after the commit
"""


def _run_and_kill(database: Path, kill_after: int, rng: random.Random) -> int:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    acked = 0
    for line in child.stdout:
        assert line.startswith("ack "), line
        acked = int(line.split()[1])
        if acked >= kill_after:
            break
    time.sleep(rng.uniform(0, 0.05))  # land somewhere inside a later transaction
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()  # acks printed before the kill and not read yet
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    for line in rest.splitlines():
        acked = max(acked, int(line.split()[1]))
    return acked


def test_sigkill_during_writes_keeps_every_committed_session(tmp_path):
    database = tmp_path / "journal.sqlite3"
    rng = random.Random(7)
    acked_total = 0
    for kill_after in (1500, 2500):
        acked_total += _run_and_kill(database, kill_after, rng)
        con = sqlite3.connect(database)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            rows = con.execute("SELECT count(*) FROM journal_session").fetchone()[0]
            counted = con.execute(
                "SELECT sum(value) FROM stat_cell "
                "WHERE metric = 'sessions' AND dimension = 'total'").fetchone()[0]
            pages = con.execute(
                "SELECT sum(value) FROM stat_cell WHERE metric = 'pages_imprimees'"
            ).fetchone()[0]
            links = con.execute("SELECT count(*) FROM journal_session_organisme").fetchone()[0]
        finally:
            con.close()
        # every acknowledged session is there; at most the batch in flight is extra
        assert acked_total <= rows <= acked_total + 7
        # sessions and cells were committed together
        assert counted == rows == pages
        assert links == 2 * rows
        acked_total = rows  # the next child continues from what is on disk

    # the borne starts again and keeps counting
    journal = Journal(database, known_organismes=KNOWN, clock=lambda: datetime(2026, 11, 25, 18))
    assert journal.open().ok
    journal.record(autonomous(datetime(2026, 11, 25, 17), "caf"))
    assert journal.flush()
    assert journal.totals().get("sessions") == acked_total + 1
    journal.close()
