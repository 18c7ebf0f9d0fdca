"""The pages of the main window, in navigation order.

To add or replace a page: write a `Page` subclass in its own module under `pages/` (see
`pages/base.py` for the rules) and put the class in `PAGE_CLASSES`. Its position is its
shortcut: Today is Ctrl+0, then Ctrl+1 … Ctrl+9.
"""

from __future__ import annotations

from .pages.base import Page
from .pages.channels import PlanTeamPage
from .pages.devices import DevicesPage
from .pages.emergency import EmergencyPage
from .pages.library import LibraryPage
from .pages.outbox import OutboxPage
from .pages.programmes import ProgrammesPage
from .pages.reports import ReportsPage
from .pages.schedule import SchedulePage
from .pages.settings import SettingsPage
from .pages.today import TodayPage

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
