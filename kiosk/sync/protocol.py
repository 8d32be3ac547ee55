"""The batch format shared by the borne and the federation server.

Pure Python (dataclasses, no FastAPI or pydantic) so the borne imports it
without the federation extra, and both sides validate with the same code.
See ``docs/protocole.md`` for the wire format and the HTTP rules.

A batch carries *absolute* daily count cells ``(day, metric, dimension,
code) → value`` with a revision number: replaying a batch, merging two
pending batches or re-sending a cell can never count anything twice.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from kiosk import organismes

#: Version of this wire format (bumped on any incompatible change).
SCHEMA_VERSION = 1
#: Days journaled under a clock known to be wrong are sent with this day.
UNKNOWN_DAY = "inconnu"
#: The one code of the ``total`` dimension.
TOTAL_CODE = "all"
#: Largest number of cells in one batch, and largest request body.
MAX_CELLS = 5000
MAX_BODY_BYTES = 1_000_000
#: Largest count in a cell (a borne does not see a million people a day).
MAX_VALUE = 1_000_000
#: A period more than this ahead of the server's day is refused.
FUTURE_TOLERANCE = timedelta(days=1)
#: Longest code accepted, in characters.
MAX_CODE_LENGTH = 64

#: Organismes a tile may declare (closed list, kiosk/organismes.py; anything else is ``autre``).
ORGANISMES: Mapping[str, str] = organismes.ORGANISMES
HOURS: Mapping[str, str] = MappingProxyType({f"{h:02d}": f"{h} h" for h in range(24)})
FEEDBACK: Mapping[str, str] = MappingProxyType(
    {
        "oui": "Oui",
        "en_partie": "En partie",
        "non": "Non",
        "besoin_aide": "A demandé de l'aide",
    }
)
PATHWAYS: Mapping[str, str] = MappingProxyType(
    {"acces_aux_droits": "Accès aux droits", "apprentissage": "Apprentissage du numérique"}
)
ROLES: Mapping[str, str] = MappingProxyType(
    {
        "accueil": "Accueil",
        "mediateur_numerique": "Médiateur ou médiatrice numérique",
        "benevole": "Bénévole",
        "ecrivain_public": "Écrivain public",
        "travailleur_social": "Travailleur ou travailleuse social",
    }
)
TOTAL: Mapping[str, str] = MappingProxyType({TOTAL_CODE: "Total"})


@dataclass(frozen=True)
class Dimension:
    """How one dimension's codes are checked.

    Attributes:
        name: Dimension name on the wire.
        label: French heading for dashboards and exports.
        fixed: Codes owned by this protocol (code → label), or ``None``.
        lists: Names of vocabulary.json lists whose codes are valid.
        partition: True when every counted session falls in exactly one code
            (the codes add up to the total), which matters for suppression.
    """

    name: str
    label: str
    fixed: Mapping[str, str] | None = None
    lists: tuple[str, ...] = ()
    partition: bool = False


DIMENSIONS: Mapping[str, Dimension] = MappingProxyType(
    {
        d.name: d
        for d in (
            Dimension("total", "Total", fixed=TOTAL, partition=True),
            Dimension("mode", "Autonomie ou accompagnement", lists=("mode",), partition=True),
            Dimension("organisme", "Service ouvert", fixed=ORGANISMES),
            Dimension(
                "thematique",
                "Thématique",
                lists=("thematique_administrative", "thematique_numerique"),
            ),
            Dimension("heure", "Heure de début", fixed=HOURS, partition=True),
            Dimension("duree", "Durée (minutes)", lists=("duree_tranche",), partition=True),
            Dimension("demarche_aboutie", "Démarche aboutie", lists=("demarche_aboutie",)),
            Dimension("autonomie", "Autonomie de la personne", lists=("autonomie",)),
            Dimension(
                "structure_de_redirection",
                "Réorientation vers",
                lists=("structure_de_redirection",),
            ),
            Dimension("tranche_age", "Tranche d'âge", lists=("tranche_age",)),
            Dimension("statut_social", "Statut", lists=("statut_social",)),
            Dimension("feedback", "Avis en fin de session", fixed=FEEDBACK),
            Dimension("pathway", "Parcours", fixed=PATHWAYS),
            Dimension("role", "Personne qui accompagne", fixed=ROLES),
        )
    }
)

#: Metric → (French label, dimensions it may be broken down by).
METRICS: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType(
    {
        "sessions": ("Sessions", tuple(DIMENSIONS)),
        "pages_imprimees": ("Pages imprimées", ("total",)),
        "documents_scannes": ("Documents numérisés", ("total",)),
        "documents_televerses": ("Documents envoyés en ligne", ("total",)),
        "demandes_aide": ("Demandes d'aide", ("total",)),
    }
)


@dataclass(frozen=True, order=True)
class Cell:
    """One absolute daily count.

    Attributes:
        day: ISO day ``YYYY-MM-DD``, or :data:`UNKNOWN_DAY`.
        metric: A key of :data:`METRICS`.
        dimension: A dimension allowed for the metric.
        code: A code of that dimension (checked against the vocabulary).
        value: Absolute count for the day (not an increment).
        revision: Grows each time the borne changes this cell.
    """

    day: str
    metric: str
    dimension: str
    code: str
    value: int
    revision: int

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity of the cell: (day, metric, dimension, code)."""
        return (self.day, self.metric, self.dimension, self.code)

    def to_json(self) -> dict[str, Any]:
        """Return the wire form of the cell."""
        return {
            "day": self.day,
            "metric": self.metric,
            "dimension": self.dimension,
            "code": self.code,
            "value": self.value,
            "revision": self.revision,
        }


