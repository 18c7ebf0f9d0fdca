"""What a section of the Settings page is.

A section is one widget shown when its name is picked in the list on the left. Rules as
for pages: `build()` makes widgets and does no I/O, `retranslate()` sets every text (again
on each language change), `activate()` (re)loads through `env.tasks` each time the section
is shown. `visible_for(actor)` hides a section from roles it is not for.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget

from ...services.permissions import Actor
from ..pages.base import PageEnv
from ..widgets import text_label


class SettingsSection(QWidget):
    key: ClassVar[str] = ""          # stable id, e.g. "accounts"
    help: ClassVar[str] = "settings"  # the guide's topic for F1

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName(f"section_{self.key}")
        self.dialog: QDialog | None = None   # the dialog this section has open (tests drive it)
        self.heading = text_label("subtitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.heading)
        self.build()
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        """The section's name in the list (translated)."""
        raise NotImplementedError

    @classmethod
    def visible_for(cls, actor: Actor) -> bool:
        return True

    def build(self) -> None:
        """Create the section's widgets below its heading; no I/O here."""

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.setAccessibleName(self.title())

    def activate(self) -> None:
        """The section was shown: (re)load what it displays, off the UI thread."""

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open `dialog` without blocking; `self.dialog` holds it while it is open."""
        self.dialog = dialog

        def finished() -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
