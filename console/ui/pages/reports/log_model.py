"""LogModel: the broadcast log (nhật ký phát thanh) as a lazy table.

The model knows how many entries the filter lets through (`count_log`) and reads the rows
a block at a time (`query_log` with offset and limit, newest first) when the view asks
for them, in the task runner's workers. A row not read yet shows "…". An LRU keeps a
bounded number of blocks, so a year of entries never sits in memory at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ....services.reports.log import LogFilter, LogRow, count_log, query_log
from ....station import StationContext
from ....timezone import to_station
from ...errors import error_text
from ...labels import priority_label
from ...lazy_table import LazyTableModel
from ...tasks import TaskRunner
from ...theme import Colors
from .labels import format_length, origin_label, result_label, source_label

log = logging.getLogger(__name__)

RowRole = Qt.ItemDataRole.UserRole + 1     # the LogRow, or None while loading
EntryIdRole = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Column(IntEnum):
    STARTED = 0
    TITLE = 1
    TARGET = 2
    VILLAGE = 3
    RESULT = 4
    PLAYED = 5
    PRIORITY = 6
    ORIGIN = 7
    CATEGORY = 8
    SOURCE = 9


def header_title(column: Column) -> str:
    return {
        Column.STARTED: translate("BroadcastLog", "Started"),
        Column.TARGET: translate("BroadcastLog", "Cluster or board"),
        Column.VILLAGE: translate("BroadcastLog", "Village"),
        Column.TITLE: translate("BroadcastLog", "Title"),
        Column.PRIORITY: translate("BroadcastLog", "Priority"),
        Column.RESULT: translate("BroadcastLog", "Result"),
        Column.PLAYED: translate("BroadcastLog", "Played"),
        Column.ORIGIN: translate("BroadcastLog", "Content"),
        Column.CATEGORY: translate("BroadcastLog", "Category"),
        Column.SOURCE: translate("BroadcastLog", "Recorded by"),
    }[column]


def _texts(row: LogRow) -> tuple[str, ...]:
    texts = {
        Column.STARTED: to_station(row.started_at).strftime("%d/%m/%Y %H:%M"),
        Column.TITLE: row.title,
        Column.TARGET: row.target_name,
        Column.VILLAGE: row.village or "",
        Column.RESULT: result_label(row.result),
        Column.PLAYED: format_length(row.played_s),
        Column.PRIORITY: "" if row.priority == "normal" else priority_label(row.priority),
        Column.ORIGIN: origin_label(row.origin),
        Column.CATEGORY: row.category or "",
        Column.SOURCE: source_label(row.source),
    }
    return tuple(texts[column] for column in Column)


class LogModel(LazyTableModel[tuple[LogRow, tuple[str, ...]]]):
    #: the count for the current filter arrived: number of entries
    loaded = Signal(int)
    #: reading failed; the argument is the reason
    load_failed = Signal(str)

    BLOCK = 200
    MAX_BLOCKS = 40
    COLUMNS = len(Column)
    NAME = "broadcast log"

    def __init__(self, ctx: StationContext, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self._ctx = ctx
        self._filter = LogFilter()
        self._count = 0
        self._loading = False
        self._brushes = {"failed": QBrush(QColor(Colors.EMERGENCY)),
                         "warn": QBrush(QColor(Colors.WARN)),
                         "muted": QBrush(QColor(Colors.MUTED))}

    # --- what to show ------------------------------------------------------------------

    @property
    def filter(self) -> LogFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: LogFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        generation, ctx, flt = self.next_generation(), self._ctx, self._filter
        self._loading = True
        self._tasks.submit(lambda: count_log(ctx, flt),
                           on_done=lambda n: self._counted(generation, n),
                           on_error=lambda exc: self._failed(generation, exc),
                           context=self, name="broadcast log: count")

    def _counted(self, generation: int, count: int) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self._count = count
        self.clear_blocks()
        self.endResetModel()
        self._loading = False
        self.loaded.emit(count)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self._loading = False
        log.error("reading the broadcast log failed: %s", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        self.load_failed.emit(error_text(exc))

    # --- rows, a block at a time -------------------------------------------------------

    def row_total(self) -> int:
        return self._count

    def block_reader(self, block: int) -> tuple[Hashable, Callable[[], Sequence[Any]]]:
        ctx, flt, offset, limit = self._ctx, self._filter, block * self.BLOCK, self.BLOCK
        return offset, lambda: query_log(ctx, flt, offset=offset, limit=limit)

    def make_cell(self, row: LogRow) -> tuple[LogRow, tuple[str, ...]]:
        return row, _texts(row)

    def row_data(self, row: int) -> LogRow | None:
        """The row if its block is here; otherwise asks for the block and returns None."""
        cell = self.cell(row)
        return cell[0] if cell is not None else None

    # --- Qt model API ------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column)
                and role == _DISPLAY):
            return header_title(Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row_number, column = index.row(), index.column()
        cell = self.cell(row_number, ask=role == _DISPLAY)
        if role == _DISPLAY:
            if cell is not None:
                return cell[1][column]
            return "…" if column == Column.TITLE else None
        if cell is None:
            return None
        row = cell[0]
        if role == RowRole:
            return row
        if role == EntryIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.RESULT and row.result in ("failed", "missed"):
                return self._brushes["failed"]
            if column == Column.RESULT and row.result == "partial":
                return self._brushes["warn"]
            if column == Column.SOURCE and row.source == "inferred":
                return self._brushes["muted"]
            if column == Column.TITLE and row.priority == "emergency":
                return self._brushes["failed"]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.PLAYED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return row.title
            if column == Column.SOURCE and row.source == "inferred":
                return QCoreApplication.translate(
                    "BroadcastLog", "This device keeps no play log: the play was inferred "
                    "from its status while the item was due.")
            return None
        return None
