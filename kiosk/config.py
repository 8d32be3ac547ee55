"""Declarative settings: one TOML file read once into frozen typed objects.

A broken or partly wrong file never stops the borne: every value that cannot
be used is reported as a :class:`ConfigProblem` (file, line, key, why) and
replaced by its default, so the people at the accueil are still served.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from kiosk.tomlsource import TomlProblem, decode_error_line, line_of_key

ENV_CONFIG = "BORNE_CONFIG"
DEFAULT_CONFIG_PATH = Path("/var/lib/borne/borne.toml")  # written by the staff panel


@dataclass(frozen=True)
class CentreSettings:
    """Who runs this borne."""

    name: str = "Centre social"
    logo: str = ""  # PNG or SVG file shown left of the name; "" = no logo


@dataclass(frozen=True)
class KioskSettings:
    """Where files live and what the borne shows."""

    data_dir: Path = Path("/var/lib/borne")
    catalogue_override: Path = Path("/var/lib/borne/tuiles.toml")
    default_language: str = "fr"
    languages: tuple[str, ...] = ("fr", "en", "ar", "es", "pt", "uk", "tr")


@dataclass(frozen=True)
class SessionSettings:
    """Inactivity delays and the opening hours of the accueil."""

    idle_autonome_s: int = 120
    idle_accompagne_s: int = 900
    warning_s: int = 30
    opens_at: time = time(8, 30)
    closes_at: time = time(18, 0)
    no_new_session_before_close_min: int = 10
    print_quota_pages: int = 20


@dataclass(frozen=True)
class SyncSettings:
    """Where the federation lives (empty: the borne does not sync).

    ``rotate_token_days``: the borne asks the federation for a new token when
    its own is this many days old (0: never; ``kiosk sync rotate`` still works).
    """

    federation_url: str = ""
    rotate_token_days: int = 90


@dataclass(frozen=True)
class Settings:
    """Every setting of the borne, grouped by TOML table."""

    centre: CentreSettings = field(default_factory=CentreSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    session: SessionSettings = field(default_factory=SessionSettings)
    sync: SyncSettings = field(default_factory=SyncSettings)


ConfigProblem = TomlProblem

_SECTIONS: dict[str, type[Any]] = {
    "centre": CentreSettings,
    "kiosk": KioskSettings,
    "session": SessionSettings,
    "sync": SyncSettings,
}


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus everything that had to be ignored while reading them."""

    settings: Settings
    problems: tuple[ConfigProblem, ...] = ()


def config_path() -> Path:
    """Return the configuration file to read (``$BORNE_CONFIG`` or /etc)."""
    return Path(os.environ.get(ENV_CONFIG, str(DEFAULT_CONFIG_PATH)))


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read the TOML settings file; a missing file means all defaults.

    Args:
        path: File to read; ``None`` reads :func:`config_path`.

    Returns:
        The settings, with one problem per value that was ignored.
    """
    path = config_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(
            Settings(), (ConfigProblem(str(path), 0, "", f"fichier illisible : {error}"),)
        )
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = decode_error_line(error, text)
        return LoadedSettings(
            Settings(), (ConfigProblem(str(path), line, "", f"TOML invalide : {error}"),)
        )
    return _from_mapping(raw, text, str(path))


def _from_mapping(raw: dict[str, Any], text: str, source: str) -> LoadedSettings:
    problems: list[ConfigProblem] = []
    sections: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in _SECTIONS:
            problems.append(
                ConfigProblem(source, line_of_key(text, name), name, "table inconnue, ignorée")
            )
            continue
        if not isinstance(value, dict):
            problems.append(
                ConfigProblem(source, line_of_key(text, name), name, "une table est attendue")
            )
            continue
        sections[name] = _build_section(
            _SECTIONS[name], name, value, text=text, source=source, problems=problems
        )
    settings = Settings(**sections)
    logo = settings.centre.logo
    why = logo_problem(logo) if logo else None
    if why is not None:
        start = line_of_key(text, "centre")
        problems.append(ConfigProblem(source, line_of_key(text, "logo", start), "centre.logo",
                                      f"{why} ; pas de logo"))
        settings = dataclasses.replace(
            settings, centre=dataclasses.replace(settings.centre, logo="")
        )
    return LoadedSettings(settings, tuple(problems))


#: What each accepted logo file starts with (SVG: anywhere in its first bytes).
_LOGO_KINDS = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<svg"}


def logo_problem(logo: str) -> str | None:
    """Say why ``logo`` cannot be shown (``None``: a readable PNG or SVG file).

    Args:
        logo: Absolute path of the centre's logo.

    Returns:
        The reason in French, or ``None`` when the file can be used.
    """
    path = Path(logo)
    mark = _LOGO_KINDS.get(path.suffix.lower())
    if not path.is_absolute():
        return "chemin complet du logo attendu (commençant par /)"
    if mark is None:
        return "logo en PNG ou SVG attendu"
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError:
        return "fichier du logo absent ou illisible"
    found = head.startswith(mark) if path.suffix.lower() == ".png" else mark in head
    return None if found else "le fichier du logo n'est pas une image PNG ou SVG"


def _build_section(
    cls: type[Any],
    section: str,
    values: dict[str, Any],
    *,
    text: str,
    source: str,
    problems: list[ConfigProblem],
) -> Any:  # noqa: ANN401 - one of the section dataclasses
    defaults = cls()
    kwargs: dict[str, Any] = {}
    fields = {f.name: f for f in dataclasses.fields(cls)}
    start = line_of_key(text, section)  # look for each key inside its own table
    for key, value in values.items():
        dotted = f"{section}.{key}"
        line = line_of_key(text, key, start)
        if key not in fields:
            problems.append(ConfigProblem(source, line, dotted, "clé inconnue, ignorée"))
            continue
        try:
            kwargs[key] = _coerce(getattr(defaults, key), value)
        except (TypeError, ValueError) as error:
            problems.append(
                ConfigProblem(source, line, dotted, f"{error} ; valeur par défaut gardée")
            )
    return cls(**kwargs)


def _coerce(default: object, value: object) -> object:  # noqa: PLR0911, PLR0912
    """Convert a TOML value to the type of the default it replaces."""
    # one branch per settings type: splitting it would hide the rules
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError("vrai ou faux attendu (true/false)")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TypeError("nombre entier positif attendu")
        return value
    if isinstance(default, Path):
        if not isinstance(value, str) or not value:
            raise TypeError("chemin de fichier attendu")
        return Path(value)
    if isinstance(default, time):
        if isinstance(value, time):
            return value
        if isinstance(value, str):
            try:
                return time.fromisoformat(value)
            except ValueError:
                pass  # reported below, in French
        raise TypeError('heure attendue, par exemple "18:00"')
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("liste de textes attendue")
        return tuple(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise TypeError("texte attendu")
        return value
    raise TypeError("type non pris en charge")
