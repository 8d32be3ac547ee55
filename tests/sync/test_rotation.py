"""Token rotation asked by the borne, against the real federation server.

Each fault leaves the borne able to send: afterwards its counts reach the
server and the federation's totals equal the borne's, cell for cell. Once
the new token has been used, the old one is refused. Tokens never reach the
logs nor the terminal.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from kiosk.federation.security import digest
from kiosk.sync import credentials, rotation
from kiosk.sync.client import FederationClient
from kiosk.sync.worker import Outcome
from tests.sync.conftest import ROOT, child_env
from tests.sync.faultproxy import PASS, Fault
from tests.sync.file_keyring import ENV, FileKeyring


def token_requests(fault, method=b""):
    """Apply ``fault`` to the token requests (``POST``/``GET …/token``) only."""

    def plan(request):
        line = request.split(b"\r\n", 1)[0]
        return fault if b"/token " in line and line.startswith(method) else PASS

    return plan


def stored(server, device_id):
    with server.engine.connect() as connection:
        return connection.execute(
            text("SELECT token_hash, pending_token_hash FROM device WHERE id = :d"),
            {"d": device_id},
        ).one()


def refusal(server, device_id, token):
    """The server's error code for ``token`` (``None``: accepted). Never a pending token."""
    answer = FederationClient(server.url).token_state(device_id, token)
    return None if answer.status == 200 else answer.error()[0]


def send_all(borne):
    for _ in range(3):
        if borne.sync.run_once().outcome is Outcome.DONE:
            return
    raise AssertionError(borne.sync.status().lines())


def assert_totals_equal(borne, server, device_id):
    send_all(borne)
    assert borne.outbox.summary().pending == 0
    assert server.totals(device_id) == borne.totals()


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    path = tmp_path / "trousseau.json"
    monkeypatch.setenv(ENV, str(path))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(path))
    try:
        yield path
    finally:
        keyring.set_keyring(previous)


def test_rotation_on_demand_retires_the_old_token(borne, server, caplog):
    caplog.set_level(logging.DEBUG)
    enrolment = borne.enrol(server.url, server.code())
    assert enrolment.token_age(datetime.now(UTC)) < timedelta(minutes=5)
    borne.sessions(25, days_back=3)
    send_all(borne)
    result = borne.sync.rotate_token()
    assert result.code == rotation.DONE
    now = credentials.load()
    assert now.token != enrolment.token and not now.pending_token
    assert stored(server, enrolment.device_id) == (digest(now.token), None)
    assert refusal(server, enrolment.device_id, enrolment.token) == "jeton_invalide"
    borne.sessions(10)
    assert_totals_equal(borne, server, enrolment.device_id)
    assert enrolment.token not in caplog.text and now.token not in caplog.text
    assert now.token not in repr(now) and now.token not in repr(result)


