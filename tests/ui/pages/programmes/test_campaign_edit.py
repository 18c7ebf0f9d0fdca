"""The campaign calendar: the station's own events and monthly themes, the day view, and
tagged items suggested in the editor near a date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from console.models import AuditEntry, SourceItem
from console.services import programmes as svc
from console.services.errors import InvalidInput, NotFound, PermissionDenied
from console.services.programmes import campaigns
from console.services.programmes.calendar import plan
from console.services.programmes.campaigns import Campaign, MonthTheme
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs.campaign_dialog import CampaignDialog
from console.ui.pages.base import PageEnv
from console.ui.pages.programmes import ProgrammesPage
from console.ui.pages.schedule import SchedulePage
from console.ui.tasks import TaskRunner
from tests.support.programmes import Station, audio_items


def test_own_events_are_saved_listed_and_deleted(station: Station) -> None:
    db, ed = station.ctx.db, station.editor
    fair = campaigns.save_entry(db, ed, Campaign(10, 12, "Ngày hội Đại đoàn kết thôn Đông",
                                                 "", level="local"))
    gio_to = campaigns.save_entry(db, ed, Campaign(4, 26, "Giỗ Tổ Hùng Vương", "gio-to",
                                                   level="province", year=2027))
    month = campaigns.save_entry(db, ed, MonthTheme(9, "Tháng cao điểm phòng chống dịch",
                                                    "phong-dich", level="province"))
    entries = campaigns.load_calendar(db)
    own = {e.id: e for e in (*entries.events, *entries.months) if e.editable}
    assert set(own) == {fair, gio_to, month}
    assert own[fair].theme == "ngay-hoi-dai-doan-ket-thon-dong"  # from the name, folded
    assert len([e for e in entries.events if not e.editable]) == len(campaigns.NATIONAL)

    # A one-year date appears only in its year; a yearly one every year.
    assert [u.campaign.name for u in campaigns.upcoming(
        dt.date(2027, 4, 20), 10, entries.events) if u.campaign.level == "province"] == [
        "Giỗ Tổ Hùng Vương"]
    assert not [u for u in campaigns.upcoming(dt.date(2028, 4, 20), 10, entries.events)
                if u.campaign.level == "province"]
    week = plan(db, dt.date(2027, 10, 10), 7)
    assert "Ngày hội Đại đoàn kết thôn Đông" in [u.campaign.name for u in week.campaigns]
    september = plan(db, dt.date(2027, 9, 1), 1)
    assert [t.name for _m, t in september.months] == ["Tháng cao điểm phòng chống dịch"]
    assert [t.name for _m, t in plan(db, dt.date(2027, 3, 30), 7).months] == [
        "Tháng Thanh niên"]  # national theme of March; April has none

    # Change, then delete.
    campaigns.save_entry(db, ed, Campaign(10, 13, "Ngày hội Đại đoàn kết", "", level="local",
                                          id=fair))
    changed = [e for e in campaigns.load_calendar(db).events if e.id == fair]
    assert changed and (changed[0].day, changed[0].name) == (13, "Ngày hội Đại đoàn kết")
    campaigns.delete_entry(db, ed, gio_to)
    assert gio_to not in {e.id for e in campaigns.load_calendar(db).events}
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("campaign.%"))))
    assert actions.count("campaign.save") == 4 and actions.count("campaign.delete") == 1


def test_bad_events_are_refused_with_a_reason(station: Station) -> None:
    db, ed = station.ctx.db, station.editor
    with pytest.raises(InvalidInput, match="no 31/2"):
        campaigns.save_entry(db, ed, Campaign(2, 31, "Sai ngày", "", level="local"))
    with pytest.raises(InvalidInput, match="name"):
        campaigns.save_entry(db, ed, Campaign(2, 3, "  ", "", level="local"))
    with pytest.raises(InvalidInput, match="provincial and local"):
        campaigns.save_entry(db, ed, Campaign(2, 3, "Giả quốc gia", "", level="national"))
    with pytest.raises(NotFound):
        campaigns.delete_entry(db, ed, "nope")
    with pytest.raises(PermissionDenied):
        campaigns.save_entry(db, station.operator, Campaign(2, 3, "X", "", level="local"))
    # 29/02 every year is allowed and skipped in years without it.
    campaigns.save_entry(db, ed, Campaign(2, 29, "Ngày nhuận", "", level="local"))
    extra = campaigns.load_calendar(db).events
    assert [u.date for u in campaigns.upcoming(dt.date(2028, 2, 20), 14, extra)
            if u.campaign.name == "Ngày nhuận"] == [dt.date(2028, 2, 29)]
    assert not [u for u in campaigns.upcoming(dt.date(2027, 2, 20), 14, extra)
                if u.campaign.name == "Ngày nhuận"]


def test_a_local_theme_suggests_its_tagged_items(station: Station) -> None:
    ctx = station.ctx
    item_id = audio_items(ctx, 1)[0]
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).tags = ["Đại đoàn kết"]
    day = dt.date(2027, 11, 10)
    before = campaigns.suggest_items(ctx.db, day, limit=500)
    assert item_id not in before  # the demo's own items tagged for 20/11 may be there
    campaigns.save_entry(ctx.db, station.editor, Campaign(
        11, 18, "Ngày hội Đại đoàn kết toàn dân tộc", "dai-doan-ket", level="local"))
    after = campaigns.suggest_items(ctx.db, day, limit=500)
    assert set(after) - set(before) == {item_id}
    assert item_id not in campaigns.suggest_for(ctx.db, day, {item_id}, limit=500).item_ids


def test_the_dialog_adds_edits_and_deletes(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                           tasks: TaskRunner) -> None:
    dialog = CampaignDialog(station.ctx, station.editor, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.rows) == len(campaigns.NATIONAL)
                    + len(campaigns.NATIONAL_MONTHS))
    national = dialog.rows.index(next(e for e in dialog.rows if e.name == "Quốc khánh"))
    dialog.table.selectRow(national)
    assert not dialog.delete_button.isEnabled()  # built in

    dialog.new_button.click()
    dialog.name_edit.setText("Lễ hội đình làng")
    dialog.day_spin.setValue(15)
    dialog.month_spin.setValue(2)
    dialog.one_year_check.setChecked(True)
    dialog.year_spin.setValue(2027)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("local"))
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: any(e.name == "Lễ hội đình làng" for e in dialog.rows))
    mine = next(e for e in dialog.rows if e.name == "Lễ hội đình làng")
    assert (mine.day, mine.month, mine.year, mine.level) == (15, 2, 2027, "local")
    row = dialog.rows.index(mine)
    assert dialog.table.item(row, 0).text() == "15/02/2027"

    dialog.table.selectRow(row)
    assert dialog.delete_button.isEnabled() and dialog.name_edit.text() == "Lễ hội đình làng"
    dialog.name_edit.setText("Lễ hội đình làng Đông")
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: any(e.name == "Lễ hội đình làng Đông" for e in dialog.rows))
    assert len([e for e in dialog.rows if e.editable]) == 1

    dialog.table.selectRow(dialog.rows.index(
        next(e for e in dialog.rows if e.name == "Lễ hội đình làng Đông")))
    # Delete asks first, naming the entry; No keeps it.
    asked = answer_question(QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert asked == ["Delete “Lễ hội đình làng Đông”?"]
    qtbot.waitUntil(lambda: tasks.pending_count == 0)
    assert [e.name for e in dialog.rows if e.editable] == ["Lễ hội đình làng Đông"]
    answer_question(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.delete_button.click()
    qtbot.waitUntil(lambda: not [e for e in dialog.rows if e.editable])

    dialog.new_button.click()
    dialog.name_edit.setText("Sai")
    dialog.day_spin.setValue(31)
    dialog.month_spin.setValue(4)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "31/4" in dialog.message_label.text())
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def test_schedule_day_view_shows_the_days_events(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                                 tasks: TaskRunner) -> None:
    ctx = station.ctx
    today = station_now().date()
    campaigns.save_entry(ctx.db, station.editor, Campaign(
        today.month, today.day, "Ngày truyền thống xã", "truyen-thong", level="local"))
    start = dt.datetime.combine(today, dt.time(17, 0), STATION_TZ)
    pid = svc.create_programme(ctx.db, station.editor, "Bản tin chiều", start_at=start)
    svc.add_items(ctx.db, station.editor, pid, audio_items(ctx, 1, at=start))
    page = SchedulePage(PageEnv(ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.columnCount() == 7
    page.view_combo.setCurrentIndex(page.view_combo.findData(1))
    page.view_combo.activated.emit(page.view_combo.currentIndex())
    qtbot.waitUntil(lambda: page.table.columnCount() == 1)
    qtbot.waitUntil(lambda: page.table.item(0, 0) is not None)
    assert "Bản tin chiều" in page.table.item(0, 0).text()
    assert "★" in page.table.horizontalHeaderItem(0).text()
    assert "Ngày truyền thống xã" in page.campaign_label.text()
    page.next_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert page._first == today + dt.timedelta(days=1)
    dialog = page.open_campaigns()
    assert isinstance(dialog, CampaignDialog)
    dialog.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def test_the_editor_suggests_items_for_a_nearby_campaign(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner) -> None:
    ctx = station.ctx
    start = dt.datetime.combine(station_now().date() + dt.timedelta(days=2), dt.time(17, 0),
                                STATION_TZ)
    event = start.date() + dt.timedelta(days=3)
    first, tagged = audio_items(ctx, 2, at=start)
    with ctx.db.write() as session:
        session.get(SourceItem, tagged).tags = ["an-toan-giao-thong"]
    campaigns.save_entry(ctx.db, station.editor, Campaign(
        event.month, event.day, "Ngày an toàn giao thông của xã", "An toàn giao thông",
        level="local"))
    svc.create_programme(ctx.db, station.editor, "Tin chiều", start_at=start,
                         item_ids=[first])
    page = ProgrammesPage(PageEnv(ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.list_table.rowCount() == 1)
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: page.suggest_button.isVisible(), timeout=10000)
    assert "Ngày an toàn giao thông của xã" in page.suggest_label.text()
    assert tagged in page._suggested
    page.suggest_button.click()
    # Demo items tagged for a national day near the date may be suggested too.
    qtbot.waitUntil(lambda: tagged in [e.item_id for e in page._entries], timeout=10000)
    assert page._entries[0].item_id == first
    qtbot.waitUntil(lambda: tagged not in page._suggested, timeout=10000)
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def answer_question(button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` on the next question box as soon as it shows; its text is kept."""
    asked: list[str] = []

    def attempt(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        elif tries < 200:
            QTimer.singleShot(25, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)
    return asked
