"""Chương trình (Programmes): building a programme for a slot. Placeholder for now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from .base import PlaceholderPage


class ProgrammesPage(PlaceholderPage):
    key = "programmes"
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Programmes")

    def paragraphs(self) -> list[str]:
        return [
            self.tr("Build the programme for a broadcast slot: drag items in, put them in "
                    "order, add the station jingle, turn a text notice into speech or record "
                    "an announcement from the microphone."),
            self.tr("The total length is shown against the slot. Content made in the commune "
                    "goes to the commune leader for approval before it can be broadcast."),
        ]
