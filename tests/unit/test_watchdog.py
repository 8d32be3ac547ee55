"""sd_notify against a real AF_UNIX datagram socket standing in for systemd."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from kiosk import watchdog


@pytest.fixture
def receiver(tmp_path: Path):
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    yield sock, {"NOTIFY_SOCKET": str(path)}
    sock.close()


def test_ready_ping_stopping_reach_systemd_socket(receiver):
    sock, env = receiver
    assert watchdog.ready(env)
    assert sock.recv(4096) == b"READY=1"
    assert watchdog.ping(env)
    assert sock.recv(4096) == b"WATCHDOG=1"
    assert watchdog.stopping(env)
    assert sock.recv(4096) == b"STOPPING=1"


def test_abstract_namespace_socket():
    name = f"borne-test-{os.getpid()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(b"\0" + name.encode())
    sock.settimeout(5)
    try:
        assert watchdog.notify("STATUS=ok\nREADY=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"STATUS=ok\nREADY=1"
    finally:
        sock.close()


def test_outside_systemd_nothing_is_sent_and_nothing_breaks():
    assert watchdog.ready({}) is False
    assert watchdog.ping({"NOTIFY_SOCKET": ""}) is False
    assert watchdog.ping({"NOTIFY_SOCKET": "relative/path"}) is False
    assert watchdog.ping_interval_ms({"WATCHDOG_USEC": "30000000"}) is None


def test_vanished_socket_is_reported_not_raised(tmp_path, caplog):
    env = {"NOTIFY_SOCKET": str(tmp_path / "gone")}
    assert watchdog.ping(env) is False
    assert "systemd notification failed" in caplog.text


def test_ping_interval_is_half_the_watchdog(receiver):
    _, env = receiver
    assert watchdog.ping_interval_ms({**env, "WATCHDOG_USEC": "30000000"}) == 15000
    # a WATCHDOG_PID naming the compositor does not disable the app's pings
    assert watchdog.ping_interval_ms(
        {**env, "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"}
    ) == 10000
    assert watchdog.ping_interval_ms({**env, "WATCHDOG_USEC": "10"}) == watchdog.MIN_INTERVAL_MS
    for bad in ("", "0", "-5", "soon"):
        assert watchdog.ping_interval_ms({**env, "WATCHDOG_USEC": bad}) is None
