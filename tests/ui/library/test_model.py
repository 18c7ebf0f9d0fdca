"""LibraryModel: a correct Qt model over ids, rows read lazily, sorted on every column."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from console.services.library_query import LibraryFilter, Sort, SortKey
from console.station import StationContext
from console.ui.library.model import (
    ITEM_IDS_MIME,
    Column,
    ItemIdRole,
    LibraryModel,
    PriorityRole,
    RowRole,
    UnseenRole,
)
from console.ui.tasks import TaskRunner
from tests.support.library import NOW, add_file, add_items, item_row

TITLES = ["Ủy ban xã thông báo", "An toàn giao thông", "Ăn uống hợp vệ sinh",
          "Âm thanh thử", "Đắp đê", "Bản tin 10", "Bản tin 2", "Dân số", "Ông bà",
          "Ơn nghĩa", "Ưu tiên tiêm chủng", "Ô nhiễm"]


@pytest.fixture
def library(ctx: StationContext) -> StationContext:
    rows = [item_row(f"it-{n:03d}", title, published_at=NOW - dt.timedelta(hours=n),
                     priority=("emergency", "priority", "normal")[n % 3],
                     kind=("audio", "text", "image")[n % 3], duration_s=float(n * 7),
                     category_code=("thoi-tiet", "y-te", None)[n % 3],
                     issuer=("Sở Y tế", "Ủy ban huyện", "Đài tỉnh")[n % 3], seen=n % 2 == 0)
            for n, title in enumerate(TITLES * 25)]
    add_items(ctx, *rows)
    add_file(ctx, "it-000", b"abc", ready=True)
    add_file(ctx, "it-001", b"def", ready=False)
    return ctx


def loaded_model(qtbot, library: StationContext, tasks: TaskRunner,  # type: ignore[no-untyped-def]
                 f: LibraryFilter | None = None, sort: Sort | None = None) -> LibraryModel:
    model = LibraryModel(library, tasks)
    model.FIRST = 40  # several loading steps even with a small catalogue
    with qtbot.waitSignal(model.loaded, check_params_cb=lambda n, complete: complete,
                          timeout=5000):
        model.set_query(f or LibraryFilter(), sort)
    return model


def fill(qtbot, model: LibraryModel) -> None:  # type: ignore[no-untyped-def]
    """Ask for every row and wait until they are all read."""
    for row in range(model.rowCount()):
        model.data(model.index(row, Column.TITLE))
    qtbot.waitUntil(lambda: all(model.row_data(r) is not None
                                for r in range(model.rowCount())), timeout=5000)


def test_qtmodeltester(qtbot, qtmodeltester, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks)
    assert model.rowCount() == len(TITLES) * 25
    qtmodeltester.check(model)   # rows still loading ("…") must be valid too
    fill(qtbot, model)
    qtmodeltester.check(model)


def test_first_rows_then_the_rest(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel(library, tasks)
    model.FIRST = 40
    counts: list[tuple[int, bool]] = []
    model.loaded.connect(lambda n, complete: counts.append((n, complete)))
    with qtbot.waitSignal(model.loaded, check_params_cb=lambda n, c: c, timeout=5000):
        model.reload()
    assert counts == [(40, False), (300, True)]
    assert model.item_id(0) == "it-000"                    # newest first
    assert model.data(model.index(0, Column.TITLE)) == "…"  # not read yet
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert model.data(model.index(0, Column.TITLE)) == TITLES[0]
    assert model.data(model.index(0, 0), ItemIdRole) == "it-000"
    assert model.data(model.index(0, 0), PriorityRole) == "emergency"
    assert model.data(model.index(0, 0), UnseenRole) is False
    assert model.data(model.index(1, 0), UnseenRole) is True
    assert model.data(model.index(0, Column.CACHED)) not in (None, "")
    assert model.data(model.index(0, Column.DURATION)) == "0:00"
    assert model.data(model.index(3, Column.DURATION)) == "0:21"


def test_rows_are_kept_a_block_at_a_time(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks)
    model.MAX_BLOCKS = 2
    for row in range(model.rowCount()):
        model.data(model.index(row, Column.TITLE))
    qtbot.waitUntil(lambda: not model._requested and not model._wanted, timeout=5000)
    assert len(model._blocks) == 2
    evicted = next(r for r in range(0, model.rowCount(), model.BLOCK)
                   if model.row_data(r) is None)              # let go of, asked for again
    qtbot.waitUntil(lambda: model.row_data(evicted) is not None, timeout=5000)


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts(qtbot, library, tasks, column: Column) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        with qtbot.waitSignal(model.loaded, check_params_cb=lambda n, c: c, timeout=5000):
            model.sort(column, order)
        assert model.rowCount() == len(TITLES) * 25
        assert model.sort_order.key.value == {
            Column.PRIORITY: "priority", Column.TITLE: "title", Column.KIND: "kind",
            Column.CATEGORY: "category", Column.ISSUER: "issuer", Column.LANGUAGE: "language",
            Column.PUBLISHED: "published", Column.VALID_UNTIL: "valid_until",
            Column.DURATION: "duration", Column.CACHED: "cached", Column.USED: "used"}[column]


def test_titles_sort_in_vietnamese_order(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks, sort=Sort(SortKey.TITLE, False))
    fill(qtbot, model)
    seen: list[str] = []
    for row in range(model.rowCount()):
        title = model.data(model.index(row, Column.TITLE))
        if not seen or seen[-1] != title:
            seen.append(title)
    assert seen == ["An toàn giao thông", "Ăn uống hợp vệ sinh", "Âm thanh thử",
                    "Bản tin 2", "Bản tin 10", "Dân số", "Đắp đê", "Ô nhiễm", "Ông bà",
                    "Ơn nghĩa", "Ủy ban xã thông báo", "Ưu tiên tiêm chủng"]


def test_issuers_and_durations_sort(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks, sort=Sort(SortKey.ISSUER, False))
    fill(qtbot, model)
    issuers = [model.data(model.index(r, Column.ISSUER)) for r in range(model.rowCount())]
    assert issuers == sorted(issuers, key=["Đài tỉnh", "Sở Y tế", "Ủy ban huyện"].index)
    with qtbot.waitSignal(model.loaded, check_params_cb=lambda n, c: c, timeout=5000):
        model.sort(Column.DURATION, Qt.SortOrder.DescendingOrder)
    fill(qtbot, model)
    lengths = [model.row_data(r).duration_s for r in range(model.rowCount())]
    assert lengths == sorted(lengths, reverse=True)


def test_search_shows_best_first_then_the_rest(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks, LibraryFilter(text="ban tin"))
    assert model.sort_order.key == SortKey.RELEVANCE
    assert model.rowCount() == 50
    fill(qtbot, model)
    assert {model.data(model.index(r, Column.TITLE)) for r in range(50)} == {
        "Bản tin 10", "Bản tin 2"}
    model.sort(-1)  # the view's "no column": back to relevance, nothing to read again
    assert not model.loading


def test_drag_carries_item_ids(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks)
    mime = model.mimeData([model.index(0, 0), model.index(0, 1), model.index(2, 0)])
    assert bytes(mime.data(ITEM_IDS_MIME)).decode() == "it-000\nit-002"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_refresh_and_seen(qtbot, library, tasks) -> None:  # type: ignore[no-untyped-def]
    model = loaded_model(qtbot, library, tasks)
    fill(qtbot, model)
    model.mark_seen_here("it-001")
    assert model.data(model.index(1, 0), UnseenRole) is False
    model.refresh_items({"it-001"})
    qtbot.waitUntil(lambda: model.row_data(1) is not None, timeout=5000)
    assert model.data(model.index(1, 0), RowRole).seen is False  # the database says so
