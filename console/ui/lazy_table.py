"""A table model over a long list whose rows are read a block at a time, in the workers.

The library (150,000 items) and the broadcast log (a year of plays) both show lists far
too long to read at once. This base keeps the blocks the view has asked for in an LRU,
asks the task runner for a missing block when a row of it is painted (it shows "…"
meanwhile), and drops what arrives for a list that has since been read again. The
subclass says how many rows there are, how a block is read, and how a row is shown.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QTimer

from .tasks import TaskRunner

log = logging.getLogger(__name__)

Cell = TypeVar("Cell")


class LazyTableModel(QAbstractTableModel, Generic[Cell]):
    BLOCK = 100         # rows read together
    MAX_BLOCKS = 60     # blocks kept; older ones are read again when needed
    COLUMNS = 1         # the subclass's number of columns
    NAME = "rows"       # for the task runner and the log

    def __init__(self, tasks: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._blocks: OrderedDict[int, list[Cell | None]] = OrderedDict()
        self._requested: set[int] = set()
        self._wanted: set[int] = set()
        self._block_timer = QTimer(self)
        self._block_timer.setSingleShot(True)
        self._block_timer.setInterval(0)   # all the blocks one paint asks for, together
        self._block_timer.timeout.connect(self._fetch_wanted)

    # --- what the subclass says ----------------------------------------------------------

    def row_total(self) -> int:
        """How many rows the list has now."""
        raise NotImplementedError

    def block_reader(self, block: int) -> tuple[Hashable, Callable[[], Sequence[Any]]] | None:
        """(what the block was read for, a function reading its rows in a worker); None
        when there is nothing to read."""
        raise NotImplementedError

    def block_still_valid(self, block: int, key: Hashable) -> bool:
        """Whether rows read for `key` still belong at `block` (the list may have changed)."""
        return True

    def make_cell(self, row: Any) -> Cell | None:
        """What the model keeps of a row read (its texts made once, not at every paint)."""
        raise NotImplementedError

    def blocks_arrived(self, block: int) -> None:
        """Called after a block was stored (the library then reads the rest of its ids)."""

    # --- blocks ------------------------------------------------------------------------

    def next_generation(self) -> int:
        """A new reading of the list: blocks of an older one are dropped on arrival."""
        self._generation += 1
        return self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def clear_blocks(self) -> None:
        """Forget every block (call between beginResetModel and endResetModel)."""
        self._blocks.clear()
        self._requested.clear()
        self._wanted.clear()

    def cell(self, row: int, *, ask: bool = True) -> Cell | None:
        """The row's cell if its block is here; else None (and its block is asked for)."""
        if not 0 <= row < self.row_total():
            return None
        block = row // self.BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if ask and block not in self._requested:
                self._wanted.add(block)
                self._block_timer.start()
            return None
        self._blocks.move_to_end(block)
        offset = row % self.BLOCK
        return rows[offset] if offset < len(rows) else None

    def block_loaded(self, row: int) -> bool:
        return row // self.BLOCK in self._blocks

    def replace_cell(self, row: int, cell: Cell | None) -> None:
        rows = self._blocks.get(row // self.BLOCK)
        if rows is not None and row % self.BLOCK < len(rows):
            rows[row % self.BLOCK] = cell
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def refresh_blocks(self, blocks: set[int]) -> None:
        """Read these blocks again (their rows changed)."""
        for block in blocks:
            self._blocks.pop(block, None)
        if blocks:
            self._wanted |= blocks
            self._block_timer.start()

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        generation = self._generation
        for block in wanted:
            if block in self._blocks or block in self._requested:
                continue
            reader = self.block_reader(block)
            if reader is None:
                continue
            key, read = reader
            self._requested.add(block)
            self._tasks.submit(
                read,
                on_done=lambda rows, b=block, k=key: self._block_done(generation, b, k, rows),
                on_error=lambda exc, b=block: self._block_failed(generation, b, exc),
                context=self, name=f"{self.NAME}: rows")

    def _block_done(self, generation: int, block: int, key: Hashable,
                    rows: Sequence[Any]) -> None:
        self._requested.discard(block)
        if generation != self._generation or not self.block_still_valid(block, key):
            return  # the list was read again meanwhile; the block is asked for anew
        self._blocks[block] = [self.make_cell(row) for row in rows]
        while len(self._blocks) > self.MAX_BLOCKS:
            self._blocks.popitem(last=False)
        first = block * self.BLOCK
        last = min(self.row_total(), first + self.BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMNS - 1))
        self.blocks_arrived(block)

    def _block_failed(self, generation: int, block: int, exc: BaseException) -> None:
        self._requested.discard(block)
        if generation == self._generation:
            log.error("reading %s failed: %s", self.NAME, exc,
                      exc_info=(type(exc), exc, exc.__traceback__))

    # --- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS
