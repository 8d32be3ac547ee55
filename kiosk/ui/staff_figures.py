"""The staff panel's figures page: today, this week, this month, in four charts.

Sessions by service, alone vs accompanied, outcomes of accompaniments and
busiest hours, drawn with QtCharts from :func:`kiosk.staff_figures.figures`.
No figure is ever about a person: only counts from the journal's cells.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk import stats
from kiosk.staff_figures import Bar, Figures, Period, figures, period_bounds
from kiosk.ui.staff_widgets import ChipGroup, label
from kiosk.ui.style import ACCENT, INK

_COLOURS = ("#1b4f9c", "#e0a100", "#2e7d4f", "#8a1c1c", "#6b4fa0", "#4a5366")


class TotalsSource(Protocol):
    """Where figures come from: :class:`kiosk.journal.Journal` fits."""

    def totals(self, start: date | None = None, end: date | None = None) -> stats.Totals:
        """Return the totals of a period."""
        ...


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


class FiguresPage(QWidget):
    """Period chips, a one-line summary and four charts.

    Args:
        source: The journal (anything with ``totals(start, end)``).
        today: Local date (injected for tests).
        service_labels: Organisme code → label of its tile on this borne.
    """

    def __init__(
        self,
        source: TotalsSource,
        today: Callable[[], date] = date.today,
        service_labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.today = today
        self.service_labels = dict(service_labels or {})
        self.figures: Figures | None = None
        self.periods = ChipGroup(
            [
                (Period.TODAY.value, self.tr("Aujourd'hui")),
                (Period.WEEK.value, self.tr("Cette semaine")),
                (Period.MONTH.value, self.tr("Ce mois-ci")),
            ],
            columns=3,
        )
        self.periods.changed.connect(self.refresh)
        self.summary = label("", "staffSection")
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        titles = {
            "services": self.tr("Passages par service"),
            "modes": self.tr("Seul ou accompagné"),
            "outcomes": self.tr("Accompagnements : la démarche est-elle faite ?"),
            "hours": self.tr("Heures d'arrivée les plus fréquentées"),
        }
        self.titles = titles
        for name in titles:
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            self.views[name] = view
        grid.addWidget(self.views["services"], 0, 0)
        grid.addWidget(self.views["modes"], 0, 1)
        grid.addWidget(self.views["outcomes"], 1, 0)
        grid.addWidget(self.views["hours"], 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.periods)
        column.addWidget(self.summary)
        column.addLayout(grid, 1)
        self.periods.select([Period.TODAY.value])

    def refresh(self) -> None:
        """Read the period's totals again and redraw."""
        period = Period(self.periods.current() or Period.TODAY.value)
        start, end = period_bounds(period, self.today())
        self.figures = figures(
            self.source.totals(start, end), start, end, service_labels=self.service_labels
        )
        shown = self.figures
        if shown.empty:
            self.summary.setText(self.tr("Aucun passage sur cette période."))
        else:
            self.summary.setText(
                self.tr("%1 passages, dont %2 accompagnements")
                .replace("%1", str(shown.sessions)).replace("%2", str(shown.accompanied))
            )
        self._bars("services", shown.by_service, horizontal=True)
        self._pie("modes", [
            Bar(b.code, self.tr("Seul") if b.code == "autonome" else self.tr("Accompagné"),
                b.value) for b in shown.modes
        ])
        outcome_words = {
            "oui": self.tr("Faite"),
            "a_finir_seul": self.tr("À finir seule"),
            "a_revenir": self.tr("Doit revenir"),
            "reoriente": self.tr("Envoyée ailleurs"),
        }
        self._bars("outcomes", [
            Bar(b.code, outcome_words.get(b.code, b.label), b.value) for b in shown.outcomes
        ], horizontal=True)
        self._bars("hours", [
            Bar(b.code, str(int(b.code)), b.value)
            for b in shown.hours
        ], horizontal=False)

    def _clear(self, name: str) -> QChart:
        """Put a fresh chart in the view (the old one is deleted)."""
        chart = QChart()
        chart.setTitle(self.titles[name])
        chart.setTitleFont(_font(18, bold=True))
        chart.setTitleBrush(QColor(INK))
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setVisible(False)
        view = self.views[name]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _bars(self, name: str, bars: Sequence[Bar], *, horizontal: bool) -> None:
        chart = self._clear(name)
        chart.legend().setVisible(False)
        if not bars:
            return
        ordered = list(reversed(bars)) if horizontal else list(bars)  # largest at the top
        values = QBarSet(name)
        values.setColor(QColor(ACCENT))
        values.setLabelColor(QColor(INK))
        values.setLabelFont(_font(15, bold=True))
        for bar in ordered:
            values.append(float(bar.value))
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([bar.label for bar in ordered])
        categories.setLabelsFont(_font(15 if horizontal else 14))
        counts = QValueAxis()
        counts.setRange(0, max(bar.value for bar in bars) * 1.2 + 1)
        counts.setLabelFormat("%d")
        counts.setLabelsFont(_font(14))
        counts.setVisible(False)  # each bar shows its number
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)

    def _pie(self, name: str, bars: Sequence[Bar]) -> None:
        chart = self._clear(name)
        series = QPieSeries()
        series.setPieSize(0.8)
        for colour, bar in zip(_COLOURS, bars, strict=False):
            if not bar.value:
                continue
            piece = series.append(f"{bar.label} : {bar.value}", float(bar.value))
            piece.setColor(QColor(colour))
        chart.addSeries(series)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(_font(16, bold=True))

    def series_values(self, name: str) -> list[tuple[str, int]]:
        """Return (label, value) as drawn in chart ``name`` (what staff see)."""
        chart = self.views[name].chart()
        drawn: list[tuple[str, int]] = []
        for series in chart.series():
            if isinstance(series, QPieSeries):
                drawn.extend((s.label(), int(s.value())) for s in series.slices())
            elif isinstance(series, QAbstractBarSeries):
                axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
                names = axis.categories()
                for values in series.barSets():
                    drawn.extend(
                        (names[i], int(values.at(i))) for i in range(values.count())
                    )
        return drawn
