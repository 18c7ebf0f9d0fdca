"""Đóng góp: items made in the commune, sent up to the province's source system."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.library_query import LibraryFilter, Sort, load_ids, load_rows
from ....services.permissions import Actor, Permission
from ....services.reports.contributions import (
    ContributionView,
    contribute_item,
    list_contributions,
)
from ....station import StationContext
from ...errors import error_text, reason_text
from ...tasks import TaskRunner
from ...timefmt import format_moment
from ...widgets import TabContent, text_label
from .labels import contribution_status_label

log = logging.getLogger(__name__)

LOCAL_ITEMS_SHOWN = 500


def local_items(ctx: StationContext) -> list[tuple[str, str]]:
    """(id, title) of the items made in the commune, newest first (library service)."""
    ids = load_ids(ctx.db, LibraryFilter(origins=frozenset({"commune"})), Sort(),
                   first=LOCAL_ITEMS_SHOWN).ids
    rows = load_rows(ctx.db, ids)
    return [(row.id, row.title) for row in rows if row is not None]


class ContributionsTab(TabContent):
    #: an item was queued for the province (its `ContributionView`)
    contributed = Signal(object)

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._tasks = tasks
        self.contributions: list[ContributionView] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.intro = text_label("muted")
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.item_caption = QLabel()
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("localItems")
        self.item_combo.setMinimumContentsLength(20)  # it takes the row's spare width
        self.item_caption.setBuddy(self.item_combo)
        self.send_button = QPushButton()
        self.send_button.setProperty("buttonRole", "primary")
        row.addWidget(self.item_caption)
        row.addWidget(self.item_combo, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.message_label = text_label("muted")
        layout.addWidget(self.message_label)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("contributionList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.send_button.clicked.connect(self.send_selected)
        self._update_buttons()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Items made in the commune can be sent to the province's source system. The "
            "province reviews them and may publish them for other communes."))
        self.item_caption.setText(self.tr("Item made in the commune:"))
        self.send_button.setText(self.tr("Send to the province"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("State"),
                                              self.tr("Sent"), self.tr("Last change")])
        self._render()

    def activate(self) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: list_contributions(ctx), on_done=self._listed,
                           on_error=lambda exc: self._say(error_text(exc)),
                           context=self, name="reports: contributions")
        self._tasks.submit(lambda: local_items(ctx), on_done=self._items_listed,
                           on_error=lambda exc: self._say(error_text(exc)),
                           context=self, name="reports: local items")

    def _listed(self, contributions: list[ContributionView]) -> None:
        self.contributions = contributions
        self._render()

    def _items_listed(self, items: list[tuple[str, str]]) -> None:
        current = self.item_combo.currentData()
        self.item_combo.clear()
        for item_id, title in items:
            self.item_combo.addItem(title, item_id)
        if current is not None and self.item_combo.findData(current) >= 0:
            self.item_combo.setCurrentIndex(self.item_combo.findData(current))
        if not items:
            self.item_combo.setPlaceholderText(self.tr(
                "No items made in the commune yet (import them in the Library)"))
        self._update_buttons()

    def _render(self) -> None:
        self.table.setRowCount(len(self.contributions))
        for row, item in enumerate(self.contributions):
            values = [item.title, contribution_status_label(item.status),
                      format_moment(item.created_at), format_moment(item.updated_at)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item.detail:
                    cell.setToolTip(reason_text(item.detail))
                self.table.setItem(row, column, cell)

    def _update_buttons(self, busy: bool = False) -> None:
        allowed = self._actor.can(Permission.CONTRIBUTE)
        self.send_button.setEnabled(allowed and not busy and self.item_combo.count() > 0)
        self.item_combo.setEnabled(allowed)

    def send_selected(self) -> None:
        item_id = self.item_combo.currentData()
        if not item_id:
            return
        self.send_item(str(item_id))

    def send_item(self, item_id: str) -> None:
        ctx, actor = self._ctx, self._actor
        self._update_buttons(busy=True)

        def done(view: ContributionView) -> None:
            self._update_buttons()
            self._say(self.tr("\"{title}\" is queued for the province.").format(
                title=view.title))
            self.contributed.emit(view)
            self.activate()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self._say(error_text(exc))

        self._tasks.submit(lambda: contribute_item(ctx, actor, item_id), on_done=done,
                           on_error=failed, context=self, name="reports: contribute")

    def _say(self, text: Any) -> None:
        self.message_label.setText(str(text))
