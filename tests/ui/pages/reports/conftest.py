"""Fixtures of the Reports page tests; the data folder, keyring and `ctx` are in
tests/conftest.py, the known as-run log in tests/support/reports.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from console.models.enums import Role
from console.services.permissions import Actor
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.pages.base import PageEnv
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.reports import known_log

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


@pytest.fixture
def ids(ctx: StationContext) -> dict[str, Any]:
    """November 2026 of a small commune, entry by entry (see tests/support/reports.py)."""
    return known_log(ctx)


@pytest.fixture
def make_env(qapp: QApplication, ctx: StationContext,
             tasks: TaskRunner) -> Iterator[Any]:
    translations = Translations(qapp)

    def make(actor: Actor = ADMIN) -> PageEnv:
        prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="en",
                              font_scale=1.0)
        return PageEnv(ctx=ctx, actor=actor, tasks=tasks, prefs=prefs)

    yield make
    translations.uninstall()
