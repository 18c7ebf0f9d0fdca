"""Nhật ký thao tác (Audit log), for administrators and leaders: who did what, when, on
which object; filtered by person, kind and dates; exported to XLSX. Read-only."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from ...services import audit
from ...services.audit import AuditFilter, AuditRow
from ...services.permissions import Permission
from ...services.reports.periods import parse_period
from ...timezone import station_now, to_station
from ..channel_labels import activity_kind_label
from ..errors import error_text
from ..flow_layout import flow_row, kept_together
from ..labels import programme_status_label, role_label
from ..report_periods import describe_period
from ..widgets import elide_at_the_end, elide_in_the_middle, set_text_role, text_label
from .base import SettingsSection
from .labels import (
    action_label,
    actor_label,
    detail_key,
    detail_value,
    kind_label,
    literal_subject,
    setting_label,
    setting_value,
    subject_kind_label,
)

log = logging.getLogger(__name__)

PAGE = 500


def describe(row: AuditRow) -> str:
    """The action in plain words (which setting changed is its subject: subject())."""
    return action_label(row.action)


def subject(row: AuditRow) -> str:
    """What the entry is about, in words: "Chương trình “…”", an account with its person's
    name, a setting's name; the stored subject when there are no better words (it is also
    the cell's tooltip)."""
    if row.subject_kind == "user":
        return f"{row.subject_id} ({row.subject_name})" if row.subject_name else \
            str(row.subject_id)
    if row.subject_kind == "report" and row.subject_name:
        try:  # the period's code, in words: "Báo cáo tháng 11/2026"
            period = parse_period(row.subject_name)
        except ValueError:
            period = None
        if period is not None:
            return (f"{subject_kind_label('report')} "
                    f"{describe_period(period, in_sentence=True)}")
    if row.subject_kind in ("device", "emergency") and row.subject_name \
            and "," in (row.subject_id or ""):  # several, named together
        plural = {"device": "devices", "emergency": "emergencies"}[row.subject_kind]
        return f"{subject_kind_label(plural)}: {row.subject_name}"
    if row.subject_kind is not None:
        word = subject_kind_label(row.subject_kind)
        if row.subject_name:
            return f"{word} “{row.subject_name}”"
        return f"{word} {row.subject_id}"
    if not row.subject:
        return ""
    if row.action.startswith("settings."):
        return setting_label(row.subject)
    return literal_subject(row.subject)


def _changed_value(action: str, key: str, value: Any) -> str:
    if value == "":
        return "—"
    if key == "kind" and action == "team.activity_change":
        return activity_kind_label(str(value))
    return detail_value(value)


def details(row: AuditRow) -> str:
    """The entry's details in plain words: roles by name, settings' values as read, times
    in station time."""
    parts = []
    for key, value in row.detail.items():
        if key in ("role", "before", "after") and row.action.startswith("user."):
            try:
                shown = role_label(str(value))
            except ValueError:
                shown = detail_value(value)
        elif key in ("before", "after") and row.action == "settings.change" and row.subject:
            shown = setting_value(row.subject, value)
        elif key in ("from_status", "to_status") and isinstance(value, str):
            shown = programme_status_label(value)
        elif (row.action.endswith("_change") and isinstance(value, list)
              and len(value) == 2):  # a corrected field: [what it was, what it is]
            shown = " → ".join(_changed_value(row.action, key, v) for v in value)
        elif key == "until" and isinstance(value, str):
            try:
                shown = to_station(dt.datetime.fromisoformat(value)).strftime("%H:%M %d/%m/%Y")
            except ValueError:
                shown = value
        else:
            shown = detail_value(value)
        parts.append(f"{detail_key(key)}: {shown}")
    return "; ".join(parts)


