"""Khẩn cấp (Emergency): pre-empt everything, everywhere. Placeholder, but already red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QStyle, QVBoxLayout

from ..widgets import text_label
from .base import PlaceholderPage


class EmergencyPage(PlaceholderPage):
    key = "emergency"
    icon = QStyle.StandardPixmap.SP_MessageBoxWarning
    emergency = True

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Emergency")

    def build(self) -> None:
        # The red banner marks this page unmistakably, even before it can broadcast.
        self.banner = QFrame()
        self.banner.setProperty("frameRole", "emergencyBanner")
        layout = QVBoxLayout(self.banner)
        layout.setContentsMargins(20, 16, 20, 16)
        self.banner_title = text_label("subtitle")
        self.banner_text = text_label()
        layout.addWidget(self.banner_title)
        layout.addWidget(self.banner_text)
        self.body.addWidget(self.banner)
        super().build()

    def paragraphs(self) -> list[str]:
        return [
            self.tr("For a storm, flood, fire or epidemic warning: one action stops what is "
                    "playing everywhere and broadcasts the warning at once on every cluster and "
                    "board."),
            self.tr("Emergency messages never wait behind routine work, and every emergency "
                    "broadcast is recorded in the log."),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        self.banner_title.setText(self.tr("Emergency broadcast"))
        self.banner_text.setText(self.tr("Pre-empts every programme, on every device, now."))
