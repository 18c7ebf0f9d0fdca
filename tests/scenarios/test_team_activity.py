"""Kế hoạch và đội ngũ › Hoạt động: an activity recorded with the wrong village and count is
corrected. "Sửa…" opens it filled in as recorded; the change lists at once, is kept, and the
audit log says what it was and what it is. One deleted on the other PC meanwhile is said in
the dialog, which keeps what was typed. Clicks and keys only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import delete, select

from console.models import AuditEntry, Propagandist, TeamActivity, Village
from console.timezone import station_now
from console.ui.pages.channels.dialogs import ActivityDialog

from .conftest import ADMIN, Scene, click_settings_section, shoot, type_text
from .test_team_training import click_tab, open_plan
from .week_steps import WAIT, wait_idle


def test_an_activity_is_corrected_from_the_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    day = station_now().date() - dt.timedelta(days=2)
    with scene.ctx.db.write() as session:  # recorded two days ago, with a wrong village
        villages = dict(session.execute(select(Village.name, Village.id)).all())
        hai = Propagandist(name="Nguyễn Văn Hải", village_id=villages["Thôn Đông"])
        session.add(hai)
        session.flush()
        session.add(TeamActivity(day=day, kind="meeting", people_reached=45,
                                 village_id=villages["Thôn Đông"],
                                 title="Họp dân hướng dẫn cài VNeID", participants=[hai.id],
                                 recorded_by=ADMIN.username))
    other = next(name for name in villages if name != "Thôn Đông")

    window = open_window(ADMIN)
    page = open_plan(qtbot, window)
    click_tab(qtbot, page.tabs, "Hoạt động")
    tab = page.activities_tab
    wait_idle(qtbot, window)
    table = tab.table
    qtbot.waitUntil(lambda: table.rowCount() == 1 or tab.message.text() != "", timeout=WAIT)
    assert table.rowCount() == 1, tab.message.text()
    assert not tab.edit_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, 1)).center())
    assert tab.edit_button.isEnabled() and tab.edit_button.text() == "Sửa…"
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ActivityDialog) and tab.dialog.isVisible(),
                    timeout=WAIT)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Sửa hoạt động của tổ tuyên truyền"
    assert (dialog.day_edit.text(), dialog.kind_combo.currentText(),
            dialog.village_combo.currentText(), dialog.people_spin.value(),
            dialog.title_edit.text()) == (day.strftime("%d/%m/%Y"), "Họp dân", "Thôn Đông", 45,
                                          "Họp dân hướng dẫn cài VNeID")
    assert dialog.participants.item(0).checkState() == Qt.CheckState.Checked

    # The right village, chosen with the keyboard; the right count, typed.
    dialog.village_combo.setFocus()
    while dialog.village_combo.currentText() != other:
        qtbot.keyClick(dialog.village_combo, Qt.Key.Key_Down)
    dialog.people_spin.setFocus()
    dialog.people_spin.selectAll()
    type_text(dialog.people_spin, "62")
    qtbot.mouseClick(dialog.box.button(dialog.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "62", timeout=WAIT)
    assert table.item(0, 1).text() == other
    assert tab.message.text() == "Đã sửa hoạt động."
    with scene.ctx.db.read() as session:
        activity = session.scalars(select(TeamActivity)).one()
        assert (activity.village_id, activity.people_reached, activity.day, activity.kind,
                activity.participants) == (villages[other], 62, day, "meeting", [hai.id])
        change = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "team.activity_change")).one()
        assert change.detail == {"people_reached": [45, 62],
                                 "village": ["Thôn Đông", other]}, change.detail

    # Deleted on the other PC while the dialog is open: said there, nothing typed lost.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, 1)).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                      pos=table.visualItemRect(table.item(0, 1)).center())
    qtbot.waitUntil(lambda: tab.dialog is not dialog and tab.dialog.isVisible(), timeout=WAIT)
    late = tab.dialog
    with scene.ctx.db.write() as session:
        session.execute(delete(TeamActivity))
    late.title_edit.selectAll()
    type_text(late.title_edit, "Họp dân về VNeID mức 2")
    qtbot.mouseClick(late.box.button(late.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: late.error_label.isVisible(), timeout=WAIT)
    assert late.isVisible()
    assert late.error_label.text() == f"Không có hoạt động {activity.id}."
    assert late.title_edit.text() == "Họp dân về VNeID mức 2"
    qtbot.keyClick(late, Qt.Key.Key_Escape)
    assert not late.isVisible()

    # Nhật ký thao tác says what was corrected, from what to what, in words.
    viewer = click_settings_section(qtbot, window, "audit")

    def shown(action: str) -> list[str]:
        table = viewer.table
        return [table.item(r, 4).text() for r in range(table.rowCount())
                if table.item(r, 2).text() == action]

    qtbot.waitUntil(lambda: shown("Sửa hoạt động của tổ") != [], timeout=WAIT)
    words = f"số người nghe: 45 → 62; thôn: Thôn Đông → {other}"
    assert shown("Sửa hoạt động của tổ") == [words], shown("Sửa hoạt động của tổ")
    # At 1366 px the details column starts at the table's edge: a click on the entry
    # shows it whole under the table.
    table = viewer.table
    (row,) = [r for r in range(table.rowCount())
              if table.item(r, 2).text() == "Sửa hoạt động của tổ"]
    assert not viewer.entry_label.isVisible()
    # Cut short in the table, the details read from their start (the subject's column cuts
    # in the middle: names that share their start keep the end that tells them apart).
    for column, mode in ((4, Qt.TextElideMode.ElideRight), (2, Qt.TextElideMode.ElideRight),
                         (3, Qt.TextElideMode.ElideMiddle)):
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.textElideMode = table.textElideMode()
        index = table.model().index(row, column)
        table.itemDelegateForIndex(index).initStyleOption(option, index)
        assert option.textElideMode == mode, column
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 1)).center())
    assert viewer.entry_label.isVisible()
    shoot(window, "audit-entry-vi")
    assert viewer.entry_label.text().startswith("Sửa hoạt động của tổ — ")
    assert viewer.entry_label.text().endswith(f" — {words}"), viewer.entry_label.text()
