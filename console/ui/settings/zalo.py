"""Zalo OA: the commune's Official Account, in its own section of Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..settings_zalo import ZaloSettingsBox
from .base import SettingsSection


class ZaloSection(SettingsSection):
    key = "zalo"
    help = "settings"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Zalo OA")

    def build(self) -> None:
        self.box = ZaloSettingsBox(self.env.ctx, self.env.actor, self.env.tasks)
        self.body.addWidget(self.box)
        self.body.addStretch(1)

    def activate(self) -> None:
        self.box.refresh()
