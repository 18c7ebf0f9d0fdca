"""Sao lưu: the daily backup to a second place (a USB drive or a network folder), in its own
section of Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.permissions import Actor, Permission
from ..pages.backup_box import BackupBox
from .base import SettingsSection


class BackupSection(SettingsSection):
    key = "backup"
    help = "settings"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Backups")

    @classmethod
    def visible_for(cls, actor: Actor) -> bool:
        # Choosing the place and backing up are the administrator's; the warning that a
        # backup is overdue reaches everyone on the Today page and in the tray.
        return actor.can(Permission.EDIT_SETTINGS)

    def build(self) -> None:
        self.box = BackupBox(self.env)
        self.heading.hide()  # the box's own title says "Backups"
        self.body.addWidget(self.box)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        self.box.retranslate()

    def activate(self) -> None:
        self.box.load()
