"""The tiles: which public services the borne opens, and where each may go.

The shipped catalogue (resources/catalogue.toml) is read first, then the
centre's override file (same schema): a ``[[tile]]`` whose id exists changes
only the keys it gives, a new id adds a tile and must be complete. Every
value that cannot be used becomes a :class:`~kiosk.tomlsource.TomlProblem`
(file, line, key, plain French) and is skipped; the borne starts with what is
valid. The schema is documented at the top of resources/catalogue.toml.

Beyond the shared schema, a ``[host_groups]`` table names lists of hosts
(``franceconnect = ["oidc.franceconnect.gouv.fr", …]``) that a tile's
``hosts`` pulls in with ``"@franceconnect"``; :attr:`Tile.hosts` always holds
the expanded host patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.catalogue_keys import (
    GROUP_NAME,
    ICONS_DIR,
    ORGANISMES,
    VALIDATORS,
    InvalidError,
    Report,
    host_list,
)
from kiosk.paths import RESOURCES
from kiosk.tomlsource import TomlProblem, decode_error_line, key_lines
from kiosk.urlpolicy import UrlPolicy

__all__ = [
    "ICONS_DIR",
    "ORGANISMES",
    "SHIPPED_CATALOGUE",
    "Catalogue",
    "Tile",
    "catalogue_from_text",
    "load_catalogue",
    "parse_catalogue",
]

SHIPPED_CATALOGUE = RESOURCES / "catalogue.toml"
SCHEMA_VERSION = 1

#: Host of a start URL that still has to be filled in by the centre.
PLACEHOLDER_SUFFIX = ".invalid"

_ID = re.compile(r"[a-z0-9_-]+")
_TILE_HEADER = re.compile(r"^\s*\[\[\s*tile\s*\]\]")
_REQUIRED = ("order", "organisme", "start_url", "hosts", "labels")
_TOP_LEVEL = frozenset({"schema", "tile", "host_groups"})


@dataclass(frozen=True)
class Tile:
    """One service on the home screen.

    Attributes:
        id: Stable identifier (``caf``, ``ameli`` …), also the icon's base name.
        labels: Short label per language code; ``fr`` is always present.
        start_url: Public start page of the service.
        hosts: Allowed hosts: ``"caf.fr"`` exact, ``"*.caf.fr"`` sub-domains.
        organisme: Organisme code for the journal (closed list; else ``autre``).
        thematiques: Codes from vocabulary.json ``thematique_administrative``.
        icon: Icon file name under resources/icons/.
        order: Position on the home screen (ascending).
        enabled: Hidden when false.
        logout_url: Page to log out of the service, if it has one.
        accompanied_only: Shown only in an accompanied session (Aidants Connect).
    """

    id: str
    labels: dict[str, str]
    start_url: str
    hosts: tuple[str, ...]
    organisme: str
    thematiques: tuple[str, ...]
    icon: str
    order: int
    enabled: bool = True
    logout_url: str | None = None
    accompanied_only: bool = False

    def label(self, language: str) -> str:
        """Return the label in ``language``, falling back to French."""
        return self.labels.get(language) or self.labels["fr"]

    def icon_path(self) -> Path:
        """Return the icon file (it may be missing: the UI then draws a plain tile)."""
        return ICONS_DIR / self.icon


@dataclass(frozen=True)
class Catalogue:
    """The tiles to show (enabled, sorted) and every problem met reading them."""

    tiles: tuple[Tile, ...]
    problems: tuple[TomlProblem, ...] = ()

    def tile(self, tile_id: str) -> Tile | None:
        """Return the tile with this id, or ``None``."""
        return next((t for t in self.tiles if t.id == tile_id), None)

    def for_session(self, *, accompanied: bool) -> tuple[Tile, ...]:
        """Return the tiles to show: ``accompanied_only`` ones need a staff member."""
        return tuple(t for t in self.tiles if accompanied or not t.accompanied_only)


# --------------------------------------------------------------------------
# One file


@dataclass
class _Block:
    """One ``[[tile]]`` of one file: the values that passed their own checks."""

    source: str
    start: int
    values: dict[str, Any]
    lines: dict[str, tuple[str, int]] = field(default_factory=dict)


class _Document:
    """Reads one TOML text into tile blocks and host groups."""

    def __init__(self, text: str, source: str, problems: list[TomlProblem]) -> None:
        self.text = text
        self.source = source
        self.problems = problems
        lines = text.splitlines()
        self._lines = lines
        self._key_lines: dict[str, list[int]] = {}  # key → its lines, found once per file
        self.last_line = max(len(lines), 1)
        self.headers = [n for n, line in enumerate(lines, 1) if _TILE_HEADER.match(line)]
        self.groups: dict[str, tuple[str, ...]] = {}
        self.blocks: list[_Block] = []

    def problem(self, line: int, key: str, message: str) -> None:
        self.problems.append(TomlProblem(self.source, line, key, message))

    def reporter(self, line: int, key: str) -> Report:
        """Return a function that records a problem at this line and key."""

        def report(message: str) -> None:
            self.problem(line, key, message)

        return report

    def line(self, key: str, start: int = 1, end: int = 0) -> int:
        """Line of ``key`` between ``start`` and ``end``, else ``start``."""
        end = end or self.last_line
        for candidate in (f"tile.{key}", key):
            numbers = self._key_lines.get(candidate)
            if numbers is None:
                numbers = self._key_lines[candidate] = key_lines(self._lines, candidate)
            found = next((n for n in numbers if n >= start), 0)
            if 0 < found <= end:
                return found
        return start

    def read(self) -> None:
        try:
            raw = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            line = decode_error_line(error, self.text)
            self.problem(line, "", f"TOML invalide, fichier ignoré : {error}")
            return
        schema = raw.get("schema")
        if schema != SCHEMA_VERSION:
            self.problem(
                self.line("schema"),
                "schema",
                f"« schema = {SCHEMA_VERSION} » attendu en tête du fichier ; "
                "lecture tentée quand même",
            )
        for key in raw.keys() - _TOP_LEVEL:
            self.problem(self.line(key), key, "clé inconnue, ignorée")
        self._read_groups(raw.get("host_groups", {}))
        tiles = raw.get("tile", [])
        if not isinstance(tiles, list):
            self.problem(self.line("tile"), "tile", "des blocs [[tile]] sont attendus")
            return
        seen: set[str] = set()
        for index, table in enumerate(tiles):
            start = self.headers[index] if index < len(self.headers) else 0
            end = self.headers[index + 1] - 1 if index + 1 < len(self.headers) else 0
            block = self._read_tile(table, start, end)
            if block is None:
                continue
            tile_id = block.values["id"]
            if tile_id in seen:
                self.problem(
                    start, f"tile[{tile_id}]", "identifiant déjà utilisé plus haut, bloc ignoré"
                )
                continue
            seen.add(tile_id)
            self.blocks.append(block)

    def _read_groups(self, table: object) -> None:
        if not isinstance(table, dict):
            self.problem(self.line("host_groups"), "host_groups", "une table est attendue")
            return
        start = self.line("host_groups")
        for name, hosts in table.items():
            line = self.line(name, start)
            key = f"host_groups.{name}"
            if not GROUP_NAME.fullmatch(name):
                self.problem(line, key, "nom de groupe : lettres minuscules, chiffres, - ou _")
                continue
            try:
                self.groups[name] = host_list(hosts, self.reporter(line, key), groups=False)
            except InvalidError as error:
                self.problem(line, key, str(error))

    def _read_tile(self, table: object, start: int, end: int) -> _Block | None:
        if not isinstance(table, dict):
            self.problem(start, "tile", "un bloc [[tile]] est attendu")
            return None
        raw_id = table.get("id")
        if not isinstance(raw_id, str) or not _ID.fullmatch(raw_id):
            self.problem(
                self.line("id", start, end) if "id" in table else start,
                "tile.id",
                "bloc ignoré : « id » manque ou n'est pas fait de lettres minuscules, "
                "chiffres, - ou _",
            )
            return None
        block = _Block(self.source, start, {"id": raw_id})
        for key, value in table.items():
            if key == "id":
                continue
            line = self.line(key, start, end)
            dotted = f"tile[{raw_id}].{key}"
            validator = VALIDATORS.get(key)
            if validator is None:
                self.problem(line, dotted, "clé inconnue, ignorée")
                continue
            try:
                block.values[key] = validator(value, self.reporter(line, dotted))
            except InvalidError as error:
                self.problem(line, dotted, f"{error} ; clé ignorée")
                continue
            block.lines[key] = (self.source, line)
        return block


# --------------------------------------------------------------------------
# Shipped file + override → tiles


def _merge(shipped: list[_Block], override: list[_Block]) -> list[_Block]:
    merged = {block.values["id"]: block for block in shipped}
    for block in override:
        base = merged.get(block.values["id"])
        if base is None:
            merged[block.values["id"]] = block
            continue
        for key, value in block.values.items():
            if key == "labels":
                base.values[key] = {**base.values.get("labels", {}), **value}
            else:
                base.values[key] = value
        base.lines.update(block.lines)
    return list(merged.values())


def _build_tile(
    block: _Block,
    groups: dict[str, tuple[str, ...]],
    policy: UrlPolicy,
    problems: list[TomlProblem],
) -> Tile | None:
    values = block.values
    tile_id: str = values["id"]

    def where(key: str) -> tuple[str, int]:
        return block.lines.get(key, (block.source, block.start))

    def problem(key: str, message: str) -> None:
        source, line = where(key)
        problems.append(TomlProblem(source, line, f"tile[{tile_id}].{key}", message))

    missing = [key for key in _REQUIRED if key not in values]
    if "labels" in values and "fr" not in values["labels"]:
        missing.append("labels.fr")
    if missing:
        problems.append(
            TomlProblem(
                block.source,
                block.start,
                f"tile[{tile_id}]",
                f"tuile ignorée, il manque : {', '.join(missing)}",
            )
        )
        return None
    hosts: list[str] = []
    for entry in values["hosts"]:
        if not entry.startswith("@"):
            hosts.append(entry)
        elif entry[1:] in groups:
            hosts.extend(groups[entry[1:]])
        else:
            problem("hosts", f"groupe « {entry} » inconnu (voir [host_groups]), ignoré")
    start = policy.decide(values["start_url"], hosts)
    if not start.allowed:
        problem(
            "start_url",
            f"tuile ignorée : l'adresse de départ n'est pas permise par ses propres sites "
            f"({start.reason.value}). {start.detail}",
        )
        return None
    enabled: bool = values.get("enabled", True)
    if enabled and (start.host or "").endswith(PLACEHOLDER_SUFFIX):
        problem(
            "start_url",
            "tuile ignorée : son adresse reste à remplir dans le fichier du centre "
            "(start_url et hosts)",
        )
        return None
    logout_url: str | None = values.get("logout_url")
    if logout_url is not None and not policy.decide(logout_url, hosts).allowed:
        problem("logout_url", "adresse de déconnexion hors des sites de la tuile, ignorée")
        logout_url = None
    return Tile(
        id=tile_id,
        labels=dict(values["labels"]),
        start_url=values["start_url"],
        hosts=tuple(dict.fromkeys(hosts)),
        organisme=values["organisme"],
        thematiques=values.get("thematiques", ()),
        icon=values.get("icon", f"{tile_id}.svg"),
        order=values["order"],
        enabled=enabled,
        logout_url=logout_url,
        accompanied_only=values.get("accompanied_only", False),
    )


def _assemble(
    documents: list[tuple[str, str]], policy: UrlPolicy | None, problems: list[TomlProblem]
) -> Catalogue:
    """Read (text, source) documents in order: the shipped file, then the override."""
    policy = policy or UrlPolicy(allow_loopback_http=True)
    groups: dict[str, tuple[str, ...]] = {}
    merged: list[_Block] = []
    for text, source in documents:
        document = _Document(text, source, problems)
        document.read()
        groups.update(document.groups)
        merged = _merge(merged, document.blocks)
    tiles = [tile for block in merged if (tile := _build_tile(block, groups, policy, problems))]
    shown = sorted((t for t in tiles if t.enabled), key=lambda t: (t.order, t.id))
    return Catalogue(tuple(shown), tuple(problems))


def parse_catalogue(text: str, source: str) -> tuple[list[dict[str, Any]], list[TomlProblem]]:
    """Read one file's tile blocks, each with only the values that passed their checks.

    Internal helper (tests, tools); groups are not expanded here.
    """
    problems: list[TomlProblem] = []
    document = _Document(text, source, problems)
    document.read()
    return [dict(block.values) for block in document.blocks], problems


def catalogue_from_text(
    text: str,
    source: str,
    override_text: str | None = None,
    override_source: str = "",
    *,
    policy: UrlPolicy | None = None,
) -> Catalogue:
    """Build the catalogue from TOML texts (the demo passes its generated text).

    Args:
        text: The main catalogue.
        source: Its name in problems (a path or ``"demo"``).
        override_text: The centre's override, if any.
        override_source: Its name in problems.
        policy: Checks start and logout URLs against each tile's hosts. The
            default accepts plain http on ``*.localhost`` (demo catalogues);
            the running browser applies its own, stricter policy anyway.

    Returns:
        The enabled, valid tiles sorted by ``order``, and every problem.
    """
    documents = [(text, source)]
    if override_text is not None:
        documents.append((override_text, override_source or "override"))
    return _assemble(documents, policy, [])


def _read_text(path: Path, problems: list[TomlProblem], *, missing_ok: bool) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if not missing_ok:
            problems.append(TomlProblem(str(path), 0, "", "fichier introuvable"))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(TomlProblem(str(path), 0, "", f"fichier illisible, ignoré : {error}"))
    return None


def load_catalogue(
    shipped: Path = SHIPPED_CATALOGUE,
    override: Path | None = None,
    *,
    policy: UrlPolicy | None = None,
    federation: Path | None = None,
) -> Catalogue:
    """Read the shipped catalogue, the federation's layer, then the centre's override.

    A missing override file is normal (the centre changed nothing); an
    unreadable or invalid one is reported and ignored. ``federation`` is the
    last good catalogue fetched from the federation (kiosk.sync.catalogue_feed).
    """
    problems: list[TomlProblem] = []
    documents: list[tuple[str, str]] = []
    for layer, missing_ok in ((shipped, False), (federation, True)):
        text = _read_text(layer, problems, missing_ok=missing_ok) if layer else None
        if text is not None:
            documents.append((text, str(layer)))
    if override is not None:
        override_text = _read_text(override, problems, missing_ok=True)
        if override_text is not None:
            documents.append((override_text, str(override)))
    return _assemble(documents, policy, problems)
