"""The library page: search as you type, filters with counts, show_item, dropped files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from console.models.enums import Role
from console.services.library_query import Preset
from console.services.permissions import Actor
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.library.filters import FacetRole, ValueRole
from console.ui.library.model import Column
from console.ui.pages.base import PageEnv
from console.ui.pages.library import LibraryPage
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.library import NOW, add_items, item_row

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)
EDITOR = Actor("hoa", Role.EDITOR, "Nguyễn Thị Hoa")


@pytest.fixture
def page(qtbot, qapp: QApplication, ctx: StationContext,  # type: ignore[no-untyped-def]
         tasks: TaskRunner) -> Iterator[LibraryPage]:
    import datetime as dt

    add_items(ctx, *[
        item_row(f"it-{n}", title, kind=kind, priority=priority,
                 published_at=NOW - dt.timedelta(hours=n))
        for n, (title, kind, priority) in enumerate([
            ("Khẩn cấp: lũ quét ở Đồng Nai", "audio", "emergency"),
            ("Lịch tiêm chủng tháng 11", "text", "normal"),
            ("Giá lúa hôm nay", "text", "priority"),
            ("Phóng sự nông thôn mới", "video", "normal"),
            ("Bản đồ vùng ngập", "image", "normal"),
        ])])
    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="en",
                          font_scale=1.0)
    widget = LibraryPage(PageEnv(ctx=ctx, actor=EDITOR, tasks=tasks, prefs=prefs))
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    with qtbot.waitSignal(widget.model.loaded, timeout=5000):
        widget.activate()
    yield widget
    widget.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)
    translations.uninstall()


def test_lists_newest_first_and_counts(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == 5
    assert page.model.item_id(0) == "it-0"
    assert "5" in page.count_label.text()
    qtbot.waitUntil(lambda: "5" in page.unseen_button.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.filters._counts is not None, timeout=5000)
    audio = page.filters._items[("kind", "audio")]
    assert audio.text(0).endswith("(1)")


def test_search_as_you_type(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, "dong nai")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        pass
    assert page.model.ids() == ["it-0"]
    assert "1" in page.count_label.text()
    page.search_edit.clear()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        pass
    assert page.model.rowCount() == 5


def test_filters_and_presets(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    item = page.filters._items[("kind", "text")]
    assert item.data(0, FacetRole) == "kind" and item.data(0, ValueRole) == "text"
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        item.setCheckState(0, Qt.CheckState.Checked)
    assert set(page.model.ids()) == {"it-1", "it-2"}
    assert page.active_label.isVisible() and "Text" in page.active_label.text()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.choose_preset(Preset.EMERGENCY)
    assert page.model.ids() == ["it-0"]
    assert page.filters._items[("kind", "text")].checkState(0) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.active_label.linkActivated.emit("#all")
    assert page.model.rowCount() == 5 and not page.active_label.isVisible()


def test_show_item_selects_and_previews(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    page.show_item("it-3")
    assert page.model.item_id(page.table.currentIndex().row()) == "it-3"
    qtbot.waitUntil(lambda: page.preview.details is not None, timeout=5000)
    assert page.preview.title_label.text() == "Phóng sự nông thôn mới"
    # hidden by the current filter: everything is shown again, then it is selected
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.filters.choose_preset(Preset.EMERGENCY)
    page.show_item("it-4")
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid() and page.model.item_id(
        page.table.currentIndex().row()) == "it-4", timeout=5000)
    qtbot.waitUntil(lambda: page.preview.item_id == "it-4", timeout=5000)


def test_opening_an_item_marks_it_seen(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "5" in page.unseen_button.text(), timeout=5000)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: "4" in page.unseen_button.text(), timeout=5000)
    assert page.model.data(page.model.index(1, Column.TITLE),
                           Qt.ItemDataRole.FontRole) is None


def test_sorting_by_clicking_a_header(qtbot, page: LibraryPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.table.horizontalHeader().setSortIndicator(Column.TITLE,
                                                       Qt.SortOrder.AscendingOrder)
    assert page.model.item_id(0) == "it-4"   # "Bản đồ …" first in Vietnamese order


def test_dropped_files_become_local_items(qtbot, page: LibraryPage, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         item_mp3: Path) -> None:
    good = tmp_path / "Loa phát thanh thôn.mp3"
    good.write_bytes(item_mp3.read_bytes())
    bad = tmp_path / "ghi chú.txt"
    bad.write_text("không phải âm thanh")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.import_dialog is not None, timeout=20_000)
    report = page.last_import
    assert report is not None
    assert [i.title for i in report.imported] == ["Loa phát thanh thôn"]
    assert [r.path.name for r in report.refused] == ["ghi chú.txt"]
    refused = page.import_dialog.findChild(type(page.filters.saved_list), "refusedList")
    assert refused is not None and "ghi chú.txt" in refused.item(0).text()
    new_id = report.imported[0].item_id
    qtbot.waitUntil(lambda: page.model.row_of(new_id) >= 0, timeout=5000)
    qtbot.waitUntil(lambda: page.preview.item_id == new_id and page.preview.details
                    is not None, timeout=5000)
    assert page.preview.edit_button.isVisible()
    page.import_dialog.close()
    # edit its details
    page.edit_item(new_id)
    qtbot.waitUntil(lambda: page.edit_dialog is not None and page.edit_dialog.isVisible(),
                    timeout=5000)
    dialog = page.edit_dialog
    dialog.title_edit.setText("Họp dân thôn Đông tối nay")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.preview.title_label.text() == "Họp dân thôn Đông tối nay",
                    timeout=5000)


def test_a_viewer_cannot_import(qtbot, page: LibraryPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.env.actor = Actor("xem", Role.VIEWER)
    page.import_paths([tmp_path])
    assert page.warning_box.isVisible()
    assert page.last_import is None


def test_drag_from_the_list_carries_ids(page: LibraryPage) -> None:
    mime = page.model.mimeData([page.model.index(0, 0)])
    assert mime.text() == "it-0"
    assert page.acceptDrops()


@pytest.mark.sqlite_only
def test_search_says_when_new_items_are_not_indexed_yet(qtbot, page: LibraryPage,  # type: ignore[no-untyped-def]
                                                        ctx: StationContext) -> None:
    from console.db.bulk import insert_many
    from console.models import SourceItem
    from console.search.backlog import index_backlog
    from console.search.sqlfunctions import defer_indexing
    from console.services.library_query import LibraryFilter

    with ctx.db.write() as session:  # what a long sync leaves for the index's batches
        defer_indexing(session.connection())
        insert_many(session, SourceItem.__table__, [item_row("late", "Đồng Nai mưa to")])
    qtbot.keyClicks(page.search_edit, "dong nai")
    # the label says "not searchable yet" while the search runs, too: wait for its result
    qtbot.waitUntil(lambda: page.model.ids() == ["it-0"], timeout=5000)
    qtbot.waitUntil(lambda: "not searchable yet" in page.count_label.text()
                    and "Searching" not in page.count_label.text(), timeout=5000)
    assert "1 new items" in page.count_label.text()
    index_backlog(ctx.db)
    page.filters.set_filter(LibraryFilter(text="dong nai"))  # read again, as after a sync
    qtbot.waitUntil(lambda: sorted(page.model.ids()) == ["it-0", "late"], timeout=5000)
    qtbot.waitUntil(lambda: "not searchable" not in page.count_label.text(), timeout=5000)
