"""The federation server's deployment kit (installer/federation/), checked here.

Nothing is installed on this machine: the units are verified inside a
throwaway root, the commands they run are parsed by the real CLI and run
from this checkout's virtual environment.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from kiosk.federation.cli import build_parser, cmd_forward, cmd_serve

REPO = Path(__file__).resolve().parents[2]
KIT = REPO / "installer" / "federation"
SERVE = "kiosk-federation.service"
FORWARD = "kiosk-federation-forward.service"
TIMER = "kiosk-federation-forward.timer"
UNITS = (SERVE, FORWARD, TIMER)
ADMIN = KIT / "kiosk-federation-admin.sh"
VENV_PROGRAM = REPO / ".venv" / "bin" / "kiosk-federation"


def _run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, check=False, **kwargs
    )


def _unit(name: str) -> configparser.RawConfigParser:
    """The unit as sections of keys; a key given twice keeps its last value."""
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((KIT / name).read_text())
    return parser


def _exec_start(name: str) -> list[str]:
    return shlex.split(_unit(name)["Service"]["ExecStart"])


def _verify_root(tmp_path: Path) -> Path:
    """A minimal root: the distribution's units, ours, and the program where ExecStart says."""
    root = tmp_path / "root"
    shutil.copytree("/usr/lib/systemd/system", root / "usr/lib/systemd/system", symlinks=True)
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    for name in UNITS:
        shutil.copy(KIT / name, units / name)
    program = root / _exec_start(SERVE)[0].lstrip("/")
    program.parent.mkdir(parents=True)
    program.write_text(f'#!/bin/sh\nexec "{VENV_PROGRAM}" "$@"\n')
    program.chmod(0o755)
    return root


def _analyze(root: Path, *names: str) -> subprocess.CompletedProcess[str]:
    return _run(
        "systemd-analyze", "verify", f"--root={root}", *[f"/etc/systemd/system/{n}" for n in names]
    )


def test_units_pass_systemd_analyze_verify(tmp_path):
    root = _verify_root(tmp_path)
    result = _analyze(root, *UNITS)
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""
    # the same check does see a program that is not where ExecStart says
    (root / _exec_start(SERVE)[0].lstrip("/")).unlink()
    missing = _analyze(root, SERVE)
    assert missing.returncode != 0
    assert "is not executable" in missing.stderr


def test_every_unit_and_the_admin_command_use_one_program_path():
    serve, forward = _exec_start(SERVE)[0], _exec_start(FORWARD)[0]
    assert serve == forward
    assert serve.startswith("/") and serve.endswith("/bin/kiosk-federation")
    assert f"PROGRAM=${{KIOSK_FEDERATION_PROGRAM:-{serve}}}" in ADMIN.read_text()
    venv = serve.removesuffix("/bin/kiosk-federation")
    assert f"python3 -m venv {venv}" in (KIT / "README-fr.md").read_text()


def test_serve_unit_listens_on_localhost_only_with_secure_cookies():
    argv = _exec_start(SERVE)
    args = build_parser().parse_args(argv[1:])
    assert args.handler is cmd_serve
    assert args.host == "127.0.0.1"
    assert args.secure_cookies is True
    service = _unit(SERVE)["Service"]
    assert service["Restart"] == "on-failure"
    assert service["RestrictAddressFamilies"].split() == ["AF_INET", "AF_INET6", "AF_UNIX"]
    assert service["EnvironmentFile"] == "-/etc/kiosk-federation.env"


def _listening_addresses(port: int) -> set[str]:
    """Local IPv4/IPv6 addresses with a socket listening on port, from /proc/net."""
    found: set[str] = set()
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:
                continue
            raw = bytes.fromhex(address)
            # /proc prints each 32-bit word in host (little-endian) order
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found.add(socket.inet_ntop(family, words))
    return found


