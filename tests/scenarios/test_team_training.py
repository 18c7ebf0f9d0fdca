"""Kế hoạch và đội ngũ › Tập huấn: the commune records the training its propagandists
attended. A title left empty is said in the dialog, which stays open with what was typed;
the training then lists with its place, the month's theme of the plan and who attended, and
is kept with them in the database. A double-click opens it again, filled in as recorded, to
correct the place and who attended. One recorded by mistake is chosen and deleted, after a
question that names it. Clicks and keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QTabWidget
from sqlalchemy import select

from console.models import (
    AuditEntry,
    PlanTheme,
    Propagandist,
    Training,
    TrainingAttendee,
    Village,
)
from console.timezone import station_now
from console.ui.pages.channels.dialogs import TrainingDialog
from console.ui.pages.channels.page import PlanTeamPage

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, noting, type_text
from .week_steps import WAIT, wait_idle

THEME = "Chuyển đổi số trong thủ tục hành chính"


def tick(qtbot, people: QListWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    """A click on the person's line, then Space."""
    (item,) = [people.item(n) for n in range(people.count())
               if people.item(n).text().startswith(name)]
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton,
                     pos=people.visualItemRect(item).center())
    qtbot.keyClick(people, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def open_plan(qtbot, window) -> PlanTeamPage:  # type: ignore[no-untyped-def]
    page = click_page(qtbot, window, "plan")
    assert isinstance(page, PlanTeamPage)
    return page


def click_tab(qtbot, tabs: QTabWidget, title: str) -> None:  # type: ignore[no-untyped-def]
    bar = tabs.tabBar()
    (index,) = [n for n in range(bar.count()) if bar.tabText(n) == title]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_a_training_is_recorded_with_who_attended(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    today = station_now().date()
    with scene.ctx.db.write() as session:  # the team and this month's theme, as set up before
        village = session.scalars(select(Village).where(Village.name == "Thôn Đông")).one()
        session.add_all([Propagandist(name="Nguyễn Văn Hải", village_id=village.id),
                         Propagandist(name="Lò Thị Mai", village_id=village.id)])
        session.add(PlanTheme(year=today.year, period_kind="month", period_index=today.month,
                              title=THEME, tags=["chuyển đổi số"]))

    window = open_window(ADMIN)
    page = open_plan(qtbot, window)
    click_tab(qtbot, page.tabs, "Tập huấn")
    tab = page.trainings_tab
    wait_idle(qtbot, window)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, TrainingDialog) and tab.dialog.isVisible(),
                    timeout=WAIT)
    dialog = tab.dialog
    assert dialog.theme_combo.currentText().startswith(THEME)  # the month's theme, chosen
    type_text(dialog.place_edit, "Hội trường UBND xã")
    tick(qtbot, dialog.attendees, "Lò Thị Mai")
    ok = dialog.box.button(dialog.box.StandardButton.Ok)

    # No title: said in the dialog, which keeps what was typed.
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.isVisible() and dialog.error_label.text() == "Buổi tập huấn cần có tên."
    assert dialog.place_edit.text() == "Hội trường UBND xã"
    with scene.ctx.db.read() as session:
        assert session.scalars(select(Training)).all() == []

    dialog.title_edit.setFocus()
    type_text(dialog.title_edit, "Tập huấn kỹ năng tuyên truyền trên mạng xã hội")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    table = tab.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=WAIT)
    shown = [table.item(0, c).text() for c in range(table.columnCount())]
    assert shown == [today.strftime("%d/%m/%Y"),
                     "Tập huấn kỹ năng tuyên truyền trên mạng xã hội", "Hội trường UBND xã",
                     THEME, "Lò Thị Mai"], shown
    assert table.horizontalHeaderItem(4).text() == "Người tham dự"
    with scene.ctx.db.read() as session:
        training = session.scalars(select(Training)).one()
        mai = session.scalars(select(Propagandist.id).where(
            Propagandist.name == "Lò Thị Mai")).one()
        assert (training.day, training.place, training.recorded_by) == (
            today, "Hội trường UBND xã", ADMIN.username)
        assert training.theme_id == session.scalars(select(PlanTheme.id)).one()
        assert session.scalars(select(TrainingAttendee.propagandist_id)).all() == [mai]

    assert tab.message.text() == "Đã ghi buổi tập huấn."

    # Corrected: a double-click opens it as recorded; the place and who attended change.
    assert not tab.delete_button.isEnabled() and not tab.edit_button.isEnabled()  # none chosen
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: tab.dialog is not dialog and tab.dialog.isVisible(), timeout=WAIT)
    again = tab.dialog
    assert again.windowTitle() == "Sửa buổi tập huấn"
    assert (again.title_edit.text(), again.place_edit.text()) == (
        "Tập huấn kỹ năng tuyên truyền trên mạng xã hội", "Hội trường UBND xã")
    assert again.theme_combo.currentText().startswith(THEME)
    ticked = [again.attendees.item(n).text() for n in range(again.attendees.count())
              if again.attendees.item(n).checkState() == Qt.CheckState.Checked]
    assert ticked == ["Lò Thị Mai (Thôn Đông)"], ticked
    again.place_edit.selectAll()
    type_text(again.place_edit, "Nhà văn hóa thôn Đông")
    tick(qtbot, again.attendees, "Nguyễn Văn Hải")
    qtbot.mouseClick(again.box.button(again.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "Nhà văn hóa thôn Đông", timeout=WAIT)
    assert sorted(table.item(0, 4).text().split(", ")) == ["Lò Thị Mai", "Nguyễn Văn Hải"]
    assert tab.message.text() == "Đã sửa buổi tập huấn."
    with scene.ctx.db.read() as session:
        training = session.scalars(select(Training)).one()
        assert (training.place, training.title) == (
            "Nhà văn hóa thôn Đông", "Tập huấn kỹ năng tuyên truyền trên mạng xã hội")
        assert len(session.scalars(select(TrainingAttendee)).all()) == 2
        change = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "team.training_change")).one()
        assert change.detail == {
            "place": ["Hội trường UBND xã", "Nhà văn hóa thôn Đông"],
            "attendees": ["Lò Thị Mai", "Lò Thị Mai, Nguyễn Văn Hải"]}, change.detail

    # Recorded by mistake: chosen, then deleted after a question that names it.
    if not table.selectionModel().hasSelection():
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualItemRect(table.item(0, 1)).center())
    assert tab.delete_button.isEnabled() and tab.delete_button.text() == "Xóa"
    asked: list[str] = []
    answer_next_dialog(noting(asked, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=WAIT)
    assert asked == ["Xóa buổi tập huấn “Tập huấn kỹ năng tuyên truyền trên mạng xã hội” "
                     f"ngày {today.strftime('%d/%m/%Y')} (2 người tham dự)? Kế hoạch và báo "
                     "cáo sẽ không tính buổi này nữa."], asked
    assert tab.message.text() == "Đã xóa buổi tập huấn."
    with scene.ctx.db.read() as session:
        assert session.scalars(select(Training)).all() == []
        assert session.scalars(select(TrainingAttendee)).all() == []
        assert session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("team.training%")).order_by(AuditEntry.id)).all() == [
            "team.training", "team.training_change", "team.training_delete"]
