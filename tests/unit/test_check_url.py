"""``kiosk check-url``: a catalogue maintainer sees why an address is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture(autouse=True)
def no_site_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the borne's own settings file (and so its override) must not leak in
    monkeypatch.setenv("BORNE_CONFIG", str(tmp_path / "absent-borne.toml"))


def test_allowed_for_one_tile(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-url", "https://wwwd.caf.fr/wps/portal/caffr/login", "--tile", "caf"]) == 0
    out = capsys.readouterr().out
    assert "caf : AUTORISÉE" in out
    assert "raison : allowed" in out
    assert "site : wwwd.caf.fr" in out
    assert "fait partie des sites prévus" in out


def test_refused_with_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-url", "https://caf.fr.example.org/", "--tile", "caf"]) == 1
    out = capsys.readouterr().out
    assert "caf : REFUSÉE — raison : host-not-listed — site : caf.fr.example.org" in out


def test_every_tile_when_none_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-url", "https://oidc.franceconnect.gouv.fr/api/v2/authorize"]) == 0
    out = capsys.readouterr().out
    assert out.count("AUTORISÉE") == 10
    assert "Autorisée pour : caf, ameli" in out
    assert main(["check-url", "https://www.impots.gouv.fr/"]) == 0
    out = capsys.readouterr().out
    assert "Autorisée pour : impots." in out
    assert main(["check-url", "javascript:alert(1)"]) == 1
    out = capsys.readouterr().out
    assert "raison : scheme-forbidden" in out
    assert "Refusée pour toutes les tuiles." in out


def test_kind_changes_the_decision(capsys: pytest.CaptureFixture[str]) -> None:
    data = "data:image/png;base64,iVBORw0KGgo="
    assert main(["check-url", data, "--tile", "caf"]) == 1
    assert main(["check-url", data, "--tile", "caf", "--kind", "subresource"]) == 0
    assert "allowed-internal" in capsys.readouterr().out


def test_demo_mode_accepts_local_http(capsys: pytest.CaptureFixture[str]) -> None:
    url = "http://caf.demo.localhost:8765/connexion"
    assert main(["check-url", url, "--tile", "caf", "--demo"]) == 0
    assert main(["check-url", "http://ailleurs.demo.localhost:8765/", "--demo"]) == 1
    out = capsys.readouterr().out
    assert "host-not-listed" in out


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-url", "https://www.caf.fr/", "--tile", "inconnue"]) == 2
    err = capsys.readouterr().err
    assert "inconnue ou cachée" in err and "caf" in err
    assert main(["check-url", "https://www.caf.fr/", "--catalogue", str(tmp_path / "x.toml")]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["check-url"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["check-url", "https://www.caf.fr/", "--kind", "popup"])
    assert exit_info.value.code == 2


def test_own_catalogue_and_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    override = tmp_path / "tuiles.toml"
    override.write_text(
        'schema = 1\n[[tile]]\nid = "webmail"\nenabled = true\n'
        'start_url = "https://webmail.exemple-fai.fr/"\nhosts = ["webmail.exemple-fai.fr"]\n'
        '[[tile]]\nid = "caf"\norder = "premier"\n',
        encoding="utf-8",
    )
    url = "https://webmail.exemple-fai.fr/inbox"
    assert main(["check-url", url, "--tile", "webmail", "--override", str(override)]) == 0
    captured = capsys.readouterr()
    assert "webmail : AUTORISÉE" in captured.out
    # problems in the catalogue are shown, with file, line and key
    assert f"Attention : {override}:9 [tile[caf].order]" in captured.err


def test_the_installed_command_runs() -> None:
    kiosk = Path(sys.executable).with_name("kiosk")
    command = [str(kiosk)] if kiosk.exists() else [sys.executable, "-m", "kiosk"]
    result = subprocess.run(
        [*command, "check-url", "https://caf.fr@evil.example/", "--tile", "caf"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"BORNE_CONFIG": "/nonexistent/borne.toml", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1, result.stderr
    assert "raison : userinfo" in result.stdout
    assert "evil.example" not in result.stdout  # the address itself is never repeated
