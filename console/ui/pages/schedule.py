"""Lịch phát (Schedule): a day or a week of programmes, per target group, with campaigns.

A day column lists each airing; airings outside the allowed hours are marked, days with an
anniversary are marked in their header, and the quiet-hours band, the anniversaries and the
month's themes are spelled out under the table. The provincial and local anniversaries are
edited from here.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt
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
from ..dialogs.campaign_dialog import CampaignDialog
from ..labels import programme_status_label
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
        self._days = 7
        row = QHBoxLayout()
        self.prev_button, self.today_button, self.next_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.view_combo = QComboBox()
        self.group_combo = QComboBox()
        self.campaigns_button = QPushButton()
        for widget in (self.prev_button, self.today_button, self.next_button, self.view_combo):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.campaigns_button)
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
        self.prev_button.clicked.connect(lambda: self._shift(-self._days))
        self.next_button.clicked.connect(lambda: self._shift(self._days))
        self.today_button.clicked.connect(self._this_week)
        self.view_combo.activated.connect(lambda _i: self.set_days(self.view_combo.currentData()))
        self.group_combo.activated.connect(lambda _i: self._load())
        self.campaigns_button.clicked.connect(self.open_campaigns)

    def retranslate(self) -> None:
        super().retranslate()
        day = self._days == 1
        self.prev_button.setText(self.tr("Previous day") if day else self.tr("Previous week"))
        self.today_button.setText(self.tr("Today") if day else self.tr("This week"))
        self.next_button.setText(self.tr("Next day") if day else self.tr("Next week"))
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.view_combo.addItem(self.tr("Week"), 7)
        self.view_combo.addItem(self.tr("Day"), 1)
        self.view_combo.setCurrentIndex(0 if self._days == 7 else 1)
        self.view_combo.blockSignals(False)
        self.campaigns_button.setText(self.tr("Anniversaries and themes…"))
        if self.group_combo.count() == 0:
            self.group_combo.addItem(self.tr("Whole commune"), None)
        else:
            self.group_combo.setItemText(0, self.tr("Whole commune"))
        self._show()

    def activate(self) -> None:
        self._load()

    def set_days(self, days: int) -> None:
        """Show one day (with details) or a week."""
        self._days = 1 if days == 1 else 7
        self.retranslate()
        self._load()

    def open_campaigns(self) -> CampaignDialog:
        dialog = CampaignDialog(self.env.ctx, self.env.actor, self.env.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._load)
        dialog.open()
        return dialog

    def _this_week(self) -> None:
        self._first = station_now().date()
        self._load()

    def _shift(self, days: int) -> None:
        self._first += dt.timedelta(days=days)
        self._load()

    def _load(self) -> None:
        ctx, first, group = self.env.ctx, self._first, self.group_combo.currentData()
        days = self._days

        def work() -> tuple[Plan, tuple[dt.time, dt.time]]:
            quiet = (hhmm(ctx.settings.get(QUIET_START)), hhmm(ctx.settings.get(QUIET_END)))
            return plan(ctx.db, first, days, group), quiet

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
        marked = {u.date for u in data.campaigns}
        self.table.setColumnCount(len(data.days))
        self.table.setHorizontalHeaderLabels(
            [format_long_date(d) + (" ★" if d in marked else "") for d in data.days])
        columns = [[r for r in data.rows if r.day == d] for d in data.days]
        self.table.setRowCount(max((len(c) for c in columns), default=0))
        self.table.clearContents()
        for c, rows in enumerate(columns):
            for r, row in enumerate(rows):
                outside = row.start.time() < first or row.end > row.start.replace(
                    hour=last.hour, minute=last.minute, second=0)
                text = f"{row.start:%H:%M}–{row.end:%H:%M} {row.name}"
                if len(data.days) == 1:  # the day view has room for the state
                    text += f" — {programme_status_label(row.status)}"
                if outside:
                    text += self.tr(" (quiet hours)")
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        parts = []
        if data.campaigns:
            lines = [f"{u.date:%d/%m}: {u.campaign.name}" for u in data.campaigns]
            heading = (self.tr("Anniversaries today:") if len(data.days) == 1
                       else self.tr("Anniversaries this week:"))
            parts.append(f"★ {heading} " + "; ".join(lines))
        if data.months:
            names = [f"{theme.name} ({month:%m/%Y})" for month, theme in data.months]
            parts.append(self.tr("Theme of the month:") + " " + "; ".join(names))
        self.campaign_label.setText("\n".join(parts))
