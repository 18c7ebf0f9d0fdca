"""Báo cáo định kỳ: the periodic reports to the Department, draft → approved → sent.

The list on the left, the chosen report's form on the right: the counted indicators
(read-only; a blue number shows the plays behind it), the figures only people know,
the signers, and the buttons of the workflow. The services check every role; the
buttons a role may not use are disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.permissions import Actor, Permission
from ....services.reports import forms
from ....services.reports.export_pdf import export_report_pdf
from ....services.reports.export_report import export_report_xlsx
from ....services.reports.indicators import Indicator, Statistics, compute_statistics
from ....services.reports.periods import Period
from ....station import StationContext
from ...errors import error_text
from ...flow_layout import flow_row
from ...report_periods import describe_period
from ...tasks import TaskRunner
from ...theme import Colors
from ...widgets import TabContent, text_label
from . import files
from .labels import manual_label, report_state_label
from .period_picker import PeriodPicker
from .sections_box import SectionsBox
from .stats_tab import IndicatorGrid

log = logging.getLogger(__name__)

REPORT_KINDS = ("month", "quarter", "half_year", "nine_months", "year")
# Narrower than this, the list of reports goes over the form (LIST_HEIGHT tall at first),
# and the form's figures over its fields.
LIST_BESIDE_FROM = 820
LIST_HEIGHT = 130
BOXES_BESIDE_FROM = 620
FORM_AT_LEAST = 300  # px of the form in sight
STATE_COLOURS = {"draft": Colors.WARN, "approved": Colors.ACCENT, "submitted": Colors.OK}


def _int_or_none(text: str) -> int | None:
    text = text.strip().replace(".", "").replace(",", "").replace(" ", "")
    return int(text) if text else None


class ReportTab(TabContent):
    #: a number of the form was clicked: its drill filter and what it is, in words
    drill_requested = Signal(object, str)
    #: a report changed state (its `ReportView`)
    changed = Signal(object)
    #: a report was sent to the outbox
    submitted = Signal(object)

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._tasks = tasks
        self.reports: list[forms.ReportView] = []
        self.current: forms.ReportView | None = None
        self._stats: Statistics | None = None
        self._busy = False
        self._filling = False
        self.dirty = False
        #: the save dialog; tests put a function here that returns a path
        self.ask_save_path: Callable[[QWidget, str, Path, str], Path | None] = (
            files.ask_save_path)
        self.last_export: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.picker = PeriodPicker(REPORT_KINDS)
        self.build_button = QPushButton()
        self.build_button.setProperty("buttonRole", "primary")
        top.addWidget(self.picker)
        top.addWidget(self.build_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("reportList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(200)
        splitter.addWidget(self.table)

        # -- the form ----------------------------------------------------------------------
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(4, 0, 4, 0)
        form_layout.setSpacing(8)
        head = QHBoxLayout()
        self.form_title = text_label("subtitle", wrap=False)
        self.state_label = text_label(wrap=False)
        self.state_label.setObjectName("reportState")
        head.addWidget(self.form_title)
        head.addSpacing(12)
        head.addWidget(self.state_label)
        head.addStretch(1)
        form_layout.addLayout(head)
        self.meta_label = text_label("muted")
        form_layout.addWidget(self.meta_label)

        # the workflow first: visible without scrolling on a 1366×768 screen
        self.save_button = QPushButton()
        self.approve_button = QPushButton()
        self.submit_button = QPushButton()
        self.submit_button.setProperty("buttonRole", "primary")
        self.xlsx_button = QPushButton()
        self.pdf_button = QPushButton()
        # they wrap onto a second line in a narrow window rather than being cut
        form_layout.addWidget(flow_row(self.save_button, self.approve_button,
                                       self.submit_button, None, self.xlsx_button,
                                       self.pdf_button))
        self.message_label = text_label("muted")
        self.message_label.setObjectName("reportMessage")
        form_layout.addWidget(self.message_label)

        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(12)
        self.indicator_box = QGroupBox()
        indicator_layout = QVBoxLayout(self.indicator_box)
        self.grid = IndicatorGrid()
        indicator_layout.addWidget(self.grid)
        indicator_layout.addStretch(1)
        columns.addWidget(self.indicator_box, 11)

        right = QVBoxLayout()
        self.manual_box = QGroupBox()
        manual_layout = QVBoxLayout(self.manual_box)
        manual_layout.setSpacing(4)
        self.manual_edits: dict[str, QLineEdit] = {}
        self.manual_captions: dict[str, QLabel] = {}
        for field in forms.MANUAL_FIELDS:
            caption = QLabel()
            caption.setWordWrap(True)
            edit = QLineEdit()
            edit.setObjectName(f"manual_{field}")
            edit.setValidator(QIntValidator(0, 10_000_000, edit))
            caption.setBuddy(edit)
            self.manual_edits[field] = edit
            self.manual_captions[field] = caption
            manual_layout.addWidget(caption)
            manual_layout.addWidget(edit)
        self.notes_caption = QLabel()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("reportNotes")
        self.notes_edit.setMaximumHeight(90)
        self.notes_caption.setBuddy(self.notes_edit)
        manual_layout.addWidget(self.notes_caption)
        manual_layout.addWidget(self.notes_edit)
        right.addWidget(self.manual_box)

        self.signer_box = QGroupBox()
        signer_layout = QVBoxLayout(self.signer_box)
        signer_layout.setSpacing(4)
        self.prepared_caption, self.checked_caption, self.approved_caption = (
            QLabel(), QLabel(), QLabel())
        self.prepared_edit, self.checked_edit, self.approved_edit = (
            QLineEdit(), QLineEdit(), QLineEdit())
        for caption, edit in ((self.prepared_caption, self.prepared_edit),
                              (self.checked_caption, self.checked_edit),
                              (self.approved_caption, self.approved_edit)):
            caption.setBuddy(edit)
            signer_layout.addWidget(caption)
            signer_layout.addWidget(edit)
        right.addWidget(self.signer_box)
        right.addStretch(1)
        columns.addLayout(right, 9)
        form_layout.addLayout(columns, 1)
        self.sections_box = SectionsBox(ctx, tasks)
        self.sections_box.hide()
        form_layout.addWidget(self.sections_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        scroll.viewport().installEventFilter(self)  # its width arranges the form's boxes
        scroll.setMinimumHeight(FORM_AT_LEAST)  # a short window scrolls the page instead
        self.form = form
        self.form_view = scroll.viewport()
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([270, 810])
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.build_button.clicked.connect(self.build_selected_period)
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(self.approve)
        self.submit_button.clicked.connect(self.submit)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.grid.drill_requested.connect(self.drill_requested)
        self.sections_box.drill_requested.connect(self.drill_requested)
        for edit in (*self.manual_edits.values(), self.prepared_edit, self.checked_edit,
                     self.approved_edit):
            edit.textChanged.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        self._show_report(None)

    # --- texts -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= LIST_BESIDE_FROM
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            # narrow: the list of reports over the form, each the window's width
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([270, 810] if wide else [LIST_HEIGHT, 10 * LIST_HEIGHT])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_view and event.type() == QEvent.Type.Resize:
            # the figures beside the fields the station fills in, or above them
            self.columns.setDirection(
                QBoxLayout.Direction.LeftToRight if self.form_view.width() >= BOXES_BESIDE_FROM
                else QBoxLayout.Direction.TopToBottom)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.sections_box.retranslate()
        self.build_button.setText(self.tr("Prepare the report"))
        self.build_button.setToolTip(self.tr(
            "Counts the figures of the chosen period into a draft (a draft already there "
            "is counted again; what people filled in is kept)."))
        self.table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("State"),
                                              self.tr("Sent")])
        self.indicator_box.setTitle(self.tr("Counted by the console"))
        self.manual_box.setTitle(self.tr("Filled in by the station"))
        for field, caption in self.manual_captions.items():
            caption.setText(manual_label(field))
        self.notes_caption.setText(self.tr("Notes"))
        self.signer_box.setTitle(self.tr("Signatures"))
        self.prepared_caption.setText(self.tr("Prepared by"))
        self.checked_caption.setText(self.tr("Checked by"))
        self.approved_caption.setText(self.tr("Head of the unit"))
        self.save_button.setText(self.tr("Save"))
        self.approve_button.setText(self.tr("Approve"))
        self.submit_button.setText(self.tr("Send"))
        self.submit_button.setToolTip(self.tr("Send the approved report to the Department "
                                              "through the outbox"))
        self.xlsx_button.setText(self.tr("Excel…"))
        self.xlsx_button.setToolTip(self.tr("Export the form as an Excel workbook"))
        self.pdf_button.setText(self.tr("PDF…"))
        self.pdf_button.setToolTip(self.tr("Export the form as a PDF to print and sign"))
        self._render_list()
        self._show_report(self.current, keep_edits=True)

    # --- loading -----------------------------------------------------------------------

    def activate(self) -> None:
        self.load()

    def load(self, select_id: str | None = None) -> None:
        ctx = self._ctx
        wanted = select_id or (self.current.id if self.current else None)
        self._tasks.submit(lambda: forms.list_reports(ctx),
                           on_done=lambda reports: self._listed(reports, wanted),
                           on_error=lambda exc: self._say(error_text(exc), error=True),
                           context=self, name="reports: list")

    def _listed(self, reports: list[forms.ReportView], wanted: str | None) -> None:
        self.reports = reports
        self._render_list()
        row = next((n for n, r in enumerate(reports) if r.id == wanted), None)
        if row is None and reports and self.current is None:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            if self.current is None or self.current.id != reports[row].id or not self.dirty:
                self._show_report(reports[row])
        elif not reports:
            self._show_report(None)

    def _render_list(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            sent = report.submitted_at.strftime("%d/%m/%Y") if report.submitted_at else ""
            values = [describe_period(report.period), report_state_label(report.state), sent]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, report.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        report = self.reports[rows[0].row()]
        if self.current is not None and report.id == self.current.id:
            return
        self._show_report(report)

    def select_report(self, report_id: str) -> None:
        for row, report in enumerate(self.reports):
            if report.id == report_id:
                self.table.selectRow(row)
                self._show_report(report)
                return

    # --- the form ----------------------------------------------------------------------

    def _show_report(self, report: forms.ReportView | None, *, keep_edits: bool = False) -> None:
        changed_report = (report is None or self.current is None
                          or report.id != self.current.id)
        self.current = report
        self.form.setEnabled(report is not None)
        if report is None:
            self.form_title.setText(self.tr("No report chosen"))
            self.state_label.setText("")
            self.meta_label.setText(self.tr(
                "Choose a period above and press \"Prepare the report\"."))
            self.grid.show_indicators({}, "")
            self.sections_box.show_sections({}, None)
            self._update_buttons()
            return
        self.form_title.setText(self.tr("Report for {period}").format(
            period=describe_period(report.period, in_sentence=True)))
        self.state_label.setText(self.tr("State: {state}").format(
            state=report_state_label(report.state)))
        self.state_label.setStyleSheet(
            f"color: {STATE_COLOURS.get(report.state, Colors.TEXT)}; font-weight: bold;")
        self.meta_label.setText(self.tr(
            "Period {code} ({start} – {end}) · station code {station}").format(
                code=report.period.code, start=report.period.start.strftime("%d/%m/%Y"),
                end=report.period.end.strftime("%d/%m/%Y"),
                station=report.station_code or "—"))
        self._show_indicators(report)
        self.sections_box.show_sections(report.sections, report.period.end)
        if not keep_edits or changed_report:
            self._filling = True
            for field, edit in self.manual_edits.items():
                value = report.manual.get(field)
                edit.setText("" if value is None else str(value))
            self.notes_edit.setPlainText(report.notes or "")
            self.prepared_edit.setText(report.prepared_by or "")
            self.checked_edit.setText(report.checked_by or "")
            self.approved_edit.setText(report.approved_by or "")
            self._filling = False
            self.dirty = False
        if changed_report:
            self._load_drills(report.period)
        self._update_buttons()

    def _show_indicators(self, report: forms.ReportView) -> None:
        stats = self._stats
        drills = (stats.indicators if stats is not None and stats.period == report.period
                  else {})
        indicators = {code: Indicator(code=code, value=value,
                                      drill=drills[code].drill if code in drills else None)
                      for code, value in report.indicators.items()}
        self.grid.show_indicators(indicators, describe_period(report.period))

    def _load_drills(self, period: Period) -> None:
        """The plays behind the numbers come from the statistics of the same period."""
        ctx = self._ctx

        def done(stats: Statistics) -> None:
            self._stats = stats
            if self.current is not None and self.current.period == stats.period:
                self._show_indicators(self.current)

        self._tasks.submit(lambda: compute_statistics(ctx, period), on_done=done,
                           on_error=lambda exc: log.warning(
                               "no drill-down for the report's numbers: %s", exc),
                           context=self, name="reports: drills of the form")

    def _edited(self, *_args: Any) -> None:
        if not self._filling:
            self.dirty = True
            self._update_buttons()

    def _update_buttons(self) -> None:
        actor, report = self._actor, self.current
        can_prepare = actor.can(Permission.PREPARE_REPORTS)
        self.build_button.setEnabled(can_prepare and not self._busy)
        self.picker.setEnabled(can_prepare)
        state = report.state if report else None
        editable = report is not None and state != "submitted" and can_prepare
        for widget in (*self.manual_edits.values(), self.prepared_edit, self.checked_edit,
                       self.approved_edit):
            widget.setReadOnly(not editable)
        self.notes_edit.setReadOnly(not editable)
        idle = not self._busy
        self.save_button.setEnabled(idle and editable and self.dirty)
        self.approve_button.setEnabled(
            idle and report is not None and actor.can(Permission.APPROVE_REPORTS)
            and (state == "draft" or (state == "approved" and self.dirty)))
        self.submit_button.setEnabled(
            idle and state == "approved" and not self.dirty
            and actor.can(Permission.SUBMIT_REPORTS))
        self.xlsx_button.setEnabled(idle and report is not None)
        self.pdf_button.setEnabled(idle and report is not None)
        if report is not None and not can_prepare and not actor.can(
                Permission.APPROVE_REPORTS):
            self.save_button.setToolTip(self.tr("Your role may look at reports only."))

    def form_values(self) -> dict[str, Any]:
        """What the operator typed, as the service takes it."""
        return {
            "manual": {field: _int_or_none(edit.text())
                       for field, edit in self.manual_edits.items()},
            "notes": self.notes_edit.toPlainText().strip(),
            "prepared_by": self.prepared_edit.text().strip(),
            "checked_by": self.checked_edit.text().strip(),
            "approved_by": self.approved_edit.text().strip(),
        }

    # --- actions -----------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done_text: str, *, name: str,
             after: Callable[[Any], None] | None = None) -> None:
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Working…"))

        def done(result: Any) -> None:
            self._busy = False
            if isinstance(result, forms.ReportView):
                self.current = None   # show the stored values, not the typed ones
                self.dirty = False
                self._show_report(result)
                self.load(result.id)
                self.changed.emit(result)
            self._say(done_text)
            if after is not None:
                after(result)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._busy = False
            log.info("report action %s refused: %s", name, exc)
            self._say(error_text(exc), error=True)
            self._update_buttons()

        self._tasks.submit(work, on_done=done, on_error=failed, context=self, name=name)

    def build_selected_period(self) -> None:
        period = self.picker.period()
        if period is None:
            self._say(self.tr("Choose a period."), error=True)
            return
        ctx, actor = self._ctx, self._actor
        self._run(lambda: forms.build_report(ctx, actor, period),
                  self.tr("The figures of {period} were counted into a draft.").format(
                      period=describe_period(period, in_sentence=True)), name="reports: build")

    def save(self) -> None:
        report = self.current
        if report is None:
            return
        ctx, actor, values = self._ctx, self._actor, self.form_values()
        self._run(lambda: forms.update_report(ctx, actor, report.id, **values),
                  self.tr("Saved."), name="reports: save")

    def approve(self) -> None:
        report = self.current
        if report is None:
            return
        ctx, actor = self._ctx, self._actor
        values = self.form_values() if self.dirty else None

        def work() -> forms.ReportView:
            if values is not None:   # approve what is on screen, not an older draft
                forms.update_report(ctx, actor, report.id, **values)
            return forms.approve_report(ctx, actor, report.id)

        self._run(work, self.tr("Approved. It can now be sent to the Department."),
                  name="reports: approve")

    def submit(self) -> None:
        report = self.current
        if report is None:
            return
        ctx, actor = self._ctx, self._actor
        self._run(lambda: forms.submit_report(ctx, actor, report.id),
                  self.tr("Queued for the Department: it goes out with the next "
                          "synchronisation (see Outbox & sync)."),
                  name="reports: submit", after=self.submitted.emit)

    def export(self, kind: str) -> None:
        report = self.current
        if report is None:
            return
        suggested = self._ctx.paths.exports / f"bao-cao-{report.period.code}.{kind}"
        file_filter = (self.tr("Excel workbook (*.xlsx)") if kind == "xlsx"
                       else self.tr("PDF document (*.pdf)"))
        path = self.ask_save_path(self, self.tr("Export the report"), suggested, file_filter)
        if path is None:
            return
        self.export_to(kind, path)

    def export_to(self, kind: str, path: Path) -> None:
        report = self.current
        if report is None:
            return
        ctx, report_id = self._ctx, report.id
        writer = export_report_xlsx if kind == "xlsx" else export_report_pdf

        def done(_result: Any) -> None:
            self.last_export = path

        self._run(lambda: writer(ctx, report_id, path),
                  self.tr("Saved to {path}").format(path=str(path)),
                  name=f"reports: export {kind}", after=done)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {Colors.EMERGENCY};" if error else "")
