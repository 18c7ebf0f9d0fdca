"""Kế hoạch và đội ngũ in the window's smallest size (900×560): each tab's buttons wrap onto
another line rather than cut their words (the year's plan read "ɔ từ Ex", "t ra Exc" and
"n chủ"), and a wrapped button works: "Thêm người…" opens its dialog. Clicks only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.ui.pages.channels.dialogs import PersonDialog

from .conftest import ADMIN, Scene, shoot
from .test_reports_small_window import resize, whole
from .test_team_training import click_tab, open_plan
from .week_steps import WAIT, wait_idle


def test_the_plan_and_team_buttons_keep_their_words_in_a_small_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = open_plan(qtbot, window)
    wait_idle(qtbot, window)
    plan = page.plan_tab
    for button in (plan.import_button, plan.export_button, plan.add_button, plan.edit_button,
                   plan.delete_button):
        qtbot.waitUntil(lambda b=button: whole(b), timeout=WAIT)
    assert plan.delete_button.y() > plan.import_button.y()  # on a second line
    shoot(window, "plan-small")

    click_tab(qtbot, page.tabs, "Tổ tuyên truyền")
    team = page.team_tab
    for button in (team.import_button, team.export_button, team.add_button, team.edit_button):
        qtbot.waitUntil(lambda b=button: whole(b), timeout=WAIT)
    assert team.add_button.text() == "Thêm người…"
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(team.dialog, PersonDialog) and team.dialog.isVisible(),
                    timeout=WAIT)
    team.dialog.reject()

    for title, tab in (("Hoạt động", page.activities_tab), ("Tập huấn", page.trainings_tab)):
        click_tab(qtbot, page.tabs, title)
        for button in (tab.record_button, tab.edit_button, tab.delete_button):
            qtbot.waitUntil(lambda b=button: whole(b), timeout=WAIT)
