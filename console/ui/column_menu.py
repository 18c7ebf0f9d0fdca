"""A table's choice of columns: its header's right-click menu ticks them on and off."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView


class ColumnMenu(QObject):
    """Shows the columns of `table` not in `hidden` (by their `keys`); the header's
    right-click menu lists every column but the first (which always stays, so a row is
    always named) with a tick for each shown one."""

    #: the keys of the columns now hidden, after the user ticked one on or off
    changed = Signal(frozenset)

    def __init__(self, table: QTableView, keys: Sequence[str], title: Callable[[int], str],
                 hidden: frozenset[str]) -> None:
        super().__init__(table)
        self.table = table
        self.keys = tuple(keys)
        self._title = title
        self.menu: QMenu | None = None  # the last one shown (tests read it)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)
        for column, key in enumerate(self.keys):
            table.setColumnHidden(column, column > 0 and key in hidden)

    def hidden(self) -> frozenset[str]:
        return frozenset(key for column, key in enumerate(self.keys)
                         if self.table.isColumnHidden(column))

    def _popup(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        for column in range(1, len(self.keys)):
            action = menu.addAction(self._title(column))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self._show(c, on))
        self.menu = menu
        menu.popup(self.table.horizontalHeader().viewport().mapToGlobal(pos))

    def _show(self, column: int, on: bool) -> None:
        self.table.setColumnHidden(column, not on)
        if on and self.table.columnWidth(column) < 40:  # hidden before the table was fitted
            self.table.resizeColumnToContents(column)
        self.changed.emit(self.hidden())
