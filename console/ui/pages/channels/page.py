"""The Plan and team page: five tabs, each read when first shown and on F5."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QTabWidget

from ..base import Page
from .activities_tab import ActivitiesTab, TrainingsTab
from .plan_tab import PlanTab
from .team_tab import TeamTab
from .zalo_tab import ZaloTab


class PlanTeamPage(Page):
    key = "plan"
    icon = QStyle.StandardPixmap.SP_DialogYesButton
    scrollable = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Plan and team")

    def build(self) -> None:
        env = self.env
        self.body.setContentsMargins(20, 14, 20, 12)
        self.body.setSpacing(8)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.plan_tab = PlanTab(env.ctx, env.actor, env.tasks)
        self.team_tab = TeamTab(env.ctx, env.actor, env.tasks)
        self.activities_tab = ActivitiesTab(env.ctx, env.actor, env.tasks)
        self.trainings_tab = TrainingsTab(env.ctx, env.actor, env.tasks)
        self.zalo_tab = ZaloTab(env.ctx, env.tasks)
        for tab in (self.plan_tab, self.team_tab, self.activities_tab, self.trainings_tab,
                    self.zalo_tab):
            self.tabs.addTab(tab, "")
        self.body.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.activate())

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate((self.tr("Annual plan"), self.tr("Propagandists"),
                                       self.tr("Activities"), self.tr("Trainings"),
                                       self.tr("Zalo OA"))):
            self.tabs.setTabText(index, title)
        for tab in (self.plan_tab, self.team_tab, self.activities_tab, self.trainings_tab,
                    self.zalo_tab):
            tab.retranslate()

    def activate(self) -> None:
        self.tabs.currentWidget().load()  # type: ignore[attr-defined]

    def show_tab(self, name: str) -> None:
        tab = getattr(self, f"{name}_tab")
        self.tabs.setCurrentWidget(tab)
