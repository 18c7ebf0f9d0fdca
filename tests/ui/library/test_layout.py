"""The library's kept arrangement read back from settings text that was edited by hand or
written by another version: what makes sense is taken, the rest passed over, nothing raised."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QTableView

from console.ui.library.layout import apply_columns, apply_panes, columns_text, panes_text
from console.ui.library.model import Column
from console.ui.library.table import COLUMN_WIDTHS, VISUAL_ORDER, LibraryTable


def test_columns_round_trip_and_nonsense_is_passed_over(qtbot, ctx, tasks) -> None:  # type: ignore[no-untyped-def]
    from console.ui.library.model import LibraryModel

    table = LibraryTable(LibraryModel(ctx, tasks))
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    shipped = columns_text(header)
    assert shipped.split(",")[0] == f"priority:{COLUMN_WIDTHS[Column.PRIORITY]}"

    apply_columns(header, "kind:150,title:abc,nothing:90,priority:99999,:,,used")
    order = sorted(Column, key=header.visualIndex)
    # Named ones first in the text's order, the others after them as they were.
    assert order[:4] == [Column.KIND, Column.TITLE, Column.PRIORITY, Column.USED]
    assert order[4:] == [c for c in VISUAL_ORDER if c not in order[:4]]
    assert header.sectionSize(Column.KIND) == 150
    assert header.sectionSize(Column.TITLE) == COLUMN_WIDTHS[Column.TITLE]  # "abc"
    assert header.sectionSize(Column.PRIORITY) == COLUMN_WIDTHS[Column.PRIORITY]  # too wide

    apply_columns(header, shipped)
    assert columns_text(header) == shipped


def test_panes_that_would_not_fit_are_not_taken(qtbot) -> None:  # type: ignore[no-untyped-def]
    splitter = QSplitter()
    for widget in (QLabel("filters"), QTableView(), QLabel("preview")):
        splitter.addWidget(widget)
    qtbot.addWidget(splitter)
    splitter.resize(1000, 400)
    splitter.show()
    qtbot.waitExposed(splitter)
    splitter.setSizes([200, 500, 300])
    before = splitter.sizes()
    for text in ("", "200", "a,b", "200,300,400", "0,300", "600,380", "-5,300"):
        assert not apply_panes(splitter, text), text
        assert splitter.sizes() == before
    assert apply_panes(splitter, "180,400")
    total = sum(before)
    assert splitter.sizes() == [180, total - 580, 400]
    assert panes_text(splitter) == "180,400"
