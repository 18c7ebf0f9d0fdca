"""Báo cáo (Reports): the broadcast log, statistics, periodic reports and contributions.

Four tabs. A number in the statistics or in a report's form opens the broadcast log
filtered to exactly the plays behind it. A banner reminds of reports due within two
weeks. Each tab reads its data when it is first shown and on F5.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QTabWidget,
    QWidget,
)

from ....services.reports import forms
from ....services.reports.collect import CollectResult, collect_play_logs
from ....services.reports.log import LogFilter
from ....timezone import station_now
from ...report_periods import describe_period
from ...widgets import size_to_shown_tab, text_label
from ..base import Page
from .contributions_tab import ContributionsTab
from .labels import format_day
from .log_tab import LogTab
from .report_tab import ReportTab
from .stats_tab import StatisticsTab

log = logging.getLogger(__name__)

REMIND_WITHIN_DAYS = 14


class ReportsPage(Page):
    key = "reports"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView
    # Scrolls when the window is too short for its tabs: the log keeps its rows in sight
    # (log_tab.ROWS_AT_LEAST) and the export buttons are a scroll away.
    scrollable = True

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Reports")

    def build(self) -> None:
        env = self.env
        self.body.setContentsMargins(20, 14, 20, 12)
        self.body.setSpacing(8)
        self._activated: set[int] = set()
        self.reminders: list[forms.Reminder] = []

        self.banner = QFrame()
        self.banner.setObjectName("reportReminder")
        self.banner.setProperty("frameRole", "card")
        self.banner.setStyleSheet("#reportReminder { background: #fff3d6; "
                                  "border: 1px solid #8a5a00; border-radius: 4px; }")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(12, 6, 8, 6)
        self.banner_label = text_label()
        self.banner_button = QPushButton()
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.banner_button)
        self.banner.hide()
        self.body.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.log_tab = LogTab(env.ctx, env.tasks)
        self.stats_tab = StatisticsTab(env.ctx, env.tasks, collect_logs=self._collect_logs)
        self.report_tab = ReportTab(env.ctx, env.actor, env.tasks)
        self.contributions_tab = ContributionsTab(env.ctx, env.actor, env.tasks)
        for tab in (self.log_tab, self.stats_tab, self.report_tab, self.contributions_tab):
            self.tabs.addTab(tab, "")
        self.body.addWidget(self.tabs, 1)

        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(lambda _i: size_to_shown_tab(self.tabs))
        size_to_shown_tab(self.tabs)
        self.stats_tab.drill_requested.connect(self.show_drill)
        self.report_tab.drill_requested.connect(self.show_drill)
        self.report_tab.changed.connect(lambda _r: self._load_reminders())
        self.report_tab.submitted.connect(self._kick_outbox)
        self.contributions_tab.contributed.connect(self._kick_outbox)
        self.banner_button.clicked.connect(self._open_due_report)
        link = getattr(env, "delivery", None)
        if link is not None and hasattr(link, "changed"):
            link.changed.connect(self._delivery_changed)

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("Broadcast log"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        self.tabs.setTabText(2, self.tr("Periodic report"))
        self.tabs.setTabText(3, self.tr("Contributions"))
        self.banner_button.setText(self.tr("Prepare it"))
        for tab in (self.log_tab, self.stats_tab, self.report_tab, self.contributions_tab):
            tab.retranslate()
        self._render_reminders()

    # --- loading -----------------------------------------------------------------------

    def activate(self) -> None:
        self._activated.clear()
        self._tab_changed(self.tabs.currentIndex())
        self._load_reminders()

    def _tab_changed(self, index: int) -> None:
        if index in self._activated:
            return
        self._activated.add(index)
        tab = self.tabs.widget(index)
        activate = getattr(tab, "activate", None)
        if callable(activate):
            activate()

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _collect_logs(self) -> CollectResult:
        """Waiting play logs from the devices (runs in a worker thread)."""
        return collect_play_logs(self.env.ctx)

    def _load_reminders(self) -> None:
        ctx, today = self.env.ctx, station_now().date()
        self.env.tasks.submit(lambda: forms.due_reminders(ctx, today, REMIND_WITHIN_DAYS),
                              on_done=self._reminded,
                              on_error=lambda exc: log.warning("no report reminders: %s", exc),
                              context=self, name="reports: reminders")

    def _reminded(self, reminders: list[forms.Reminder]) -> None:
        self.reminders = reminders
        self._render_reminders()

    def _render_reminders(self) -> None:
        if not self.reminders:
            self.banner.hide()
            return
        today = station_now().date()
        lines = [self.tr("The report for {period} is due by {date} ({days} days left).").format(
            period=describe_period(r.period, in_sentence=True), date=format_day(r.due),
            days=(r.due - today).days)
            for r in self.reminders]
        # The first due (what "Prepare it" opens) in full, the others counted: four lines
        # of reminders left the log a few rows on a small screen. All of them in the tooltip.
        shown = lines[:1]
        if len(lines) > 1:
            shown.append(self.tr(
                "And {count} more report(s) due by {date} (point here to see them).").format(
                count=len(lines) - 1, date=format_day(max(r.due for r in self.reminders[1:]))))
        self.banner_label.setText("\n".join(shown))
        self.banner.setToolTip("\n".join(lines))
        self.banner.show()

    def _open_due_report(self) -> None:
        if not self.reminders:
            return
        reminder = self.reminders[0]
        self.report_tab.picker.set_period(reminder.period)
        self.show_tab(self.report_tab)
        if reminder.report_id is not None:
            self.report_tab.load(reminder.report_id)

    # --- drill-down --------------------------------------------------------------------

    def show_drill(self, drill: LogFilter, description: str) -> None:
        """The broadcast log, filtered to exactly what is behind a number."""
        self._activated.add(self.tabs.indexOf(self.log_tab))  # show_drill loads it
        self.tabs.setCurrentWidget(self.log_tab)
        self.log_tab.show_drill(drill, description)

    def _delivery_changed(self, what: str) -> None:
        """New plays were stored: the log shows them if it is on screen."""
        if what == "as_run" and self.isVisible() and self.tabs.currentWidget() is self.log_tab:
            self.log_tab.apply_filter()

    def _kick_outbox(self, *_args: object) -> None:
        live = self.env.live
        if live is not None:
            live.kick_outbox()
