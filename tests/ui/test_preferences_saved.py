"""Preferences changed as the console closes are kept: the window's size set while an
earlier change is still being saved waits behind it, and is written once the task runner
has stopped (what launch.py does at the end of a run)."""

from __future__ import annotations

from console.settings import UI_FONT_SCALE, UI_WINDOW, Settings
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner


def test_the_last_change_is_kept_after_the_runner_stops(qapp, ctx: StationContext) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    prefs = UiPreferences(qapp, Translations(qapp), ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.set_font_scale(1.2)               # being saved in the background
    prefs.set_layout(UI_WINDOW, "1200x700")
    prefs.set_layout(UI_WINDOW, "maximized")  # waits behind the first save
    assert prefs.saving
    tasks.shutdown()                          # the run ends: its queue is dropped
    prefs.save_remaining()
    assert not prefs.saving
    saved = Settings(ctx.db)
    assert saved.get(UI_WINDOW) == "maximized"
    assert saved.get(UI_FONT_SCALE) == 1.2


def test_nothing_unsaved_writes_nothing(qapp, ctx: StationContext) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    prefs = UiPreferences(qapp, Translations(qapp), ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    tasks.shutdown()
    prefs.save_remaining()
    assert not Settings(ctx.db).is_set(UI_WINDOW)
