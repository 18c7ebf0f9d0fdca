"""The list of programmes on the Programmes page: filters by day, week and state, a search
by name (with or without accents), and what can be done to the chosen programme — from its
context menu, the buttons under the list or the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.programmes.common import ProgrammeRow, fmt_duration
from ...services.programmes.targets import TargetChoice
from ..labels import programme_status_label
from ..widgets import elide_in_the_middle

VIEWS = ("all", "today", "week", "templates")
STATES = ("", "draft", "submitted", "approved", "scheduled", "withdrawn", "rejected")


def _cell(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ProgrammeList(QWidget):
    """Rows are set by the page (read in the workers); actions are asked for by signal."""

    filters_changed = Signal()
    selected = Signal(int)            # programme id
    action = Signal(str, int)         # action name, programme id

    ACTIONS = ("open", "duplicate", "delete", "withdraw", "save_template", "from_template")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgrammeRow] = []
        self.selected_id: int | None = None
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("programmeView")
        self.state_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("programmeSearch")
        self.search_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.view_combo)
        filters.addWidget(self.state_combo)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("programmeList")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.table.setColumnWidth(0, 170)  # the name first; the rest scroll into view
        # Names often share their start ("Chương trình phát thanh buổi sáng/chiều"): cut
        # in the middle, the end that tells them apart stays in sight.
        elide_in_the_middle(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        self.menu_actions: dict[str, QAction] = {}
        for name, keys in (("open", "Return"), ("duplicate", "Ctrl+D"), ("delete", "Delete"),
                           ("withdraw", "Ctrl+Shift+W"), ("save_template", "Ctrl+Shift+T"),
                           ("from_template", "Ctrl+N")):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False, n=name: self._act(n))
            self.table.addAction(act)
            self.menu_actions[name] = act
        self.view_combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.search_edit.textChanged.connect(lambda _t: self.filters_changed.emit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda _i: self._act("open"))

    def retranslate(self) -> None:
        labels = (self.tr("All programmes"), self.tr("Airing today"), self.tr("Airing this week"),
                  self.tr("Templates"))
        self._refill(self.view_combo, VIEWS, labels)
        states = (self.tr("Every state"), *(programme_status_label(s) for s in STATES[1:]))
        self._refill(self.state_combo, STATES, states)
        self.search_edit.setPlaceholderText(self.tr("Search by name"))
        self.view_combo.setToolTip(self.tr("Which programmes to list"))
        self.state_combo.setToolTip(self.tr("Only programmes in this state"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("State"), self.tr("Next airing"), self.tr("Repeat"),
            self.tr("Where"), self.tr("Length")])
        names = {"open": self.tr("Open"), "duplicate": self.tr("Duplicate"),
                 "delete": self.tr("Delete draft"), "withdraw": self.tr("Withdraw from the air…"),
                 "save_template": self.tr("Save as template…"),
                 "from_template": self.tr("New programme from this template")}
        for name, act in self.menu_actions.items():
            act.setText(names[name])
        self.show_rows(self.rows)

    @staticmethod
    def _refill(combo: QComboBox, values: tuple[str, ...], labels: tuple[str, ...]) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for value, label in zip(values, labels, strict=True):
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    # -- what to list -----------------------------------------------------------------------

    def query(self, today: dt.date) -> dict[str, object]:
        """Keyword arguments for list_programmes from the filters."""
        view = self.view_combo.currentData() or "all"
        return {"status": self.state_combo.currentData() or None,
                "search": self.search_edit.text(), "templates": view == "templates",
                "day": today if view == "today" else None,
                "week_of": today if view == "week" else None}

    @property
    def showing_templates(self) -> bool:
        return self.view_combo.currentData() == "templates"

    def show_rows(self, rows: list[ProgrammeRow]) -> None:
        self.rows = rows
        table = self.table
        table.blockSignals(True)
        table.clearSelection()  # a row gone must not leave its neighbour chosen
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = programme_status_label(row.status) if not row.is_template else \
                self.tr("template")
            when = row.next_airing.strftime("%d/%m %H:%M") if row.next_airing else "—"
            cells = (
                _cell(row.name, f"{row.name} — {state}"),
                _cell(state),
                _cell(when),
                _cell(self.repeat_short(row), self.repeat_words(row.repeat)),
                _cell(self.target_words(TargetChoice.parse(row.targets)), row.targets),
                _cell(fmt_duration(row.duration_s)),
            )
            for c, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                table.setItem(r, c, item)
            if row.id == self.selected_id:
                table.selectRow(r)
        table.blockSignals(False)
        self._enable_actions()

    def repeat_words(self, repeat: str) -> str:
        return {"once": self.tr("once"), "daily": self.tr("every day"),
                "weekdays": self.tr("Mon–Fri"), "weekly": self.tr("some weekdays"),
                "now": self.tr("now")}.get(repeat, repeat)

    def repeat_short(self, row: ProgrammeRow) -> str:
        """"T2, T4, T6 · 05:30, 17:30": the days and times, as short as the list needs."""
        if row.repeat == "weekly" and row.weekdays:
            names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                     self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
            days = ", ".join(names[d - 1] for d in row.weekdays if 1 <= d <= 7)
        else:
            days = self.repeat_words(row.repeat)
        return f"{days} · {', '.join(row.times)}" if row.times else days

    def target_words(self, choice: TargetChoice) -> str:
        if choice.all:
            return self.tr("whole commune")
        parts = list(choice.villages)
        if choice.devices:
            parts.append(self.tr("{count} device(s)").format(count=len(choice.devices)))
        if choice.groups:
            parts += choice.groups
        return ", ".join(parts)

    # -- choosing and acting ----------------------------------------------------------------

    def row(self, programme_id: int | None) -> ProgrammeRow | None:
        return next((r for r in self.rows if r.id == programme_id), None)

    def select_id(self, programme_id: int) -> None:
        self.selected_id = programme_id
        for r, row in enumerate(self.rows):
            if row.id == programme_id:
                self.table.clearSelection()  # so that choosing it again is a change
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.rows):
            self.selected_id = self.rows[rows[0].row()].id
            self.selected.emit(self.selected_id)
        self._enable_actions()

    def _enable_actions(self) -> None:
        row = self.row(self.selected_id)
        status = row.status if row else ""
        template = bool(row and row.is_template)
        self.menu_actions["open"].setEnabled(row is not None)
        self.menu_actions["duplicate"].setEnabled(row is not None)
        self.menu_actions["delete"].setEnabled(row is not None and status in (
            "draft", "rejected", "withdrawn"))
        self.menu_actions["withdraw"].setEnabled(row is not None and not template
                                                 and status in ("approved", "scheduled",
                                                                "submitted"))
        self.menu_actions["save_template"].setEnabled(row is not None and not template)
        self.menu_actions["from_template"].setEnabled(template)

    def _act(self, name: str) -> None:
        if self.selected_id is not None and self.menu_actions[name].isEnabled():
            self.action.emit(name, self.selected_id)

    def _menu(self, pos: QPoint) -> None:
        item = self.table.itemAt(pos)
        if item is not None:
            self.table.selectRow(item.row())
        menu = QMenu(self)
        for name in self.ACTIONS:
            menu.addAction(self.menu_actions[name])
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.context_menu = menu  # kept for tests and to stay alive while shown
