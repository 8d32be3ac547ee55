"""The installer's scripts and units, checked without touching this machine.

The full install into a throwaway Debian root is tests/installer/test_debootstrap.py.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "installer" / "install.sh"
UNITS = ("borne.service", "borne-poweroff.service", "borne-poweroff.timer")


def _run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, check=False, **kwargs
    )


def test_shell_scripts_are_shellcheck_clean():
    scripts = sorted(
        [*REPO.glob("installer/*.sh"), *REPO.glob("tools/*.sh"), REPO / ".ci" / "run"]
    )
    assert INSTALL in scripts
    result = _run("shellcheck", "--external-sources", *scripts, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def render(tmp_path: Path, config: Path | None = None) -> Path:
    out = tmp_path / "units"
    extra = ["--config", str(config)] if config else []
    result = _run(INSTALL, "--render-units", out, *extra)
    assert result.returncode == 0, result.stderr
    return out


def _verify_root(tmp_path: Path, units: Path) -> Path:
    """A minimal root for systemd-analyze: the distribution's units, ours, our scripts."""
    root = tmp_path / "root"
    shutil.copytree("/usr/lib/systemd/system", root / "usr/lib/systemd/system", symlinks=True)
    shutil.copytree(units, root / "etc/systemd/system")
    libexec = root / "opt/borne/libexec"
    libexec.mkdir(parents=True)
    for name in ("borne-session", "borne-power"):
        target = libexec / name
        shutil.copy(REPO / "installer" / f"{name}.sh", target)
        target.chmod(0o755)
    return root


