"""What every page of the main window is, and the placeholder for pages still to come.

A page module defines one `Page` subclass and is listed in `console/ui/pages/__init__.py`.
Rules: `build()` creates widgets and does no I/O; `retranslate()` sets every visible text
(it runs once after `build()` and again on each language change); `activate()` runs each
time the page is shown and is where data is (re)loaded, through `env.tasks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget

from ...services.permissions import Actor
from ...station import StationContext
from ..live_bridge import LiveLinkBridge
from ..preferences import UiPreferences
from ..tasks import TaskRunner
from ..widgets import text_label

if TYPE_CHECKING:
    from ..session import SessionControls
    from .devices_link import DeliveryLink


@dataclass
class PageEnv:
    """What a page may use: the station, who is logged in, the task runner, preferences,
    and the live link to the source system (None when the window runs without one)."""

    ctx: StationContext
    actor: Actor
    tasks: TaskRunner
    prefs: UiPreferences
    live: LiveLinkBridge | None = None
    delivery: DeliveryLink | None = None  # the background delivery service's signals
    session: SessionControls | None = None  # lock, idle time, help: requests to the window


class Page(QWidget):
    key: ClassVar[str] = ""                      # stable id, e.g. "library"
    icon: ClassVar[QStyle.StandardPixmap] = QStyle.StandardPixmap.SP_FileIcon
    emergency: ClassVar[bool] = False            # drawn in red in the navigation
    scrollable: ClassVar[bool] = True            # wrap in a scroll area (pages without own lists)
    help: ClassVar[str] = ""                     # the guide's topic for F1 ("" = the page key)

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName(f"page_{self.key}")
        self.title_label = text_label("title")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 22, 28, 22)
        self.body.setSpacing(14)
        self.body.addWidget(self.title_label)
        self.build()
        self.retranslate()

    @classmethod
    def nav_title(cls) -> str:
        """The page's name in the navigation and its heading (translated)."""
        raise NotImplementedError

    def build(self) -> None:
        """Create the page's widgets below the title; no I/O here."""

    def help_topic(self) -> str:
        """Where F1 opens the user guide (console/help/vi/<topic>.md)."""
        return self.help or self.key

    def retranslate(self) -> None:
        title = self.nav_title()
        self.title_label.setText(title)
        self.setAccessibleName(title)

    def activate(self) -> None:
        """The page was shown: (re)load what it displays, off the UI thread."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """A page not built yet: says plainly what will be there."""

    def build(self) -> None:
        self.notice_label = text_label("notice")
        self.body.addWidget(self.notice_label)
        self._paragraphs = [text_label() for _ in self.paragraphs()]
        for label in self._paragraphs:
            self.body.addWidget(label)
        self.body.addStretch(1)

    def paragraphs(self) -> list[str]:
        """Two or three translated sentences about what the page will do."""
        return []

    def retranslate(self) -> None:
        super().retranslate()
        self.notice_label.setText(self.tr("This part of the console is being built."))
        for label, text in zip(self._paragraphs, self.paragraphs(), strict=True):
            label.setText(text)