def test_answer_lost_after_the_server_committed(borne, sqlite_server, proxy):
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    borne.sessions(20, days_back=2)
    send_all(borne)
    proxy.plan = token_requests(Fault("cut_after"), b"POST")
    result = borne.sync.rotate_token()
    assert result.code == "connexion_coupee"
    kept = credentials.load()
    assert kept.token == enrolment.token and not kept.pending_token
    token_hash, pending_hash = stored(sqlite_server, enrolment.device_id)
    assert token_hash == digest(enrolment.token) and pending_hash is not None  # committed
    borne.sessions(10)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)  # old token still works
    proxy.always(PASS)
    assert borne.sync.rotate_token().code == rotation.DONE  # asking again costs nothing
    assert refusal(sqlite_server, enrolment.device_id, enrolment.token) == "jeton_invalide"
    borne.sessions(5)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_borne_killed_between_keyring_write_and_first_use(
    file_keyring, borne, sqlite_server, proxy, tmp_path
):
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    borne.sessions(20, days_back=2)
    send_all(borne)
    proxy.plan = token_requests(Fault("hang_before"), b"GET")  # the first use never arrives
    env = child_env() | {
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        ENV: str(file_keyring),
        "BORNE_CONFIG": str(tmp_path / "absent.toml"),
    }
    child = subprocess.Popen(
        [str(Path(sys.executable).parent / "kiosk"), "sync", "rotate",
         "--database", str(borne.path)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while proxy.injected == 0:
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        proxy.release()
        if child.poll() is None:
            child.kill()
    staged = credentials.load()
    assert staged.token == enrolment.token and staged.pending_token
    assert stored(sqlite_server, enrolment.device_id) == (
        digest(enrolment.token), digest(staged.pending_token))
    proxy.always(PASS)
    borne.restart()
    borne.sessions(10)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)
    now = credentials.load()
    assert now.token == staged.pending_token and not now.pending_token
    assert refusal(sqlite_server, enrolment.device_id, enrolment.token) == "jeton_invalide"


def test_server_restarted_while_a_token_is_pending(borne, server, proxy):
    enrolment = borne.enrol(proxy.url, server.code())
    borne.sessions(20, days_back=2)
    send_all(borne)
    proxy.plan = token_requests(Fault("cut_before"), b"GET")
    result = borne.sync.rotate_token()
    assert result.code == "connexion_coupee" and result.enrolment.pending_token
    server.restart()
    proxy.always(PASS)
    borne.restart()
    borne.sessions(10)
    assert_totals_equal(borne, server, enrolment.device_id)
    now = credentials.load()
    assert now.token == result.enrolment.pending_token and not now.pending_token
    assert refusal(server, enrolment.device_id, enrolment.token) == "jeton_invalide"


def test_a_second_rotation_while_one_is_pending_finishes_the_first(borne, sqlite_server, proxy):
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    borne.sessions(15)
    send_all(borne)
    proxy.plan = token_requests(Fault("cut_before"), b"GET")
    first = borne.sync.rotate_token().enrolment.pending_token
    assert first
    proxy.always(PASS)
    assert borne.sync.rotate_token().code == rotation.DONE
    now = credentials.load()
    assert now.token not in {enrolment.token, first} and not now.pending_token
    assert refusal(sqlite_server, enrolment.device_id, enrolment.token) == "jeton_invalide"
    assert refusal(sqlite_server, enrolment.device_id, first) == "jeton_invalide"
    borne.sessions(10)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_a_pending_token_replaced_by_another_request_is_dropped(borne, sqlite_server, proxy):
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    borne.sessions(15)
    send_all(borne)
    proxy.plan = token_requests(Fault("cut_before"), b"GET")
    assert borne.sync.rotate_token().enrolment.pending_token
    # another request made with the current token (its answer lost) replaces the pending one
    other = FederationClient(sqlite_server.url).new_token(enrolment.device_id, enrolment.token)
    assert other.status == 201
    proxy.always(PASS)
    borne.sessions(10)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)  # current token kept
    kept = credentials.load()
    assert kept.token == enrolment.token and not kept.pending_token
    assert borne.sync.rotate_token().code == rotation.DONE
    borne.sessions(3)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_a_round_rotates_a_token_older_than_the_setting(borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    old = (datetime.now(UTC) - timedelta(days=100)).isoformat(timespec="seconds")
    credentials.save(credentials.Enrolment(**{**enrolment.__dict__, "token_since": old}))
    borne.sessions(10)
    borne.sync.rotate_token_days = 0  # 0: never
    send_all(borne)
    assert credentials.load().token == enrolment.token
    borne.sync.rotate_token_days = 90
    send_all(borne)
    rotated = credentials.load()
    assert rotated.token != enrolment.token
    assert rotated.token_age(datetime.now(UTC)) < timedelta(minutes=5)
    borne.sessions(5)
    send_all(borne)
    assert credentials.load().token == rotated.token  # young again: not rotated twice
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_an_enrolment_without_a_date_is_rotated_once(borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    credentials.save(credentials.Enrolment(enrolment.url, enrolment.device_id, enrolment.token,
                                           outbox_id=enrolment.outbox_id))
    borne.sync.rotate_token_days = 90
    borne.sessions(5)
    send_all(borne)
    assert credentials.load().token != enrolment.token
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_a_revoked_borne_cannot_rotate_and_stops(borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    sqlite_server.revoke(enrolment.device_id)
    result = borne.sync.rotate_token()
    assert result.code == "borne_revoquee" and "retirée" in result.message
    assert credentials.load().token == enrolment.token
    borne.sessions(3)
    assert borne.sync.run_once().outcome is Outcome.STOPPED


def test_the_command_rotates_and_never_prints_the_token(
    file_keyring, borne, sqlite_server, tmp_path
):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    env = child_env() | {
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        ENV: str(file_keyring),
        "BORNE_CONFIG": str(tmp_path / "absent.toml"),
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "kiosk"), "sync", "rotate",
         "--database", str(borne.path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "nouveau jeton" in done.stdout
    now = credentials.load()
    assert now.token != enrolment.token
    for token in (now.token, enrolment.token):
        assert token not in done.stdout + done.stderr
    assert json.loads(file_keyring.read_text())  # kept in the keyring only
    borne.sessions(5)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)


def test_two_processes_rotating_at_once_leave_one_working_token(
    file_keyring, borne, sqlite_server, tmp_path
):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    borne.sessions(10)
    send_all(borne)
    env = child_env() | {
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        ENV: str(file_keyring),
        "BORNE_CONFIG": str(tmp_path / "absent.toml"),
    }
    command = [str(Path(sys.executable).parent / "kiosk"), "sync", "rotate",
               "--database", str(borne.path)]
    children = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(2)]
    assert [child.wait(120) for child in children] == [0, 0]  # one after the other (file lock)
    now = credentials.load()
    assert not now.pending_token and now.token != enrolment.token
    assert refusal(sqlite_server, enrolment.device_id, enrolment.token) == "jeton_invalide"
    borne.sessions(5)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)