def test_serve_command_of_the_unit_answers_on_loopback_only(tmp_path):
    argv = _exec_start(SERVE)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    argv[argv.index("--port") + 1] = str(port)
    env = {**os.environ, "FEDERATION_DATA": str(tmp_path)}
    env.pop("FEDERATION_DATABASE", None)
    server = subprocess.Popen(
        [str(VENV_PROGRAM), *argv[1:]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        addresses: set[str] = set()
        deadline = time.monotonic() + 60
        while not addresses and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            addresses = _listening_addresses(port)
        assert server.poll() is None, server.stderr.read() if server.stderr else ""
        assert addresses == {"127.0.0.1"}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=30) as reply:
            assert reply.status == 200
        assert (tmp_path / "federation.sqlite3").is_file()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_forward_unit_runs_the_real_forward_command_on_the_same_data():
    argv = _exec_start(FORWARD)
    assert build_parser().parse_args(argv[1:]).handler is cmd_forward
    helped = _run(VENV_PROGRAM, *argv[1:], "--help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: kiosk-federation forward")
    forward, serve = _unit(FORWARD)["Service"], _unit(SERVE)["Service"]
    assert forward["Type"] == "oneshot"
    for key in ("User", "Group", "StateDirectory", "Environment", "EnvironmentFile"):
        assert forward[key] == serve[key], key
    assert serve["Environment"] == f"FEDERATION_DATA=%S/{serve['StateDirectory']}"


def test_timer_starts_the_forward_service_every_night_and_catches_up():
    timer = _unit(TIMER)["Timer"]
    assert timer.get("Unit", TIMER.replace(".timer", ".service")) == FORWARD
    assert (KIT / timer["Unit"]).is_file()
    assert timer["Persistent"] == "true"
    assert timer["RandomizedDelaySec"]
    calendar = _run("systemd-analyze", "calendar", "--iterations=2", timer["OnCalendar"])
    assert calendar.returncode == 0, calendar.stderr
    elapses = re.findall(r"\d{4}-\d\d-\d\d (\d\d:\d\d:\d\d)", calendar.stdout)
    assert elapses[:2] == ["02:30:00", "02:30:00"]
    assert _unit(TIMER)["Install"]["WantedBy"] == "timers.target"


def _exposure(root: Path, name: str) -> float:
    result = _run(
        "systemd-analyze",
        "security",
        "--offline=yes",
        f"--root={root}",
        f"/etc/systemd/system/{name}",
    )
    found = re.search(r"Overall exposure level for \S+: ([\d.]+) (\w+)", result.stdout)
    assert found, result.stdout + result.stderr
    return float(found.group(1))


def test_both_services_are_strongly_sandboxed(tmp_path):
    root = _verify_root(tmp_path)
    for name in (SERVE, FORWARD):
        service = _unit(name)["Service"]
        assert service["ProtectSystem"] == "strict"
        assert service["SystemCallFilter"] == "~@privileged"  # after @system-service
        assert "@system-service" in (KIT / name).read_text()
        # systemd's own score: 0 is fully locked, 10 wide open; "OK" is below 5
        assert _exposure(root, name) <= 2.0
    # the score does move: without the sandbox the same unit scores far worse
    bare = root / "etc/systemd/system/bare.service"
    keep = ("[", "Description", "User", "Group", "Type", "ExecStart", "Environment", "State")
    lines = (KIT / SERVE).read_text().splitlines()
    bare.write_text("\n".join(line for line in lines if line.startswith(keep)) + "\n")
    assert _exposure(root, "bare.service") > 5.0


def test_sysusers_file_creates_the_user_the_units_run_as(tmp_path):
    (tmp_path / "etc").mkdir()
    result = _run("systemd-sysusers", f"--root={tmp_path}", KIT / "kiosk-federation.sysusers")
    assert result.returncode == 0, result.stderr
    user = _unit(SERVE)["Service"]["User"]
    entries = [line.split(":") for line in (tmp_path / "etc/passwd").read_text().splitlines()]
    (entry,) = [e for e in entries if e[0] == user]
    assert entry[5] == "/var/lib/" + _unit(SERVE)["Service"]["StateDirectory"]
    assert entry[6] == "/usr/sbin/nologin"
    assert int(entry[2]) < 1000  # a system user


def test_admin_command_is_shellcheck_clean_and_refuses_non_root(installer_copy):
    result = _run("shellcheck", ADMIN)
    assert result.returncode == 0, result.stdout
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    refused = _run(*as_user, "bash", installer_copy / "federation" / ADMIN.name, "list")
    assert refused.returncode != 0
    assert "sudo kiosk-federation-admin list" in refused.stderr


def test_admin_command_runs_as_the_service_user_on_the_service_database():
    assert os.geteuid() == 0, "runuser needs root (CI runs the tests as root)"
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        base.chmod(0o755)
        data = base / "data"
        data.mkdir()
        shutil.chown(data, "nobody")
        # a stand-in for the program that tells who ran it, where, with what
        program = base / "kiosk-federation"
        program.write_text(
            '#!/bin/sh\necho "uid=$(id -un) cwd=$(pwd) data=$FEDERATION_DATA'
            ' db=${FEDERATION_DATABASE-unset} args=$*"\n'
        )
        program.chmod(0o755)
        env_file = base / "kiosk-federation.env"
        env = {
            **os.environ,
            "KIOSK_FEDERATION_PROGRAM": str(program),
            "KIOSK_FEDERATION_USER": "nobody",
            "KIOSK_FEDERATION_DATA": str(data),
            "KIOSK_FEDERATION_ENV": str(env_file),
            "FEDERATION_DATABASE": "sqlite:////root/elsewhere.sqlite3",
        }
        # no environment file: the SQLite file of the data folder, never root's variable
        plain = _run("bash", ADMIN, "create-centre", "La Source", "--departement", "59", env=env)
        assert plain.returncode == 0, plain.stderr
        assert plain.stdout.split() == [
            "uid=nobody",
            f"cwd={data}",
            f"data={data}",
            "db=unset",
            "args=create-centre",
            "La",
            "Source",
            "--departement",
            "59",
        ]
        url = "postgresql+psycopg://fede:secret@localhost/federation"
        env_file.write_text(f'# PostgreSQL\nFEDERATION_DATABASE="{url}"\n')
        with_db = _run("bash", ADMIN, "list", env=env)
        assert with_db.returncode == 0, with_db.stderr
        assert f"db={url}" in with_db.stdout.split()
        # a data folder that does not exist yet: a clear message, nothing run
        missing = _run("bash", ADMIN, "list", env={**env, "KIOSK_FEDERATION_DATA": "/nonexistent"})
        assert missing.returncode != 0
        assert "systemctl start kiosk-federation" in missing.stderr
        assert "uid=" not in missing.stdout
