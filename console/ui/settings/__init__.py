"""The sections of the Settings page, in the order of its list.

To add a section: write a `SettingsSection` subclass in its own module here (see base.py
for the rules: `key`, `title()`, `build()`, `retranslate()`, `activate()`, and
`visible_for(actor)` when only some roles may see it), then add the class to
`SECTION_CLASSES` below. That one line is the whole registration.
"""

from __future__ import annotations

from .accounts import AccountsSection
from .audit import AuditSection
from .backup import BackupSection
from .base import SettingsSection
from .broadcast import BroadcastSection
from .general import GeneralSection
from .source import SourceSection
from .zalo import ZaloSection

SECTION_CLASSES: tuple[type[SettingsSection], ...] = (
    GeneralSection,
    AccountsSection,
    SourceSection,
    BroadcastSection,
    AuditSection,
    BackupSection,
    ZaloSection,
)

__all__ = ["SECTION_CLASSES", "SettingsSection"]
