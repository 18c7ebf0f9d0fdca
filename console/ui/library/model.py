"""LibraryModel: the library's table over item ids, rows read a block at a time.

The model holds the ids the filter lets through, in order (150,000 ids is a few MB), and
the rows of the blocks the view has asked for (an LRU of blocks, never the whole list).
Everything is read by the task runner's workers: the first ids come first so the first
rows show at once, the rest follow; a row the view asks for before its block arrived
shows "…" until it does. The UI thread never waits on the database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ...services.library_query import (
    IdList,
    LibraryFilter,
    LibraryRow,
    Sort,
    SortKey,
    Validity,
    load_ids,
    load_rows,
)
from ...station import StationContext
from ...timezone import station_now
from ..errors import error_text
from ..labels import priority_label
from ..lazy_table import LazyTableModel
from ..tasks import TaskRunner
from ..theme import Colors
from .labels import (
    format_day,
    format_day_time,
    format_duration,
    format_short,
    kind_label,
    language_label,
    origin_label,
    short_cache_label,
    validity_label,
)

log = logging.getLogger(__name__)

ITEM_IDS_MIME = "application/x-commune-item-ids"
ItemIdRole = Qt.ItemDataRole.UserRole + 1     # the item's id (str)
RowRole = Qt.ItemDataRole.UserRole + 2        # the LibraryRow, or None while loading
PriorityRole = Qt.ItemDataRole.UserRole + 3   # "normal" | "priority" | "emergency"
UnseenRole = Qt.ItemDataRole.UserRole + 4     # True for an item not opened yet


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _FONT, _DECORATION, _ALIGNMENT, _TOOLTIP,
                    _ACCESSIBLE, ItemIdRole, RowRole, PriorityRole, UnseenRole})


@dataclass(slots=True)
class _Cell:
    """A row as the list shows it: the item and its texts, made once per block."""

    row: LibraryRow
    texts: tuple[str, ...]
    muted: bool          # expired or withdrawn: drawn in grey


class Column(IntEnum):
    PRIORITY = 0
    TITLE = 1
    KIND = 2
    CATEGORY = 3
    ISSUER = 4
    LANGUAGE = 5
    PUBLISHED = 6
    VALID_UNTIL = 7
    DURATION = 8
    CACHED = 9
    USED = 10


SORT_KEYS: dict[Column, SortKey] = {
    Column.PRIORITY: SortKey.PRIORITY, Column.TITLE: SortKey.TITLE, Column.KIND: SortKey.KIND,
    Column.CATEGORY: SortKey.CATEGORY, Column.ISSUER: SortKey.ISSUER,
    Column.LANGUAGE: SortKey.LANGUAGE, Column.PUBLISHED: SortKey.PUBLISHED,
    Column.VALID_UNTIL: SortKey.VALID_UNTIL, Column.DURATION: SortKey.DURATION,
    Column.CACHED: SortKey.CACHED, Column.USED: SortKey.USED,
}
COLUMN_OF_SORT = {key: column for column, key in SORT_KEYS.items()}
# Columns that read best newest-, longest-, most-urgent-first on the first click.
DESCENDING_FIRST = {Column.PRIORITY, Column.PUBLISHED, Column.DURATION, Column.USED}


class LibraryModel(LazyTableModel[_Cell]):
    #: the list was (re)read: number of rows, whether every id is in (False: more coming)
    loaded = Signal(int, bool)
    #: reading failed; the argument is the reason
    load_failed = Signal(str)

    BLOCK = 100          # rows read together
    FIRST = 300          # ids read before the first paint; the rest follow
    MAX_BLOCKS = 60      # blocks kept (6,000 rows); older ones are read again if needed
    COLUMNS = len(Column)
    NAME = "library"

    def __init__(self, ctx: StationContext, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(tasks, parent)
        self._db = ctx.db  # handed to the library's queries in the workers
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._complete = True
        self._ranked = 0
        self._filter = LibraryFilter()
        self._sort = Sort()
        self._loading = False
        self._now = station_now()
        self.last_load_ms: float | None = None
        self._bold_font: QFont | None = None
        self._dot: QIcon | None = None
        self._brushes = {"muted": QBrush(QColor(Colors.MUTED)),
                         "emergency": QBrush(QColor(Colors.EMERGENCY)),
                         "warn": QBrush(QColor(Colors.WARN))}
        self._full_pending: int | None = None
        self._full_timer = QTimer(self)
        self._full_timer.setSingleShot(True)
        self._full_timer.setInterval(250)   # at the latest
        self._full_timer.timeout.connect(self._read_the_rest)

    # --- what to show ----------------------------------------------------------------------

    @property
    def filter(self) -> LibraryFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def ranked_count(self) -> int:
        return self._ranked

    def set_query(self, f: LibraryFilter, sort: Sort | None = None) -> None:
        """Show what `f` lets through. A search starts sorted by relevance (a column the
        operator then clicks stays chosen while they type); no search, no relevance."""
        was_searching = self._filter.searching
        self._filter = f
        if sort is not None:
            self._sort = sort
        elif f.searching and not was_searching:
            self._sort = Sort(SortKey.RELEVANCE)
        elif not f.searching and self._sort.key == SortKey.RELEVANCE:
            self._sort = Sort()
        self.reload()

    def reload(self) -> None:
        """Read the list again (after a sync, an import, a change of filter or sort)."""
        generation = self.next_generation()
        self._loading = True
        self._now = station_now()
        db, f, sort, first = self._db, self._filter, self._sort, self.FIRST
        started = time.perf_counter()
        self._tasks.submit(
            lambda: load_ids(db, f, sort, first=first),
            on_done=lambda result: self._first_ids(generation, result, started),
            on_error=lambda exc: self._failed(generation, exc),
            context=self, name="library: first ids")

    def _first_ids(self, generation: int, result: IdList, started: float) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self._ids = list(result.ids)
        self._positions = None
        self.clear_blocks()
        self._ranked = result.ranked
        self._complete = result.complete
        self.endResetModel()
        self.last_load_ms = (time.perf_counter() - started) * 1000
        if result.complete:
            self._loading = False
            self.loaded.emit(len(self._ids), True)
            return
        self.loaded.emit(len(self._ids), False)
        # The rest of the list is read once the first rows are on screen: reading 150,000
        # ids competes with the first block for the interpreter.
        self._full_pending = generation
        self._full_timer.start()

    def _read_the_rest(self) -> None:
        generation, self._full_pending = self._full_pending, None
        if generation is None or generation != self.generation:
            return
        self._full_timer.stop()
        db, f, sort = self._db, self._filter, self._sort
        self._tasks.submit(
            lambda: load_ids(db, f, sort),
            on_done=lambda full: self._all_ids(generation, full),
            on_error=lambda exc: self._failed(generation, exc),
            context=self, name="library: all ids")

    def _all_ids(self, generation: int, result: IdList) -> None:
        if generation != self.generation:
            return
        shown = len(self._ids)
        if result.ids[:shown] == self._ids:   # the usual case: the rest is appended
            if len(result.ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(result.ids) - 1)
                self._ids = list(result.ids)
                self._positions = None
                self.endInsertRows()
        else:                                 # the catalogue changed meanwhile
            self.beginResetModel()
            self._ids = list(result.ids)
            self._positions = None
            self.clear_blocks()
            self.endResetModel()
        self._ranked = result.ranked
        self._complete = True
        self._loading = False
        self.loaded.emit(len(self._ids), True)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self._loading = False
        log.error("reading the library failed: %s", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        self.load_failed.emit(error_text(exc))

    # --- rows, a block at a time ----------------------------------------------------------

    def row_total(self) -> int:
        return len(self._ids)

    def block_reader(self, block: int) -> tuple[Hashable, Callable[[], Sequence[Any]]] | None:
        ids = tuple(self._ids[block * self.BLOCK:(block + 1) * self.BLOCK])
        if not ids:
            return None
        db = self._db
        return ids, lambda: load_rows(db, ids)

    def block_still_valid(self, block: int, key: Hashable) -> bool:
        return tuple(self._ids[block * self.BLOCK:(block + 1) * self.BLOCK]) == key

    def blocks_arrived(self, block: int) -> None:
        if self._full_pending is not None:
            self._read_the_rest()

    def refresh_items(self, ids: list[str] | set[str]) -> None:
        """Read again the blocks holding these items (their state changed)."""
        self.refresh_blocks({self.row_of(i) // self.BLOCK for i in ids if self.row_of(i) >= 0})

    def mark_seen_here(self, item_id: str) -> None:
        """Show an item as opened at once (the database is told separately)."""
        row = self.row_of(item_id)
        current = self.cell(row, ask=False) if row >= 0 else None
        if current is not None and not current.row.seen:
            self.replace_cell(row, self._cell(replace(current.row, seen=True)))

    # --- ids ----------------------------------------------------------------------------

    def item_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str) -> int:
        if self._positions is None or len(self._positions) != len(self._ids):
            self._positions = {i: n for n, i in enumerate(self._ids)}
        return self._positions.get(item_id, -1)

    def ids(self) -> list[str]:
        return list(self._ids)

    # --- Qt model API ------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tooltip(Column(section))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role at every paint: the common cases come first and
        # cost a dictionary lookup (display texts are made once, when a block arrives).
        if role not in _ROLES or not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._ids):
            return None
        cell = self.cell(row_number, ask=role == _DISPLAY)
        if role == _DISPLAY:
            if cell is not None:
                return cell.texts[column]
            return "…" if column == Column.TITLE else None
        if role == ItemIdRole:
            return self._ids[row_number]
        if cell is None:
            return None
        row = cell.row
        if role == _FOREGROUND:
            if cell.muted:
                return self._brushes["muted"]
            if column == Column.TITLE and row.priority == "emergency":
                return self._brushes["emergency"]
            if column == Column.CACHED and row.cache == "missing":
                return self._brushes["warn"]
            return None
        if role == _FONT:
            return self._bold() if column == Column.TITLE and not row.seen else None
        if role == _DECORATION:
            return self._unseen_icon() if column == Column.TITLE and not row.seen else None
        if role == _ALIGNMENT:
            return _RIGHT if column in (Column.DURATION, Column.USED) else None
        if role == RowRole:
            return row
        if role == PriorityRole:
            return row.priority
        if role == UnseenRole:
            return not row.seen
        if role == _TOOLTIP:
            return self._tooltip(row, Column(column))
        if role == _ACCESSIBLE:
            return cell.texts[column] or None
        return None

    def row_data(self, row: int) -> LibraryRow | None:
        """The row if its block is here; otherwise asks for the block and returns None."""
        cell = self.cell(row)
        return cell.row if cell is not None else None

    def make_cell(self, row: LibraryRow | None) -> _Cell | None:
        return self._cell(row)

    def _cell(self, row: LibraryRow | None) -> _Cell | None:
        if row is None:
            return None
        validity = row.validity(self._now)
        return _Cell(row, tuple(self._display(row, column) for column in Column),
                     validity in (Validity.EXPIRED, Validity.WITHDRAWN))

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

    def _unseen_icon(self) -> QIcon:
        if self._dot is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(Colors.ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(2, 2, 8, 8)
            painter.end()
            self._dot = QIcon(pixmap)
        return self._dot

    def _display(self, row: LibraryRow, column: Column) -> str:
        if column == Column.PRIORITY:
            return "" if row.priority == "normal" else priority_label(row.priority)
        if column == Column.TITLE:
            return row.title
        if column == Column.KIND:
            return kind_label(row.kind)
        if column == Column.CATEGORY:
            return row.category_name or row.category_code or ""
        if column == Column.ISSUER:
            return row.issuer or origin_label(row.origin)
        if column == Column.LANGUAGE:
            return language_label(row.language)
        if column == Column.PUBLISHED:
            return format_short(row.published_at, self._now)
        if column == Column.VALID_UNTIL:
            validity = row.validity(self._now)
            if validity == Validity.WITHDRAWN:
                return validity_label(validity)
            return format_day(row.valid_until) if row.valid_until else "—"
        if column == Column.DURATION:
            return format_duration(row.duration_s)
        if column == Column.CACHED:
            return short_cache_label(row.cache)
        if column == Column.USED:
            return str(row.used) if row.used else ""
        return ""

    def _tooltip(self, row: LibraryRow, column: Column) -> str | None:
        if column == Column.TITLE:
            return row.title
        if column == Column.ISSUER:
            return f"{row.issuer or ''} · {origin_label(row.origin)}".strip(" ·")
        if column == Column.VALID_UNTIL:
            return validity_label(row.validity(self._now))
        if column == Column.PRIORITY:
            return priority_label(row.priority)
        if column == Column.PUBLISHED:
            return format_day_time(row.published_at)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(Column):
            sort = Sort(SortKey.RELEVANCE) if self._filter.searching else Sort()
        else:
            sort = Sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort:
            return
        self._sort = sort
        self.reload()

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(ITEM_IDS_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        mime.setText("\n".join(ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def header_title(column: Column) -> str:
    return {
        Column.PRIORITY: QCoreApplication.translate("Library", "Priority"),
        Column.TITLE: QCoreApplication.translate("Library", "Title"),
        Column.KIND: QCoreApplication.translate("Library", "Kind"),
        Column.CATEGORY: QCoreApplication.translate("Library", "Category"),
        Column.ISSUER: QCoreApplication.translate("Library", "Issuer"),
        Column.LANGUAGE: QCoreApplication.translate("Library", "Language"),
        Column.PUBLISHED: QCoreApplication.translate("Library", "Published"),
        Column.VALID_UNTIL: QCoreApplication.translate("Library", "Valid until"),
        Column.DURATION: QCoreApplication.translate("Library", "Length"),
        Column.CACHED: QCoreApplication.translate("Library", "File"),
        Column.USED: QCoreApplication.translate("Library", "Used"),
    }[column]


def header_tooltip(column: Column) -> str | None:
    return {
        Column.ISSUER: QCoreApplication.translate("Library", "Who issued it (or where it "
                                                  "comes from)"),
        Column.CACHED: QCoreApplication.translate("Library", "Whether its files are on this "
                                                  "computer"),
        Column.USED: QCoreApplication.translate("Library", "In how many programmes it is "
                                                "used"),
    }.get(column)
