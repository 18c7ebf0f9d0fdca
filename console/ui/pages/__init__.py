"""The pages of the main window, in navigation order.

To add or replace a page: write a `Page` subclass in its own module (see `base.py` for the
rules) and put the class in `PAGE_CLASSES`. Its position is its shortcut: Today is Ctrl+0,
then Ctrl+1 … Ctrl+9.
"""

from __future__ import annotations

from .base import Page, PageEnv, PlaceholderPage
from .channels import PlanTeamPage
from .devices import DevicesPage
from .emergency import EmergencyPage
from .library import LibraryPage
from .outbox import OutboxPage
from .programmes import ProgrammesPage
from .reports import ReportsPage
from .schedule import SchedulePage
from .settings import SettingsPage
from .today import TodayPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    TodayPage,
    LibraryPage,
    ProgrammesPage,
    SchedulePage,
    DevicesPage,
    EmergencyPage,
    ReportsPage,
    PlanTeamPage,
    OutboxPage,
    SettingsPage,
)

__all__ = ["PAGE_CLASSES", "Page", "PageEnv", "PlaceholderPage"]
