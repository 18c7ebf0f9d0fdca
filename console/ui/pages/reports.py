"""Báo cáo (Reports): periodic reports for the province. Placeholder for now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from .base import PlaceholderPage


class ReportsPage(PlaceholderPage):
    key = "reports"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Reports")

    def paragraphs(self) -> list[str]:
        return [
            self.tr("Reports for the provincial Department of Culture: bulletins and hours "
                    "broadcast, emergency broadcasts, clusters and boards in operation, and "
                    "more."),
            self.tr("Choose a period (month, quarter, half-year, nine months or year), check "
                    "the figures, fill in who prepared and who signs the report, and send it."),
        ]
