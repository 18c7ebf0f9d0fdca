"""A station's week from the window, as an editor and a leader would build and approve it:
only widgets are driven (clicks, keys, drags and dialogs); the outcome is read from the
database and from the simulated loudspeakers and boards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from sqlalchemy import select

from console.models import AuditEntry, Programme
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs.repeat_dialog import RepeatDialog
from console.ui.dialogs.targets_dialog import TargetsDialog
from console.ui.pages.schedule import AiringRole, SchedulePage

from .conftest import PASSWORD, Scene, accept_text, answer_next_dialog, press_yes, type_text
from .week_steps import (
    EDITOR,
    WAIT,
    drag_from_library,
    edit_entry,
    from_template,
    long_lived_audio,
    next_monday,
    ok,
    programmes_page,
    wait_idle,
)

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]


def test_a_week_built_approved_and_pushed_from_the_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    monday = next_monday()
    last = monday + dt.timedelta(days=27)
    skipped = monday + dt.timedelta(days=9)  # the second Wednesday
    items = long_lived_audio(scene, 4, dt.datetime.combine(last + dt.timedelta(days=1),
                                                           dt.time(), STATION_TZ))
    window = open_window(EDITOR)
    pid = from_template(qtbot, window, "Bản tin sáng 05:30")
    page = programmes_page(window)

    # Four items from the library panel, dragged in above the closing jingle.
    page.library_button.click()
    for item_id, title in items:
        drag_from_library(qtbot, page, item_id, title, before_row=len(page._entries) - 1)
    assert [e.item_id for e in page._entries[1:-1]] == [i for i, _t in items]

    # A typed announcement, read aloud, after the opening jingle.
    page.text_button.click()
    assert page.speech_edit.isVisible()
    page.entry_table.selectRow(0)
    type_text(page.speech_edit, "Xin thông báo: chiều nay họp dân tại nhà văn hóa thôn.")
    page.add_speech_button.click()
    qtbot.waitUntil(lambda: len(page._entries) == 7, timeout=WAIT)

    # A jingle at the start, at the end and one every two items.
    page.jingle_button.click()
    qtbot.waitUntil(lambda: getattr(page, "jingle_dialog", None) is not None, timeout=WAIT)
    page.jingle_dialog.every_spin.setValue(2)
    ok(page.jingle_dialog)
    qtbot.waitUntil(lambda: sum(e.kind == "jingle" for e in page._entries) == 4, timeout=WAIT)
    kinds = [e.kind for e in page._entries]
    assert kinds[0] == "jingle" and kinds[-1] == "jingle"

    # One entry's start trimmed, another 3 dB lower (on the waveform dialog).
    rows = [n for n, e in enumerate(page._entries) if e.kind == "item"]
    trimmed, quieter = page._entries[rows[0]].id, page._entries[rows[1]].id
    edit_entry(qtbot, page, rows[0], cue_in=2.0)
    qtbot.waitUntil(lambda: next(e for e in page._entries if e.id == trimmed).cue_in_s == 2.0,
                    timeout=WAIT)
    edit_entry(qtbot, page, rows[1], gain=-3.0)
    qtbot.waitUntil(lambda: next(e for e in page._entries if e.id == quieter).volume_db
                    == -3.0, timeout=WAIT)

    # Monday, Wednesday and Friday at 05:30 and 17:00 for four weeks, one day left out.
    page.schedule_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "repeat_dialog", None), RepeatDialog),
                    timeout=WAIT)
    repeat = page.repeat_dialog
    repeat.repeat_combo.setCurrentIndex(repeat.repeat_combo.findData("weekly"))
    for index in (0, 2, 4):
        qtbot.mouseClick(repeat.day_boxes[index], Qt.MouseButton.LeftButton)
    repeat.time_edit.setTime(QTime(17, 0))
    repeat.add_time_button.click()
    repeat.first_edit.setDate(monday)
    if repeat.open_ended.isChecked():  # the template runs with no last day
        qtbot.mouseClick(repeat.open_ended, Qt.MouseButton.LeftButton)
    assert repeat.last_edit.isEnabled()
    repeat.last_edit.setDate(last)
    repeat.skip_edit.setDate(skipped)
    repeat.add_skip_button.click()
    qtbot.waitUntil(lambda: len(repeat.previews) == 10, timeout=WAIT)
    # A time added by mistake is taken out again (Bỏ giờ), and so is a day left out by
    # mistake (Phát lại ngày này): the first airings are the ten they were.
    first_ten = [a.start for a in repeat.previews]
    repeat.time_edit.setTime(QTime(12, 0))
    qtbot.mouseClick(repeat.add_time_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(a.start.hour == 12 for a in repeat.previews), timeout=WAIT)
    noon = repeat.times_list.findItems("12:00", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(repeat.times_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=repeat.times_list.visualItemRect(noon).center())
    qtbot.mouseClick(repeat.remove_time_button, Qt.MouseButton.LeftButton)
    assert [repeat.times_list.item(i).text() for i in range(repeat.times_list.count())] \
        == ["05:30", "17:00"]
    qtbot.waitUntil(lambda: [a.start for a in repeat.previews] == first_ten, timeout=WAIT)
    repeat.skip_edit.setDate(monday)
    qtbot.mouseClick(repeat.add_skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(a.start.date() != monday for a in repeat.previews),
                    timeout=WAIT)
    wrong = repeat.skip_list.findItems(monday.strftime("%d/%m/%Y"), Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(repeat.skip_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=repeat.skip_list.visualItemRect(wrong).center())
    qtbot.mouseClick(repeat.remove_skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [a.start for a in repeat.previews] == first_ten, timeout=WAIT)
    assert all(not a.problems for a in repeat.previews)
    ok(repeat)

    # Two villages, from the commune's tree.
    page.targets_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "targets_dialog", None), TargetsDialog),
                    timeout=WAIT)
    tree = page.targets_dialog
    tree.root.setCheckState(0, Qt.CheckState.Unchecked)
    for village in ("Thôn Đông", "Thôn Tây"):
        tree.item_for(village).setCheckState(0, Qt.CheckState.Checked)
    assert "7 " in tree.summary.text()  # 2 + 2 clusters and 3 boards
    ok(tree)
    qtbot.waitUntil(lambda: page.controller.row is not None
                    and page.controller.row.targets == "village:Thôn Đông,village:Thôn Tây",
                    timeout=WAIT)

    # Sent for approval; a leader signs in at this computer to approve it.
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "submitted", timeout=WAIT)
    page.approve_button.click()
    qtbot.waitUntil(lambda: getattr(page, "approver_dialog", None) is not None, timeout=WAIT)
    sign_in = page.approver_dialog
    qtbot.keyClicks(sign_in.user_edit, "lanhdao")
    qtbot.keyClicks(sign_in.password_edit, PASSWORD)
    sign_in.ok_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "scheduled", timeout=WAIT)

    # The schedule shows every airing: 3 days x 2 times x 4 weeks, less the day left out.
    schedule = window.show_page("schedule")
    assert isinstance(schedule, SchedulePage)
    wait_idle(qtbot, window)
    seen = 0
    for _week in range(6):  # Monday-to-Sunday weeks: four weeks from today reach a fifth
        table = schedule.table
        seen += sum(1 for r in range(table.rowCount()) for c in range(table.columnCount())
                    if (item := table.item(r, c)) is not None
                    and item.data(AiringRole).programme_id == pid)
        schedule.next_button.click()
        wait_idle(qtbot, window)
    assert seen == 22

    # The push reaches the clusters and boards of the two villages, and no other.
    wanted = {i for i, meta in scene.fleet.meta.items()
              if meta["village"] in ("Thôn Đông", "Thôn Tây")}
    devices = scene.fleet.devices

    def holds(ident: str) -> bool:
        # Nothing else was pushed to this commune: any entry is this programme's (the
        # gateway's clusters name their entries after its playlist lines).
        entries = devices[ident].schedule.get("entries", [])
        reference = scene.fleet.meta[ident]["protocol"] == "reference"
        return any(str(e.get("id", "")).startswith(f"prog-{pid}-") or not reference
                   for e in entries)

    qtbot.waitUntil(lambda: all(holds(i) for i in wanted), timeout=60_000)
    assert not any(holds(i) for i in set(devices) - wanted)
    assert len(wanted) == 7

    # The audit log names the editor who submitted and the leader who approved.
    with scene.ctx.db.read() as session:
        submitted = session.scalar(select(AuditEntry.actor).where(
            AuditEntry.action == "programme.submit", AuditEntry.subject == f"programme:{pid}"))
        approval = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "programme.approve",
            AuditEntry.subject == f"programme:{pid}")).one()
    assert submitted == "bientap"
    assert approval.actor == "lanhdao" and approval.detail["requested_by"] == "bientap"


def test_duplicate_edit_and_delete_a_copy_and_edit_an_approved_one(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    items = long_lived_audio(scene, 2, station_now() + dt.timedelta(days=3))
    window = open_window(EDITOR)
    pid = from_template(qtbot, window, "Bản tin chiều 17:00")
    page = programmes_page(window)
    page.library_button.click()
    for item_id, title in items:
        drag_from_library(qtbot, page, item_id, title, before_row=len(page._entries) - 1)

    # Nhân bản: from the list's context menu, named in the dialog that asks.
    answer_next_dialog(accept_text("Bản tin chiều (thứ Bảy)"))
    page.programme_list.menu_actions["duplicate"].trigger()
    qtbot.waitUntil(lambda: page._selected not in (None, pid) and page.controller.row is not None
                    and page.controller.row.id == page._selected, timeout=WAIT)
    copy = page._selected
    assert page.controller.row.name == "Bản tin chiều (thứ Bảy)"

    # The copy is changed on its own: one item out.
    page.entry_table.selectRow(1)
    page.remove_button.click()
    qtbot.waitUntil(lambda: len(page._entries) == 3, timeout=WAIT)
    with scene.ctx.db.read() as session:
        assert len(session.get(Programme, pid).entries) == 4

    # Delete the draft copy, after saying yes.
    answer_next_dialog(press_yes)
    page.programme_list.menu_actions["delete"].trigger()
    qtbot.waitUntil(lambda: copy not in {r.id for r in page._rows}, timeout=WAIT)
    with scene.ctx.db.read() as session:
        assert session.get(Programme, copy) is None

    # An approved programme: changing it says first that it goes back to draft.
    page.programme_list.select_id(pid)
    qtbot.waitUntil(lambda: page.controller.row is not None and page.controller.row.id == pid,
                    timeout=WAIT)
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "submitted", timeout=WAIT)
    page.approve_button.click()
    qtbot.waitUntil(lambda: getattr(page, "approver_dialog", None) is not None, timeout=WAIT)
    qtbot.keyClicks(page.approver_dialog.user_edit, "lanhdao")
    qtbot.keyClicks(page.approver_dialog.password_edit, PASSWORD)
    page.approver_dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "scheduled", timeout=WAIT)
    answer_next_dialog(press_yes)
    page.entry_table.selectRow(1)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "draft" and len(page._entries) == 3,
                    timeout=WAIT)
    with scene.ctx.db.read() as session:
        back = session.scalar(select(AuditEntry).where(
            AuditEntry.action == "programme.returned_to_draft",
            AuditEntry.subject == f"programme:{pid}"))
    assert back is not None and back.actor == "bientap"
