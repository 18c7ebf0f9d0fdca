"""Lịch phát (Schedule): when programmes air and where. Placeholder for now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from .base import PlaceholderPage


class SchedulePage(PlaceholderPage):
    key = "schedule"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Schedule")

    def paragraphs(self) -> list[str]:
        return [
            self.tr("When each programme is broadcast: once, every day or on chosen weekdays, "
                    "for a range of dates, to the whole commune or to chosen villages, clusters "
                    "and boards."),
            self.tr("Broadcasts outside the allowed hours (normally 05:30 to 21:00) are refused "
                    "unless a leader allows them and gives a reason."),
        ]
