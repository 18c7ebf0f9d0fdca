"""Lịch kỷ niệm: the year's anniversaries and monthly themes; provincial and local ones edited.

National dates are shown but fixed. Reads and saves go through the task runner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.permissions import Actor, Permission
from ...services.programmes import campaigns
from ...services.programmes.campaigns import CalendarEntries, Campaign, MonthTheme
from ...station import StationContext
from ...timezone import station_now
from ..tasks import TaskRunner
from ..theme import Colors
from ..widgets import confirmed, field_grid, text_label

log = logging.getLogger(__name__)


def level_label(level: str) -> str:
    return {
        "national": QCoreApplication.translate("Campaigns", "National"),
        "province": QCoreApplication.translate("Campaigns", "Provincial"),
        "local": QCoreApplication.translate("Campaigns", "Local"),
    }.get(level, level)


def when_label(entry: Campaign | MonthTheme) -> str:
    if isinstance(entry, MonthTheme):
        text = QCoreApplication.translate("Campaigns", "All of month {month}").format(
            month=entry.month)
        return text + (f" / {entry.year}" if entry.year else "")
    return f"{entry.day:02d}/{entry.month:02d}" + (f"/{entry.year}" if entry.year else "")


class CampaignDialog(QDialog):
    """List, add, change and delete the station's own anniversaries and themes."""

    changed = Signal()

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self._rows: list[Campaign | MonthTheme] = []
        self._editing: str = ""  # id of the entry in the form; "" for a new one
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 90,
                            self.fontMetrics().height() * 34)
        can_edit = actor.can(Permission.EDIT_PROGRAMMES)

        self.heading = text_label("title")
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)

        self.kind_combo = QComboBox()
        self.name_edit = QLineEdit()
        self.day_spin, self.month_spin, self.year_spin = QSpinBox(), QSpinBox(), QSpinBox()
        self.day_spin.setRange(1, 31)
        self.month_spin.setRange(1, 12)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(station_now().year)
        self.one_year_check = QCheckBox()
        self.level_combo = QComboBox()
        self.theme_edit = QLineEdit()
        date_row = QHBoxLayout()
        for widget in (self.day_spin, self.month_spin, self.one_year_check, self.year_spin):
            date_row.addWidget(widget)
        date_row.addStretch(1)
        date_box = QWidget()
        date_box.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        self.kind_label, self.name_label, self.date_label, self.level_label, self.theme_label = (
            QLabel(), QLabel(), QLabel(), QLabel(), QLabel())
        form = field_grid([(self.kind_label, self.kind_combo), (self.name_label, self.name_edit),
                           (self.date_label, date_box), (self.level_label, self.level_combo),
                           (self.theme_label, self.theme_edit)])
        self.new_button, self.save_button, self.delete_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.save_button.setProperty("buttonRole", "primary")
        buttons_row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons_row.addWidget(button)
            button.setEnabled(can_edit)
            button.setAutoDefault(False)  # Enter in the form does not press them
        buttons_row.addStretch(1)
        self.message_label = text_label("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._selected)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.one_year_check.toggled.connect(self.year_spin.setEnabled)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.retranslate()
        self.new_entry()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Anniversaries and themes"))
        self.heading.setText(self.tr("Anniversaries, political events and monthly themes"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Name"), self.tr("Level"),
                                              self.tr("Theme tag")])
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Event on a day"), "event")
        self.kind_combo.addItem(self.tr("Theme for the month"), "month")
        self.level_combo.clear()
        for level in ("province", "local"):
            self.level_combo.addItem(level_label(level), level)
        self.kind_label.setText(self.tr("Kind"))
        self.name_label.setText(self.tr("Name"))
        self.date_label.setText(self.tr("Day / month"))
        self.one_year_check.setText(self.tr("only in the year"))
        self.one_year_check.setToolTip(self.tr(
            "For dates of the lunar calendar (Tết, Giỗ Tổ), which move every year"))
        self.level_label.setText(self.tr("Level"))
        self.theme_label.setText(self.tr("Theme tag"))
        self.theme_edit.setPlaceholderText(self.tr(
            "Items with this tag are suggested near the date (empty: from the name)"))
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))
        self._show()

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        db = self._ctx.db
        self._tasks.submit(lambda: campaigns.load_calendar(db), on_done=self._loaded,
                           on_error=self._failed, context=self, name="read campaign calendar")

    def _loaded(self, entries: CalendarEntries) -> None:
        self._rows = [*entries.months, *sorted(entries.events, key=lambda e: (e.month, e.day))]
        self._show()

    def _failed(self, error: BaseException) -> None:
        self.message_label.setText(str(error))

    def _show(self) -> None:
        self.table.setRowCount(len(self._rows))
        muted = QColor(Colors.MUTED)
        for r, entry in enumerate(self._rows):
            cells = (when_label(entry), entry.name, level_label(entry.level), entry.theme)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not entry.editable:
                    item.setForeground(muted)
                    item.setToolTip(self.tr("National dates are built in and cannot be changed"))
                self.table.setItem(r, c, item)
            if entry.id and entry.id == self._editing:
                self.table.selectRow(r)

    @property
    def rows(self) -> list[Campaign | MonthTheme]:
        return list(self._rows)

    # -- the form ---------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.day_spin.setVisible(self.kind_combo.currentData() == "event")

    def new_entry(self) -> None:
        self._editing = ""
        self.table.clearSelection()
        self.kind_combo.setCurrentIndex(0)
        self.name_edit.clear()
        self.theme_edit.clear()
        today = station_now().date()
        self.day_spin.setValue(today.day)
        self.month_spin.setValue(today.month)
        self.one_year_check.setChecked(False)
        self.year_spin.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return
        entry = self._rows[rows[0].row()]
        if not entry.editable:
            self.delete_button.setEnabled(False)
            return
        self._editing = entry.id
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(
            "month" if isinstance(entry, MonthTheme) else "event"))
        self.name_edit.setText(entry.name)
        self.theme_edit.setText(entry.theme)
        if isinstance(entry, Campaign):
            self.day_spin.setValue(entry.day)
        self.month_spin.setValue(entry.month)
        self.one_year_check.setChecked(entry.year is not None)
        self.year_spin.setEnabled(entry.year is not None)
        if entry.year:
            self.year_spin.setValue(entry.year)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(entry.level)))
        self.delete_button.setEnabled(self._actor.can(Permission.EDIT_PROGRAMMES))

    def form_entry(self) -> Campaign | MonthTheme:
        year = self.year_spin.value() if self.one_year_check.isChecked() else None
        common = dict(name=self.name_edit.text(), theme=self.theme_edit.text(),
                      level=self.level_combo.currentData() or "local", year=year,
                      id=self._editing)
        if self.kind_combo.currentData() == "month":
            return MonthTheme(month=self.month_spin.value(), **common)
        return Campaign(month=self.month_spin.value(), day=self.day_spin.value(), **common)

    def save(self) -> None:
        db, actor, entry = self._ctx.db, self._actor, self.form_entry()

        def saved(entry_id: str) -> None:
            self._editing = entry_id
            self.message_label.setText(self.tr("Saved."))
            self.changed.emit()
            self.load()

        self._tasks.submit(lambda: campaigns.save_entry(db, actor, entry), on_done=saved,
                           on_error=self._failed, context=self, name="save campaign")

    def delete(self) -> None:
        if not self._editing:
            return
        if not confirmed(self, self.tr("Delete"), self.tr("Delete “{name}”?").format(
                name=self.name_edit.text())):
            return
        db, actor, entry_id = self._ctx.db, self._actor, self._editing

        def deleted(_r: object) -> None:
            self.message_label.setText(self.tr("Deleted."))
            self.new_entry()
            self.changed.emit()
            self.load()

        self._tasks.submit(lambda: campaigns.delete_entry(db, actor, entry_id),
                           on_done=deleted, on_error=self._failed, context=self,
                           name="delete campaign")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter in the form must not close the dialog
        super().keyPressEvent(event)
