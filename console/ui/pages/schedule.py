"""Lịch phát (Schedule): the week's programmes per day, per target group, with campaigns.

A day column lists each airing; airings outside the allowed hours are marked, and the
quiet-hours band and the week's anniversaries are spelled out under the table.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

from ...services.programmes.calendar import Plan, plan
from ...services.programmes.common import hhmm
from ...settings import QUIET_END, QUIET_START
from ...timezone import station_now
from ..timefmt import format_long_date
from ..widgets import text_label
from .base import Page

log = logging.getLogger(__name__)


class SchedulePage(Page):
    key = "schedule"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView
    scrollable = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Schedule")

    def build(self) -> None:
        self._plan: Plan | None = None
        self._first = station_now().date()
        self._quiet = (dt.time(5, 30), dt.time(21, 0))
        row = QHBoxLayout()
        self.prev_button, self.today_button, self.next_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.group_combo = QComboBox()
        for widget in (self.prev_button, self.today_button, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.group_combo)
        self.body.addLayout(row)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.body.addWidget(self.table, 1)
        self.quiet_label = text_label("muted")
        self.campaign_label = text_label()
        self.body.addWidget(self.quiet_label)
        self.body.addWidget(self.campaign_label)
        self.prev_button.clicked.connect(lambda: self._shift(-7))
        self.next_button.clicked.connect(lambda: self._shift(7))
        self.today_button.clicked.connect(self._this_week)
        self.group_combo.activated.connect(lambda _i: self._load())

    def retranslate(self) -> None:
        super().retranslate()
        self.prev_button.setText(self.tr("Previous week"))
        self.today_button.setText(self.tr("This week"))
        self.next_button.setText(self.tr("Next week"))
        if self.group_combo.count() == 0:
            self.group_combo.addItem(self.tr("Whole commune"), None)
        else:
            self.group_combo.setItemText(0, self.tr("Whole commune"))
        self._show()

    def activate(self) -> None:
        self._load()

    def _this_week(self) -> None:
        self._first = station_now().date()
        self._load()

    def _shift(self, days: int) -> None:
        self._first += dt.timedelta(days=days)
        self._load()

    def _load(self) -> None:
        ctx, first, group = self.env.ctx, self._first, self.group_combo.currentData()

        def work() -> tuple[Plan, tuple[dt.time, dt.time]]:
            quiet = (hhmm(ctx.settings.get(QUIET_START)), hhmm(ctx.settings.get(QUIET_END)))
            return plan(ctx.db, first, 7, group), quiet

        self.env.tasks.submit(work, on_done=self._loaded, context=self, name="read schedule")

    def _loaded(self, result: tuple[Plan, tuple[dt.time, dt.time]]) -> None:
        self._plan, self._quiet = result
        known = {self.group_combo.itemText(i) for i in range(1, self.group_combo.count())}
        for name in self._plan.groups:
            if name not in known:
                self.group_combo.addItem(name, name)
        self._show()

    def _show(self) -> None:
        first, last = self._quiet
        self.quiet_label.setText(self.tr(
            "Quiet hours: nothing but emergencies before {start} or after {end}.").format(
                start=first.strftime("%H:%M"), end=last.strftime("%H:%M")))
        data = self._plan
        if data is None:
            return
        self.table.setHorizontalHeaderLabels([format_long_date(d) for d in data.days])
        columns = [[r for r in data.rows if r.day == d] for d in data.days]
        self.table.setRowCount(max((len(c) for c in columns), default=0))
        self.table.clearContents()
        for c, rows in enumerate(columns):
            for r, row in enumerate(rows):
                outside = row.start.time() < first or row.end > row.start.replace(
                    hour=last.hour, minute=last.minute, second=0)
                text = f"{row.start:%H:%M}–{row.end:%H:%M} {row.name}"
                if outside:
                    text += self.tr(" (quiet hours)")
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if data.campaigns:
            lines = [f"{u.date:%d/%m}: {u.campaign.name}" for u in data.campaigns]
            self.campaign_label.setText(self.tr("Anniversaries this week:") + " "
                                        + "; ".join(lines))
        else:
            self.campaign_label.clear()
