"""Counting: which daily cells exist, and cells → totals for a period.

The dimension tables below define the cells; :mod:`kiosk.models.repository`
turns them into SQL (SQLite counts a year of sessions far faster than
Python would). Everything else here is pure: the command line and the staff
panel feed :func:`totals` with cells read through the journal.

Cells have exactly one dimension each; hours exist only as a histogram of
sessions, and the demographic dimensions (``tranche_age``, ``statut``) are
never combined with anything else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.models.records import Cell
from kiosk.vocabulary import Vocabulary

#: Key of a cell before it gets a revision: (ISO day, metric, dimension, code).
CellKey = tuple[str, str, str, str]

SESSIONS = "sessions"
ACCOMPAGNEMENTS = "accompagnements"
PAGES = "pages_imprimees"
SCANS = "documents_numerises"
UPLOADS = "documents_envoyes"
TOTAL = "total"

#: Dimensions counted for every session (dimension → column), in groups that
#: SQLite counts together in one pass (then split per dimension).
SESSION_GROUPS: tuple[Mapping[str, str], ...] = (
    {"mode": "mode", "aide": "help_requested", "avis": "feedback", "fin": "end_reason"},
    {"heure": "hour"},
    {"duree": "duree_tranche", "duree_detail": "duree_detail"},
)

#: Dimensions counted for accompanied sessions only (dimension → column).
ASSISTED_GROUPS: tuple[Mapping[str, str], ...] = (
    {
        "role": "role",
        "parcours": "parcours",
        "demarche_aboutie": "demarche_aboutie",
        "autonomie": "autonomie",
        "redirection": "redirection",
        "tranche_age": "tranche_age",
        "statut": "statut",
        "aidants_connect": "aidants_connect",
    },
)

#: Sums (metric → column), one ``total`` cell per day.
SUMS: Mapping[str, str] = {
    PAGES: "pages_printed",
    SCANS: "documents_scanned",
    UPLOADS: "documents_uploaded",
}

#: Vocabulary list giving the labels of each dimension's codes.
DIMENSION_LISTS: Mapping[str, str] = {
    "mode": "mode",
    "duree": "duree_tranche",
    "avis": "avis",
    "fin": "fin",
    "organisme": "organisme",
    "role": "role",
    "parcours": "parcours",
    "demarche_aboutie": "demarche_aboutie",
    "autonomie": "autonomie",
    "redirection": "structure_de_redirection",
    "tranche_age": "tranche_age",
    "statut": "statut_social",
}

#: Labels of the metrics (export column ``indicateur`` keeps the code).
METRIC_LABELS: Mapping[str, str] = {
    SESSIONS: "Passages à la borne",
    ACCOMPAGNEMENTS: "Accompagnements",
    PAGES: "Pages imprimées",
    SCANS: "Documents numérisés",
    UPLOADS: "Documents envoyés en ligne",
}

#: Finer duration bands kept on the borne (code → label), beside the national ones.
DUREE_DETAIL: Mapping[str, str] = {
    "moins_5": "Moins de 5 min",
    "5_15": "5 à 15 min",
    "15_30": "15 à 30 min",
    "30_plus": "30 min et plus",
}

@dataclass(frozen=True)
class Totals:
    """Sums of cells over a period.

    Attributes:
        start: First day included (``None``: from the beginning).
        end: Last day included (``None``: up to the last day).
        days: Number of distinct days with at least one session.
        values: (metric, dimension) → code → total over the period.
    """

    start: date | None
    end: date | None
    days: int
    values: Mapping[tuple[str, str], Mapping[str, int]]

    def get(self, metric: str, dimension: str = TOTAL, code: str = TOTAL) -> int:
        """Return one total (0 when nothing was counted)."""
        return self.values.get((metric, dimension), {}).get(code, 0)

    def breakdown(self, metric: str, dimension: str) -> list[tuple[str, int]]:
        """Return (code, total) of one dimension, largest first, zeros left out."""
        counts = self.values.get((metric, dimension), {})
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(code, value) for code, value in ordered if value]


def totals(cells: Iterable[Cell], start: date | None = None, end: date | None = None) -> Totals:
    """Add up cells of a period (cells outside ``start``–``end`` are ignored)."""
    values: dict[tuple[str, str], Counter[str]] = {}
    days: set[date] = set()
    for cell in cells:
        if (start and cell.day < start) or (end and cell.day > end):
            continue
        values.setdefault((cell.metric, cell.dimension), Counter())[cell.code] += cell.value
        if cell.metric == SESSIONS and cell.dimension == TOTAL and cell.value:
            days.add(cell.day)
    return Totals(start, end, len(days), {key: dict(counter) for key, counter in values.items()})


def label(vocabulary: Vocabulary, dimension: str, code: str) -> str:
    """Return the French label of a cell code in its dimension."""
    if dimension == TOTAL:
        return "Total"
    if dimension == "heure":
        return f"{int(code)} h à {int(code) + 1} h" if code.isdigit() else code
    if dimension == "thematique":
        return vocabulary.thematique_label(code)
    if dimension == "duree_detail":
        return DUREE_DETAIL.get(code, code)
    if dimension in {"aide", "aidants_connect"}:
        return {"oui": "Oui", "non": "Non"}.get(code, code)
    list_name = DIMENSION_LISTS.get(dimension)
    return vocabulary.label(list_name, code) if list_name else code


#: Sections of the plain-French summary: (title, metric, dimension).
SUMMARY_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("Mode", SESSIONS, "mode"),
    ("Durée", SESSIONS, "duree"),
    ("Services ouverts", SESSIONS, "organisme"),
    ("Thématiques", SESSIONS, "thematique"),
    ("Heures les plus fréquentées", SESSIONS, "heure"),
    ("« Avez-vous pu faire votre démarche ? »", SESSIONS, "avis"),
    ("Aide demandée", SESSIONS, "aide"),
    ("Accompagnements : démarche aboutie", ACCOMPAGNEMENTS, "demarche_aboutie"),
    ("Accompagnements : autonomie", ACCOMPAGNEMENTS, "autonomie"),
    ("Accompagnements : réorientation", ACCOMPAGNEMENTS, "redirection"),
    ("Accompagnements : qui a accompagné", ACCOMPAGNEMENTS, "role"),
    ("Accompagnements : parcours", ACCOMPAGNEMENTS, "parcours"),
    ("Accompagnements : via Aidants Connect", ACCOMPAGNEMENTS, "aidants_connect"),
    ("Accompagnements : tranche d'âge", ACCOMPAGNEMENTS, "tranche_age"),
    ("Accompagnements : statut", ACCOMPAGNEMENTS, "statut"),
)


def _day_text(day: date | None, fallback: str) -> str:
    return day.strftime("%d/%m/%Y") if day else fallback


def describe(figures: Totals, vocabulary: Vocabulary, top: int = 10) -> list[str]:
    """Write the totals of a period as plain French lines (for ``kiosk stats``)."""
    period = (
        f"Du {_day_text(figures.start, 'premier jour enregistré')} "
        f"au {_day_text(figures.end, 'dernier jour enregistré')}"
    )
    lines = [period, f"Jours avec au moins un passage : {figures.days}", ""]
    lines.append(f"Passages à la borne : {figures.get(SESSIONS)}")
    lines.append(f"Dont accompagnements : {figures.get(ACCOMPAGNEMENTS)}")
    for metric in (PAGES, SCANS, UPLOADS):
        lines.append(f"{METRIC_LABELS[metric]} : {figures.get(metric)}")
    for title, metric, dimension in SUMMARY_SECTIONS:
        breakdown = figures.breakdown(metric, dimension)
        if not breakdown:
            continue
        lines.append("")
        lines.append(f"{title} :")
        for code, value in breakdown[:top]:
            lines.append(f"  {label(vocabulary, dimension, code)} : {value}")
    if not figures.get(SESSIONS):
        lines.append("")
        lines.append("Aucun passage enregistré sur cette période.")
    return lines
