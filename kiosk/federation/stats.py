"""Figures for the dashboard and the exports, with the secrecy rules applied.

Reads the per-centre monthly sums kept by ingest. A view is a list of small
tables (one per dimension), each already protected: a hidden cell has
``value`` None and a ``display`` of "< 11" (centre) or "secret" (group).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.federation.models import Monthly, Yearly
from kiosk.federation.secrecy import MIN_CENTRES, protect_centre, protect_group
from kiosk.federation.vocabularies import Vocabularies
from kiosk.sync.protocol import DIMENSIONS, METRICS, TOTAL_CODE

MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
HIDDEN_CENTRE = "< 11"
HIDDEN_GROUP = "secret"
#: Dimensions of the ``sessions`` metric, in page order.
SESSION_DIMENSIONS = (
    "mode",
    "organisme",
    "demarche_aboutie",
    "structure_de_redirection",
    "heure",
    "duree",
    "thematique",
    "autonomie",
    "pathway",
    "role",
    "feedback",
    "tranche_age",
    "statut_social",
)
OTHER_METRICS = ("pages_imprimees", "documents_scannes", "documents_televerses", "demandes_aide")


@dataclass(frozen=True)
class Row:
    """One line of a table: a code, its label and what may be shown."""

    code: str
    label: str
    value: int | None
    display: str


@dataclass(frozen=True)
class Table:
    """One protected table (a dimension of a metric, or the months)."""

    metric: str
    dimension: str
    title: str
    rows: tuple[Row, ...]

    @property
    def hidden(self) -> bool:
        """Tell whether any cell of the table is hidden."""
        return any(r.value is None for r in self.rows)


@dataclass(frozen=True)
class View:
    """Everything one page (or export) shows for a centre or a group."""

    title: str
    level: str
    year: int
    centres: int
    published: bool
    total: Row
    months: Table
    tables: tuple[Table, ...] = field(default=())


Key = tuple[str, str, str]


def _load(
    session: Session, centre_ids: list[int], year: int
) -> tuple[dict[int, dict[Key, int]], dict[int, dict[str, int]]]:
    """Return per centre: year sums per (metric, dimension, code), sessions per month."""
    first, last = f"{year}-01", f"{year}-12"
    yearly: dict[int, dict[Key, int]] = defaultdict(dict)
    monthly: dict[int, dict[str, int]] = defaultdict(dict)
    for start in range(0, len(centre_ids), 900):
        chunk = centre_ids[start : start + 900]
        rows = session.execute(
            select(
                Yearly.centre_id, Yearly.metric, Yearly.dimension, Yearly.code, Yearly.value
            ).where(Yearly.centre_id.in_(chunk), Yearly.year == str(year))
        )
        for centre, metric, dimension, code, value in rows:
            yearly[centre][(metric, dimension, code)] = int(value)
        where = (Monthly.centre_id.in_(chunk), Monthly.month >= first, Monthly.month <= last)
        months = session.execute(
            select(Monthly.centre_id, Monthly.month, Monthly.value).where(
                *where, Monthly.metric == "sessions", Monthly.dimension == "total"
            )
        )
        for centre, month, value in months:
            monthly[centre][month] = int(value)
    return yearly, monthly


def _codes(dimension: str, seen: set[str], vocab: Vocabularies) -> list[str]:
    spec = DIMENSIONS[dimension]
    known = list(spec.fixed or ())
    for name in spec.lists:
        known.extend(vocab.current.get(name, {}))
    return known + sorted(seen - set(known))


class _Builder:
    def __init__(self, yearly: dict[int, dict[Key, int]], group: bool, vocab: Vocabularies) -> None:
        self.index: dict[tuple[str, str], dict[int, dict[str, int]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        for centre, table in yearly.items():
            for (metric, dimension, code), value in table.items():
                self.index[(metric, dimension)][centre][code] = value
        self.group = group
        self.vocab = vocab
        self.hidden_text = HIDDEN_GROUP if group else HIDDEN_CENTRE

    def protect(
        self, per_centre: dict[int, dict[str, int]], codes: list[str]
    ) -> dict[str, int | None]:
        if self.group:
            return protect_group(per_centre, codes)
        values = {c: sum(t.get(c, 0) for t in per_centre.values()) for c in codes}
        return protect_centre(values)

    def table(
        self,
        key: tuple[str, str, str],
        codes: list[str],
        per_centre: dict[int, dict[str, int]],
        labels: dict[str, str],
    ) -> Table:
        shown = self.protect(per_centre, codes)
        rows = tuple(
            Row(
                c,
                labels.get(c, c),
                v,
                self.hidden_text if v is None else f"{v:,}".replace(",", "\u202f"),
            )
            for c, v in ((c, shown[c]) for c in codes)
        )
        return Table(key[0], key[1], key[2], rows)

    def dimension(self, metric: str, dimension: str) -> Table:
        per_centre = self.index.get((metric, dimension), {})
        seen = {code for table in per_centre.values() for code in table}
        codes = _codes(dimension, seen, self.vocab)
        labels = {c: self.vocab.label(dimension, c) for c in codes}
        title = DIMENSIONS[dimension].label
        return self.table((metric, dimension, title), codes, dict(per_centre), labels)


def build_view(
    session: Session,
    centre_ids: list[int],
    year: int,
    title: str,
    *,
    group: bool,
    vocab: Vocabularies,
) -> View:
    """Compute the protected figures of one centre (``group`` False) or of a group."""
    yearly, monthly = _load(session, centre_ids, year)
    reporting = [c for c in centre_ids if yearly.get(c)]
    builder = _Builder({c: yearly[c] for c in reporting}, group, vocab)
    published = not group or len(reporting) >= MIN_CENTRES
    total = builder.dimension("sessions", "total").rows[0]
    month_codes = [f"{year}-{m:02d}" for m in range(1, 13)]
    months = builder.table(
        ("sessions", "mois", "Sessions par mois"),
        month_codes,
        {c: monthly.get(c, {}) for c in reporting},
        {code: MONTHS[i] for i, code in enumerate(month_codes)},
    )
    tables = [builder.dimension("sessions", d) for d in SESSION_DIMENSIONS]
    for metric in OTHER_METRICS:
        table = builder.dimension(metric, "total")
        tables.append(Table(metric, "total", METRICS[metric][0], table.rows))
    return View(
        title=title,
        level="groupe" if group else "centre",
        year=year,
        centres=len(reporting),
        published=published,
        total=total,
        months=months,
        tables=tuple(tables),
    )


__all__ = ["HIDDEN_CENTRE", "HIDDEN_GROUP", "TOTAL_CODE", "Row", "Table", "View", "build_view"]
