"""A month offline for a busy borne: outbox size, then time to drain once online.

80 and 300 sessions a day for 30 days, journaled in 10 bunches a day; after each
bunch the sync worker's round runs against an unreachable federation (as it
would every few minutes), so the outbox keeps merging. Then the real
federation server (``kiosk-federation serve`` on loopback, SQLite) comes up
and one round drains everything. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import text

from kiosk.federation import crud, db
from kiosk.journal import AssistedFacts, Journal, SessionFacts
from kiosk.sync import credentials, wire
from kiosk.sync.client import FederationClient
from kiosk.sync.outbox import Outbox
from kiosk.sync.worker import Synchroniser

DAYS = 30
BUNCHES = 10
KNOWN = frozenset({"caf", "ameli", "impots", "ants", "france_travail"})
TILES = ("caf", "ameli", "impots", "ants", "france_travail", "webmail")


class _Memory(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _facts(rng: random.Random, started: datetime) -> SessionFacts:
    tiles = tuple(rng.sample(TILES, rng.randint(1, 3)))
    assisted = rng.random() < 0.3
    return SessionFacts(
        started_at=started,
        duration_s=rng.choice((120, 700, 2000, 5000)),
        mode="accompagne" if assisted else "autonome",
        tiles_opened=tiles,
        organismes={t: (t if t in KNOWN else "autre") for t in tiles},
        thematiques_by_tile={"caf": ("logement",), "ameli": ("social_sante",)},
        pages_printed=rng.randint(0, 4),
        help_requested=rng.random() < 0.2,
        feedback=rng.choice((None, "oui", "non")),
        assisted=AssistedFacts("mediateur_numerique", "acces_aux_droits", ("social_sante",),
                               "oui", "autonome", None) if assisted else None,
    )


def _serve(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "kiosk-federation"), "--database", url,
               "serve", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out)
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def month_offline(per_day: int, rng: random.Random) -> None:
    """One scenario: ``per_day`` sessions a day for :data:`DAYS` days offline, then drain."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'federation.sqlite3'}"
        engine = db.make_engine(url)
        db.migrate(engine)
        factory = db.session_factory(engine)
        centre = crud.create_centre(factory, "Centre social", "59", "Nord")
        port = _port()
        server = _serve(url, port, folder / "server.log")
        path = folder / "journal.sqlite3"
        journal = Journal(path, known_organismes=KNOWN)
        journal.open()
        outbox = Outbox(path)
        sync = Synchroniser(journal, outbox,
                            client_factory=lambda u: FederationClient(u, timeout=60))
        device = sync.enrol(f"http://127.0.0.1:{port}", crud.make_enrol_code(factory, centre))
        server.terminate()
        server.wait(30)  # the month offline starts

        start = datetime.now().replace(hour=9, minute=0) - timedelta(days=DAYS)
        rounds_time = 0.0
        rounds = 0
        for day in range(DAYS):
            for bunch in range(BUNCHES):
                for _ in range(per_day // BUNCHES):
                    journal.record(_facts(rng, start + timedelta(days=day, minutes=50 * bunch)))
                journal.flush(60)
                began = time.perf_counter()
                sync.run_once()
                rounds_time += time.perf_counter() - began
                rounds += 1
        summary = outbox.summary()
        size = outbox.size_bytes()
        print(f"{per_day} sessions a day, {DAYS} days offline: {rounds} offline rounds "
              f"({rounds_time / rounds * 1000:.1f} ms each on average)")
        print(f"  outbox: {summary.pending} batches, {summary.pending_cells} cells, "
              f"{size / 1024:.0f} KiB of bodies; journal file {path.stat().st_size / 1024:.0f} KiB")

        server = _serve(url, port, folder / "server2.log")
        try:
            began = time.perf_counter()
            result = sync.run_once()
            drained = time.perf_counter() - began
            with engine.connect() as connection:
                stored = connection.execute(
                    text("SELECT metric, dimension, code, SUM(value) FROM cell "
                         "WHERE device_id = :d GROUP BY metric, dimension, code"),
                    {"d": device.device_id},
                ).all()
            mine = wire.totals([w for c in journal.cells() if (w := wire.to_wire(c))])
            theirs = {(m, d, c): int(v) for m, d, c, v in stored if v}
            print(f"  drain once online: {drained:.2f} s for {result.sent} batches "
                  f"({result.outcome.value}, clock check included); "
                  f"server totals equal: {mine == theirs}")
        finally:
            server.terminate()
            server.wait(30)
            outbox.close()
            journal.close()
            engine.dispose()
            credentials.forget()


def main() -> None:
    """Print outbox size after a month offline and the time to drain it."""
    keyring.set_keyring(_Memory())
    rng = random.Random(5)
    for per_day in (80, 300):
        month_offline(per_day, rng)


if __name__ == "__main__":
    main()
