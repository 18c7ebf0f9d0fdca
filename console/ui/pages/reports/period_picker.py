"""A reporting period chooser: kind, year, which month/quarter/half, or a date range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from ....services.reports.periods import PERIOD_KINDS, Period, custom_period, period_of
from ....timezone import station_now
from ...report_periods import period_kind_label

ROMAN = ("I", "II", "III", "IV")


class PeriodPicker(QWidget):
    #: the chosen period changed (a `Period`)
    changed = Signal(object)

    def __init__(self, kinds: tuple[str, ...] = PERIOD_KINDS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = QLabel()
        self.kind_combo = QComboBox()
        self.index_combo = QComboBox()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2020, 2100)
        self.year_spin.setMinimumWidth(96)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        self.dash = QLabel("–")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        for widget in (self.caption, self.kind_combo, self.index_combo, self.year_spin,
                       self.from_edit, self.dash, self.to_edit):
            layout.addWidget(widget)
        self.caption.setBuddy(self.kind_combo)
        today = station_now().date()
        self._updating = True
        self.year_spin.setValue(today.year)
        self.from_edit.setDate(QDate(today.year, today.month, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self._updating = False
        self.retranslate()
        self.set_period(period_of("month", today.year, today.month))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.index_combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.year_spin.valueChanged.connect(lambda _v: self._emit())
        self.from_edit.dateChanged.connect(lambda _d: self._emit())
        self.to_edit.dateChanged.connect(lambda _d: self._emit())

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        kind = self.kind_combo.currentData()
        self._updating = True
        self.kind_combo.clear()
        for value in self._kinds:
            self.kind_combo.addItem(period_kind_label(value), value)
        if kind:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._updating = False
        self._fill_index()

    def _fill_index(self) -> None:
        kind = self.kind_combo.currentData()
        current = self.index_combo.currentData()
        self._updating = True
        self.index_combo.clear()
        if kind == "month":
            for month in range(1, 13):
                self.index_combo.addItem(self.tr("Month {month}").format(month=month), month)
        elif kind == "quarter":
            for quarter in range(1, 5):
                self.index_combo.addItem(self.tr("Quarter {quarter}").format(
                    quarter=ROMAN[quarter - 1]), quarter)
        elif kind == "half_year":
            self.index_combo.addItem(self.tr("First half"), 1)
            self.index_combo.addItem(self.tr("Second half"), 2)
        if current is not None and self.index_combo.findData(current) >= 0:
            self.index_combo.setCurrentIndex(self.index_combo.findData(current))
        self._updating = False
        custom = kind == "custom"
        self.index_combo.setVisible(kind in ("month", "quarter", "half_year"))
        self.year_spin.setVisible(not custom)
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(custom)

    def _kind_changed(self, _index: int) -> None:
        if self._updating:
            return
        kind = self.kind_combo.currentData()
        today = station_now().date()
        self._fill_index()
        # a sensible index for the new kind: the one holding today
        self._updating = True
        if kind == "month":
            self.index_combo.setCurrentIndex(today.month - 1)
        elif kind == "quarter":
            self.index_combo.setCurrentIndex((today.month - 1) // 3)
        elif kind == "half_year":
            self.index_combo.setCurrentIndex((today.month - 1) // 6)
        self._updating = False
        self._emit()

    def period(self) -> Period | None:
        """The chosen period; None for a date range that ends before it starts."""
        kind = self.kind_combo.currentData()
        if kind == "custom":
            start, end = self.from_edit.date(), self.to_edit.date()
            try:
                return custom_period(dt.date(start.year(), start.month(), start.day()),
                                     dt.date(end.year(), end.month(), end.day()))
            except ValueError:
                return None
        index = self.index_combo.currentData() if kind in ("month", "quarter",
                                                           "half_year") else None
        try:
            return period_of(kind, self.year_spin.value(), index)
        except ValueError:
            return None

    def set_period(self, period: Period) -> None:
        self._updating = True
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(period.kind)))
        self._fill_index()
        self._updating = True
        self.year_spin.setValue(period.year)
        if period.index is not None:
            self.index_combo.setCurrentIndex(max(0, self.index_combo.findData(period.index)))
        self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        self._updating = False

    def _emit(self) -> None:
        if self._updating:
            return
        period = self.period()
        if period is not None:
            self.changed.emit(period)
