"""Faults between the borne and the real federation server: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.paths import VOCABULARY
from kiosk.sync.worker import Backoff, EnrolError, Outcome, SyncWorker
from kiosk.vocabulary import load_vocabulary
from tests.sync.conftest import ROOT, Borne, child_env
from tests.sync.faultproxy import PASS, Fault

FAULTS = [
    Fault("cut_before"),
    Fault("cut_after"),
    Fault("truncate_after"),
    Fault("status_before", 500),
    Fault("status_before", 502),
    Fault("status_before", 503),
    Fault("status_before", 503, retry_after="1"),
    Fault("status_before", 429, retry_after="2"),
    Fault("status_after", 500),
    Fault("status_after", 502, retry_after="1"),
    Fault("timeout_before", hold=1.0),
    Fault("timeout_after", hold=1.0),
]


def _enrolled(borne, server, proxy, sessions=20):
    borne.timeout = 0.5
    borne.sessions(sessions, days_back=3)
    return borne.enrol(proxy.url, server.code())


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f"{f.kind}-{f.status}-{f.retry_after}")
def test_a_fault_on_the_send_ends_with_exact_totals(borne, sqlite_server, proxy, fault):
    enrolment = _enrolled(borne, sqlite_server, proxy)
    proxy.sequence(PASS, fault)  # the clock check passes, the batch meets the fault
    first = borne.sync.run_once()
    assert first.outcome is Outcome.RETRY
    if fault.retry_after is not None and fault.kind.startswith("status"):
        assert first.retry_after == float(fault.retry_after)
    status = borne.sync.status()
    assert status.state == "hors_ligne"
    assert "aucun chiffre n'est perdu" in status.last_error
    assert status.pending_batches == 1
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()
    if fault.kind.endswith("_after"):  # the server had stored it: the resend is a replay
        assert b"idempotent-replay: true" in proxy.answers[-1].lower()
    assert borne.sync.status().state == "a_jour"
    assert borne.sync.status().last_error is None


def test_worker_waits_at_least_what_retry_after_asks(borne, sqlite_server, proxy):
    _enrolled(borne, sqlite_server, proxy)
    proxy.always(Fault("status_before", 503, retry_after="120"))
    worker = SyncWorker(borne.sync, interval=600, backoff=Backoff(base=0.01, cap=3600))
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while worker.next_attempt is None and time.monotonic() < deadline:
            time.sleep(0.02)
        waited = worker.next_attempt - datetime.now(UTC)
        assert waited > timedelta(seconds=100)
        assert worker.status().state == "hors_ligne"
        assert "Prochain essai" in "\n".join(worker.status().lines())
    finally:
        worker.stop()


def test_worker_thread_syncs_and_sync_now_wakes_it(borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    threads = set()
    make_client = borne.sync.client_factory

    def spying_factory(url):
        threads.add(threading.current_thread().name)
        return make_client(url)

    borne.sync.client_factory = spying_factory
    worker = SyncWorker(borne.sync, interval=600, backoff=Backoff(base=0.01))
    worker.start()
    try:
        borne.sessions(10)
        worker.sync_now()
        deadline = time.monotonic() + 30
        while sqlite_server.totals(enrolment.device_id) != borne.totals():
            assert time.monotonic() < deadline
            time.sleep(0.05)
            worker.sync_now()
    finally:
        worker.stop()
    assert worker.status().state in {"a_jour", "en_attente"}
    assert threads == {"sync-worker"}  # never the caller's (GUI) thread


def test_server_down_then_restarted(borne, sqlite_server):
    borne.sessions(10)
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    sqlite_server.stop(kill=True)
    assert borne.sync.run_once().outcome is Outcome.RETRY
    status = borne.sync.status()
    assert status.state == "hors_ligne"
    assert "joindre la fédération" in status.last_error
    borne.sessions(5)
    sqlite_server.start()
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()


def test_offline_for_a_while_merges_pending_batches(borne, sqlite_server, proxy):
    enrolment = _enrolled(borne, sqlite_server, proxy)
    proxy.always(Fault("status_before", 503))
    for _ in range(10):
        borne.sessions(5, days_back=2)
        assert borne.sync.run_once().outcome is Outcome.RETRY
    # nothing ever sent: every change merged into one batch
    assert borne.outbox.summary().pending == 1
    proxy.posts_only(Fault("status_before", 503))
    for _ in range(10):
        borne.sessions(5, days_back=2)
        assert borne.sync.run_once().outcome is Outcome.RETRY
    # one batch was attempted (its body is frozen), everything else merged in one
    assert borne.outbox.summary().pending == 2
    proxy.always(PASS)
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()


def test_cell_changed_while_its_batch_is_in_flight_stays_dirty(borne, sqlite_server, proxy):
    enrolment = _enrolled(borne, sqlite_server, proxy)
    proxy.sequence(PASS, Fault("hang_after"))
    proxy.request_seen.clear()
    worker = threading.Thread(target=borne.sync.run_once)
    worker.start()
    time.sleep(0.05)
    deadline = time.monotonic() + 20
    while sqlite_server.totals(enrolment.device_id) == {}:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    borne.sessions(3)  # same days: cells already in the flying batch change again
    proxy.release()
    worker.join(20)
    assert borne.journal.changed_cells() != []  # still dirty
    assert sqlite_server.totals(enrolment.device_id) != borne.totals()
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert borne.journal.changed_cells() == []
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()


def test_revoked_token_stops_sync_and_tells_staff(borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    borne.sessions(5)
    assert borne.sync.run_once().outcome is Outcome.DONE
    sqlite_server.revoke(enrolment.device_id)
    borne.sessions(5)
    assert borne.sync.run_once().outcome is Outcome.STOPPED
    status = borne.sync.status()
    assert status.state == "arretee"
    assert "retirée par la fédération" in status.last_error
    assert "inscrivez de nouveau la borne" in status.last_error
    assert borne.sync.run_once().outcome is Outcome.STOPPED  # no more requests
    # the journal kept counting; a new enrolment sends everything to the new identity
    again = borne.enrol(sqlite_server.url, sqlite_server.code())
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(again.device_id) == borne.totals()
    assert borne.sync.status().state == "a_jour"


def test_refused_batch_is_quarantined_with_a_french_message(tmp_path, sqlite_server):
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    data["version"] = "version-inconnue-du-serveur"
    other = tmp_path / "vocabulary.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    borne = Borne(tmp_path / "b", vocab=load_vocabulary(other))
    try:
        borne.enrol(sqlite_server.url, sqlite_server.code())
        borne.sessions(5)
        result = borne.sync.run_once()
        assert result.outcome is Outcome.DONE  # not retried forever
        status = borne.sync.status()
        assert status.quarantined == 1 and status.pending_batches == 0
        assert "vocabulaire" in status.last_error.lower()
        assert "mis de côté" in status.last_error
        assert borne.sync.run_once().sent == 0
    finally:
        borne.close()


def test_same_batch_id_with_another_body_is_sent_again_under_a_new_id(
    borne, sqlite_server
):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    borne.sessions(8)
    borne.outbox.queue(borne.journal)
    pending = borne.outbox.next_pending()
    squatter = json.loads(pending.body)
    squatter["cells"] = squatter["cells"][:1]
    request = urllib.request.Request(
        f"{sqlite_server.url}/api/v1/devices/{enrolment.device_id}/batches",
        data=json.dumps(squatter).encode(),
        headers={"Authorization": f"Bearer {enrolment.token}",
                 "Content-Type": "application/json"},
    )
    urllib.request.urlopen(request).close()
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()
    assert "même numéro" in borne.sync.status().last_error
    assert borne.sync.run_once().outcome is Outcome.DONE  # a clean round clears it
    assert borne.sync.status().last_error is None


@pytest.mark.parametrize("days", [1, 3, -2])
def test_clock_days_off_sends_unknown_period_not_false_days(tmp_path, sqlite_server, days):
    borne = Borne(tmp_path / "b", shift=timedelta(days=days))
    try:
        enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
        borne.sessions(12)
        assert borne.sync.run_once().outcome is Outcome.DONE
        assert sqlite_server.days(enrolment.device_id) == {"inconnu"}
        assert sqlite_server.totals(enrolment.device_id) == borne.totals()
        status = borne.sync.status()
        if days > 0:
            assert status.clock_code == "en_avance"
            assert f"en avance de {days} jour" in status.clock_message
        else:
            assert status.clock_code == "en_retard"
            assert "en retard de 2 jours" in status.clock_message
        assert any("horloge" in line for line in status.lines())
        # the clock is put right: new days are dated again, old ones stay unknown
        borne.shift = timedelta(0)
        borne.sessions(4, days_back=0)
        assert borne.sync.run_once().outcome is Outcome.DONE
        assert sqlite_server.totals(enrolment.device_id) == borne.totals()
        assert borne.sync.status().clock_code == "ok"
    finally:
        borne.close()


def test_enrolment_errors_are_plain_french(borne, sqlite_server):
    with pytest.raises(EnrolError) as bad_code:
        borne.enrol(sqlite_server.url, "AAAA-BBBB-CCCC")
    assert "Code d'inscription inconnu" in bad_code.value.message
    with pytest.raises(EnrolError) as clear_text:
        borne.enrol("http://federation.exemple.fr", "AAAA-BBBB-CCCC")
    assert "https://" in clear_text.value.message
    code = sqlite_server.code()
    borne.enrol(sqlite_server.url, code)
    with pytest.raises(EnrolError) as used:
        borne.enrol(sqlite_server.url, code)
    assert "déjà servi" in used.value.message


CHILD = """
import sys
from pathlib import Path
from kiosk.journal import Journal
from kiosk.sync import credentials
from kiosk.sync.client import FederationClient
from kiosk.sync.outbox import Outbox
from kiosk.sync.worker import Synchroniser
path, url, device, token = sys.argv[1:5]
credentials.save(credentials.Enrolment(url, device, token))
journal = Journal(Path(path), known_organismes=frozenset())
journal.open()
sync = Synchroniser(journal, Outbox(Path(path)),
                    client_factory=lambda u: FederationClient(u, timeout=60))
