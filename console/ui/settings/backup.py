"""Sao lưu: the daily backup to a second place (a USB drive or a network folder), in its own
section of Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..pages.backup_box import BackupBox
from .base import SettingsSection


class BackupSection(SettingsSection):
    key = "backup"
    help = "settings"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Backups")

    def build(self) -> None:
        self.box = BackupBox(self.env)
        self.body.addWidget(self.box)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.box.retranslate()

    def activate(self) -> None:
        self.box.load()
