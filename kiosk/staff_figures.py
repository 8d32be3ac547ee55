"""The staff panel's figures: today, this week, this month, from the journal's cells.

Pure: :func:`figures` turns :class:`kiosk.stats.Totals` into the four
series the panel draws (sessions by service, alone vs accompanied, outcomes
of accompaniments, busiest hours). Labels are the vocabulary's French ones;
the Qt side only draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kiosk import stats
from kiosk.vocabulary import Vocabulary, vocabulary


class Period(StrEnum):
    """Periods the panel offers."""

    TODAY = "today"
    WEEK = "week"
    MONTH = "month"


def period_bounds(period: Period, today: date) -> tuple[date, date]:
    """Return the first and last day of ``period`` containing ``today`` (week from Monday)."""
    if period is Period.TODAY:
        return today, today
    if period is Period.WEEK:
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


@dataclass(frozen=True)
class Bar:
    """One bar or slice: a code, its French label, its count."""

    code: str
    label: str
    value: int


@dataclass(frozen=True)
class Figures:
    """Everything the panel shows for one period.

    Attributes:
        start: First day.
        end: Last day.
        sessions: Sessions in the period.
        accompanied: Of which accompanied.
        by_service: Sessions per service opened (largest first).
        modes: Alone vs accompanied.
        outcomes: Outcome of accompaniments (démarche aboutie …).
        hours: Sessions per starting hour, every hour between the first and
            the last one used (zeros included, so the chart reads like a day).
    """

    start: date
    end: date
    sessions: int
    accompanied: int
    by_service: tuple[Bar, ...]
    modes: tuple[Bar, ...]
    outcomes: tuple[Bar, ...]
    hours: tuple[Bar, ...]

    @property
    def empty(self) -> bool:
        """Tell whether nothing was counted in the period."""
        return self.sessions == 0


def _bars(
    totals: stats.Totals,
    metric: str,
    dimension: str,
    vocab: Vocabulary,
    labels: Mapping[str, str] | None = None,
) -> tuple[Bar, ...]:
    return tuple(
        Bar(code, (labels or {}).get(code) or stats.label(vocab, dimension, code), value)
        for code, value in totals.breakdown(metric, dimension)
    )


def _hours(totals: stats.Totals) -> tuple[Bar, ...]:
    counts = {
        int(code): value
        for code, value in totals.values.get((stats.SESSIONS, "heure"), {}).items()
        if code.isdigit() and value
    }
    if not counts:
        return ()
    return tuple(
        Bar(f"{hour:02d}", f"{hour} h", counts.get(hour, 0))
        for hour in range(min(counts), max(counts) + 1)
    )


def figures(
    totals: stats.Totals,
    start: date,
    end: date,
    *,
    service_labels: Mapping[str, str] | None = None,
    vocab: Vocabulary | None = None,
) -> Figures:
    """Build the panel's series from the totals of a period.

    Args:
        totals: ``Journal.totals(start, end)``.
        start: First day of the period.
        end: Last day of the period.
        service_labels: Organisme code → the label of its tile on this borne
            (``CAF``); the vocabulary's label otherwise.
        vocab: Vocabulary for labels (default: the shipped one).
    """
    vocab = vocab or vocabulary()
    modes = tuple(
        Bar(code, stats.label(vocab, "mode", code), totals.get(stats.SESSIONS, "mode", code))
        for code in ("autonome", "accompagne")
    )
    return Figures(
        start=start,
        end=end,
        sessions=totals.get(stats.SESSIONS),
        accompanied=totals.get(stats.ACCOMPAGNEMENTS),
        by_service=_bars(totals, stats.SESSIONS, "organisme", vocab, service_labels),
        modes=modes,
        outcomes=_bars(totals, stats.ACCOMPAGNEMENTS, "demarche_aboutie", vocab),
        hours=_hours(totals),
    )