@dataclass(frozen=True)
class Batch:
    """What a borne sends in one request.

    Attributes:
        batch_id: UUID chosen by the borne when the batch is written to its outbox.
        device_sequence: Increasing number of the batch on this borne.
        schema_version: :data:`SCHEMA_VERSION` of the sender.
        vocabulary_version: Version of vocabulary.json the codes come from.
        cells: The cells, each key at most once.
    """

    batch_id: str
    device_sequence: int
    schema_version: int
    vocabulary_version: str
    cells: tuple[Cell, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """Return the wire form of the batch."""
        return {
            "batch_id": self.batch_id,
            "device_sequence": self.device_sequence,
            "schema_version": self.schema_version,
            "vocabulary_version": self.vocabulary_version,
            "cells": [cell.to_json() for cell in self.cells],
        }

    def digest(self) -> str:
        """Return a SHA-256 of the canonical form (cell order does not matter)."""
        canonical = self.to_json()
        canonical["cells"] = [c.to_json() for c in sorted(self.cells)]
        text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        import hashlib  # here: the borne's catalogue reads this module before its first paint

        return hashlib.sha256(text.encode("ascii")).hexdigest()


class ProtocolError(ValueError):
    """A batch that must be refused, with a machine code and a French message.

    Attributes:
        code: Stable machine code (``format_invalide``, ``codes_inconnus`` …).
        message: Sentence a staff member can read.
        details: Extra data (the offending cells or codes), JSON-serialisable.
    """

    def __init__(self, code: str, message: str, details: object = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details


def _bad(message: str, where: str) -> ProtocolError:
    return ProtocolError("format_invalide", message, {"champ": where})


def _int(raw: Mapping[str, Any], name: str, where: str, low: int, high: int) -> int:
    value = raw.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"« {name} » doit être un nombre entier.", where)
    if not low <= value <= high:
        raise _bad(f"« {name} » doit être compris entre {low} et {high}.", where)
    return value


def _text(raw: Mapping[str, Any], name: str, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value or len(value) > MAX_CODE_LENGTH:
        raise _bad(f"« {name} » doit être un texte de 1 à {MAX_CODE_LENGTH} caractères.", where)
    return value


def _day(raw: Mapping[str, Any], where: str) -> str:
    value = raw.get("day")
    if value == UNKNOWN_DAY:
        return UNKNOWN_DAY
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise _bad(f"« day » doit être une date AAAA-MM-JJ ou « {UNKNOWN_DAY} ».", where) from None


def parse_cell(raw: object, index: int) -> Cell:
    """Check the shape of one cell (not its codes) and build it.

    Raises:
        ProtocolError: ``format_invalide`` naming the cell's position.
    """
    where = f"cells[{index}]"
    if not isinstance(raw, dict):
        raise _bad("Chaque cellule doit être un objet.", where)
    metric = _text(raw, "metric", where)
    dimension = _text(raw, "dimension", where)
    if metric not in METRICS:
        raise ProtocolError("mesure_inconnue", f"Mesure inconnue : « {metric} ».", {"champ": where})
    if dimension not in METRICS[metric][1]:
        raise ProtocolError(
            "dimension_inconnue",
            f"La mesure « {metric} » n'a pas de ventilation « {dimension} ».",
            {"champ": where},
        )
    return Cell(
        day=_day(raw, where),
        metric=metric,
        dimension=dimension,
        code=_text(raw, "code", where),
        value=_int(raw, "value", where, 0, MAX_VALUE),
        revision=_int(raw, "revision", where, 0, 2**62),
    )


def parse_batch(raw: object, max_cells: int = MAX_CELLS) -> Batch:
    """Check the shape of a decoded JSON batch and build it.

    Codes are checked separately (:func:`unknown_codes`) because they depend
    on the vocabulary version the receiver knows.

    Raises:
        ProtocolError: the first problem met, with a French message.
    """
    if not isinstance(raw, dict):
        raise _bad("Le lot doit être un objet JSON.", "lot")
    batch_id = raw.get("batch_id")
    import uuid  # here: kept off the borne's start (see digest)

    try:
        if not isinstance(batch_id, str):
            raise ValueError
        batch_id = str(uuid.UUID(batch_id))
    except ValueError:
        raise _bad("« batch_id » doit être un UUID.", "batch_id") from None
    schema = _int(raw, "schema_version", "schema_version", 0, 2**31)
    if schema != SCHEMA_VERSION:
        raise ProtocolError(
            "version_non_geree",
            f"Version du format {schema} non gérée (attendue : {SCHEMA_VERSION}).",
            {"attendue": SCHEMA_VERSION},
        )
    cells_raw = raw.get("cells")
    if not isinstance(cells_raw, list):
        raise _bad("« cells » doit être une liste.", "cells")
    if len(cells_raw) > max_cells:
        raise ProtocolError(
            "lot_trop_gros",
            f"Un lot contient au plus {max_cells} cellules ({len(cells_raw)} reçues).",
            {"maximum": max_cells},
        )
    cells = tuple(parse_cell(item, i) for i, item in enumerate(cells_raw))
    seen: set[tuple[str, str, str, str]] = set()
    for i, cell in enumerate(cells):
        if cell.key in seen:
            raise ProtocolError(
                "cellule_en_double",
                "La même cellule apparaît deux fois dans le lot.",
                {"champ": f"cells[{i}]"},
            )
        seen.add(cell.key)
    return Batch(
        batch_id=batch_id,
        device_sequence=_int(raw, "device_sequence", "device_sequence", 0, 2**62),
        schema_version=schema,
        vocabulary_version=_text(raw, "vocabulary_version", "vocabulary_version"),
        cells=cells,
    )


def allowed_codes(
    dimension: str, vocabulary_lists: Mapping[str, Collection[str]]
) -> frozenset[str]:
    """Return the codes valid for ``dimension`` under one vocabulary version.

    Args:
        dimension: A key of :data:`DIMENSIONS`.
        vocabulary_lists: List name of vocabulary.json → its codes.
    """
    spec = DIMENSIONS[dimension]
    codes: set[str] = set(spec.fixed or ())
    for name in spec.lists:
        codes.update(vocabulary_lists.get(name, ()))
    return frozenset(codes)


def unknown_codes(
    cells: Iterable[Cell], vocabulary_lists: Mapping[str, Collection[str]]
) -> list[dict[str, str]]:
    """List the (dimension, code) pairs not valid for the given vocabulary."""
    cache: dict[str, frozenset[str]] = {}
    found: dict[tuple[str, str], None] = {}
    for cell in cells:
        if cell.dimension not in cache:
            cache[cell.dimension] = allowed_codes(cell.dimension, vocabulary_lists)
        if cell.code not in cache[cell.dimension]:
            found.setdefault((cell.dimension, cell.code), None)
    return [{"dimension": d, "code": c} for d, c in found]


def future_days(cells: Iterable[Cell], today: date) -> list[str]:
    """Return the days more than :data:`FUTURE_TOLERANCE` after ``today``."""
    limit = (today + FUTURE_TOLERANCE).isoformat()
    return sorted({c.day for c in cells if c.day != UNKNOWN_DAY and c.day > limit})


def label_of(dimension: str, code: str, vocabulary_labels: Mapping[str, Mapping[str, str]]) -> str:
    """Return the French label of a code, or the code itself when unknown."""
    spec = DIMENSIONS.get(dimension)
    if spec is None:
        return code
    if spec.fixed is not None and code in spec.fixed:
        return spec.fixed[code]
    for name in spec.lists:
        if code in vocabulary_labels.get(name, {}):
            return vocabulary_labels[name][code]
    return code


def batch_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a batch (published in the server's OpenAPI)."""
    cell = {
        "type": "object",
        "required": ["day", "metric", "dimension", "code", "value", "revision"],
        "properties": {
            "day": {"type": "string", "description": f"AAAA-MM-JJ ou « {UNKNOWN_DAY} »"},
            "metric": {"type": "string", "enum": list(METRICS)},
            "dimension": {"type": "string", "enum": list(DIMENSIONS)},
            "code": {"type": "string", "minLength": 1, "maxLength": MAX_CODE_LENGTH},
            "value": {"type": "integer", "minimum": 0, "maximum": MAX_VALUE},
            "revision": {"type": "integer", "minimum": 0},
        },
    }
    return {
        "type": "object",
        "required": [
            "batch_id",
            "device_sequence",
            "schema_version",
            "vocabulary_version",
            "cells",
        ],
        "properties": {
            "batch_id": {"type": "string", "format": "uuid"},
            "device_sequence": {"type": "integer", "minimum": 0},
            "schema_version": {"type": "integer", "enum": [SCHEMA_VERSION]},
            "vocabulary_version": {"type": "string", "minLength": 1},
            "cells": {"type": "array", "maxItems": MAX_CELLS, "items": cell},
        },
    }


@dataclass(frozen=True)
class Ignored:
    """A cell the server kept its own, newer value for."""

    key: tuple[str, str, str, str]
    stored_revision: int


@dataclass(frozen=True)
class Acknowledgement:
    """The server's answer to a stored batch (the same on every replay).

    Attributes:
        batch_id: The batch's UUID.
        device_id: The borne that sent it.
        device_sequence: Sequence number given by the borne.
        applied: Number of cells written (new or newer revision).
        ignored: Cells older in revision than the server's copy.
        received_at: When the server first stored the batch (ISO 8601, UTC).
    """

    batch_id: str
    device_id: str
    device_sequence: int
    applied: int
    ignored: tuple[Ignored, ...]
    received_at: str

    def to_json(self) -> dict[str, Any]:
        """Return the wire form of the acknowledgement."""
        return {
            "batch_id": self.batch_id,
            "device_id": self.device_id,
            "device_sequence": self.device_sequence,
            "applied": self.applied,
            "ignored": [
                dict(zip(("day", "metric", "dimension", "code"), i.key, strict=True))
                | {"stored_revision": i.stored_revision}
                for i in self.ignored
            ],
            "received_at": self.received_at,
        }


def parse_acknowledgement(raw: object) -> Acknowledgement:
    """Read an acknowledgement received by the borne.

    Raises:
        ProtocolError: ``format_invalide`` when the answer is not one.
    """
    try:
        if not isinstance(raw, dict):
            raise TypeError
        ignored = tuple(
            Ignored(
                (str(i["day"]), str(i["metric"]), str(i["dimension"]), str(i["code"])),
                int(i["stored_revision"]),
            )
            for i in raw["ignored"]
        )
        return Acknowledgement(
            batch_id=str(raw["batch_id"]),
            device_id=str(raw["device_id"]),
            device_sequence=int(raw["device_sequence"]),
            applied=int(raw["applied"]),
            ignored=ignored,
            received_at=str(raw["received_at"]),
        )
    except (KeyError, TypeError, ValueError):
        raise _bad("Accusé de réception illisible.", "accuse") from None