def _analyze(root: Path, names: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return _run(
        "systemd-analyze", "verify", f"--root={root}", *[f"/etc/systemd/system/{n}" for n in names]
    )


def test_generated_units_pass_systemd_analyze_verify(tmp_path):
    root = _verify_root(tmp_path, render(tmp_path))
    result = _analyze(root, UNITS)
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""
    # the same check does see a mistake: a misspelt key and a bad period
    service = root / "etc/systemd/system/borne.service"
    broken = root / "etc/systemd/system/broken.service"
    text = service.read_text().replace("TTYReset=", "TTYResett=")
    broken.write_text(text.replace("WatchdogSec=60", "WatchdogSec=x"))
    warned = _analyze(root, ("broken.service",)).stderr
    assert "Unknown key 'TTYResett'" in warned
    assert "WatchdogSec" in warned or "sec value" in warned


def test_kiosk_unit_locks_and_watches_the_borne(tmp_path):
    unit = (render(tmp_path) / "borne.service").read_text()
    lines = set(unit.splitlines())
    for expected in (
        "Type=notify",
        "NotifyAccess=all",
        "WatchdogSec=60",
        "Restart=always",
        "RestartPreventExitStatus=77",  # "Quitter en maintenance" (kiosk.power)
        "User=borne",
        "TTYPath=/dev/tty1",
        "Conflicts=getty@tty1.service",
        "MemoryHigh=70%",
        "LoadCredential=keyring:/etc/borne/secrets/keyring",
        "ExecStart=/opt/borne/libexec/borne-session",
    ):
        assert expected in lines, expected
    assert any(line.startswith("TemporaryFileSystem=/home/borne:mode=0700,") for line in lines)
    assert "PAMName=borne" in lines
    assert not any(line.startswith("RestrictNamespaces") for line in lines)  # WebEngine sandbox
    # any of these makes systemd allow-list devices: no GPU, sound or scanner for the app
    for restrictive in ("ProtectClock=", "PrivateDevices=", "DeviceAllow=", "DevicePolicy="):
        assert not any(line.startswith(restrictive) for line in lines), restrictive


def test_power_schedule_follows_the_opening_hours(tmp_path):
    config = tmp_path / "borne.toml"
    config.write_text('[session]\nopens_at = "09:00"\ncloses_at = "19:30"\n')
    units = render(tmp_path, config)
    timer = (units / "borne-poweroff.timer").read_text()
    assert "OnCalendar=*-*-* 19:45:00" in timer.splitlines()
    assert "Persistent=false" in timer.splitlines()
    service = (units / "borne-poweroff.service").read_text()
    assert "ExecStart=/opt/borne/libexec/borne-power 08:50" in service.splitlines()
    assert "ConditionPathExists=/sys/class/rtc/rtc0/wakealarm" in service.splitlines()


def test_broken_hours_fall_back_to_defaults_and_are_reported(tmp_path):
    config = tmp_path / "borne.toml"
    config.write_text('[session]\ncloses_at = "tard"\n')
    result = _run(INSTALL, "--render-units", tmp_path / "u", "--config", config)
    assert result.returncode == 0
    assert "closes_at" in result.stderr
    assert "OnCalendar=*-*-* 18:15:00" in (tmp_path / "u/borne-poweroff.timer").read_text()


def _borne_absent() -> bool:
    try:
        pwd.getpwnam("borne")
    except KeyError:
        return True
    return False


@pytest.mark.skipif(not _borne_absent(), reason="a real borne is installed on this machine")
def test_dry_run_prints_every_action_and_changes_nothing():
    watched = [Path("/opt/borne"), Path("/etc/borne"), Path("/var/lib/borne"), Path("/home/borne")]
    before = [p.exists() for p in watched]
    result = _run(INSTALL, "--dry-run")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for action in (
        "apt-get install",
        " cage ",
        "fonts-noto-core",
        "useradd --system",
        "/usr/sbin/nologin",
        "écrire /etc/systemd/system/borne.service",
        # the staff panel saves settings: in the service's state folder, not /etc
        "écrire /var/lib/borne/borne.toml (0600 borne:borne",
        "écrire /etc/systemd/logind.conf.d/borne.conf",
        "écrire /etc/sysctl.d/90-borne.conf",
        "écrire /etc/polkit-1/rules.d/50-borne.rules",
        "écrire /etc/udev/rules.d/90-borne-usb.rules",
        "systemctl mask ctrl-alt-del.target",
        "systemctl enable borne.service borne-poweroff.timer",
        "pip install",
        "simulation terminée",
    ):
        assert action in out, action
    assert [p.exists() for p in watched] == before
    assert _borne_absent()

    uninstall = _run(INSTALL, "--dry-run", "--uninstall", "--purge")
    assert uninstall.returncode == 0, uninstall.stderr
    assert "--purge" in uninstall.stdout
    assert [p.exists() for p in watched] == before


def test_bad_usage_is_refused_clearly():
    result = _run(INSTALL, "--purge")
    assert result.returncode != 0
    assert "--purge va avec --uninstall" in result.stderr
    result = _run(INSTALL, "--frobnicate")
    assert result.returncode != 0
    assert "option inconnue" in result.stderr


def test_install_needs_root(installer_copy):
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    result = _run(*as_user, "bash", installer_copy / "install.sh")
    assert result.returncode != 0
    assert "sudo" in result.stderr
    assert not Path("/opt/borne/venv").exists() or not _borne_absent()


def _power_off_with(tmp_path: Path, wake_at: str) -> list[str]:
    """Run borne-power with stand-ins for rtcwake and systemctl (no RTC here)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    calls = tmp_path / "calls"
    calls.write_text("")
    for tool in ("rtcwake", "systemctl"):
        stub = bin_dir / tool
        stub.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{calls}"\n')
        stub.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    result = _run("sh", REPO / "installer" / "borne-power.sh", wake_at, env=env)
    assert result.returncode == 0, result.stderr
    assert "réveil programmé" in result.stdout
    return calls.read_text().splitlines()


def test_power_off_sets_the_next_wake_then_powers_off(tmp_path):
    import datetime as dt

    now = dt.datetime.now().replace(second=0, microsecond=0)
    for offset in (dt.timedelta(hours=-1), dt.timedelta(hours=2)):
        wake = (now + offset).strftime("%H:%M")
        hour, minute = map(int, wake.split(":"))
        expected = dt.datetime.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
        if expected.timestamp() <= dt.datetime.now().timestamp() + 300:
            expected += dt.timedelta(days=1)
        calls = _power_off_with(tmp_path, wake)
        assert calls == [f"rtcwake -m no -t {int(expected.timestamp())}", "systemctl poweroff"]
