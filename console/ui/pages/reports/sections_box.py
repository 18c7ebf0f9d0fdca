"""The report's plan against actual, the Zalo OA and the team, as frozen in the report.

Each "done / planned" cell can be opened: loudspeaker airings and board days open the
broadcast log at exactly their entries; Zalo articles, activities and trainings open a list
of their rows. The numbers are the report's own (frozen when it was prepared).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.reports.log import LogFilter
from ....services.reports.section_details import DetailRow, theme_rows
from ....station import StationContext
from ...channel_labels import channel_label, channel_short_label, period_label, verdict_label
from ...errors import error_text
from ...tasks import TaskRunner
from ...theme import Colors
from ...widgets import text_label

COLUMNS = ("airings", "board_days", "zalo_articles", "team_activities", "people_reached",
           "trainings")
FIRST_CHANNEL_COLUMN = 2
LOG_CHANNELS = ("airings", "board_days")


def _day(iso: str | None) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else "—"


class RowsDialog(QDialog):
    """The rows behind one number."""

    def __init__(self, title: str, rows: list[DetailRow], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 5)
        self.table.setObjectName("sectionRows")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("What"),
                                              self.tr("Where"), self.tr("Number"),
                                              self.tr("Row")])
        for r, row in enumerate(rows):
            values = [row.day.strftime("%d/%m/%Y") if row.day else "", row.content, row.place,
                      "" if row.value is None else str(row.value), row.row]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SectionsBox(QGroupBox):
    #: a number was opened: its log filter and what it is, in words
    drill_requested = Signal(object, str)

    def __init__(self, ctx: StationContext, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSections")
        self._ctx, self._tasks = ctx, tasks
        self.sections: dict[str, Any] = {}
        self.period_end: dt.date | None = None
        self.rows_dialog: RowsDialog | None = None
        layout = QVBoxLayout(self)
        self.hint = text_label("muted")
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, FIRST_CHANNEL_COLUMN + len(COLUMNS))
        self.table.setObjectName("planActual")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setMinimumHeight(280)
        layout.addWidget(self.table)
        self.evaluation_label = text_label()
        self.evaluation_label.setObjectName("planEvaluation")
        layout.addWidget(self.evaluation_label)
        self.channels_label = text_label()
        self.channels_label.setObjectName("channelFigures")
        layout.addWidget(self.channels_label)
        self.table.cellClicked.connect(self.open_cell)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The plan against what was done; the Zalo OA and the team"))
        self.hint.setText(self.tr("Each cell: done / planned. Click a number to see the rows "
                                  "behind it."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Theme or campaign"), self.tr("Period"),
             *(channel_short_label(c) for c in COLUMNS)])
        for column, channel in enumerate(COLUMNS, start=FIRST_CHANNEL_COLUMN):
            self.table.horizontalHeaderItem(column).setToolTip(channel_label(channel))
        self.show_sections(self.sections, self.period_end)

    def show_sections(self, sections: dict[str, Any], period_end: dt.date | None) -> None:
        self.sections, self.period_end = sections or {}, period_end
        plan = self.sections.get("plan") or []
        self.table.setRowCount(len(plan))
        link = QColor(Colors.ACCENT)
        for r, theme in enumerate(plan):
            title = QTableWidgetItem(theme["title"])
            title.setToolTip(theme["title"])
            self.table.setItem(r, 0, title)
            self.table.setItem(r, 1, QTableWidgetItem(period_label(
                theme["period_kind"], theme.get("period_index"))))
            for c, channel in enumerate(COLUMNS, start=FIRST_CHANNEL_COLUMN):
                actual = theme["actual"].get(channel, 0)
                planned = theme["planned"].get(channel)
                item = QTableWidgetItem(f"{actual} / {planned}" if planned is not None
                                        else str(actual))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if actual and channel != "people_reached":
                    item.setForeground(link)
                    item.setToolTip(self.tr("Show the rows behind this number"))
                self.table.setItem(r, c, item)
        lines = []
        for row in self.sections.get("evaluation") or []:
            if row["planned"] is None:
                continue
            pct = f"{row['pct']:.1f} %".replace(".", ",") if row["pct"] is not None else "—"
            lines.append(self.tr("{channel}: {actual} of {planned} planned ({pct}), "
                                 "{verdict}").format(channel=channel_label(row["channel"]),
                                                     actual=row["actual"],
                                                     planned=row["planned"], pct=pct,
                                                     verdict=verdict_label(row["verdict"])))
        self.evaluation_label.setText("\n".join(lines) if plan else self.tr(
            "The station had no plan for this period when the report was prepared."))
        zalo, team = self.sections.get("zalo") or {}, self.sections.get("team") or {}
        figures = []
        if zalo.get("followers_end") is not None:
            figures.append(self.tr("Zalo OA followers: {start} at the start (read {start_day}), "
                                   "{end} at the end (read {end_day}); {articles} articles, "
                                   "{views} views.").format(
                start=zalo.get("followers_start"), start_day=_day(zalo.get("followers_start_day")),
                end=zalo.get("followers_end"), end_day=_day(zalo.get("followers_end_day")),
                articles=zalo.get("articles"), views=zalo.get("views")))
        if team.get("propagandists") or team.get("activities"):
            figures.append(self.tr("Team: {people} propagandists, {activities} activities "
                                   "reaching {reached} people, {trainings} trainings.").format(
                people=team.get("propagandists"), activities=team.get("activities"),
                reached=team.get("people_reached"), trainings=team.get("trainings")))
        self.channels_label.setText("\n".join(figures))
        self.setVisible(bool(plan or figures))

    def open_cell(self, row: int, column: int) -> None:
        plan = self.sections.get("plan") or []
        index = column - FIRST_CHANNEL_COLUMN
        if not 0 <= row < len(plan) or not 0 <= index < len(COLUMNS):
            return
        theme, channel = plan[row], COLUMNS[index]
        ids = (theme.get("rows") or {}).get(channel) or []
        if not ids:
            return
        what = f"{theme['title']}: {channel_label(channel)}"
        if channel in LOG_CHANNELS:
            self.drill_requested.emit(LogFilter(entry_ids=tuple(str(i) for i in ids)), what)
            return
        ctx, end = self._ctx, self.period_end or dt.date.max
        self._tasks.submit(lambda: theme_rows(ctx, theme, channel, end),
                           on_done=lambda rows: self._show_rows(what, rows),
                           on_error=lambda exc: self.hint.setText(error_text(exc)),
                           context=self, name="report: section rows")

    def _show_rows(self, title: str, rows: list[DetailRow]) -> None:
        self.rows_dialog = RowsDialog(title, rows, self)
        self.rows_dialog.open()