class AuditSection(SettingsSection):
    key = "audit"
    help = "audit"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Audit log")

    @classmethod
    def visible_for(cls, actor: Any) -> bool:
        return bool(actor.can(Permission.VIEW_AUDIT))

    def build(self) -> None:
        self.rows: list[AuditRow] = []
        self.more = False
        self.person_caption = QLabel()
        self.person_combo = QComboBox()
        self.person_caption.setBuddy(self.person_combo)
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_caption = QLabel()
        self.kind_combo = QComboBox()
        self.kind_caption.setBuddy(self.kind_combo)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dates_check = QCheckBox()
        self.since_edit = QDateEdit()
        self.until_edit = QDateEdit()
        today = station_now().date()
        for edit, day in ((self.since_edit, today - dt.timedelta(days=30)),
                          (self.until_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
        self.to_label = QLabel()
        # The filters wrap onto more lines in a narrow window, each with its caption.
        self.body.addWidget(flow_row(
            kept_together(self.person_caption, self.person_combo),
            kept_together(self.kind_caption, self.kind_combo),
            kept_together(self.dates_check, self.since_edit, self.to_label, self.until_edit),
            None))

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Subjects often share their start ("Chương trình “Chương trình phát thanh …”"):
        # cut in the middle, the end that tells them apart stays in sight.
        elide_in_the_middle(self.table)
        # What was done and its details read from their start.
        elide_at_the_end(self.table, 2, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        # The chosen entry whole: at 1366 px the details column starts at the table's edge.
        self.entry_label = text_label()
        self.entry_label.setObjectName("auditEntry")
        self.entry_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entry_label.hide()
        self.body.addWidget(self.entry_label)
        self.table.itemSelectionChanged.connect(self._show_entry)

        bottom = QHBoxLayout()
        self.count_label = text_label("muted")
        self.more_button = QPushButton()
        self.export_button = QPushButton()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        self.body.addLayout(bottom)
        self.message_label = text_label()
        self.message_label.hide()
        self.body.addWidget(self.message_label)

        self.person_combo.currentIndexChanged.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.dates_check.toggled.connect(self._dates_toggled)
        self.since_edit.dateChanged.connect(self.reload)
        self.until_edit.dateChanged.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.ask_export)

    def retranslate(self) -> None:
        super().retranslate()
        self.person_caption.setText(self.tr("&Person:"))
        self.kind_caption.setText(self.tr("&Kind:"))
        self.dates_check.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("On what"),
            self.tr("Details")])
        self.more_button.setText(self.tr("Show older entries"))
        self.export_button.setText(self.tr("Export to Excel (XLSX)…"))
        if self.person_combo.count():
            self.person_combo.setItemText(0, self.tr("everyone"))
        if self.kind_combo.count():
            self.kind_combo.setItemText(0, self.tr("everything"))
            for index in range(1, self.kind_combo.count()):
                self.kind_combo.setItemText(index, kind_label(self.kind_combo.itemData(index)))
        self._render()

    # -- loading --------------------------------------------------------------------------------

    def activate(self) -> None:
        db, actor = self.env.ctx.db, self.env.actor
        self.env.tasks.submit(lambda: audit.people_and_kinds(db, actor),
                              on_done=self._choices, on_error=self._failed, context=self,
                              name="read audit filters")

    def _choices(self, choices: tuple[list[str], list[str]]) -> None:
        people, kinds = choices
        person, kind = self.person_combo.currentData(), self.kind_combo.currentData()
        for combo in (self.person_combo, self.kind_combo):
            combo.blockSignals(True)
            combo.clear()
        self.person_combo.addItem(self.tr("everyone"), None)
        for name in people:
            self.person_combo.addItem(actor_label(name), name)
        self.kind_combo.addItem(self.tr("everything"), None)
        for value in kinds:
            self.kind_combo.addItem(kind_label(value), value)
        for combo, value in ((self.person_combo, person), (self.kind_combo, kind)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.dates_check.isChecked():
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
        return AuditFilter(person=self.person_combo.currentData(),
                           kind=self.kind_combo.currentData(), since=since, until=until)

    def _dates_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.reload()

    def reload(self) -> None:
        self._load(None)

    def load_more(self) -> None:
        if self.rows:
            self._load(self.rows[-1].id)

    def _load(self, before_id: int | None) -> None:
        db, actor, flt = self.env.ctx.db, self.env.actor, self.current_filter()
        # Filters change faster than the log is read: only the newest answer is shown.
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation

        def work() -> tuple[list[AuditRow], int]:
            return (audit.query(db, actor, flt, limit=PAGE + 1, before_id=before_id),
                    audit.count(db, actor, flt))

        def done(result: tuple[list[AuditRow], int]) -> None:
            if generation != self._generation:
                return
            rows, total = result
            self.more = len(rows) > PAGE
            rows = rows[:PAGE]
            self.rows = rows if before_id is None else self.rows + rows
            self.total = total
            self._render()

        self.env.tasks.submit(work, on_done=done, on_error=self._failed, context=self,
                              name="read audit log")

    def _render(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (to_station(row.at).strftime("%d/%m/%Y %H:%M:%S"), actor_label(row.actor),
                      describe(row), subject(row), details(row))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == 3 and row.subject and value != row.subject:
                    # In full, and as recorded (ids stay true when names change).
                    cell.setToolTip(f"{value}\n{row.subject}")
                elif c >= 2:
                    cell.setToolTip(value)  # the narrow columns cut it
                self.table.setItem(r, c, cell)
        if self.rows:
            self.table.resizeColumnsToContents()
            # Long subjects and actions must not push the details out of sight.
            char = self.table.fontMetrics().averageCharWidth()
            for column, chars in ((2, 28), (3, 26)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column),
                                                      char * chars))
        self._show_entry()  # the row chosen may hold another entry now
        self.more_button.setVisible(self.more)
        self.count_label.setText(self.tr("{shown} of {total} entries").format(
            shown=len(self.rows), total=getattr(self, "total", len(self.rows))))

    def _show_entry(self) -> None:
        """Under the table, the chosen entry in full: what, on what, and its details."""
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            self.entry_label.hide()
            return
        cells = [self.table.item(chosen[0].row(), column) for column in (2, 3, 4)]
        self.entry_label.setText(" — ".join(c.text() for c in cells if c and c.text()))
        self.entry_label.show()

    def _failed(self, exc: BaseException) -> None:
        set_text_role(self.message_label, "error")
        self.message_label.setText(error_text(exc))
        self.message_label.show()

    # -- export ---------------------------------------------------------------------------------

    def ask_export(self) -> None:
        name = f"nhat-ky-thao-tac-{station_now():%Y%m%d}.xlsx"
        dialog = QFileDialog(self, self.tr("Export the audit log"),
                             str(Path.home() / name), self.tr("Excel workbook (*.xlsx)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        self.open_dialog(dialog)

    def export(self, path: Path) -> None:
        db, actor, flt = self.env.ctx.db, self.env.actor, self.current_filter()

        def done(count: int) -> None:
            set_text_role(self.message_label, "")
            self.message_label.setText(self.tr("{count} entries saved in {path}.").format(
                count=count, path=path))
            self.message_label.show()

        self.env.tasks.submit(lambda: audit.export_xlsx(db, actor, path, flt,
                                                        describe=describe, details=details,
                                                        subject=subject, who=actor_label),
                              on_done=done, on_error=self._failed, context=self,
                              name="export audit log")
