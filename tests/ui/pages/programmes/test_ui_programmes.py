"""The Programmes page: create, add, reorder, check and approve through the widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, QTimeZone

from console.models.enums import Role
from console.services import programmes as svc
from console.services.permissions import Actor
from console.timezone import STATION_TZ
from console.ui.pages.base import PageEnv
from console.ui.pages.programmes import ProgrammesPage, next_slot
from console.ui.tasks import TaskRunner
from tests.support.programmes import Station, audio_items, tomorrow_at


def _page(qtbot, station: Station, tasks: TaskRunner, actor) -> ProgrammesPage:  # type: ignore[no-untyped-def]
    page = ProgrammesPage(PageEnv(station.ctx, actor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: tasks.pending_count == 0)
    return page


def test_next_slot_uses_the_templates() -> None:
    now = dt.datetime(2027, 1, 5, 6, 0, tzinfo=STATION_TZ)
    assert next_slot("05:30,17:00", now) == dt.datetime(2027, 1, 5, 17, 0, tzinfo=STATION_TZ)
    late = dt.datetime(2027, 1, 5, 18, 0, tzinfo=STATION_TZ)
    assert next_slot("05:30,17:00", late) == dt.datetime(2027, 1, 6, 5, 30, tzinfo=STATION_TZ)


def test_build_check_and_approve_in_the_page(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                             tasks: TaskRunner) -> None:
    page = _page(qtbot, station, tasks, station.editor)
    start = tomorrow_at(3, 15)
    page.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(
        int(start.timestamp()), QTimeZone(b"Asia/Ho_Chi_Minh")))
    page.name_edit.setText("Bản tin sớm")
    page.create_button.click()
    qtbot.waitUntil(lambda: page.list_table.rowCount() == 1)
    qtbot.waitUntil(page.add_item_button.isEnabled)  # the new programme is open
    ids = audio_items(station.ctx, 2, at=start)
    page.item_edit.setText(",".join(ids))
    page.add_item_button.click()
    qtbot.waitUntil(lambda: page.entry_table.rowCount() == 2, timeout=10000)
    page.entry_table.selectRow(1)
    page.up_button.click()
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == ids[::-1], timeout=10000)
    page.undo_button.click()
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == ids, timeout=10000)
    page.redo_button.click()
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == ids[::-1], timeout=10000)
    page.check_button.click()
    qtbot.waitUntil(lambda: "03:15" in page.problems_label.text())
    assert not page.override_edit.isVisible()  # an editor cannot override
    # Not an approver: "Approve" asks a leader to sign in for it (tests/scenarios).
    assert page.approve_button.isEnabled()
    row = svc.list_programmes(station.ctx.db)[0]
    assert row.start_at == start and row.entries == 2

    leader = _page(qtbot, station, tasks, station.approver)
    leader.list_table.selectRow(0)
    qtbot.waitUntil(lambda: leader.entry_table.rowCount() == 2)
    leader.check_button.click()
    qtbot.waitUntil(lambda: leader.override_edit.isVisible())
    leader.override_edit.setText("Lịch cắt điện sáng sớm cần báo trước")
    leader.approve_button.click()
    qtbot.waitUntil(lambda: svc.list_programmes(station.ctx.db)[0].status == "approved")
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def test_schedule_page_shows_the_week(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                      tasks: TaskRunner) -> None:
    from console.ui.pages.schedule import SchedulePage

    ctx = station.ctx
    start = tomorrow_at(17, 0)
    pid = svc.create_programme(ctx.db, station.editor, "Bản tin chiều", start_at=start)
    svc.add_items(ctx.db, station.editor, pid, audio_items(ctx, 1, at=start))
    page = SchedulePage(PageEnv(ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    # The week runs Monday to Sunday: on a Sunday, tomorrow is next week's.
    if start.date() - page._first >= dt.timedelta(days=7):
        qtbot.waitUntil(lambda: tasks.pending_count == 0)
        page.next_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.days[0].weekday() == 0 and len(page.table.days) == 7
    texts = [page.table.item(0, c).text() for c in range(7) if page.table.item(0, c)]
    assert len(texts) == 1 and texts[0].startswith("17:00") and "Bản tin chiều" in texts[0]
    assert "05:30" in page.quiet_label.text() and "21:00" in page.quiet_label.text()
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def test_campaign_themes_suggest_tagged_items(station: Station) -> None:
    from console.models import SourceItem
    from console.services.programmes import campaigns

    ctx = station.ctx
    item_id = audio_items(ctx, 1)[0]
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).tags = ["Quốc khánh"]
    assert campaigns.suggest_items(ctx.db, dt.date(2027, 8, 25)) == [item_id]
    assert campaigns.suggest_items(ctx.db, dt.date(2027, 7, 1)) == []  # no theme near


def test_the_cut_ends_at_the_decoded_end_not_the_declared_one(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner, tmp_path) -> None:
    from console.audio.ffmpeg import run_ffmpeg
    from console.models.enums import EntryKind
    from console.ui.dialogs.entry_dialog import EntryDialog

    ctx, ed = station.ctx, station.editor
    tone = tmp_path / "sáu giây.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=660:duration=6", "-c:a", "libmp3lame",
                "-y", tone], timeout=60)
    sha = svc.import_media(ctx.db, ctx.paths.media, tone)
    pid = svc.create_programme(ctx.db, ed, "Cắt", start_at=tomorrow_at(6, 0))
    # Its source declares 4 s (as some sources do) for a file that decodes to 6 s.
    entry_id = svc.add_entry(ctx.db, ed, pid, EntryKind.FILE, media_sha256=sha, duration_s=4.0)
    page = _page(qtbot, station, tasks, ed)
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: page.entry_table.rowCount() == 1)
    page.entry_table.selectRow(0)
    page.entry_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "entry_dialog", None), EntryDialog))
    dialog = page.entry_dialog
    qtbot.waitUntil(lambda: dialog.audio is not None, timeout=20_000)
    assert dialog.audio.length_s == pytest.approx(6.0, abs=0.1)
    assert dialog.cue_view.cue_out == dialog.audio.length_s
    assert dialog.cue_out_spin.value() == pytest.approx(dialog.audio.length_s, abs=0.05)
    dialog.cue_out_spin.setValue(5.5)  # past the declared end, inside the sound
    dialog.accept()
    qtbot.waitUntil(lambda: page._entries and page._entries[0].cue_out_s == 5.5,
                    timeout=20_000)
    assert page.message_label.text() == ""
    assert svc.get_programme(ctx.db, pid)[1][0].id == entry_id
    qtbot.waitUntil(lambda: tasks.pending_count == 0)


def test_what_acts_on_a_programme_waits_until_one_is_chosen(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner) -> None:
    svc.create_programme(station.ctx.db, station.editor, "Bản tin chiều",
                         start_at=tomorrow_at(17, 0))
    page = _page(qtbot, station, tasks, station.editor)
    acting = (page.check_button, page.submit_button, page.approve_button, page.render_button,
              page.add_item_button, page.add_speech_button, page.remove_button,
              page.schedule_button, page.targets_button, page.slot_spin)
    assert not any(w.isEnabled() for w in acting)
    assert page.create_button.isEnabled() and page.name_edit.isEnabled()  # a new one: yes
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: all(w.isEnabled() for w in acting), timeout=10000)
    # A viewer chooses one too, and may still do only what the role allows.
    viewer = _page(qtbot, station, tasks, Actor("xem", Role.VIEWER))
    viewer.list_table.selectRow(0)
    qtbot.waitUntil(lambda: viewer.controller.row is not None, timeout=10000)
    assert not viewer.submit_button.isEnabled() and not viewer.add_item_button.isEnabled()
    qtbot.waitUntil(lambda: tasks.pending_count == 0)
