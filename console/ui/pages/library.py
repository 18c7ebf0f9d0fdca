"""Thư viện (Library): find, preview and understand any item of the catalogue, offline.

Filters on the left, the list in the middle, the preview on the right. Search is instant
as you type, with or without accents. Files and folders dropped on the page become
items made in the commune. `show_item(item_id)` opens an item (the emergency banner
links here). This module is the view; the services are asked through
library/controller.py, the rows come from library/model.py.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
)

from ...qtmedia import queued
from ...services.library_query import FacetCounts, LibraryFilter, Preset, SavedFilterRow
from ...services.local_content import ImportReport, LocalItemChanges
from ...services.permissions import Permission
from ...settings import UI_LIBRARY_COLUMNS, UI_LIBRARY_PANES
from ..errors import error_text
from ..flow_layout import flow_row
from ..library.controller import LibraryController
from ..library.filters import FilterPanel, preset_label
from ..library.import_dialog import EditItemDialog, ImportReportDialog
from ..library.layout import apply_columns, apply_panes, columns_text, panes_text
from ..library.model import (
    COLUMN_OF_SORT,
    DESCENDING_FIRST,
    SORT_KEYS,
    Column,
    LibraryModel,
)
from ..library.narrow import NarrowPanes
from ..library.preview import PreviewPanel
from ..library.table import LibraryTable
from ..library.zalo_publish import ZaloPublishing
from ..widgets import scrolling, text_label
from .base import Page

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250       # instant as you type, but not a query per key
COUNTS_DELAY_MS = 400
AUTO_REFRESH_MS = 60_000    # counts of new and unseen items while the page is shown
LAYOUT_SAVE_MS = 500        # a column dragged wider is saved once, when let go of

class LibraryPage(Page):
    key = "library"
    icon = QStyle.StandardPixmap.SP_DirOpenIcon
    scrollable = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Library")

    # --- building ------------------------------------------------------------------------

    def build(self) -> None:
        env = self.env
        self.body.setContentsMargins(20, 14, 20, 12)
        self.body.setSpacing(8)
        self._activated = False
        self._pending_select: str | None = None
        self._not_indexed = 0  # items the search index has yet to take in
        self.controller = LibraryController(env.ctx, env.actor, env.tasks, self)
        self.controller.lists_read.connect(self._lists_loaded)
        self.controller.counts_read.connect(self._counts_read)
        self.controller.preset_counts_read.connect(lambda c: self.filters.set_preset_counts(c))
        self.controller.unseen_read.connect(self._update_unseen)
        self.controller.saved_read.connect(self._saved_loaded)
        self.controller.seen_marked.connect(self.refresh)
        self.controller.imported.connect(self._imported)
        self.controller.import_failed.connect(self._import_failed)
        self.controller.failed.connect(self._warn)
        self._categories = []
        self._languages: list[str] = ["vi"]
        self.last_import: ImportReport | None = None
        self.import_dialog: ImportReportDialog | None = None
        self.edit_dialog: EditItemDialog | None = None
        self.setAcceptDrops(True)

        # title row: the page's title, new/unseen, actions
        self.body.removeWidget(self.title_label)
        self.unseen_button = QPushButton()
        self.unseen_button.setObjectName("unseenButton")
        self.mark_seen_button = QPushButton()
        self.import_button = QPushButton()  # words only, as its neighbours (the style
        # sheet's padding left a folder icon touching them)
        self.zalo_button = QPushButton()
        self.zalo_button.setObjectName("publishZalo")
        self.zalo = ZaloPublishing(env.ctx, env.actor, env.tasks, self)
        # The title, then the buttons at the right end; they wrap under it rather than cut
        # their words (larger text).
        self.title_label.setWordWrap(False)
        self.body.insertWidget(0, flow_row(self.title_label, None, self.unseen_button,
                                           self.mark_seen_button, self.zalo_button,
                                           self.import_button))

        # search row
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        self.filters_button = QPushButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("librarySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = text_label("muted", wrap=False)
        search_row.addWidget(self.filters_button)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        self.body.addLayout(search_row)

        # what is filtered, in words, with a way back to everything
        self.active_label = text_label("muted")
        self.active_label.setObjectName("activeFilters")
        self.active_label.setTextFormat(Qt.TextFormat.RichText)
        self.active_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.active_label.linkActivated.connect(lambda _link: self.clear_filters())
        self.active_label.hide()
        self.body.addWidget(self.active_label)

        # filters | list | preview
        self.filters = FilterPanel()
        self.model = LibraryModel(env.ctx, env.tasks, self)
        self.table = LibraryTable(self.model)
        header = self.table.horizontalHeader()
        self.preview = PreviewPanel(env.ctx, env.actor, env.tasks)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        # Larger text can make the filters taller than the window: they scroll, rather than
        # run their rows into each other.
        self.filters_area = scrolling(self.filters)
        self.splitter.addWidget(self.filters_area)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([self.filters.preferred_width(), 530, 330])
        self.body.addWidget(self.splitter, 1)
        # The columns and panes as the operator left them at the last start.
        apply_columns(header, env.prefs.layout(UI_LIBRARY_COLUMNS))
        self._panes_restored = False  # once the splitter has its width (activate)
        self._layout_moved: set[str] = set()  # what the operator changed, saved shortly
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(LAYOUT_SAVE_MS)
        self._layout_timer.timeout.connect(self._keep_layout)

        # timers
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._read_counts)
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(120)
        self._select_timer.timeout.connect(self._show_selected)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(AUTO_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._auto_refresh)
        self._refresh_timer.start()

        # wiring
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.filters.changed.connect(self.apply_filter)
        self.filters.save_requested.connect(self._ask_filter_name)
        self.filters.delete_requested.connect(self._ask_delete_filter)
        # In a narrow window the filters step aside for the list (library/narrow.py).
        self.panes = NarrowPanes(self.splitter, self.filters_area, self.preview,
                                 self.filters_button, self.filters.preferred_width())
        self.unseen_button.clicked.connect(lambda: self.filters.choose_preset(Preset.UNSEEN))
        self.mark_seen_button.clicked.connect(self.mark_all_seen)
        self.import_button.clicked.connect(self._choose_files)
        self.zalo_button.clicked.connect(self.publish_to_zalo)
        self.model.loaded.connect(self._model_loaded)
        self.model.load_failed.connect(self._model_failed)
        self.model.modelReset.connect(self._reset_selection)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionMoved.connect(lambda *_a: self._layout_changed("columns"))
        header.sectionResized.connect(lambda *_a: self._layout_changed("columns"))
        self.splitter.splitterMoved.connect(lambda *_a: self._layout_changed("panes"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._select_timer.start())
        self.preview.seen.connect(self._item_seen)
        self.preview.files_changed.connect(lambda item_id: self.model.refresh_items({item_id}))
        self.preview.edit_requested.connect(self.edit_item)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.search_edit.setPlaceholderText(self.tr(
            "Search titles, texts, tags and issuers — with or without accents (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the library"))
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolTip(self.tr("Show or hide the filters"))
        self.mark_seen_button.setText(self.tr("Mark all as seen"))
        self.mark_seen_button.setToolTip(self.tr("Mark every item shown as opened"))
        self.import_button.setText(self.tr("Add files…"))
        self.import_button.setToolTip(self.tr(
            "Add sound, picture or video files made in the commune (mp3, wav, m4a, ogg, jpg, "
            "png, mp4). You can also drag files or a folder onto the library."))
        self.table.setAccessibleName(self.tr("Items of the library"))
        self.filters.retranslate()
        self.preview.retranslate()
        self._update_count()
        self._update_active()
        self._update_unseen(getattr(self, "_unseen", None))
        self.import_button.setEnabled(self.env.actor.can(Permission.IMPORT_CONTENT))
        self.zalo_button.setText(self.tr("Publish to Zalo…"))
        self.zalo_button.setToolTip(self.tr(
            "Publish the chosen bulletins as articles on the commune's Zalo OA"))
        self.zalo_button.setEnabled(self.env.actor.can(Permission.PUSH))

    # --- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: read the list (the first time), the filters' lists and the counts."""
        if not self._activated:
            self._activated = True
            self.controller.read_lists()
            self.apply_filter()
            QTimer.singleShot(0, self, self._restore_panes)  # laid out at the window's width
        else:
            self.refresh()
        self._read_unseen()

    # --- the arrangement kept between starts --------------------------------------------

    def _restore_panes(self) -> None:
        apply_panes(self.splitter, self.env.prefs.layout(UI_LIBRARY_PANES))
        self._panes_restored = True

    def _layout_changed(self, what: str) -> None:
        self._layout_moved.add(what)
        self._layout_timer.start()

    def _keep_layout(self) -> None:
        moved, self._layout_moved = self._layout_moved, set()
        prefs = self.env.prefs
        if "columns" in moved:
            prefs.set_layout(UI_LIBRARY_COLUMNS, columns_text(self.table.horizontalHeader()))
        # Not with the filters hidden (no width of theirs to keep), nor in a narrow window
        # (two panes of three), nor before the saved widths were put back.
        if ("panes" in moved and self._panes_restored and self.filters_area.isVisible()
                and not self.panes.narrow):
            prefs.set_layout(UI_LIBRARY_PANES, panes_text(self.splitter))

    def refresh(self) -> None:
        """Read the list and the counts again (after a sync, an import …)."""
        self.model.reload()
        self._read_unseen()
        self._read_preset_counts()

    def _lists_loaded(self, result: tuple) -> None:  # type: ignore[type-arg]
        _rebuilt, cats, langs, saved = result
        self._categories, self._languages = cats, langs
        self.filters.set_categories(cats)
        self.filters.set_languages(langs)
        self.filters.set_saved(saved)
        self._read_preset_counts()

    def current_filter(self) -> LibraryFilter:
        return replace(self.filters.current(), text=self.search_edit.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_filter())
        self._update_sort_indicator()
        self._update_active()
        self._update_count()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.filters.saved_list.clearSelection()
        self.filters.clear()

    def _model_loaded(self, count: int, complete: bool) -> None:
        self._update_count()
        if self._pending_select is not None:
            row = self.model.row_of(self._pending_select)
            if row >= 0:
                self._select_row(row)
                self._pending_select = None
            elif complete:
                self._pending_select = None
        if complete:
            self._counts_timer.start()

    def _model_failed(self, reason: str) -> None:
        self.count_label.setText(self.tr("Could not read the library: {reason}").format(
            reason=reason))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = QLocale().toString(n)
        if self.model.loading and not self.model.complete:
            label = self.tr("{n} items shown, reading the rest…").format(n=text)
        elif self.model.loading:
            label = self.tr("Searching…") if self.model.filter.searching else self.tr(
                "Reading…")
        elif self.model.filter.searching:
            label = self.tr("{n} found, best first").format(n=text) if (
                self.model.sort_order.key.value == "relevance") else self.tr(
                "{n} found").format(n=text)
        else:
            label = self.tr("{n} items").format(n=text)
        if self.model.filter.searching and self._not_indexed:
            label += " " + self.tr("(indexing: {n} new items not searchable yet)").format(
                n=QLocale().toString(self._not_indexed))
        self.count_label.setText(label)

    def _update_active(self) -> None:
        words = self.filters.describe()
        if words:
            what = html.escape(" · ".join(words))
            link = html.escape(self.tr("Show everything"))
            self.active_label.setText(self.tr("Showing only: {what}").format(what=what)
                                      + f' &nbsp; <a href="#all">{link}</a>')
        self.active_label.setVisible(bool(words))

    # --- sorting -------------------------------------------------------------------------

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        # First click on a date, length, priority or use column: newest/largest first.
        if (section >= 0 and Column(section) in DESCENDING_FIRST
                and self.model.sort_order.key != SORT_KEYS[Column(section)]
                and order == Qt.SortOrder.AscendingOrder):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(section, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            self.model.sort(section, Qt.SortOrder.DescendingOrder)
        self._update_count()

    def _update_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        sort = self.model.sort_order
        column = COLUMN_OF_SORT.get(sort.key)
        if column is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if sort.descending
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # --- selection and preview ----------------------------------------------------------

    def _reset_selection(self) -> None:
        self._update_count()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        item_id = self.model.item_id(index.row()) if index.isValid() else None
        if item_id is not None and item_id != self.preview.item_id:
            self.preview.show_item(item_id)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.item_id(r) for r in rows) if i]

    def publish_to_zalo(self) -> None:
        ids = self.selected_ids()
        titles = []
        for item_id in ids:
            cell = self.model.cell(self.model.row_of(item_id), ask=False)
            titles.append(cell.row.title if cell is not None else item_id)
        self.zalo.publish(ids, titles)

    def show_item(self, item_id: str) -> None:
        """Open an item: preview it, and select it in the list (showing everything if the
        current filter hides it)."""
        self.preview.show_item(item_id)
        row = self.model.row_of(item_id)
        if row >= 0:
            self._select_row(row)
            return
        self._pending_select = item_id
        if self.current_filter() != LibraryFilter() or self.model.filter != LibraryFilter():
            self.clear_filters()
        elif not self.model.loading:
            self.model.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page: nothing keeps playing behind the operator's back."""
        queued(self.preview.audio.player, "pause")
        queued(self.preview.video.player, "pause")
        super().hideEvent(event)

    def _item_seen(self, item_id: str) -> None:
        self.model.mark_seen_here(item_id)
        self._read_unseen()

    # --- counts --------------------------------------------------------------------------

    def _read_counts(self) -> None:
        self.controller.read_counts(self.model.filter)

    def _counts_read(self, counts: FacetCounts) -> None:
        self.filters.set_counts(counts)
        if counts.not_indexed != self._not_indexed:
            self._not_indexed = counts.not_indexed
            self._update_count()

    def _read_preset_counts(self) -> None:
        self.controller.read_preset_counts(self.filters.saved)

    def _read_unseen(self) -> None:
        self.controller.read_unseen()

    def _update_unseen(self, count: int | None) -> None:
        self._unseen = count
        if count is None:
            self.unseen_button.setText(self.tr("Not opened yet"))
            return
        self.unseen_button.setText(self.tr("{n} not opened yet").format(
            n=QLocale().toString(count)))
        self.unseen_button.setToolTip(self.tr("Show the items nobody has opened yet"))
        self.unseen_button.setProperty("buttonRole", "primary" if count else None)
        self.unseen_button.style().unpolish(self.unseen_button)
        self.unseen_button.style().polish(self.unseen_button)
        self.mark_seen_button.setEnabled(bool(count))

    def _auto_refresh(self) -> None:
        if self.isVisible():
            self._read_unseen()
            self._read_preset_counts()

    def mark_all_seen(self) -> None:
        self.controller.mark_all_seen(self.model.filter)

    # --- saved filters -------------------------------------------------------------------

    def _ask_filter_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save these filters"))
        dialog.setLabelText(self.tr("Name of the saved filter:"))
        dialog.setTextValue("")
        dialog.textValueSelected.connect(self._save_filter)
        dialog.open()
        self.name_dialog = dialog

    def _save_filter(self, name: str) -> None:
        """Save under a new name; a name in use is replaced only after a yes, and the names
        of the filters every station has are kept for them (two "Tất cả" would confuse)."""
        name = " ".join(name.split())
        if not name:
            return
        wanted, key = self.filters.current(), name.casefold()
        if key in {preset_label(p).casefold() for p in Preset}:
            self._warn(self.tr("“{name}” is the name of a filter every station has: choose "
                               "another name.").format(name=name))
            return
        same = next((s for s in self.filters.saved if s.name.casefold() == key), None)
        if same is None:
            self.controller.save_filter(name, wanted)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save these filters"),
                          self.tr("A saved filter is already named “{name}”. Replace it "
                                  "with these filters?").format(name=same.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.finished.connect(lambda result: self.controller.save_filter(same.name, wanted)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        self.replace_box = box

    def _ask_delete_filter(self, filter_id: int) -> None:
        saved = self.filters.saved_filter(filter_id)
        if saved is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a saved filter"),
                          self.tr("Delete the saved filter “{name}”?").format(name=saved.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.finished.connect(lambda result: self._delete_filter(filter_id)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.open()

    def _delete_filter(self, filter_id: int) -> None:
        self.controller.delete_filter(filter_id)

    def _saved_loaded(self, saved: list[SavedFilterRow]) -> None:
        self.filters.set_saved(saved)
        self._read_preset_counts()

    # --- local content -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add files made in the commune"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Sound, pictures and video") +
                             " (*.mp3 *.wav *.m4a *.ogg *.jpg *.jpeg *.png *.mp4)")
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        dialog.open()
        self.file_dialog = dialog

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders as commune-made items (in the background)."""
        actor = self.env.actor
        if not actor.can(Permission.IMPORT_CONTENT):
            self._warn(self.tr("Your role cannot add content. Ask an editor or the "
                               "administrator."))
            return
        self.count_label.setText(self.tr("Adding {n} file(s)…").format(n=len(paths)))
        self.import_button.setEnabled(False)
        self.controller.import_paths(paths)

    def _imported(self, report: ImportReport) -> None:
        self.last_import = report
        self.import_button.setEnabled(True)
        if report.imported:
            self._pending_select = report.imported[0].item_id
            self.preview.show_item(report.imported[0].item_id)
            if self.current_filter() != LibraryFilter():
                self.clear_filters()
            else:
                self.model.reload()
            self._read_preset_counts()
        dialog = ImportReportDialog(report, self)
        dialog.finished.connect(lambda _r: self._import_dialog_closed(dialog, report))
        self.import_dialog = dialog
        dialog.open()
        self._update_count()

    def _import_dialog_closed(self, dialog: ImportReportDialog, report: ImportReport) -> None:
        if dialog.wants_edit and report.imported:
            self.edit_item(report.imported[0].item_id)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        log.error("import failed: %s", exc, exc_info=(type(exc), exc, exc.__traceback__))
        self._warn(self.tr("The files could not be added: {reason}").format(
            reason=error_text(exc)))
        self._update_count()

    def edit_item(self, item_id: str) -> None:
        self.controller.read_item(item_id, lambda changes: self._open_editor(item_id, changes))

    def _open_editor(self, item_id: str, changes: LocalItemChanges) -> None:
        dialog = EditItemDialog(changes, self._categories, self._languages, self)
        dialog.save_requested.connect(lambda c: self._save_item(dialog, item_id, c))
        self.edit_dialog = dialog
        dialog.open()

    def _save_item(self, dialog: EditItemDialog, item_id: str,
                   changes: LocalItemChanges) -> None:
        def done() -> None:
            dialog.saved()
            self.preview.show_item(item_id)
            self.model.refresh_items({item_id})

        self.controller.save_item(item_id, changes, done, dialog.failed, dialog)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Library"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.warning_box = box

