"""Nhật ký phát thanh: the broadcast log with filters, totals and export.

A drill-down from the statistics arrives as a `LogFilter` (`show_drill`): the list then
shows exactly the entries behind the number, a "Filter: …" chip says so, and its clear
button goes back to the operator's own filters.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.reports.export_log import export_log_csv, export_log_xlsx
from ....services.reports.log import (
    LogFilter,
    LogTotals,
    log_choices,
    log_span,
    log_totals,
)
from ....station import StationContext
from ....timezone import station_now
from ...errors import error_text
from ...labels import priority_label
from ...tasks import TaskRunner
from ...widgets import TabContent, list_table, text_label
from . import files
from .labels import format_hours, format_number, origin_label, result_label
from .log_model import Column, LogModel

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)          # the date edits' "any" value (shown as a dash)
TEXT_DELAY_MS = 300
# The log keeps this many rows in sight: in a short window the page scrolls instead
# (the log showed a row or two at the window's smallest size, 900x560).
ROWS_AT_LEAST = 6
# Narrower than this beside the other filters, the title search takes a line of its own.
SEARCH_AT_LEAST = 260
PLACES_AT_LEAST = 180  # each of the clusters' and villages' boxes, beside the dates
WIDE = (1 << 24) - 1  # Qt's largest widget size: the filters' arrangement before any resize


def _width_of(row: QHBoxLayout, widgets: tuple[QWidget, ...]) -> int:
    """How wide `widgets` are side by side in `row` at their usual sizes."""
    return sum(w.sizeHint().width() + row.spacing() for w in widgets)


def _qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


def _day(value: QDate) -> dt.date | None:
    if not value.isValid() or value <= NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class LogTab(TabContent):
    #: the operator cleared a drill-down
    drill_cleared = Signal()

    def __init__(self, ctx: StationContext, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._drill: LogFilter | None = None
        self._choices_loaded = False
        self._totals_generation = 0
        #: the save dialog; tests put a function here that returns a path
        self.ask_save_path: Callable[[QWidget, str, Path, str], Path | None] = (
            files.ask_save_path)
        self.last_export: Path | None = None
        self.last_totals: LogTotals | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        # filters: two rows, four in a narrow window (_arrange_filters)
        self.row1 = QHBoxLayout()
        self.row1.setSpacing(6)
        self.from_caption, self.to_caption = QLabel(), QLabel()
        self.from_edit, self.to_edit = self._date_edit(), self._date_edit()
        self.target_combo = QComboBox()
        self.village_combo = QComboBox()
        for combo in (self.target_combo, self.village_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)  # they share what the row has to spare
        layout.addLayout(self.row1)
        self.places_row = QHBoxLayout()  # clusters and villages, when too narrow beside the dates
        self.places_row.setSpacing(6)
        layout.addLayout(self.places_row)

        self.search_row = QHBoxLayout()  # the title search, when too narrow beside the rest
        self.search_row.setSpacing(6)
        layout.addLayout(self.search_row)
        self.row2 = QHBoxLayout()
        self.row2.setSpacing(6)
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self.result_combo = QComboBox()
        self.priority_combo = QComboBox()
        self.origin_combo = QComboBox()
        self.clear_button = QPushButton()
        layout.addLayout(self.row2)
        self._arranged: tuple[bool, bool] | None = None
        self._arrange_filters(WIDE)

        # the drill-down chip
        self.chip = QFrame()
        self.chip.setObjectName("drillChip")
        self.chip.setProperty("frameRole", "card")
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(10, 4, 4, 4)
        self.chip_label = text_label(wrap=True)
        self.chip_clear = QToolButton()
        self.chip_clear.setText("✕")
        self.chip_clear.setAutoRaise(True)
        chip_layout.addWidget(self.chip_label, 1)
        chip_layout.addWidget(self.chip_clear)
        self.chip.hide()
        layout.addWidget(self.chip)

        self.model = LogModel(ctx, tasks, self)
        self.table = list_table(self.model)
        self.table.setObjectName("broadcastLog")
        # the title first and wide; what does not fit scrolls sideways
        for column, width in ((Column.STARTED, 145), (Column.TITLE, 320), (Column.TARGET, 170),
                              (Column.VILLAGE, 110), (Column.RESULT, 105), (Column.PLAYED, 60),
                              (Column.PRIORITY, 85), (Column.ORIGIN, 115),
                              (Column.CATEGORY, 140), (Column.SOURCE, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self._keep_rows_in_sight()

        bottom = QHBoxLayout()
        self.totals_label = text_label("muted")
        self.totals_label.setObjectName("logTotals")
        self.export_xlsx_button = QPushButton()
        self.export_csv_button = QPushButton()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.export_xlsx_button)
        bottom.addWidget(self.export_csv_button)
        layout.addLayout(bottom)
        self.message_label = text_label("muted")
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text_edit.textChanged.connect(lambda _t: self._text_timer.start())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        for combo in (self.target_combo, self.village_combo, self.result_combo,
                      self.priority_combo, self.origin_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.chip_clear.clicked.connect(self.clear_drill)
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.model.loaded.connect(self._count_arrived)
        self.model.load_failed.connect(self._show_problem)
        self._fill_fixed_combos()
        self._set_default_dates()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        return edit

    def _keep_rows_in_sight(self) -> None:
        rows = self.table.verticalHeader().defaultSectionSize() * ROWS_AT_LEAST
        header = self.table.horizontalHeader().sizeHint().height()
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(rows + header + bar + 2 * self.table.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_filters(event.size().width())

    def _arrange_filters(self, width: int) -> None:
        """The filters in two rows, or in four in a narrow window: the clusters and
        villages under the dates, the title search on a line of its own, rather than
        squeezed (the search box was 60 px wide at the window's smallest size)."""
        dates = (self.from_caption, self.from_edit, self.to_caption, self.to_edit)
        choices = (self.result_combo, self.priority_combo, self.origin_combo)
        places_beside = width >= _width_of(self.row1, dates) + 2 * PLACES_AT_LEAST
        search_beside = width >= (_width_of(self.row2, (*choices, self.clear_button))
                                  + SEARCH_AT_LEAST)
        if (places_beside, search_beside) == self._arranged:
            return
        self._arranged = (places_beside, search_beside)
        for row in (self.row1, self.places_row, self.search_row, self.row2):
            while row.takeAt(0) is not None:  # the widgets stay; their places (and a
                pass                          # stretch) go
        for widget in dates:
            self.row1.addWidget(widget)
        if not places_beside:
            self.row1.addStretch(1)
        for widget in (self.target_combo, self.village_combo):
            (self.row1 if places_beside else self.places_row).addWidget(widget, 1)
        (self.row2 if search_beside else self.search_row).addWidget(self.text_edit, 2)
        for widget in choices:
            self.row2.addWidget(widget)
        (self.row2 if search_beside else self.search_row).addWidget(self.clear_button)

    def _fit_headings(self) -> None:
        """Every column at least as wide as its heading, in this language and text size."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in Column:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.DisplayRole) or "")
            needed = metrics.horizontalAdvance(text) + 24  # the section's own padding
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def _fit_result_column(self) -> None:
        """The result column as wide as its usual words ("Phát một phần") in this language
        and text size: cut short, "partly played" and "played" read alike."""
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(result_label(r))
                     for r in ("success", "partial", "failed"))
        self.table.setColumnWidth(Column.RESULT, max(105, widest + 24))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_result_column()
            self._fit_headings()
            self._keep_rows_in_sight()
            self._arrange_again()

    def _set_default_dates(self) -> None:
        """This month so far, in station time: what an operator usually checks."""
        today = station_now().date()
        self._show_dates(today.replace(day=1), today)

    def _show_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        """The date boxes set (None: a dash, any date) without a reload each."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.from_caption.setText(self.tr("From"))
        self.to_caption.setText(self.tr("to"))
        self.text_edit.setPlaceholderText(self.tr("Title contains… (with or without accents)"))
        self.clear_button.setText(self.tr("Show all"))
        self.export_xlsx_button.setText(self.tr("Export to Excel…"))
        self.export_csv_button.setText(self.tr("Export to CSV…"))
        self._fit_result_column()
        self.chip_clear.setToolTip(self.tr("Clear this filter"))
        self.chip_clear.setAccessibleName(self.tr("Clear this filter"))
        self._set_first(self.target_combo, self.tr("All clusters and boards"))
        self._set_first(self.village_combo, self.tr("All villages"))
        self._fill_fixed_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._fit_headings()
        self._arrange_again()

    def _arrange_again(self) -> None:
        """The filters arranged for their new words or text size, at the tab's width."""
        if self.width() > 0 and self._arranged is not None:
            self._arranged = None
            self._arrange_filters(self.width())

    @staticmethod
    def _set_first(combo: QComboBox, text: str) -> None:
        if combo.count() == 0:
            combo.blockSignals(True)
            combo.addItem(text, None)
            combo.blockSignals(False)
        else:
            combo.setItemText(0, text)

    def _fill_fixed_combos(self) -> None:
        fixed: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.result_combo, self.tr("Any result"),
             [(v, result_label(v)) for v in ("success", "partial", "failed", "missed")]),
            (self.priority_combo, self.tr("Any priority"),
             [(v, priority_label(v)) for v in ("normal", "priority", "emergency")]),
            (self.origin_combo, self.tr("Any content"),
             [(v, origin_label(v)) for v in ("own", "relay", "source")]),
        ]
        for combo, first, values in fixed:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for value, label in values:
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # --- loading -----------------------------------------------------------------------

    def activate(self) -> None:
        self._load_choices()
        self.apply_filter()

    def _load_choices(self) -> None:
        if self._choices_loaded:
            return
        self._choices_loaded = True   # asked for; a failure is shown, not retried in a loop
        ctx = self._ctx
        self._tasks.submit(lambda: log_choices(ctx), on_done=self._choices_arrived,
                           on_error=lambda exc: self._show_problem(error_text(exc)),
                           context=self, name="broadcast log: choices")

    def _choices_arrived(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for combo, key in ((self.target_combo, "targets"), (self.village_combo, "villages")):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, name in choices.get(key, []):
                combo.addItem(name, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def current_filter(self) -> LogFilter:
        """What the widgets ask for, laid over an active drill-down."""
        base = self._drill or LogFilter()
        changes: dict[str, object] = {
            "start": _day(self.from_edit.date()), "end": _day(self.to_edit.date())}
        if self.target_combo.currentData():
            changes["target_ids"] = (str(self.target_combo.currentData()),)
        if self.village_combo.currentData():
            changes["village_ids"] = (int(self.village_combo.currentData()),)
        text = self.text_edit.text().strip()
        if text:
            changes["text"] = text
        for combo, name in ((self.result_combo, "results"), (self.priority_combo, "priorities"),
                            (self.origin_combo, "origins")):
            if combo.currentData():
                changes[name] = (str(combo.currentData()),)
        return replace(base, **changes)  # type: ignore[arg-type]

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.message_label.hide()
        self.model.set_filter(flt)
        self._load_totals(flt)

    def _load_totals(self, flt: LogFilter) -> None:
        self._totals_generation += 1
        generation, ctx = self._totals_generation, self._ctx
        self.totals_label.setText(self.tr("Counting…"))

        def done(totals: LogTotals) -> None:
            if generation == self._totals_generation:
                self._show_totals(totals)

        self._tasks.submit(lambda: log_totals(ctx, flt), on_done=done,
                           on_error=lambda exc: self._show_problem(error_text(exc)),
                           context=self, name="broadcast log: totals")

    def _show_totals(self, totals: LogTotals) -> None:
        self.last_totals = totals
        self.totals_label.setText(self.tr(
            "{entries} plays: {success} played, {partial} partly, {failed} failed, "
            "{other} other · {hours} hours on air").format(
                entries=format_number(totals.entries), success=format_number(totals.success),
                partial=format_number(totals.partial), failed=format_number(totals.failed),
                other=format_number(totals.other), hours=format_hours(totals.played_s)))

    def _count_arrived(self, count: int) -> None:
        if count == 0:
            self.message_label.setText(self.tr(
                "No plays match. Widen the dates or choose \"Show all\"."))
            self.message_label.show()

    def _show_problem(self, reason: str) -> None:
        self.message_label.setText(reason)
        self.message_label.show()

    # --- filters and drill-down --------------------------------------------------------

    def clear_filters(self) -> None:
        """Every play, of every date, no drill-down. The dates show a dash until the log's
        first and last days are read, then those days (editable from there)."""
        self._drill = None
        self.chip.hide()
        self._empty_choices()
        self._show_dates(None, None)
        self.apply_filter()
        ctx = self._ctx
        self._tasks.submit(lambda: log_span(ctx), on_done=self._span_arrived,
                           on_error=lambda exc: self._show_problem(error_text(exc)),
                           context=self, name="broadcast log: first and last day")

    def _span_arrived(self, span: tuple[dt.date, dt.date] | None) -> None:
        """The log's first and last days in the date boxes, unless a date was chosen since.
        The list stays as it is: every play lies between them. An empty log keeps the
        dashes."""
        if span is None or self.from_edit.date() != NO_DATE or self.to_edit.date() != NO_DATE:
            return
        first, last = span
        self._show_dates(first, max(last, station_now().date()))

    def _empty_choices(self) -> None:
        """Every choice back to "all" and the title search empty, without a reload each."""
        for combo in (self.target_combo, self.village_combo, self.result_combo,
                      self.priority_combo, self.origin_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text_edit.blockSignals(True)
        self.text_edit.clear()
        self.text_edit.blockSignals(False)

    def show_drill(self, drill: LogFilter, description: str) -> None:
        """Show exactly the entries behind a statistic; the other filters start empty."""
        self._drill = drill
        self._empty_choices()
        self._show_dates(drill.start, drill.end)
        self.chip_label.setText(self.tr("Filter: {what}").format(what=description))
        self.chip.show()
        self._load_choices()
        self.apply_filter()

    @property
    def drill(self) -> LogFilter | None:
        return self._drill

    def clear_drill(self) -> None:
        self._drill = None
        self.chip.hide()
        self.apply_filter()
        self.drill_cleared.emit()

    # --- export ------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then write the filtered log in the background."""
        flt = self.current_filter()
        stamp = station_now().strftime("%Y%m%d-%H%M")
        suggested = self._ctx.paths.exports / f"nhat-ky-phat-thanh-{stamp}.{kind}"
        file_filter = (self.tr("Excel workbook (*.xlsx)") if kind == "xlsx"
                       else self.tr("CSV file (*.csv)"))
        path = self.ask_save_path(self, self.tr("Export the broadcast log"), suggested,
                                  file_filter)
        if path is None:
            return
        self.export_to(kind, path, flt)

    def export_to(self, kind: str, path: Path, flt: LogFilter | None = None) -> None:
        ctx, flt = self._ctx, flt or self.current_filter()
        writer = export_log_xlsx if kind == "xlsx" else export_log_csv
        for button in (self.export_xlsx_button, self.export_csv_button):
            button.setEnabled(False)
        self.message_label.setText(self.tr("Writing {name}…").format(name=path.name))
        self.message_label.show()

        def done(rows: int) -> None:
            self._export_finished()
            self.last_export = path
            self.message_label.setText(self.tr("Saved {rows} plays to {path}").format(
                rows=format_number(rows), path=str(path)))

        def failed(exc: BaseException) -> None:
            self._export_finished()
            log.warning("exporting the broadcast log to %s failed: %s", path, exc)
            self.message_label.setText(self.tr("The export failed: {reason}").format(
                reason=error_text(exc)))

        self._tasks.submit(lambda: writer(ctx, flt, path), on_done=done, on_error=failed,
                           context=self, name=f"broadcast log: export {kind}")

    def _export_finished(self) -> None:
        for button in (self.export_xlsx_button, self.export_csv_button):
            button.setEnabled(True)
