"""The commune's own anniversaries on the schedule (Lịch phát › Ngày kỷ niệm và chủ đề…):
an editor adds the village festival for a day this week; the week's header marks that day
with ★ and the line under the table names it; the next year it is there again (a yearly
date); deleting it, after the question, takes it off. Only widgets are driven."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from console.timezone import station_now
from console.ui.dialogs.campaign_dialog import CampaignDialog
from console.ui.pages.schedule import SchedulePage

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, press_yes, type_text
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)

FESTIVAL = "Ngày hội Đại đoàn kết thôn Đông"


def header_texts(page: SchedulePage) -> list[str]:
    table = page.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def open_calendar(qtbot, page: SchedulePage) -> CampaignDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.campaigns_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, CampaignDialog) and w.isVisible()
                                for w in page.findChildren(CampaignDialog)), timeout=WAIT)
    dialog = next(w for w in page.findChildren(CampaignDialog) if w.isVisible())
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT)  # the national ones
    return dialog


def test_the_communes_festival_is_marked_on_the_week(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "schedule")
    assert isinstance(page, SchedulePage)
    wait_idle(qtbot, window)
    today = station_now().date()
    stars_before = sum("★" in t for t in header_texts(page))

    dialog = open_calendar(qtbot, page)
    national = dialog.table.rowCount()
    type_text(dialog.name_edit, FESTIVAL)
    dialog.day_spin.setValue(today.day)
    dialog.month_spin.setValue(today.month)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Đã lưu.", timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == national + 1, timeout=WAIT)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    qtbot.waitUntil(lambda: FESTIVAL in page.campaign_label.text(), timeout=WAIT)
    assert f"{today:%d/%m}: {FESTIVAL}" in page.campaign_label.text()
    qtbot.waitUntil(lambda: sum("★" in t for t in header_texts(page)) >= max(1, stars_before),
                    timeout=WAIT)
    marked = [t for t in header_texts(page) if "★" in t and f"{today:%d/%m}" in t]
    assert marked, header_texts(page)

    # A yearly date: the same week next year shows it as well.
    for _ in range(52):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FESTIVAL in page.campaign_label.text(), timeout=WAIT)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FESTIVAL in page.campaign_label.text(), timeout=WAIT)

    # Deleted after the question: off the week.
    dialog = open_calendar(qtbot, page)
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 1).text() == FESTIVAL)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualRect(dialog.table.model().index(row, 1)).center())
    assert dialog.delete_button.isEnabled()
    answer_next_dialog(press_yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Đã xóa.", timeout=WAIT)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: FESTIVAL not in page.campaign_label.text(), timeout=WAIT)
