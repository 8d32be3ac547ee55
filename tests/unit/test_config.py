"""Settings (kiosk/config.py) and TOML problem helpers (kiosk/tomlsource.py)."""

from __future__ import annotations

import textwrap
import tomllib
from datetime import time
from pathlib import Path

import pytest

from kiosk.config import (
    ENV_CONFIG,
    CentreSettings,
    KioskSettings,
    SessionSettings,
    Settings,
    config_path,
    load_settings,
)
from kiosk.tomlsource import TomlProblem, decode_error_line, line_of_key

GOOD = textwrap.dedent(
    """
    [centre]
    name = "Centre social des Tilleuls"

    [kiosk]
    data_dir = "/srv/borne"
    default_language = "en"
    languages = ["fr", "ar"]

    [session]
    idle_autonome_s = 90
    opens_at = 09:00:00
    closes_at = "17:30"

    [sync]
    federation_url = "https://federation.example.org/"
    """
).lstrip()


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "borne.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "absent.toml")
    assert loaded.settings == Settings()
    assert loaded.problems == ()
    assert loaded.settings.session.idle_autonome_s == 120
    assert loaded.settings.kiosk.catalogue_override == Path("/var/lib/borne/tuiles.toml")


def test_values_are_typed(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, GOOD))
    assert loaded.problems == ()
    settings = loaded.settings
    assert settings.centre == CentreSettings(name="Centre social des Tilleuls")
    assert settings.kiosk.data_dir == Path("/srv/borne")
    assert settings.kiosk.default_language == "en"
    assert settings.kiosk.languages == ("fr", "ar")
    assert settings.kiosk == KioskSettings(
        data_dir=Path("/srv/borne"),
        default_language="en",
        languages=("fr", "ar"),
    )
    assert settings.session.opens_at == time(9, 0)
    assert settings.session.closes_at == time(17, 30)
    assert settings.session.idle_autonome_s == 90
    assert settings.session.idle_accompagne_s == SessionSettings().idle_accompagne_s
    assert settings.sync.federation_url == "https://federation.example.org/"


def test_each_wrong_value_is_reported_and_replaced_by_its_default(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """
        [centre]
        name = "Les Tilleuls"

        [kiosk]
        data_dir = ""
        languages = "ar"

        [session]
        name = "en trop"
        idle_autonome_s = -5
        warning_s = true
        closes_at = "25:00"
        opens_at = 830

        [imprimante]
        file = "PDF"
        """
    ).lstrip()
    loaded = load_settings(write(tmp_path, text))
    lines = text.splitlines()
    by_key = {p.key: p for p in loaded.problems}
    assert set(by_key) == {
        "kiosk.data_dir",
        "kiosk.languages",
        "session.name",
        "session.idle_autonome_s",
        "session.warning_s",
        "session.closes_at",
        "session.opens_at",
        "imprimante",
    }
    for key, problem in by_key.items():
        written = key.split(".")[-1]
        assert written in lines[problem.line - 1], (key, problem.line)
        assert problem.file.endswith("borne.toml")
    # the unknown key is found inside [session], not in [centre] above it
    assert by_key["session.name"].line == lines.index('name = "en trop"') + 1
    assert "heure attendue" in by_key["session.closes_at"].message  # French, not Python's
    assert "valeur par défaut gardée" in by_key["session.idle_autonome_s"].message
    settings = loaded.settings
    assert settings.centre.name == "Les Tilleuls"  # good values are kept
    assert settings.session == SessionSettings()
    assert settings.kiosk == KioskSettings()


def test_a_table_written_as_a_value(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, 'sync = "https://x.example/"\n'))
    (problem,) = loaded.problems
    assert problem.key == "sync"
    assert problem.line == 1
    assert "table" in problem.message


def test_invalid_toml_names_its_line(tmp_path: Path) -> None:
    loaded = load_settings(write(tmp_path, '[centre]\nname = "Tilleuls"\nwebsite = \n'))
    assert loaded.settings == Settings()
    (problem,) = loaded.problems
    assert problem.line == 3
    assert "TOML invalide" in problem.message


@pytest.mark.parametrize("content", [b"\xff\xfe\x00", None])
def test_unreadable_file(tmp_path: Path, content: bytes | None) -> None:
    if content is None:
        path = tmp_path / "borne.toml"
        path.mkdir()
    else:
        path = write(tmp_path, content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    (problem,) = loaded.problems
    assert "illisible" in problem.message


def test_config_path_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_CONFIG, raising=False)
    assert config_path() == Path("/var/lib/borne/borne.toml")
    path = write(tmp_path, '[centre]\nname = "Ici"\n')
    monkeypatch.setenv(ENV_CONFIG, str(path))
    assert config_path() == path
    assert load_settings().settings.centre.name == "Ici"


# --------------------------------------------------------------------------
# tomlsource

DOC = textwrap.dedent(
    """
    schema = 1

    [[tile]]
    id = "caf"
    "order" = 10

    [tile.labels]
    fr = "CAF"

    [[tile]]
    id = "impots"
    order = 20
    """
).lstrip()


def test_line_of_key() -> None:
    assert line_of_key(DOC, "schema") == 1
    assert line_of_key(DOC, "tile") == 3  # [[tile]]
    assert line_of_key(DOC, "order") == 5  # quoted key
    assert line_of_key(DOC, "tile.labels") == 7
    assert line_of_key(DOC, "fr") == 8
    assert line_of_key(DOC, "id", start_line=9) == 11
    assert line_of_key(DOC, "order", start_line=6) == 12
    assert line_of_key(DOC, "absent") == 0
    assert line_of_key(DOC, "id", start_line=50) == 0
    assert line_of_key("# order = 3\norders = 4\n", "order") == 0  # comments, longer names


def test_decode_error_line() -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as error:
        tomllib.loads("a = 1\n\nb = = 2\nc = 3\n")
    assert decode_error_line(error.value) == 3
    text = "a = 1\n\nb = [1,\n"
    with pytest.raises(tomllib.TOMLDecodeError) as error:
        tomllib.loads(text)
    assert decode_error_line(error.value, text) == 3
    assert decode_error_line(error.value) == 0


def test_problem_text() -> None:
    assert str(TomlProblem("f.toml", 3, "session.x", "clé inconnue")) == (
        "f.toml:3 [session.x] : clé inconnue"
    )
    assert str(TomlProblem("f.toml", 0, "", "fichier illisible")) == "f.toml : fichier illisible"
