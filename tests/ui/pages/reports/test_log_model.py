"""LogModel: a correct Qt model over the broadcast log, rows read a block at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from console.services.reports.log import LogFilter, count_log
from console.station import StationContext
from console.ui.pages.reports.log_model import Column, EntryIdRole, LogModel, RowRole
from console.ui.tasks import TaskRunner

NOVEMBER = LogFilter(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))


def loaded(qtbot: Any, ctx: StationContext, tasks: TaskRunner, flt: LogFilter) -> LogModel:
    model = LogModel(ctx, tasks)
    model.BLOCK = 5   # several blocks even for a small log
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(flt)
    return model


def fill(qtbot: Any, model: LogModel) -> None:
    for row in range(model.rowCount()):
        model.data(model.index(row, Column.TITLE))
    qtbot.waitUntil(lambda: all(model.row_data(r) is not None
                                for r in range(model.rowCount())), timeout=5000)


def test_qtmodeltester(qtbot, qtmodeltester, ctx, tasks, ids) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, ctx, tasks, LogFilter())
    assert model.rowCount() == count_log(ctx, LogFilter()) == 19
    qtmodeltester.check(model)      # rows still loading ("…") must be valid too
    fill(qtbot, model)
    qtmodeltester.check(model)


def test_rows_newest_first_with_station_times(qtbot, ctx, tasks, ids) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, ctx, tasks, NOVEMBER)
    assert model.rowCount() == 16
    assert model.data(model.index(0, Column.TITLE)) == "…"   # not read yet
    fill(qtbot, model)
    first = model.index(0, Column.STARTED)
    assert model.data(first) == "30/11/2026 23:59"            # station time, not UTC
    assert model.data(first, EntryIdRole) == ids["kc2"][1]
    assert model.data(model.index(0, Column.PRIORITY)) == "Emergency"
    assert model.data(model.index(0, Column.TARGET)) == "Cụm loa chợ"
    assert model.data(model.index(0, Column.VILLAGE)) == "Thôn Đông"
    last = model.row_data(model.rowCount() - 1)
    assert last is not None and last.id == ids["a_nov"][0]
    assert model.data(model.index(0, Column.PLAYED),
                      Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(model.index(0, 0), RowRole).result == "success"


def test_filter_changes_the_row_count(qtbot, ctx, tasks, ids) -> None:  # type: ignore[no-untyped-def]
    model = loaded(qtbot, ctx, tasks, NOVEMBER)
    assert model.rowCount() == 16
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(LogFilter(start=NOVEMBER.start, end=NOVEMBER.end,
                                   results=("failed",)))
    assert model.rowCount() == 1
    fill(qtbot, model)
    assert model.data(model.index(0, Column.RESULT)) == "Failed"
    assert model.data(model.index(0, 0), EntryIdRole) == ids["b"][2]
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(LogFilter(village_ids=(2,)))   # Ấp Bắc: cluster c3 only
    assert model.rowCount() == count_log(ctx, LogFilter(target_ids=("c3",))) == 4
