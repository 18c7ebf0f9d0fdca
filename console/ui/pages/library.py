"""Thư viện (Library): bulletins and local content. Placeholder until the library is built."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from .base import PlaceholderPage


class LibraryPage(PlaceholderPage):
    key = "library"
    icon = QStyle.StandardPixmap.SP_DirOpenIcon

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Library")

    def paragraphs(self) -> list[str]:
        return [
            self.tr("Everything that arrived from the province and everything made in the "
                    "commune: bulletins, audio, video, images and text notices, newest first, "
                    "with their priority."),
            self.tr("You will be able to listen to, read and look at each item, and search in "
                    "Vietnamese with or without accents: “dong nai” finds “Đồng Nai”."),
            self.tr("Items past their validity date are marked and are never broadcast."),
        ]
