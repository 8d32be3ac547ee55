"""Staff edits of the centre's files: tiles (override TOML) and a few settings.

Both editors keep everything else in the file as it was (comments, other
tiles, other tables) thanks to ``tomlkit``, check the result with the same
code that reads it at start-up (:mod:`kiosk.catalogue` with
:class:`~kiosk.urlpolicy.UrlPolicy`, :func:`kiosk.config.load_settings`),
and only then replace the file atomically. A refused change leaves the file
untouched and says why with codes (the Qt side words them). Changes are
read at the next start of the borne (settings are loaded once).
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table

from kiosk.catalogue import (
    PLACEHOLDER_SUFFIX,
    SCHEMA_VERSION,
    SHIPPED_CATALOGUE,
    load_catalogue,
    parse_catalogue,
)
from kiosk.catalogue_keys import InvalidError, host_list
from kiosk.config import load_settings, logo_problem
from kiosk.pin import write_atomically
from kiosk.tomlsource import TomlProblem
from kiosk.urlpolicy import UrlPolicy

ORDER_STEP = 10
LABEL_MAX = 40
_SLUG = re.compile(r"[^a-z0-9]+")


class EditError(Exception):
    """A change that cannot be saved; ``code`` says why, ``problems`` give details."""

    def __init__(self, code: str, problems: tuple[TomlProblem, ...] = (), detail: str = "") -> None:
        """Build the error from a code, file problems and a short detail."""
        super().__init__(code)
        self.code = code
        self.problems = problems
        self.detail = detail


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as error:
        raise EditError("unreadable", detail=type(error).__name__) from None


def _parse(text: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except TOMLKitError as error:
        raise EditError("invalid_file", detail=str(error)) from None


def _save(path: Path, text: str) -> None:
    try:
        write_atomically(path, text, mode=0o640)
    except OSError as error:
        raise EditError("not_writable", detail=error.strerror or type(error).__name__) from None


# --------------------------------------------------------------------------
# Tiles


@dataclass(frozen=True)
class TileRow:
    """One tile as the staff list shows it.

    Attributes:
        id: Tile id.
        label: French label.
        order: Position (ascending).
        enabled: Shown on the home screen.
        local: Added by the centre (only in the override file).
        accompanied_only: Shown only during an accompaniment.
        placeholder: Its address is still to be filled in (cannot be shown).
    """

    id: str
    label: str
    order: int
    enabled: bool
    local: bool
    accompanied_only: bool = False
    placeholder: bool = False


def _merge_values(merged: dict[str, dict[str, Any]], layer: list[dict[str, Any]]) -> set[str]:
    """Apply one file's tile values over ``merged``; return the ids it added."""
    added = set()
    for values in layer:
        base = merged.get(values["id"])
        if base is None:
            added.add(values["id"])
            merged[values["id"]] = dict(values)
        else:
            labels = {**base.get("labels", {}), **values.get("labels", {})}
            base.update(values)
            base["labels"] = labels
    return added


