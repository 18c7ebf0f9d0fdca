"""The statistics' charts (Qt Charts): bars by month or category, availability as lines.

A chart gets plain values (labels, numbers, and for bars the index of what was clicked);
what a click means is the caller's business (`bar_clicked` carries the bar's index).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ....timezone import STATION_TZ
from ...theme import Colors

MAX_CATEGORY_BARS = 8


def _nice_top(value: float) -> float:
    """An axis top a little above the largest value, on a round number."""
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        top = step * (int(value * 1.1 / step) + 1)
        if top / step <= 6:
            return float(top)
    return float(value * 1.2)


class ChartPanel(QChartView):
    """A compact chart with a title, themed for the console; empty until `show_*`."""

    #: a bar was clicked: its index in the values given (not as drawn)
    bar_clicked = Signal(int)
    MIN_WIDTH = 260
    MIN_HEIGHT = 190

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.setMinimumWidth(self.MIN_WIDTH)
        self._labels: list[str] = []
        self._values: list[float] = []

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(title)
        chart.legend().setFont(self._small_font())
        return chart

    def _small_font(self) -> QFont:
        """Axis labels a little smaller than the text, so that names fit beside the bars."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        return font

    def _add_axis(self, axis: object, alignment: Qt.AlignmentFlag) -> None:
        axis.setLabelsFont(self._small_font())  # type: ignore[attr-defined]
        self.chart().addAxis(axis, alignment)  # type: ignore[arg-type]

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def values(self) -> list[float]:
        return list(self._values)

    def show_bars(self, title: str, labels: list[str], values: list[float], series_name: str,
                  *, horizontal: bool = False, color: str = Colors.ACCENT,
                  clickable: list[bool] | None = None) -> None:
        chart = self._reset(title)
        self._labels, self._values = list(labels), [float(v) for v in values]
        # Horizontal bars are drawn bottom-up: reversed, the first one is on top.
        order = list(range(len(values)))[::-1] if horizontal else list(range(len(values)))
        bar_set = QBarSet(series_name)
        bar_set.setColor(QColor(color))
        bar_set.setBorderColor(QColor(color))
        bar_set.append([float(values[i]) for i in order])
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.setTruncateLabels(False)   # names in full; the bars give way
        category_axis.append([_short(labels[i]) for i in order] or [""])
        value_axis = QValueAxis()
        value_axis.setRange(0, _nice_top(max(values, default=0)))
        value_axis.setLabelFormat("%g")
        value_axis.setTickCount(5)
        if horizontal:
            self._add_axis(category_axis, Qt.AlignmentFlag.AlignLeft)
            self._add_axis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self._add_axis(category_axis, Qt.AlignmentFlag.AlignBottom)
            self._add_axis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(False)
        allowed = clickable or [True] * len(values)

        def clicked(shown: int) -> None:
            index = order[shown] if 0 <= shown < len(order) else -1
            if 0 <= index < len(allowed) and allowed[index]:
                self.bar_clicked.emit(index)

        bar_set.clicked.connect(clicked)
        self.bar_set = bar_set   # kept for tests and for clicks sent by keyboard
        self.setCursor(Qt.CursorShape.PointingHandCursor if any(allowed)
                       else Qt.CursorShape.ArrowCursor)

    def show_lines(self, title: str, days: list[dt.date],
                   series: list[tuple[str, str, list[float | None]]]) -> None:
        """Daily lines (name, colour, values 0–100 or None for "no data that day")."""
        chart = self._reset(title)
        self._labels = [d.isoformat() for d in days]
        self._values = []
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d/M")
        x_axis.setTickCount(min(5, max(2, len(days))))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(5)
        self._add_axis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._add_axis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if days:
            x_axis.setRange(_moment(days[0]), _moment(days[-1]))
        for name, color, values in series:
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(color))
            pen.setWidth(2)
            line.setPen(pen)
            for day, value in zip(days, values, strict=True):
                if value is not None:
                    line.append(float(_moment(day).toMSecsSinceEpoch()), float(value))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        chart.legend().setVisible(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)


def _short(label: str, limit: int = 24) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def _moment(day: dt.date) -> QDateTime:
    moment = dt.datetime.combine(day, dt.time(12), STATION_TZ)
    value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    value.setTime(QTime(value.time().hour(), 0))
    return value
