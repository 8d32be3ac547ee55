"""``kiosk run`` as a process: starts on the demo, stops cleanly on SIGTERM,
refuses root outside the demo, and ``kiosk screenshot`` writes a PNG."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path, **extra):
    env = dict(os.environ, BORNE_CONFIG=str(tmp_path / "none.toml"), TMPDIR=str(tmp_path))
    env.pop("BORNE_ALLOW_ROOT", None)
    env.update(extra)
    return env


def _kiosk(*args):
    return [sys.executable, "-m", "kiosk", *args]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_run_demo_starts_and_stops_cleanly(tmp_path, stop):
    # What a power cut left of the previous person: gone before the next one comes.
    left = tmp_path / "borne-session-coupure"
    (left / "downloads").mkdir(parents=True)
    (left / "downloads" / "attestation.pdf").write_bytes(b"%PDF-1.4 previous person")
    unrelated = tmp_path / "session-of-something-else"
    unrelated.mkdir()
    process = subprocess.Popen(
        _kiosk("run", "--demo"), cwd=ROOT, env=_env(tmp_path),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        started = False
        deadline = time.monotonic() + 60
        lines = []
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "borne started" in line:
                started = True
                break
        assert started, "".join(lines)
        assert not left.exists() and unrelated.exists()
        process.send_signal(stop)
        assert process.wait(timeout=30) == 0
        rest = process.stdout.read()
        assert "Traceback" not in rest and "Segmentation" not in rest, rest
        # The session folders of the run are gone.
        assert not list(tmp_path.glob("borne-session-*"))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.skipif(os.geteuid() != 0, reason="checks the refusal to run as root")
def test_run_refuses_root_outside_the_demo(tmp_path):
    result = subprocess.run(_kiosk("run"), cwd=ROOT, env=_env(tmp_path), capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "root" in result.stderr


def test_run_refuses_remote_debugging(tmp_path):
    result = subprocess.run(
        _kiosk("run", "--demo"), cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env=_env(tmp_path, QTWEBENGINE_REMOTE_DEBUGGING="9222"),
    )
    assert result.returncode == 2
    assert "QTWEBENGINE_REMOTE_DEBUGGING" in result.stderr


def test_screenshot_of_a_service_screen(tmp_path):
    out = tmp_path / "caf.png"
    result = subprocess.run(
        _kiosk("screenshot", "--demo", "--tile", "caf", "--out", str(out), "--size", "1024x700"),
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # The demo page's yellow "DÉMO — site fictif" band is under the top bar.
    yellow = [image.pixelColor(x, y).name() for y in range(80, 200, 4) for x in (20, 500)]
    assert "#ffd400" in yellow
