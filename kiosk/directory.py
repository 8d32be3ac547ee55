"""The centre's local directory: where to "pass the relay", and when.

The centre writes it in ``/etc/borne/annuaire.toml`` (``$BORNE_ANNUAIRE``
elsewhere); resources/annuaire.exemple.toml documents the format with
fictitious places. A place that cannot be read is reported (file, line,
key, plain French) and left out; the others are shown::

    schema = 1

    [[place]]
    kind = "ecrivain_public"         # see KINDS
    name = "Écrivain public"
    address = "Centre social, 2 rue des Tilleuls"
    phone = "03 20 00 00 00"         # optional
    email = ""                       # optional
    note = "Sans rendez-vous"        # optional, short

    [[place.permanence]]
    day = "mardi"                    # every week (lundi … dimanche)
    start = "14:00"
    end = "17:00"

    [[place.permanence]]
    date = 2026-12-03                # or one date
    start = "09:00"
    end = "12:00"

    [[office]]                       # the local office shown in a tile's guide
    tile = "caf"
    name = "Accueil CAF de Roubaix"
    address = "…"
    phone = "…"
    hours = "Lundi au vendredi, 8 h 30 – 12 h"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from kiosk.paths import RESOURCES
from kiosk.tomlsource import TomlProblem, decode_error_line, line_of_key

ENV_DIRECTORY = "BORNE_ANNUAIRE"
DEFAULT_DIRECTORY_PATH = Path("/etc/borne/annuaire.toml")
EXAMPLE_DIRECTORY = RESOURCES / "annuaire.exemple.toml"
SCHEMA_VERSION = 1

#: Kinds of places, in the order the cards are shown.
KINDS = (
    "ecrivain_public",
    "ccas",
    "france_services",
    "mission_locale",
    "fle_alphabetisation",
    "acces_au_droit",
    "autre",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_PLACE_KEYS = frozenset({"kind", "name", "address", "phone", "email", "note", "permanence"})
_PERMANENCE_KEYS = frozenset({"day", "date", "start", "end", "note"})
_OFFICE_KEYS = frozenset({"tile", "name", "address", "phone", "hours"})


@dataclass(frozen=True)
class Permanence:
    """When someone is there: every week on ``weekday``, or on ``on`` only.

    Attributes:
        weekday: 0 (Monday) … 6 (Sunday) for a weekly permanence, else None.
        on: The one date of a single permanence, else None.
        start: Opening time.
        end: Closing time.
        note: Short note ("sur rendez-vous"), or ``""``.
    """

    weekday: int | None
    on: date | None
    start: time
    end: time
    note: str = ""

    def next_start(self, now: datetime) -> datetime | None:
        """Return the start of the next occurrence not yet over at ``now``."""
        if self.on is not None:
            over = datetime.combine(self.on, self.end) <= now
            return None if over else datetime.combine(self.on, self.start)
        weekday = self.weekday if self.weekday is not None else now.weekday()
        ahead = (weekday - now.weekday()) % 7
        day = now.date() + timedelta(days=ahead)
        if datetime.combine(day, self.end) <= now:
            day += timedelta(days=7)
        return datetime.combine(day, self.start)


@dataclass(frozen=True)
class Place:
    """A structure the accueil may send a person to."""

    kind: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    permanences: tuple[Permanence, ...] = ()


@dataclass(frozen=True)
class Office:
    """The local office of a tile's organisme, shown in the tile's guide."""

    tile: str
    name: str
    address: str = ""
    phone: str = ""
    hours: str = ""


@dataclass(frozen=True)
class Occurrence:
    """One coming permanence of one place."""

    place: Place
    start: datetime
    end: datetime
    note: str = ""


@dataclass(frozen=True)
class Directory:
    """Every usable place and office, and the problems met reading them."""

    places: tuple[Place, ...] = ()
    offices: tuple[Office, ...] = ()
    problems: tuple[TomlProblem, ...] = ()

    def office(self, tile_id: str) -> Office | None:
        """Return the local office written for ``tile_id``, if any."""
        return next((o for o in self.offices if o.tile == tile_id), None)

    def sorted_places(self) -> tuple[Place, ...]:
        """Return the places in :data:`KINDS` order, then by name."""
        return tuple(sorted(self.places, key=lambda p: (KINDS.index(p.kind), p.name.lower())))

    def upcoming(self, now: datetime, days: int = 14) -> list[Occurrence]:
        """Return the permanences starting within ``days`` days, soonest first.

        A permanence going on at ``now`` is included.
        """
        limit = now + timedelta(days=days)
        found: list[Occurrence] = []
        for place in self.places:
            for permanence in place.permanences:
                start = permanence.next_start(now)
                if start is None or start > limit:
                    continue
                end = datetime.combine(start.date(), permanence.end)
                found.append(Occurrence(place, start, end, permanence.note))
        found.sort(key=lambda o: (o.start, o.place.name.lower()))
        return found

    def next_for(self, place: Place, now: datetime, count: int = 2) -> list[Occurrence]:
        """Return the next ``count`` permanences of one place (within 5 weeks)."""
        return [o for o in self.upcoming(now, 35) if o.place is place][:count]


def directory_path() -> Path:
    """Return the directory file to read (``$BORNE_ANNUAIRE`` or /etc)."""
    return Path(os.environ.get(ENV_DIRECTORY, str(DEFAULT_DIRECTORY_PATH)))


def load_directory(path: Path | None = None) -> Directory:
    """Read the centre's directory; a missing file gives an empty directory."""
    path = directory_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Directory()
    except (OSError, UnicodeDecodeError) as error:
        return Directory(problems=(TomlProblem(str(path), 0, "", f"fichier illisible : {error}"),))
    return parse_directory(text, str(path))


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.problems: list[TomlProblem] = []
        self.cursor = 1  # search keys below the block being read

    def problem(self, key: str, message: str, dotted: str = "") -> None:
        line = line_of_key(self.text, key.rsplit(".", maxsplit=1)[-1], self.cursor) if key else 0
        self.problems.append(TomlProblem(self.source, line, dotted or key, message))

    def advance(self, header: str) -> int:
        found = line_of_key(self.text, header, self.cursor)
        if found:
            self.cursor = found + 1
        return found

    def text_value(self, table: dict[str, Any], key: str, where: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.problem(key, "texte attendu ; ignoré", f"{where}.{key}")
            return ""
        return value.strip()

    def unknown(self, table: dict[str, Any], known: frozenset[str], where: str) -> None:
        for key in sorted(table.keys() - known):
            self.problem(key, "clé inconnue, ignorée", f"{where}.{key}")


def _time(value: object) -> time | None:
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _permanence(reader: _Reader, table: dict[str, Any], where: str) -> Permanence | None:
    reader.unknown(table, _PERMANENCE_KEYS, where)
    start, end = _time(table.get("start")), _time(table.get("end"))
    if start is None or end is None or end <= start:
        reader.problem("start", 'heures attendues, par exemple start = "14:00" et '
                       'end = "17:00" (fin après le début) ; permanence ignorée', where)
        return None
    note = reader.text_value(table, "note", where)
    day, on = table.get("day"), table.get("date")
    if isinstance(day, str) and day.strip().lower() in DAYS and on is None:
        return Permanence(DAYS.index(day.strip().lower()), None, start, end, note)
    if isinstance(on, date) and not isinstance(on, datetime) and day is None:
        return Permanence(None, on, start, end, note)
    reader.problem("day", 'un jour (day = "mardi") ou une date (date = 2026-12-03) '
                   "attendu, pas les deux ; permanence ignorée", where)
    return None


def _place(reader: _Reader, table: dict[str, Any], index: int) -> Place | None:
    where = f"place[{index + 1}]"
    reader.unknown(table, _PLACE_KEYS, where)
    kind = reader.text_value(table, "kind", where)
    name = reader.text_value(table, "name", where)
    if kind not in KINDS:
        reader.problem("kind", f"type inconnu ({', '.join(KINDS)}) ; lieu ignoré", where)
        return None
    if not name:
        reader.problem("name", "nom obligatoire ; lieu ignoré", where)
        return None
    permanences: list[Permanence] = []
    raw = table.get("permanence", [])
    if not isinstance(raw, list):
        reader.problem("permanence", "des blocs [[place.permanence]] sont attendus", where)
        raw = []
    for number, item in enumerate(raw, 1):
        reader.advance("place.permanence")
        if isinstance(item, dict):
            found = _permanence(reader, item, f"{where}.permanence[{number}]")
            if found is not None:
                permanences.append(found)
    fields = {k: reader.text_value(table, k, where) for k in ("address", "phone", "email", "note")}
    return Place(kind, name, permanences=tuple(permanences), **fields)


def parse_directory(text: str, source: str = "annuaire") -> Directory:
    """Read a directory file's text into places and offices.

    Args:
        text: The TOML text.
        source: File name used in problems.
    """
    reader = _Reader(text, source)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = decode_error_line(error, text)
        return Directory(problems=(TomlProblem(source, line, "", f"TOML invalide : {error}"),))
    if raw.get("schema") != SCHEMA_VERSION:
        reader.problem("schema", f"« schema = {SCHEMA_VERSION} » attendu en tête du fichier")
    reader.unknown(raw, frozenset({"schema", "place", "office"}), "")
    places: list[Place] = []
    for index, table in enumerate(raw.get("place", []) if isinstance(raw.get("place"), list)
                                  else []):
        reader.advance("place")
        if isinstance(table, dict):
            place = _place(reader, table, index)
            if place is not None:
                places.append(place)
    offices: list[Office] = []
    reader.cursor = 1
    for index, table in enumerate(raw.get("office", []) if isinstance(raw.get("office"), list)
                                  else []):
        reader.advance("office")
        where = f"office[{index + 1}]"
        if not isinstance(table, dict):
            continue
        reader.unknown(table, _OFFICE_KEYS, where)
        values = {k: reader.text_value(table, k, where) for k in sorted(_OFFICE_KEYS)}
        if not values["tile"] or not values["name"]:
            reader.problem("tile", "tile et name obligatoires ; bureau ignoré", where)
            continue
        offices.append(Office(**values))
    return Directory(tuple(places), tuple(offices), tuple(reader.problems))
