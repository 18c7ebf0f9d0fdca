"""Thống kê: the figures of a period, with charts; every log-based number drills down.

Before the figures are counted, the play logs still waiting on reachable clusters and
boards are collected (as `report build` does on the command line), in the background;
devices that cannot be reached are skipped and named.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....services.reports.indicators import (
    INDICATOR_CODES,
    Breakdown,
    Indicator,
    Statistics,
    compute_statistics,
)
from ....services.reports.periods import Period, period_of
from ....station import StationContext
from ....timezone import station_now
from ...errors import error_text
from ...flow_layout import flow_row
from ...report_periods import describe_period
from ...tasks import TaskRunner
from ...theme import Colors
from ...widgets import TabContent, text_label
from .charts import MAX_CATEGORY_BARS, ChartPanel
from .labels import (
    format_indicator,
    indicator_label,
    indicator_unit,
)
from .period_picker import PeriodPicker

log = logging.getLogger(__name__)

COLLECT_EVERY_S = 60.0   # play logs are not collected again for every change of period
NUMBERS_MIN_WIDTH = 300  # the figures' column
CHART_SPACING = 8
ROW_SPACING = 14
# Narrower than this, the charts go one under another beside the figures.
TWO_CHARTS_A_ROW_FROM = (NUMBERS_MIN_WIDTH + ROW_SPACING + 2 * ChartPanel.MIN_WIDTH
                         + CHART_SPACING)

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("broadcast", ("bulletins_broadcast", "hours_total", "hours_own", "hours_relay",
                   "hours_source", "emergency_broadcasts", "plays_requested",
                   "plays_succeeded")),
    ("devices", ("clusters_total", "clusters_operating", "cluster_availability_pct",
                 "boards_total", "boards_operating", "board_availability_pct")),
    ("source", ("items_received", "items_received_broadcast", "items_contributed",
                "first_airing_delay_median_min", "emergencies_within_15min_pct")),
)


class IndicatorGrid(QWidget):
    """Label, value and unit of each indicator; a value with entries behind it is a link."""

    #: a number was clicked: its drill filter and what it is, in words
    drill_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.value_widgets: dict[str, QWidget] = {}
        self._period_text = ""

    def section_title(self, key: str) -> str:
        return {
            "broadcast": self.tr("Broadcasting"),
            "devices": self.tr("Clusters and boards"),
            "source": self.tr("Source system"),
        }.get(key, key)

    def show_indicators(self, indicators: dict[str, Indicator], period_text: str) -> None:
        self._period_text = period_text
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.value_widgets.clear()
        placed = {code for _key, codes in SECTIONS for code in codes}
        sections = [(key, [c for c in codes if c in indicators]) for key, codes in SECTIONS]
        rest = [c for c in INDICATOR_CODES if c in indicators and c not in placed]
        if rest:
            sections[-1][1].extend(rest)
        row = 0
        for key, codes in sections:
            if not codes:
                continue
            heading = text_label("subtitle")
            heading.setText(self.section_title(key))
            self.grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for code in codes:
                indicator = indicators[code]
                label = QLabel(indicator_label(code))
                label.setWordWrap(True)
                value = self._value_widget(indicator)
                unit = text_label("muted", wrap=False)
                unit.setText(indicator_unit(code))
                self.grid.addWidget(label, row, 0)
                self.grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(unit, row, 2)
                self.value_widgets[code] = value
                row += 1

    def _value_widget(self, indicator: Indicator) -> QWidget:
        text = format_indicator(indicator.code, indicator.value)
        if indicator.drill is None:
            label = QLabel(text)
            label.setObjectName(f"indicator_{indicator.code}")
            label.setStyleSheet("font-weight: bold;")
            return label
        button = QPushButton(text)
        button.setObjectName(f"indicator_{indicator.code}")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(f"color: {Colors.ACCENT}; font-weight: bold; border: none; "
                             "background: transparent; text-decoration: underline; "
                             "padding: 0 2px; min-height: 0;")
        button.setToolTip(self.tr("Show the plays behind this number"))
        what = self.tr("{indicator} — {period}").format(
            indicator=indicator_label(indicator.code), period=self._period_text)
        drill = indicator.drill
        button.clicked.connect(lambda: self.drill_requested.emit(drill, what))
        return button


class StatisticsTab(TabContent):
    #: a number or a bar was clicked: its drill filter and what it is, in words
    drill_requested = Signal(object, str)
    #: the statistics of a period arrived (a `Statistics`)
    loaded = Signal(object)

    def __init__(self, ctx: StationContext, tasks: TaskRunner,
                 collect_logs: Callable[[], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        #: fetches waiting play logs from the devices (None: do not collect)
        self.collect_logs = collect_logs
        self._collected_at: float | None = None
        self._generation = 0
        self.statistics: Statistics | None = None
        self._collect_note = ""
        self._collecting = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.picker = PeriodPicker()
        self.refresh_button = QPushButton()
        # the button goes under the period in a narrow window
        layout.addWidget(flow_row(self.picker, None, self.refresh_button))
        self.status_label = text_label("muted")
        layout.addWidget(self.status_label)

        row = QHBoxLayout()
        row.setSpacing(ROW_SPACING)
        self.grid = IndicatorGrid()
        grid_frame = QFrame()
        grid_frame.setProperty("frameRole", "card")
        grid_layout = QVBoxLayout(grid_frame)
        grid_layout.setContentsMargins(12, 8, 12, 8)
        grid_layout.addWidget(self.grid)
        grid_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_frame)
        scroll.setMinimumWidth(NUMBERS_MIN_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row.addWidget(scroll, 35)

        self.charts_layout = QGridLayout()
        self.charts_layout.setSpacing(CHART_SPACING)
        self.bulletins_chart = ChartPanel()
        self.hours_chart = ChartPanel()
        self.category_chart = ChartPanel()
        self.availability_chart = ChartPanel()
        self.charts = (self.bulletins_chart, self.hours_chart, self.category_chart,
                       self.availability_chart)
        for chart in self.charts:
            chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_columns = 0
        self._arrange_charts(2)
        charts_box = QWidget()
        charts_box.setLayout(self.charts_layout)
        # As narrow as one chart whatever the arrangement: the tab's width then follows
        # the window's, which decides the arrangement (resizeEvent).
        charts_box.setMinimumWidth(ChartPanel.MIN_WIDTH)
        row.addWidget(charts_box, 65)
        layout.addLayout(row, 1)

        self.grid.drill_requested.connect(self.drill_requested)
        self.picker.changed.connect(lambda _p: self.load())
        self.refresh_button.clicked.connect(lambda: self.load(collect=True))
        self.bulletins_chart.bar_clicked.connect(
            lambda i: self._bar_drill(self._by_month(), i))
        self.hours_chart.bar_clicked.connect(lambda i: self._bar_drill(self._by_month(), i))
        self.category_chart.bar_clicked.connect(
            lambda i: self._bar_drill(self._by_category(), i))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_charts(2 if event.size().width() >= TWO_CHARTS_A_ROW_FROM else 1)

    def _arrange_charts(self, columns: int) -> None:
        """The charts two a row, or one under another in a narrow window (the page then
        scrolls down to them)."""
        if columns == self.chart_columns:
            return
        self.chart_columns = columns
        for chart in self.charts:
            self.charts_layout.removeWidget(chart)
        for n, chart in enumerate(self.charts):
            self.charts_layout.addWidget(chart, n // columns, n % columns)

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.refresh_button.setText(self.tr("Collect play logs and count again"))
        if self.statistics is not None:
            self._show(self.statistics)

    # --- loading -----------------------------------------------------------------------

    def activate(self) -> None:
        self.load()

    def period(self) -> Period:
        period = self.picker.period()
        if period is None:
            today = station_now().date()
            period = period_of("month", today.year, today.month)
        return period

    def load(self, *, collect: bool = False) -> None:
        """Collect waiting play logs (at most once a minute unless asked), then count."""
        self._generation += 1
        if self._collecting:
            return   # the figures follow the collection, for the period chosen by then
        due = (self._collected_at is None
               or time.monotonic() - self._collected_at > COLLECT_EVERY_S)
        if self.collect_logs is not None and (collect or due):
            self._collecting = True
            self.status_label.setText(self.tr(
                "Collecting play logs from the clusters and boards…"))
            self.refresh_button.setEnabled(False)
            self._tasks.submit(self.collect_logs, on_done=self._collected,
                               on_error=self._collected, context=self,
                               name="reports: collect play logs")
            return
        self._compute(self._generation, self.period())

    def _collected(self, outcome: object) -> None:
        self._collecting = False
        self._collected_at = time.monotonic()
        self.refresh_button.setEnabled(True)
        self._collect_note = ""
        if isinstance(outcome, BaseException):
            log.warning("collecting play logs before the statistics failed: %s", outcome)
            self._collect_note = self.tr("Play logs could not be collected ({reason}); the "
                                         "figures count what is already here.").format(
                                             reason=error_text(outcome))
        else:
            unreachable = getattr(outcome, "failed", None) or []
            if unreachable:
                self._collect_note = self.tr(
                    "{count} clusters or boards could not be reached; their latest plays are "
                    "counted once they answer.").format(count=len(unreachable))
        self._compute(self._generation, self.period())

    def _compute(self, generation: int, period: Period) -> None:
        self.status_label.setText(self.tr("Counting…"))
        ctx = self._ctx
        self._tasks.submit(lambda: compute_statistics(ctx, period),
                           on_done=lambda stats: self._computed(generation, stats),
                           on_error=lambda exc: self._failed(generation, exc),
                           context=self, name="reports: statistics")

    def _computed(self, generation: int, statistics: Statistics) -> None:
        if generation != self._generation:
            return
        self.statistics = statistics
        self._show(statistics)
        self.loaded.emit(statistics)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.error("computing the statistics failed: %s", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        self.status_label.setText(self.tr("The figures could not be counted: {reason}").format(
            reason=error_text(exc)))

    # --- showing -----------------------------------------------------------------------

    def _by_month(self) -> list[Breakdown]:
        """By month; a period of one month is shown by village instead (one bar says
        little)."""
        if not self.statistics:
            return []
        if len(self.statistics.by_month) <= 1:
            return self.statistics.by_village
        return self.statistics.by_month

    def _by_category(self) -> list[Breakdown]:
        if not self.statistics:
            return []
        ranked = sorted(self.statistics.by_category, key=lambda b: -b.bulletins)
        return ranked[:MAX_CATEGORY_BARS]

    def _show(self, stats: Statistics) -> None:
        period_text = describe_period(stats.period)
        note = self._collect_note
        self.status_label.setText(" ".join(t for t in (self.tr(
            "Figures for {period}. Click a blue number or a bar to see the plays behind it."
        ).format(period=describe_period(stats.period, in_sentence=True)), note) if t))
        self.grid.show_indicators(stats.indicators, period_text)
        months = self._by_month()
        by_village = months is stats.by_village
        labels = [month_label_of(b) for b in months]
        clickable = [b.drill is not None for b in months]
        self.bulletins_chart.show_bars(
            self.tr("Bulletins broadcast by village") if by_village
            else self.tr("Bulletins broadcast by month"), labels,
            [b.bulletins for b in months], self.tr("Bulletins"), clickable=clickable,
            horizontal=by_village)
        self.hours_chart.show_bars(
            self.tr("Hours on air by village") if by_village
            else self.tr("Hours on air by month"), labels,
            [round(b.hours, 1) for b in months], self.tr("Hours"), color=Colors.OK,
            clickable=clickable, horizontal=by_village)
        categories = self._by_category()
        self.category_chart.show_bars(
            self.tr("Bulletins by category"), [b.label for b in categories],
            [b.bulletins for b in categories], self.tr("Bulletins"), horizontal=True,
            color=Colors.WARN, clickable=[b.drill is not None for b in categories])
        points = stats.availability
        self.availability_chart.show_lines(
            self.tr("Availability by day (%)"), [p.day for p in points],
            [(self.tr("Clusters"), Colors.ACCENT, [p.clusters_pct for p in points]),
             (self.tr("Boards"), Colors.EMERGENCY, [p.boards_pct for p in points])])

    def _bar_drill(self, breakdowns: list[Breakdown], index: int) -> None:
        if not 0 <= index < len(breakdowns) or self.statistics is None:
            return
        item = breakdowns[index]
        if item.drill is None:
            return
        what = self.tr("{what} — {period}").format(
            what=item.label, period=describe_period(self.statistics.period))
        self.drill_requested.emit(item.drill, what)


def month_label_of(breakdown: Breakdown) -> str:
    """'11/26' for a month key like '2026-11'; the label otherwise."""
    key = breakdown.key
    if len(key) == 7 and key[4] == "-":
        return f"{key[5:]}/{key[2:4]}"
    return breakdown.label
