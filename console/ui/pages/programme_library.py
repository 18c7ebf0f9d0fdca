"""The library beside the running order: search, then drag items onto it (or add them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...services.library_query import LibraryFilter
from ...station import StationContext
from ..library.model import Column, LibraryModel
from ..library.table import LibraryTable
from ..tasks import TaskRunner
from ..widgets import text_label

SHOWN = (Column.TITLE, Column.KIND, Column.DURATION, Column.PUBLISHED)


class LibraryPanel(QWidget):
    """A narrow library list: the same model and drag as the Library page."""

    #: ids of the items to add at the end of the running order
    add_requested = Signal(list)

    def __init__(self, ctx: StationContext, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(ctx, tasks, self)
        self.table = LibraryTable(self.model)
        for column in Column:
            self.table.setColumnHidden(column, column not in SHOWN)
        self.table.setColumnWidth(Column.TITLE, 260)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton()
        self.hint_label = text_label("muted")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._typing.start())
        self.add_button.clicked.connect(self._add_selected)
        self.table.doubleClicked.connect(lambda _i: self._add_selected())
        for keys in ("Return", "Enter"):  # the keyboard's way to add what is chosen
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._add_selected)
        self._loaded = False
        self.retranslate()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the library"))
        self.add_button.setText(self.tr("Add"))
        self.hint_label.setText(self.tr(
            "Drag items onto the running order, or double-click them (or press Enter) to add "
            "them at the end."))

    def load(self) -> None:
        """Read the list when the panel is shown (again: a sync may have brought items)."""
        self._loaded = True
        self.model.reload()

    def _search(self) -> None:
        self.model.set_query(LibraryFilter(text=self.search_edit.text().strip()))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.item_id(r) for r in rows) if i]

    def _add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.add_requested.emit(ids)
