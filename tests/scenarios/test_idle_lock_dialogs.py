"""The idle lock counts typing in a dialog as use: someone writing a report of the team's
activity in its dialog for longer than the idle time is not locked out mid-sentence (the
lock closes every dialog, and what was typed would go with it). Left alone, the console
still locks. Keys arrive as the system sends them, at the dialog's window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from console.ui.pages.channels.dialogs import ActivityDialog

from .conftest import ADMIN, Scene
from .test_team_training import click_tab, open_plan
from .week_steps import WAIT, wait_idle

IDLE_MS = 400
WORDS = "hop dan thon dong ve phong chong chay rung mua kho"


def test_typing_in_a_dialog_keeps_the_console_unlocked(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = open_plan(qtbot, window)
    click_tab(qtbot, page.tabs, "Hoạt động")
    tab = page.activities_tab
    wait_idle(qtbot, window)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ActivityDialog) and tab.dialog.isVisible(),
                    timeout=WAIT)
    dialog = tab.dialog
    dialog.activateWindow()
    dialog.title_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.windowHandle().isActive(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.idle.active, timeout=WAIT)
    window.idle.set_interval_ms(IDLE_MS)

    # Typing for four times the idle time, a key every 50 ms: still signed in.
    for char in WORDS:
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Space if char == " " else char)
        qtbot.wait(50)
    assert not window.is_locked and dialog.isVisible()
    assert dialog.title_edit.text() == WORDS

    # Left alone: locked, as before.
    qtbot.waitUntil(lambda: window.is_locked, timeout=WAIT)
