"""Fixtures of the sync tests: a real federation server in a subprocess, a real borne.

The server is the ``kiosk-federation serve`` command on loopback (SQLite, or
PostgreSQL from ``BORNE_TEST_POSTGRES_URL``); the borne is a real journal in
a temporary folder with its outbox and synchroniser. Totals are compared
cell by cell: the server's ``cell`` table summed per (metric, dimension,
code) over every day (``inconnu`` included) against the borne's journal.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.federation import crud, db
from kiosk.journal import AssistedFacts, Journal, SessionFacts
from kiosk.sync import credentials, wire
from kiosk.sync.client import FederationClient
from kiosk.sync.outbox import Outbox
from kiosk.sync.worker import Synchroniser
from tests.federation.conftest import drop_postgres_schema, fresh_postgres_schema, postgres_url
from tests.sync.faultproxy import FaultProxy

ROOT = Path(__file__).resolve().parents[2]
KNOWN = frozenset({"caf", "ameli", "impots", "ants", "france_travail"})
TILES = ("caf", "ameli", "impots", "ants", "france_travail", "webmail")
THEMES = {"caf": ("logement",), "ameli": ("social_sante",), "impots": ("argent_impots",)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FederationServer:
    """``kiosk-federation serve`` in a subprocess, plus admin access to its database."""

    def __init__(self, url: str, folder: Path) -> None:
        self.database_url = url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "federation.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.engine = db.make_engine(url)
        db.migrate(self.engine)
        self.factory = db.session_factory(self.engine)
        self.centre = crud.create_centre(self.factory, "Centre social des Tilleuls", "59", "Nord")

    def start(self) -> None:
        command = [str(Path(sys.executable).parent / "kiosk-federation"),
                   "--database", self.database_url, "serve", "--port", str(self.port)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=out, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/api/v1/health", timeout=2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.log.read_text()[-2000:]) from None
                time.sleep(0.1)
        raise RuntimeError("federation server did not start")

    def stop(self, kill: bool = False) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(30)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def code(self) -> str:
        return crud.make_enrol_code(self.factory, self.centre)

    def revoke(self, device_id: str) -> None:
        crud.revoke(self.factory, device_id)

    def totals(self, device_id: str) -> dict[tuple[str, str, str], int]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT metric, dimension, code, SUM(value) FROM cell "
                     "WHERE device_id = :d GROUP BY metric, dimension, code"),
                {"d": device_id},
            ).all()
        return {(m, d, c): int(v) for m, d, c, v in rows if v}

    def days(self, device_id: str) -> set[str]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT DISTINCT day FROM cell WHERE device_id = :d AND value > 0"),
                {"d": device_id},
            ).all()
        return {row[0] for row in rows}


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'federation.sqlite3'}"
        return
    base = postgres_url()  # fails (not skips) in CI when the URL is missing
    assert base is not None
    url = fresh_postgres_schema(base)
    try:
        yield url
    finally:
        drop_postgres_schema(base, url)


@pytest.fixture
def server(database_url, tmp_path) -> Iterator[FederationServer]:
    federation = FederationServer(database_url, tmp_path)
    federation.start()
    try:
        yield federation
    finally:
        federation.stop()
        federation.engine.dispose()


@pytest.fixture
def sqlite_server(tmp_path) -> Iterator[FederationServer]:
    federation = FederationServer(f"sqlite:///{tmp_path / 'federation.sqlite3'}", tmp_path)
    federation.start()
    try:
        yield federation
    finally:
        federation.stop()
        federation.engine.dispose()


class Borne:
    """A real journal, its outbox and synchroniser, in one folder."""

    def __init__(self, folder: Path, *, timeout: float = 5.0, shift: timedelta = timedelta(0),
                 vocab=None, chunk: int = 2000) -> None:
        self.chunk = chunk
        self.folder = folder
        self.path = folder / "journal.sqlite3"
        self.shift = shift
        self.timeout = timeout
        self.vocab = vocab
        self.rng = random.Random(7)
        self.journal = Journal(self.path, known_organismes=KNOWN, vocab=vocab)
        assert self.journal.open().ok, self.journal.status.message
        self.restart()

    def now(self) -> datetime:
        return datetime.now() + self.shift

    def restart(self) -> None:
        """A new outbox and synchroniser on the same file (as after a reboot)."""
        if getattr(self, "outbox", None) is not None:
            self.outbox.close()
        self.outbox = Outbox(self.path, chunk=self.chunk)
        self.sync = Synchroniser(
            self.journal,
            self.outbox,
            client_factory=lambda url: FederationClient(url, timeout=self.timeout),
            clock=self.now,
        )

    def enrol(self, url: str, code: str) -> credentials.Enrolment:
        return self.sync.enrol(url, code, "Borne de test")

    def sessions(self, count: int, days_back: int = 0) -> None:
        rng = self.rng
        for _ in range(count):
            started = self.now() - timedelta(days=rng.randint(0, days_back),
                                             hours=rng.randint(0, 3))
            tiles = tuple(rng.sample(TILES, rng.randint(1, 3)))
            assisted = rng.random() < 0.3
            facts = SessionFacts(
                started_at=started,
                duration_s=rng.choice((120, 700, 2000, 5000)),
                mode="accompagne" if assisted else "autonome",
                tiles_opened=tiles,
                organismes={t: (t if t in KNOWN else "autre") for t in tiles},
                thematiques_by_tile={t: THEMES.get(t, ()) for t in tiles},
                pages_printed=rng.randint(0, 4),
                documents_scanned=rng.randint(0, 2),
                help_requested=rng.random() < 0.2,
                feedback=rng.choice((None, "oui", "non", "en_partie")),
                assisted=AssistedFacts(
                    role="mediateur_numerique",
                    pathway="acces_aux_droits",
                    thematiques=("social_sante",),
                    demarche_aboutie=rng.choice(("oui", "a_revenir")),
                    autonomie="partiellement_autonome",
                    redirection=None,
                ) if assisted else None,
            )
            self.journal.record(facts)
        assert self.journal.flush(30)

    def totals(self) -> dict[tuple[str, str, str], int]:
        cells = [w for c in self.journal.cells() if (w := wire.to_wire(c)) is not None]
        return wire.totals(cells)

    def close(self) -> None:
        self.outbox.close()
        self.journal.close()


@pytest.fixture
def borne(tmp_path) -> Iterator[Borne]:
    credentials.forget()
    made = Borne(tmp_path / "borne")
    try:
        yield made
    finally:
        made.close()
        credentials.forget()


@pytest.fixture
def proxy(request) -> Iterator[FaultProxy]:
    federation = request.getfixturevalue(
        "server" if "server" in request.fixturenames else "sqlite_server"
    )
    made = FaultProxy(federation.port)
    try:
        yield made
    finally:
        made.close()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env
