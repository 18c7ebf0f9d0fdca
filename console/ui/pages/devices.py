"""Thiết bị (Devices): loudspeaker clusters and bulletin boards. Placeholder for now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from .base import PlaceholderPage


class DevicesPage(PlaceholderPage):
    key = "devices"
    icon = QStyle.StandardPixmap.SP_DriveNetIcon

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Devices")

    def paragraphs(self) -> list[str]:
        return [
            self.tr("The commune's loudspeaker clusters and electronic bulletin boards: which "
                    "ones are online, what they are playing, their volume and whether their "
                    "clocks are right."),
            self.tr("You will be able to add a device, test it and change its volume."),
        ]
