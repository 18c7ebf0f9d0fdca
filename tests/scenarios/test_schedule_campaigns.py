"""The commune's own anniversaries on the schedule (Lịch phát › Ngày kỷ niệm và chủ đề…):
an editor adds the village festival for a day this week; the week's header marks that day
with ★ and the line under the table names it; the next year it is there again (a yearly
date); deleting it, after the question, takes it off. Then the festival's programme: the
editor names the festival and offers the library's items tagged for it, and puts them in
the running order at a click. Only widgets are driven."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from console.models import ProgrammeEntry, SourceItem
from console.models.base import utcnow
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs.campaign_dialog import CampaignDialog
from console.ui.pages.programmes import ProgrammesPage
from console.ui.pages.schedule import SchedulePage

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, press_yes, type_text
from .week_steps import WAIT, create_programme, long_lived_audio, wait_idle

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


THEMED = "Ngày hội thôn Đông"  # the festival's theme, as the province tags its items


def test_the_editor_offers_the_items_tagged_for_the_festival(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """Building the programme of the festival's morning, the editor names the festival and
    the library's items tagged for it; “Thêm các tin bài được gợi ý” puts them in the
    running order, after which nothing more is offered."""
    airs = dt.datetime.combine(station_now().date() + dt.timedelta(days=3), dt.time(6),
                               STATION_TZ)
    tagged = long_lived_audio(scene, 2, airs + dt.timedelta(days=1))
    with scene.ctx.db.write() as session:  # as the province sends them: tagged, just out
        for item_id, _title in tagged:
            item = session.get(SourceItem, item_id)
            item.tags, item.published_at = ["ngay-hoi-thon-dong"], utcnow()
    window = open_window(ADMIN)
    schedule = click_page(qtbot, window, "schedule")
    assert isinstance(schedule, SchedulePage)
    wait_idle(qtbot, window)
    dialog = open_calendar(qtbot, schedule)
    type_text(dialog.name_edit, FESTIVAL)
    dialog.day_spin.setValue(airs.day)
    dialog.month_spin.setValue(airs.month)
    type_text(dialog.theme_edit, THEMED)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Đã lưu.", timeout=WAIT)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    page = click_page(qtbot, window, "programmes")
    assert isinstance(page, ProgrammesPage)
    wait_idle(qtbot, window)
    create_programme(qtbot, page, "Chào mừng ngày hội", airs)
    qtbot.waitUntil(lambda: page.suggest_button.isVisible(), timeout=WAIT)
    said = page.suggest_label.text()
    assert said.startswith("Gần ngày này: ") and f"{FESTIVAL} ({airs:%d/%m})" in said, said
    assert all(title in said for _i, title in tagged), said
    assert page.suggest_button.text() == "Thêm các tin bài được gợi ý"

    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    programme_id = page.controller.row.id
    with_them = {i for i, _t in tagged}

    def running_order() -> set[str]:
        with scene.ctx.db.read() as session:
            return set(session.scalars(select(ProgrammeEntry.item_id).where(
                ProgrammeEntry.programme_id == programme_id)))

    qtbot.waitUntil(lambda: with_them <= running_order(), timeout=WAIT)
    qtbot.waitUntil(lambda: not any(t in page.suggest_label.text() for _i, t in tagged),
                    timeout=WAIT)  # what is in the programme is no longer offered
