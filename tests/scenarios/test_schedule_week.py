"""Lịch phát's week runs Monday to Sunday, as a Vietnamese calendar does: "Tuần này" shows
this week's Thứ Hai to Chủ Nhật with today's heading in bold, "Tuần sau" and "Tuần trước"
step a week, and the day view opens on today and goes back to today's week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from console.timezone import station_now
from console.ui.pages.schedule import SchedulePage

from .conftest import ADMIN, click_page
from .week_steps import WAIT, wait_idle


def headings(page: SchedulePage) -> list[str]:
    table = page.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def bold_days(page: SchedulePage) -> list[dt.date]:
    table = page.table
    return [day for c, day in enumerate(table.days) if table.horizontalHeaderItem(c).font().bold()]


def shows(qtbot, page: SchedulePage, first: dt.date, days: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.table.days == [first + dt.timedelta(days=n)
                                                 for n in range(days)], timeout=WAIT)


def test_the_week_runs_monday_to_sunday_with_today_marked(  # type: ignore[no-untyped-def]
        qtbot, open_window) -> None:
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "schedule")
    assert isinstance(page, SchedulePage)
    wait_idle(qtbot, window)
    today = station_now().date()
    monday = today - dt.timedelta(days=today.weekday())
    shows(qtbot, page, monday, 7)
    assert headings(page)[0].startswith("Thứ Hai") and headings(page)[6].startswith("Chủ Nhật")
    assert today.strftime("%d/%m") in headings(page)[today.weekday()]
    assert bold_days(page) == [today]
    assert page.table.horizontalHeaderItem(today.weekday()).toolTip() == "Hôm nay"

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    shows(qtbot, page, monday + dt.timedelta(days=7), 7)
    assert bold_days(page) == []
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    shows(qtbot, page, monday - dt.timedelta(days=7), 7)
    assert page.today_button.text() == "Tuần này"
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    shows(qtbot, page, monday, 7)

    # The day view opens on today, not on the week's Monday, and steps a day.
    page.view_combo.setFocus()
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.today_button.text() == "Hôm nay", timeout=WAIT)
    shows(qtbot, page, today, 1)
    assert bold_days(page) == [today]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    shows(qtbot, page, today + dt.timedelta(days=1), 1)

    # Back to the week: the week of the day shown.
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Up)
    tomorrow = today + dt.timedelta(days=1)
    shows(qtbot, page, tomorrow - dt.timedelta(days=tomorrow.weekday()), 7)
    assert page.today_button.text() == "Tuần này"
    wait_idle(qtbot, window)
