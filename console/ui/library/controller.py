"""What the Library page asks of the services, in the task runner: the filters' lists, the
counts beside them, items not opened yet, saved filters, imports of the commune's own files
and edits of their details. Answers come back by signal; the page only shows them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...services.library_query import (
    LibraryFilter,
    SavedFilterRow,
    categories,
    check_index,
    delete_filter,
    facet_counts,
    languages,
    mark_all_seen,
    preset_counts,
    save_filter,
    saved_filters,
    unseen_count,
)
from ...services.local_content import (
    ImportReport,
    LocalItemChanges,
    import_files,
    local_item,
    update_local_item,
)
from ...services.permissions import Actor
from ...station import StationContext
from ..errors import error_text
from ..tasks import TaskRunner

log = logging.getLogger(__name__)


class LibraryController(QObject):
    lists_read = Signal(object)        # (index rebuilt, categories, languages, saved filters)
    counts_read = Signal(object)       # FacetCounts of the current filter
    preset_counts_read = Signal(object)
    unseen_read = Signal(object)       # int, or None when it could not be read
    saved_read = Signal(list)          # SavedFilterRow
    seen_marked = Signal()
    imported = Signal(object)          # ImportReport
    import_failed = Signal(object)     # the exception
    failed = Signal(str)               # a plain reason for the page to show

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.tasks = ctx, actor, tasks
        self._counts_generation = 0

    def _submit(self, fn: Callable[[], Any], done: Callable[[Any], None], name: str,
                error: Callable[[BaseException], None] | None = None) -> None:
        self.tasks.submit(fn, on_done=done, context=self, name=f"library: {name}",
                          on_error=error or (lambda exc: log.warning("%s: %s", name, exc)))

    def _tell(self, exc: BaseException) -> None:
        """An action the person asked for failed: the page says why (failed)."""
        log.warning("library action failed: %s", exc)
        self.failed.emit(error_text(exc))

    def read_lists(self) -> None:
        db = self.ctx.db
        self._submit(lambda: (check_index(db), categories(db), languages(db),
                              saved_filters(db)), self.lists_read.emit, "filter lists")

    def read_counts(self, f: LibraryFilter) -> None:
        self._counts_generation += 1
        generation, db = self._counts_generation, self.ctx.db

        def done(counts: Any) -> None:
            if generation == self._counts_generation:  # an older filter's counts are stale
                self.counts_read.emit(counts)

        self._submit(lambda: facet_counts(db, f), done, "counts")

    def read_preset_counts(self, saved: list[SavedFilterRow]) -> None:
        db = self.ctx.db
        self._submit(lambda: preset_counts(db, saved), self.preset_counts_read.emit,
                     "preset counts")

    def read_unseen(self) -> None:
        db = self.ctx.db
        self._submit(lambda: unseen_count(db), self.unseen_read.emit, "unseen")

    def mark_all_seen(self, f: LibraryFilter) -> None:
        db = self.ctx.db
        self._submit(lambda: mark_all_seen(db, f), lambda _n: self.seen_marked.emit(),
                     "mark all seen", self._tell)

    def save_filter(self, name: str, f: LibraryFilter) -> None:
        db, actor = self.ctx.db, self.actor
        self._submit(lambda: save_filter(db, actor, name, f), lambda _row: self.reload_saved(),
                     "save filter", self._tell)

    def delete_filter(self, filter_id: int) -> None:
        db, actor = self.ctx.db, self.actor
        self._submit(lambda: delete_filter(db, actor, filter_id),
                     lambda _r: self.reload_saved(), "delete filter", self._tell)

    def reload_saved(self) -> None:
        db = self.ctx.db
        self._submit(lambda: saved_filters(db), self.saved_read.emit, "saved filters")

    def import_paths(self, paths: list[Path]) -> None:
        ctx, actor = self.ctx, self.actor
        self._submit(lambda: import_files(ctx, actor, paths), self.imported.emit, "import",
                     self.import_failed.emit)

    def read_item(self, item_id: str, done: Callable[[LocalItemChanges], None]) -> None:
        db = self.ctx.db
        self._submit(lambda: local_item(db, item_id), done, "read local item",
                     self._tell)

    def save_item(self, item_id: str, changes: LocalItemChanges, done: Callable[[], None],
                  failed: Callable[[str], None], context: QObject) -> None:
        db, actor = self.ctx.db, self.actor
        self.tasks.submit(lambda: update_local_item(db, actor, item_id, changes),
                          on_done=lambda _r: done(), on_error=lambda exc: failed(error_text(exc)),
                          context=context, name="library: save local item")


__all__ = ["ImportReport", "LibraryController"]
