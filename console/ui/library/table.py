"""The library's list view: rows selected whole, columns movable, the priority badge."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .delegates import PriorityDelegate
from .model import Column, LibraryModel

COLUMN_WIDTHS = {Column.PRIORITY: 82, Column.TITLE: 300, Column.KIND: 96, Column.CATEGORY: 130,
                 Column.ISSUER: 190, Column.LANGUAGE: 100, Column.PUBLISHED: 108,
                 Column.VALID_UNTIL: 110, Column.DURATION: 92, Column.CACHED: 96,
                 Column.USED: 56}
# Left to right as shown (the operator can drag them): what an operator scans first.
VISUAL_ORDER = [Column.PRIORITY, Column.TITLE, Column.PUBLISHED, Column.KIND, Column.DURATION,
                Column.CACHED, Column.CATEGORY, Column.ISSUER, Column.LANGUAGE,
                Column.VALID_UNTIL, Column.USED]


class LibraryTable(QTableView):
    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegateForColumn(Column.PRIORITY, PriorityDelegate(self))
        rows = self.verticalHeader()
        rows.hide()
        # Every row the same height: 150,000 rows cost nothing to lay out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(28, self.fontMetrics().height() + 12))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSectionsMovable(True)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
