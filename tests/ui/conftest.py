"""UI fixtures only; the data folder, keyring and `ctx` come from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.models.enums import Role
from console.services.permissions import Actor
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.main_window import MainWindow
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.widgets import delete_now


@pytest.fixture
def prefs(qapp: QApplication, ctx: StationContext, tasks: TaskRunner,
          translations: Translations) -> UiPreferences:
    preferences = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                                font_scale=1.0)
    preferences.apply_all()
    return preferences


@pytest.fixture
def admin() -> Actor:
    return Actor("admin", Role.ADMIN, "Quản trị viên")


@pytest.fixture
def window(qtbot, ctx: StationContext, admin: Actor, tasks: TaskRunner,
           prefs: UiPreferences) -> Iterator[MainWindow]:
    main = MainWindow(ctx, admin, tasks=tasks, prefs=prefs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    # Let queued deliveries for this window finish before the runner and ctx go away.
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
    delete_now(main)