def _is_placeholder(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return not host or host.endswith(PLACEHOLDER_SUFFIX)


def slug(label: str) -> str:
    """Turn a label into a tile id: ``"Mairie de Lille"`` → ``"local-mairie-de-lille"``."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return "local-" + (_SLUG.sub("-", ascii_text.lower()).strip("-")[:40] or "tuile")


class TileEditor:
    """Enable, disable, reorder and add local tiles in the centre's override file.

    Args:
        override: The centre's override file (``Settings.kiosk.catalogue_override``).
        shipped: The shipped catalogue.
        policy: URL policy used to check start addresses (the browser's own
            rules: https only; the demo passes one allowing local http).
        federation: The federation's catalogue layer, if the borne has one.
    """

    def __init__(
        self,
        override: Path,
        shipped: Path = SHIPPED_CATALOGUE,
        policy: UrlPolicy | None = None,
        federation: Path | None = None,
    ) -> None:
        self.override = override
        self.shipped = shipped
        self.federation = federation
        self.policy = policy or UrlPolicy()
        self._shipped_text = _read(shipped)
        self._federation_text = _read(federation) if federation is not None else ""
        self._text = _read(override)
        self._doc = _parse(self._text)

    def rows(self) -> list[TileRow]:
        """Return every tile (shown or not) in home-screen order."""
        shipped, _ = parse_catalogue(self._shipped_text, str(self.shipped))
        merged: dict[str, dict[str, Any]] = {v["id"]: dict(v) for v in shipped}
        if self._federation_text:
            layer, _ = parse_catalogue(self._federation_text, str(self.federation))
            _merge_values(merged, layer)
        local, _ = parse_catalogue(tomlkit.dumps(self._doc), str(self.override))
        local_ids = _merge_values(merged, local)
        rows = [
            TileRow(
                id=tile_id,
                label=values.get("labels", {}).get("fr", tile_id),
                order=values.get("order", 0),
                enabled=values.get("enabled", True),
                local=tile_id in local_ids,
                accompanied_only=values.get("accompanied_only", False),
                placeholder=_is_placeholder(str(values.get("start_url", ""))),
            )
            for tile_id, values in merged.items()
        ]
        return sorted(rows, key=lambda r: (r.order, r.id))

    def _tiles(self) -> AoT:
        if "schema" not in self._doc:
            self._doc.add("schema", SCHEMA_VERSION)
        tiles = self._doc.get("tile")
        if not isinstance(tiles, AoT):
            if tiles is not None:
                raise EditError("invalid_file", detail="tile")
            self._doc.append("tile", tomlkit.aot())
            tiles = self._doc["tile"]
            assert isinstance(tiles, AoT)
        return tiles

    def _block(self, tile_id: str) -> Table:
        tiles = self._tiles()
        for existing in tiles:
            if existing.get("id") == tile_id:
                found: Table = existing
                return found
        table = tomlkit.table()
        table["id"] = tile_id
        tiles.append(table)
        added: Table = tiles[-1]
        return added

    def set_enabled(self, tile_id: str, enabled: bool) -> None:
        """Show or hide a tile (saved by :meth:`save`)."""
        if tile_id not in {r.id for r in self.rows()}:
            raise EditError("unknown_tile")
        self._block(tile_id)["enabled"] = enabled

    def move(self, tile_id: str, step: int) -> None:
        """Move a tile one place earlier (``step`` < 0) or later; orders are renumbered.

        A shown tile jumps over hidden ones, so each tap moves it on the home screen.
        """
        rows = self.rows()
        ids = [r.id for r in rows]
        if tile_id not in ids:
            raise EditError("unknown_tile")
        index = ids.index(tile_id)
        direction = -1 if step < 0 else 1
        target = index + direction
        if rows[index].enabled:
            while 0 <= target < len(rows) and not rows[target].enabled:
                target += direction
        if not 0 <= target < len(rows):
            return
        ids.insert(target, ids.pop(index))
        current = {r.id: r.order for r in rows}
        for position, moved in enumerate(ids, 1):
            if current[moved] != position * ORDER_STEP:
                self._block(moved)["order"] = position * ORDER_STEP

    def add_local(self, label: str, start_url: str, hosts: list[str]) -> str:
        """Add a tile of the centre's own (enabled, at the end); return its id.

        Raises:
            EditError: ``no_label``, ``label_too_long``, ``bad_hosts``,
                ``placeholder``, ``start_url_refused`` (``detail`` gives the
                policy's reason code) or ``already_exists``.
        """
        label = " ".join(label.split())
        if not label:
            raise EditError("no_label")
        if len(label) > LABEL_MAX:
            raise EditError("label_too_long")
        dropped: list[str] = []
        try:
            clean_hosts = list(host_list(list(hosts), dropped.append, groups=False))
        except InvalidError:
            raise EditError("bad_hosts") from None
        if dropped:
            raise EditError("bad_hosts", detail="; ".join(dropped))
        decision = self.policy.decide(start_url.strip(), clean_hosts)
        if not decision.allowed:
            raise EditError("start_url_refused", detail=decision.reason.value)
        if (decision.host or "").endswith(PLACEHOLDER_SUFFIX):
            raise EditError("placeholder")
        tile_id = slug(label)
        if tile_id in {r.id for r in self.rows()}:
            raise EditError("already_exists")
        last = max((r.order for r in self.rows()), default=0)
        table = self._block(tile_id)
        table["order"] = (last // ORDER_STEP + 1) * ORDER_STEP
        table["organisme"] = "autre"
        table["start_url"] = start_url.strip()
        table["hosts"] = clean_hosts
        labels = tomlkit.table()
        labels["fr"] = label
        table["labels"] = labels
        return tile_id

    def remove_local(self, tile_id: str) -> None:
        """Remove a tile the centre added (shipped tiles can only be hidden)."""
        row = next((r for r in self.rows() if r.id == tile_id), None)
        if row is None or not row.local:
            raise EditError("not_local")
        tiles = self._tiles()
        for index, table in enumerate(tiles):
            if table.get("id") == tile_id:
                del tiles[index]
                return

    def save(self) -> None:
        """Check the edited file like start-up does, then replace it atomically.

        Raises:
            EditError: ``refused`` with the new problems (file untouched), or
                ``not_writable``.
        """
        new_text = tomlkit.dumps(self._doc)
        source = str(self.override)

        def problems_of(text: str | None) -> set[tuple[str, str, str]]:
            with tempfile.TemporaryDirectory() as folder:
                trial = Path(folder) / self.override.name
                if text is not None:
                    trial.write_text(text, encoding="utf-8")
                found = load_catalogue(
                    self.shipped, trial, policy=self.policy, federation=self.federation
                ).problems
            # problems of the trial file are reported under the real file's name
            return {
                (source if p.file == str(trial) else p.file, p.key, p.message) for p in found
            }

        # a problem of any file counts (enabling a shipped tile reports its line there)
        before = problems_of(self._text or None)
        new = tuple(
            TomlProblem(file, 0, key, message)
            for file, key, message in sorted(problems_of(new_text) - before)
        )
        if new:
            self._doc = _parse(self._text)  # forget the refused change
            raise EditError("refused", new)
        _save(self.override, new_text)
        self._text = new_text


# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class StaffSettings:
    """The settings staff may change from the panel.

    Attributes:
        centre_name: Name shown at the top of the home screen.
        opens_at: Opening time of the accueil.
        closes_at: Closing time.
        idle_autonome_s: Inactivity before the countdown, alone.
        idle_accompagne_s: Inactivity before the countdown, accompanied.
        print_quota_pages: Pages one session may print.
        logo: Full path of the centre's logo (PNG or SVG), "" for none.
    """

    centre_name: str
    opens_at: time
    closes_at: time
    idle_autonome_s: int
    idle_accompagne_s: int
    print_quota_pages: int
    logo: str = ""


#: (TOML table, key) of each field of :class:`StaffSettings`.
SETTINGS_KEYS: Mapping[str, tuple[str, str]] = {
    "centre_name": ("centre", "name"),
    "opens_at": ("session", "opens_at"),
    "closes_at": ("session", "closes_at"),
    "idle_autonome_s": ("session", "idle_autonome_s"),
    "idle_accompagne_s": ("session", "idle_accompagne_s"),
    "print_quota_pages": ("session", "print_quota_pages"),
    "logo": ("centre", "logo"),
}

#: Limits of each number (inclusive).
LIMITS: Mapping[str, tuple[int, int]] = {
    "idle_autonome_s": (30, 1800),
    "idle_accompagne_s": (120, 7200),
    "print_quota_pages": (0, 200),
}
NAME_MAX = 80


def settings_problems(values: StaffSettings) -> tuple[str, ...]:
    """Return the problem codes of the values (empty when they can be saved)."""
    problems = []
    if not values.centre_name.strip():
        problems.append("centre_name_empty")
    elif len(values.centre_name.strip()) > NAME_MAX:
        problems.append("centre_name_too_long")
    if values.opens_at >= values.closes_at:
        problems.append("hours_reversed")
    for name, (low, high) in LIMITS.items():
        if not low <= getattr(values, name) <= high:
            problems.append(f"{name}_out_of_range")
    if values.idle_accompagne_s < values.idle_autonome_s:
        problems.append("idle_accompagne_shorter")
    if values.logo and logo_problem(values.logo) is not None:
        problems.append("logo_unusable")
    return tuple(problems)


class SettingsEditor:
    """Reads and writes the staff-editable part of the borne's TOML settings."""

    def __init__(self, path: Path) -> None:
        """Edit ``path`` (``kiosk.config.config_path()`` in production)."""
        self.path = path

    def current(self) -> StaffSettings:
        """Return the values in force in the file (defaults where unset)."""
        settings = load_settings(self.path).settings
        return StaffSettings(
            centre_name=settings.centre.name,
            opens_at=settings.session.opens_at,
            closes_at=settings.session.closes_at,
            idle_autonome_s=settings.session.idle_autonome_s,
            idle_accompagne_s=settings.session.idle_accompagne_s,
            print_quota_pages=settings.session.print_quota_pages,
            logo=settings.centre.logo,
        )

    def save(self, values: StaffSettings) -> None:
        """Write the values into the file, keeping everything else, atomically.

        Raises:
            EditError: ``invalid`` (``detail``: comma-separated problem codes),
                ``refused`` (the file would not read back), ``unreadable``,
                ``invalid_file`` or ``not_writable``.
        """
        values = replace(values, centre_name=values.centre_name.strip(), logo=values.logo.strip())
        problems = settings_problems(values)
        if problems:
            raise EditError("invalid", detail=",".join(problems))
        text = _read(self.path)
        doc = _parse(text)
        for name, (section, key) in SETTINGS_KEYS.items():
            value = getattr(values, name)
            if section not in doc:
                doc.add(section, tomlkit.table())
            table = doc[section]
            if not isinstance(table, Table):
                raise EditError("invalid_file", detail=section)
            table[key] = value.strftime("%H:%M") if isinstance(value, time) else value
        new_text = tomlkit.dumps(doc)
        with tempfile.TemporaryDirectory() as folder:
            trial = Path(folder) / "borne.toml"
            trial.write_text(new_text, encoding="utf-8")
            loaded = load_settings(trial)
        edited = {f"{s}.{k}" for s, k in SETTINGS_KEYS.values()}
        bad = tuple(p for p in loaded.problems if p.key in edited or not p.key)
        if bad:
            raise EditError("refused", bad)
        _save(self.path, new_text)