print("round", sync.run_once(), flush=True)
"""


@pytest.mark.parametrize("where", ["hang_before", "hang_after"])
def test_borne_killed_during_a_send(borne, sqlite_server, proxy, where):
    enrolment = _enrolled(borne, sqlite_server, proxy, sessions=30)
    borne.outbox.close()
    proxy.sequence(PASS, Fault(where))
    proxy.request_seen.clear()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(borne.path), proxy.url, enrolment.device_id,
         enrolment.token],
        cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        # wait for the batch request itself (the second one)
        while proxy.injected == 0:
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.2)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        proxy.release()
        if child.poll() is None:
            child.kill()
    committed = sqlite_server.totals(enrolment.device_id)
    assert (committed == {}) == (where == "hang_before")
    borne.restart()
    assert borne.outbox.summary().pending == 1  # the batch survived the kill
    proxy.always(PASS)
    assert borne.sync.run_once().outcome is Outcome.DONE
    assert sqlite_server.totals(enrolment.device_id) == borne.totals()
    if where == "hang_after":
        assert b"idempotent-replay: true" in proxy.answers[-1].lower()


def test_batch_too_big_for_the_server_is_split(borne, tmp_path):
    import uvicorn

    from kiosk.federation import crud
    from kiosk.federation.app import create_app
    from kiosk.federation.state import Settings
    from tests.sync.conftest import free_port

    app = create_app(Settings(f"sqlite:///{tmp_path / 'petit.sqlite3'}", max_cells=40))
    factory = app.state.federation.factory
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.02)
        centre = crud.create_centre(factory, "Centre", "59", "Nord")
        enrolment = borne.enrol(f"http://127.0.0.1:{port}", crud.make_enrol_code(factory, centre))
        borne.sessions(40, days_back=4)
        borne.outbox.queue(borne.journal)
        assert borne.outbox.summary().pending_cells > 40  # over this server's limit
        assert borne.sync.run_once().outcome is Outcome.DONE
        assert borne.outbox.summary().pending == 0
        with factory() as session:
            from sqlalchemy import text

            rows = session.execute(
                text("SELECT metric, dimension, code, SUM(value) FROM cell WHERE device_id = :d "
                     "GROUP BY metric, dimension, code"), {"d": enrolment.device_id}).all()
        assert {(m, d, c): int(v) for m, d, c, v in rows if v} == borne.totals()
    finally:
        server.should_exit = True
        thread.join(10)
        factory.kw["bind"].dispose()


def test_an_address_that_is_not_a_federation(borne, sqlite_server):
    borne.enrol(sqlite_server.url, sqlite_server.code())
    from kiosk.sync import credentials

    enrolment = credentials.load()
    credentials.save(credentials.Enrolment(sqlite_server.url + "/ailleurs", enrolment.device_id,
                                           enrolment.token, outbox_id=enrolment.outbox_id))
    borne.sync._enrolment = None
    assert borne.sync.run_once().outcome is Outcome.RETRY
    assert "adresse erronée" in borne.sync.status().last_error
