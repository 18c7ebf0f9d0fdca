"""The editor's preview bar (jump to an entry) and drops from the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from console.audio.probe import media_duration
from console.services import programmes as svc
from console.ui.library.model import ITEM_IDS_MIME
from console.ui.pages.base import PageEnv
from console.ui.pages.programme_entries import dropped_ids
from console.ui.pages.programmes import ProgrammesPage
from console.ui.tasks import TaskRunner
from tests.support.programmes import Station, audio_items, tomorrow_at


def _page(qtbot, station: Station, tasks: TaskRunner) -> ProgrammesPage:  # type: ignore[no-untyped-def]
    page = ProgrammesPage(PageEnv(station.ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10000)
    return page


@pytest.mark.slow
def test_double_click_an_entry_previews_from_its_start(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner) -> None:
    ctx = station.ctx
    start = tomorrow_at(17, 0)
    ids = audio_items(ctx, 3, at=start)
    pid = svc.create_programme(ctx.db, station.editor, "Tin chiều", start_at=start,
                               item_ids=ids)
    svc.refresh_timing(ctx.db, ctx.paths, pid)
    page = _page(qtbot, station, tasks)
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: len(page._entries) == 3, timeout=10000)
    assert page.preview.make_button.isEnabled() and not page.preview.play_button.isEnabled()

    third = page._entries[2]
    rect = page.entry_table.visualRect(page.entry_table.model().index(2, 4))
    qtbot.mouseClick(page.entry_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.entry_table.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert page.preview.rendering  # no preview yet: it is prepared, then it jumps
    qtbot.waitUntil(lambda: page.preview.preview is not None, timeout=120000)
    preview = page.preview.preview
    assert preview is not None
    assert [m.entry_id for m in preview.marks] == [e.id for e in page._entries]
    assert preview.marks[2].offset_s == pytest.approx(third.start_offset_s, abs=0.5)
    assert page.preview.timeline.position == pytest.approx(preview.marks[2].offset_s)
    assert media_duration(preview.path) == pytest.approx(preview.duration_s, abs=0.3)
    assert page.preview.play_button.isEnabled()
    assert "/" in page.preview.time_label.text()

    # Jump back to the first entry, now without rendering again.
    page.preview.seek_entry(page._entries[0].id)
    assert page.preview.timeline.position == 0.0 and not page.preview.rendering

    # An edit makes the preview stale.
    page.entry_table.selectRow(2)
    page.remove_button.click()
    qtbot.waitUntil(lambda: len(page._entries) == 2, timeout=10000)
    assert page.preview.preview is None
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10000)


def test_the_preview_can_be_stopped(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                    tasks: TaskRunner) -> None:
    ctx = station.ctx
    start = tomorrow_at(17, 0)
    svc.create_programme(ctx.db, station.editor, "Tin chiều", start_at=start,
                         item_ids=audio_items(ctx, 3, at=start))
    page = _page(qtbot, station, tasks)
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: len(page._entries) == 3, timeout=10000)
    page.preview.make_button.click()
    page.preview.stop_button.click()
    qtbot.waitUntil(lambda: not page.preview.rendering, timeout=60000)
    assert page.preview.preview is None
    assert page.preview.make_button.isEnabled()


def _mime(ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_IDS_MIME, QByteArray("\n".join(ids).encode("utf-8")))
    return mime


def test_library_items_dropped_go_where_they_are_dropped(  # type: ignore[no-untyped-def]
        qtbot, station: Station, tasks: TaskRunner) -> None:
    ctx = station.ctx
    start = tomorrow_at(17, 0)
    first, second, *dropped = audio_items(ctx, 4, at=start)
    svc.create_programme(ctx.db, station.editor, "Tin chiều", start_at=start,
                         item_ids=[first, second])
    page = _page(qtbot, station, tasks)
    page.list_table.selectRow(0)
    qtbot.waitUntil(lambda: len(page._entries) == 2, timeout=10000)

    # The library beside the running order gives the same drag data as the Library page.
    page.library_button.click()
    assert page.library_panel.isVisible()
    model = page.library_panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=10000)
    rows = [model.row_of(i) for i in dropped]
    assert all(r >= 0 for r in rows)
    mime = model.mimeData([model.index(r, 0) for r in rows])
    assert dropped_ids(mime) == dropped

    # A real drop event in the lower half of the first row: after it.
    table = page.entry_table
    rect = table.visualRect(table.model().index(0, 0))
    point = QPoint(rect.center().x(), rect.bottom() - 2)
    assert table.drop_position(point) == 1
    assert table.drop_position(QPoint(rect.center().x(), rect.top() + 2)) == 0
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    table.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == [first, *dropped, second],
                    timeout=10000)

    # Undoable like any other edit.
    page.undo_button.click()
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == [first, second],
                    timeout=10000)

    # Below the last row: at the end. Double-click in the panel adds at the end too.
    assert table.drop_ids(_mime([dropped[1]]), table.drop_position(QPoint(5, 10_000)))
    qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == [first, second, dropped[1]],
                    timeout=10000)
    page.library_panel.add_requested.emit([dropped[0]])
    qtbot.waitUntil(lambda: len(page._entries) == 4, timeout=10000)
    assert page._entries[-1].item_id == dropped[0]
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10000)


def test_other_drops_are_refused(qtbot, station: Station,  # type: ignore[no-untyped-def]
                                 tasks: TaskRunner) -> None:
    page = _page(qtbot, station, tasks)
    text = QMimeData()
    text.setText("local-1")
    assert dropped_ids(text) == [] and not page.entry_table.drop_ids(text, 0)
    viewer = ProgrammesPage(PageEnv(station.ctx, station.operator, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(viewer)
    assert not viewer.entry_table.drops_allowed
    assert not viewer.entry_table.drop_ids(_mime(["x"]), 0)
