"""Hôm nay says, for each airing of the day whose time has come, what the devices' play logs
say of it: played on how many, not played on how many, or no log yet; nothing for an airing
still to come, nor for a draft never sent. A programme airing twice a day is two lines. A
log that arrives later shows after "Làm mới". What the logs say is a link to them in Báo
cáo's broadcast log, the name a link to the programme. Lịch phát's week says the same of
each past airing, and its menu opens the airing's plays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem, QWidget

from console.models import AsRunEntry, Programme, Schedule
from console.timezone import STATION_TZ, station_now
from console.ui.pages.programmes import ProgrammesPage
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_model import Column
from console.ui.pages.schedule import AiringRole, SchedulePage
from console.ui.pages.today import TodayPage
from console.ui.theme import Colors

from .conftest import ADMIN, Scene, click_page, label_words, shoot
from .test_today_owed import card_lines
from .week_steps import WAIT, wait_idle


def play_log(session, programme_id: int, target: str, at: dt.datetime,  # type: ignore[no-untyped-def]
             result: str) -> None:
    """A device's play log of one entry, as the devices' logs bring it in."""
    session.add(AsRunEntry(programme_id=programme_id, item_id=None, title="Bản tin",
                           target_id=target, target_kind="loudspeaker_cluster",
                           scheduled_at=at, started_at=at + dt.timedelta(seconds=2),
                           played_s=60.0 if result != "failed" else 0.0, result=result,
                           content_origin="own"))


def right_click(qtbot, widget: QWidget, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    """The right button pressed and let go there, and the context-menu event a desktop's
    window delivers for it (QTest's clicks reach the widget without their window, which
    makes that event)."""
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     widget.mapToGlobal(pos)))


def test_today_says_what_was_played(qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    now = station_now()
    midnight = dt.datetime.combine(now.date(), dt.time(), STATION_TZ)
    morning = midnight + (now - midnight) / 3          # earlier today, both of them
    noon = midnight + (now - midnight) * 2 / 3
    evening = now + (midnight + dt.timedelta(days=1) - now) / 2   # still to come today
    with scene.ctx.db.write() as session:
        first = Programme(name="Bản tin buổi sáng", status="scheduled", all_targets=True,
                          start_at=morning)
        second = Programme(name="Bản tin buổi trưa", status="scheduled", all_targets=True,
                           start_at=noon)
        # One programme airing at noon and in the evening: two lines.
        twice = Programme(name="Tiếng nói nông thôn", status="scheduled", all_targets=True,
                          start_at=noon)
        # A draft of this morning, never approved: its state says it all.
        draft = Programme(name="Thông báo lịch tiêm phòng", status="draft", all_targets=True,
                          start_at=morning)
        session.add_all([first, second, twice, draft])
        session.flush()
        session.add(Schedule(programme_id=twice.id, repeat="daily", start_date=now.date(),
                             time_of_day=noon.time(),
                             times=[f"{noon:%H:%M}", f"{evening:%H:%M}"]))
        for target, result in (("cl-001", "success"), ("cl-002", "partial"),
                               ("cl-003", "failed")):
            play_log(session, first.id, target, morning, result)
        play_log(session, first.id, "cl-001", morning + dt.timedelta(seconds=60), "success")
        ids = first.id, second.id, twice.id

    window = open_window(ADMIN)
    page = click_page(qtbot, window, "today")
    assert isinstance(page, TodayPage)
    wait_idle(qtbot, window)
    lines = {}

    def read() -> bool:
        lines.clear()
        lines.update({n: line for line in card_lines(page)
                      for n in ("sáng", "trưa", "nông thôn") if n in line})
        return len(lines) == 3

    qtbot.waitUntil(read, timeout=WAIT)
    assert lines["sáng"] == (f"{morning:%H:%M}  Bản tin buổi sáng · Đã lên lịch · đã phát trên "
                             "2 thiết bị, 1 thiết bị không phát được"), lines
    assert lines["trưa"] == (f"{noon:%H:%M}  Bản tin buổi trưa · Đã lên lịch · "
                             "chưa có nhật ký phát"), lines
    twice_lines = [line for line in card_lines(page) if "Tiếng nói nông thôn" in line]
    assert twice_lines == [
        f"{noon:%H:%M}  Tiếng nói nông thôn · Đã lên lịch · chưa có nhật ký phát",
        f"{evening:%H:%M}  Tiếng nói nông thôn · Đã lên lịch"], twice_lines
    assert [line for line in card_lines(page) if "tiêm phòng" in line] == [
        f"{morning:%H:%M}  Thông báo lịch tiêm phòng · Bản nháp"]
    shoot(window, "today-played-vi")

    # What the logs say is a link: it opens those plays in Báo cáo's broadcast log.
    morning_label = next(label for label in page.programmes_card.findChildren(QLabel)
                         if "Bản tin buổi sáng" in label_words(label))
    assert morning_label.textFormat() == Qt.TextFormat.RichText
    morning_label.setFocus()
    qtbot.keyClick(morning_label, Qt.Key.Key_Tab)     # the name's link, with the keyboard
    qtbot.keyClick(morning_label, Qt.Key.Key_Tab)     # then the play logs'
    qtbot.keyClick(morning_label, Qt.Key.Key_Return)
    reports = window.current_page()
    assert isinstance(reports, ReportsPage)
    log_tab = reports.log_tab
    qtbot.waitUntil(lambda: log_tab.chip.isVisible() and log_tab.model.rowCount() == 4,
                    timeout=WAIT)
    assert log_tab.chip_label.text() == (f"Lọc: Buổi phát {morning:%H:%M} của "
                                         "“Bản tin buổi sáng”")
    model = log_tab.model
    qtbot.waitUntil(lambda: all(model.index(r, Column.TITLE).data() == "Bản tin"
                                for r in range(4)), timeout=WAIT)
    shoot(window, "today-played-log-vi")
    page = click_page(qtbot, window, "today")
    wait_idle(qtbot, window)

    # The programme's name is a link too: it opens the programme on Chương trình.
    qtbot.waitUntil(lambda: any("Bản tin buổi trưa" in line for line in card_lines(page)),
                    timeout=WAIT)
    noon_label = next(label for label in page.programmes_card.findChildren(QLabel)
                      if "Bản tin buổi trưa" in label_words(label))
    noon_label.setFocus()
    qtbot.keyClick(noon_label, Qt.Key.Key_Tab)
    qtbot.keyClick(noon_label, Qt.Key.Key_Return)
    programmes = window.current_page()
    assert isinstance(programmes, ProgrammesPage)
    qtbot.waitUntil(lambda: programmes.controller.row is not None
                    and programmes.controller.row.id == ids[1], timeout=WAIT)
    page = click_page(qtbot, window, "today")
    wait_idle(qtbot, window)

    # The noon bulletin's log comes in from a cluster; "Làm mới" reads it.
    with scene.ctx.db.write() as session:
        play_log(session, ids[1], "cl-004", noon, "success")
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(line == f"{noon:%H:%M}  Bản tin buổi trưa · Đã lên lịch · "
                                "đã phát trên 1 thiết bị" for line in card_lines(page)),
                    timeout=WAIT)

    # Lịch phát: the week shows the same of each past airing, greyed, or red when a device
    # could not play it; an airing still to come as it was.
    schedule = click_page(qtbot, window, "schedule")
    assert isinstance(schedule, SchedulePage)
    cells: dict[str, QTableWidgetItem] = {}

    def read_cells() -> bool:
        table = schedule.table
        cells.clear()
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None and item.data(AiringRole).day == now.date():
                    cells[item.text()] = item
        return len(cells) == 5

    qtbot.waitUntil(read_cells, timeout=WAIT)
    shoot(window, "schedule-played-vi")
    morning_cell = next(i for t, i in cells.items() if "Bản tin buổi sáng" in t)
    assert morning_cell.text().endswith(
        "\nđã phát trên 2 thiết bị, 1 thiết bị không phát được"), morning_cell.text()
    assert morning_cell.foreground().color().name() == Colors.EMERGENCY
    noon_cell = next(i for t, i in cells.items() if "Bản tin buổi trưa" in t)
    assert noon_cell.text().endswith("\nđã phát trên 1 thiết bị")
    assert noon_cell.foreground().color().name() == Colors.MUTED
    later = [t for t in cells if t.startswith(f"{evening:%H:%M}")]
    assert len(later) == 1 and later[0].endswith(" Tiếng nói nông thôn"), later
    assert cells[later[0]].foreground().color().name() != Colors.MUTED

    # A right-click on a past airing: its plays in the broadcast log.
    table = schedule.table
    right_click(qtbot, table.viewport(), table.visualItemRect(morning_cell).center())
    qtbot.waitUntil(lambda: schedule.context_menu is not None
                    and schedule.context_menu.isVisible(), timeout=WAIT)
    menu = schedule.context_menu
    assert [a.text() for a in menu.actions()] == [
        "Mở chương trình", "Xem các lượt phát trong nhật ký phát thanh"]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    reports = window.current_page()
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.log_tab.model.rowCount() == 4, timeout=WAIT)
    assert reports.log_tab.chip_label.text() == (
        f"Lọc: Buổi phát {morning:%H:%M} ngày {morning:%d/%m} của “Bản tin buổi sáng”")
