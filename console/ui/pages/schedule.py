"""Lịch phát (Schedule): a day or a week of programmes, per target group, with campaigns.

A day column lists every airing (a past one greyed, with what the devices' play logs say of
it); airings outside the allowed hours are marked, days with an
anniversary are marked in their header, and the quiet-hours band, the anniversaries and the
month's themes are spelled out under the table. Double-click an airing to open its
programme; drag it to another day to move it (this airing, or the whole series by its time
of day). The provincial and local anniversaries are edited from here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.permissions import Permission
from ...services.programmes import schedule as schedule_service
from ...services.programmes.calendar import Plan, PlanRow, plan
from ...services.programmes.common import hhmm
from ...services.reports.log import LogFilter
from ...settings import QUIET_END, QUIET_START
from ...timezone import STATION_TZ, station_now
from ..dialogs.campaign_dialog import CampaignDialog
from ..errors import error_text
from ..flow_layout import flow_row
from ..labels import airing_log_label, programme_status_label
from ..tasks import TaskHandle
from ..theme import Colors
from ..timefmt import format_day_header, format_long_date
from ..widgets import text_label
from .base import Page

log = logging.getLogger(__name__)

AIRING_MIME = "application/x-commune-airing"
AiringRole = Qt.ItemDataRole.UserRole + 1   # the PlanRow of the cell


def _slots_of(rows: list[PlanRow]) -> list[tuple[dt.time, int]]:
    """Each airing of a day (in order of start) as (its minute, how many before it then)."""
    seen: Counter[dt.time] = Counter()
    slots = []
    for row in rows:
        minute = row.start.time().replace(second=0, microsecond=0)
        slots.append((minute, seen[minute]))
        seen[minute] += 1
    return slots


def _minute_up(at: dt.datetime) -> dt.datetime:
    """The end of an airing to the minute, rounded up: 43 s from 05:30 ends at 05:31, not at
    "05:30–05:30"."""
    whole = at.replace(second=0, microsecond=0)
    return whole if whole == at else whole + dt.timedelta(minutes=1)


class AiringTable(QTableWidget):
    """The week's airings; an airing dragged onto another day asks to be moved there."""

    #: the airing dragged, and the day it was dropped on
    airing_dropped = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.days: list[dt.date] = []
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def mimeTypes(self) -> list[str]:
        return [AIRING_MIME]

    def mimeData(self, items: list[QTableWidgetItem]) -> QMimeData:
        mime = QMimeData()
        row = items[0].data(AiringRole) if items else None
        if isinstance(row, PlanRow):
            mime.setData(AIRING_MIME, f"{row.programme_id}|{row.start.isoformat()}".encode())
        return mime

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(AIRING_MIME).data()).decode()
        column = self.columnAt(int(event.position().x()))
        source = next((r for r in self._rows() if f"{r.programme_id}|{r.start.isoformat()}"
                       == raw), None)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the table is read again afterwards
        event.accept()
        if source is not None and 0 <= column < len(self.days):
            self.airing_dropped.emit(source, self.days[column])

    def _rows(self) -> list[PlanRow]:
        return [row for r in range(self.rowCount()) for c in range(self.columnCount())
                if (item := self.item(r, c)) is not None
                and isinstance(row := item.data(AiringRole), PlanRow)]


class MoveAiringDialog(QDialog):
    """Move one airing, or the whole series (its time of day)."""

    def __init__(self, row: PlanRow, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveAiringDialog")
        self.row, self.day = row, day
        self.explain = text_label()
        self.time_edit = QTimeEdit(QTime(row.start.hour, row.start.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.this_one, self.series = QRadioButton(), QRadioButton()
        self.this_one.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.this_one)
        group.addButton(self.series)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.this_one)
        layout.addWidget(self.series)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Move an airing"))
        self.explain.setText(self.tr("Move “{name}” of {when} to {day} at:").format(
            name=row.name, when=row.start.strftime("%d/%m %H:%M"), day=day.strftime("%d/%m")))
        self.this_one.setText(self.tr("Only this airing"))
        self.series.setText(self.tr("The whole series (every airing at this time moves to "
                                    "the new time of day)"))

    def target(self) -> dt.datetime:
        time = self.time_edit.time()
        return dt.datetime.combine(self.day, dt.time(time.hour(), time.minute()), STATION_TZ)


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (a Vietnamese week runs Thứ Hai to Chủ Nhật)."""
    return day - dt.timedelta(days=day.weekday())


class SchedulePage(Page):
    key = "schedule"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView
    scrollable = False

    #: a programme to show on the Programmes page (double-click on one of its airings)
    open_programme = Signal(int)
    #: an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)
    open_play_log = Signal(object, str)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Schedule")

    def build(self) -> None:
        self._plan: Plan | None = None
        self._loading: TaskHandle | None = None
        self._first = week_start(station_now().date())
        self._quiet = (dt.time(5, 30), dt.time(21, 0))
        self._days = 7
        self.prev_button, self.today_button, self.next_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.view_combo = QComboBox()
        self.group_combo = QComboBox()
        self.campaigns_button = QPushButton()
        # Wraps rather than cut the buttons' words (larger text).
        self.body.addWidget(flow_row(self.prev_button, self.today_button, self.next_button,
                                     self.view_combo, None, self.campaigns_button,
                                     self.group_combo))
        self.table = AiringTable()
        self.table.setObjectName("scheduleTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.body.addWidget(self.table, 1)
        self.quiet_label = text_label("muted")
        self.campaign_label = text_label()
        self.body.addWidget(self.quiet_label)
        self.body.addWidget(self.campaign_label)
        self.prev_button.clicked.connect(lambda: self._shift(-self._days))
        self.next_button.clicked.connect(lambda: self._shift(self._days))
        self.today_button.clicked.connect(self._this_week)
        self.view_combo.activated.connect(lambda _i: self.set_days(self.view_combo.currentData()))
        self.group_combo.activated.connect(lambda _i: self._load())
        self.campaigns_button.clicked.connect(self.open_campaigns)
        self.table.doubleClicked.connect(self._open)
        # Right-click (or the menu key) on an airing: its programme, or its plays.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.context_menu: QMenu | None = None  # the one shown (kept alive, and for tests)
        self.table.airing_dropped.connect(self.ask_move)
        self.message = text_label("muted")
        self.body.addWidget(self.message)
        if not self.env.actor.can(Permission.EDIT_PROGRAMMES):
            self.table.setDragEnabled(False)

    def retranslate(self) -> None:
        super().retranslate()
        day = self._days == 1
        self.prev_button.setText(self.tr("Previous day") if day else self.tr("Previous week"))
        self.today_button.setText(self.tr("Today") if day else self.tr("This week"))
        self.next_button.setText(self.tr("Next day") if day else self.tr("Next week"))
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.view_combo.addItem(self.tr("Week"), 7)
        self.view_combo.addItem(self.tr("Day"), 1)
        self.view_combo.setCurrentIndex(0 if self._days == 7 else 1)
        self.view_combo.blockSignals(False)
        self.campaigns_button.setText(self.tr("Anniversaries and themes…"))
        self.table.setToolTip(self.tr("Double-click an airing to open its programme; drag it "
                                      "to another day to move it"))
        if self.group_combo.count() == 0:
            self.group_combo.addItem(self.tr("Whole commune"), None)
        else:
            self.group_combo.setItemText(0, self.tr("Whole commune"))
        self._show()

    def activate(self) -> None:
        self._load()

    def set_days(self, days: int) -> None:
        """Show one day (with details) or a week: today when it is in the week shown, else
        the week's Monday; a day switches to its week."""
        today = station_now().date()
        if days == 1 and self._days == 7:
            if self._first <= today < self._first + dt.timedelta(days=7):
                self._first = today
        elif days != 1:
            self._first = week_start(self._first)
        self._days = 1 if days == 1 else 7
        self.retranslate()
        self._load()

    def open_campaigns(self) -> CampaignDialog:
        dialog = CampaignDialog(self.env.ctx, self.env.actor, self.env.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._load)
        dialog.open()
        return dialog

    def _this_week(self) -> None:
        today = station_now().date()
        self._first = today if self._days == 1 else week_start(today)
        self._load()

    def _shift(self, days: int) -> None:
        self._first += dt.timedelta(days=days)
        self._load()

    def _load(self) -> None:
        ctx, first, group = self.env.ctx, self._first, self.group_combo.currentData()
        days = self._days

        def work() -> tuple[Plan, tuple[dt.time, dt.time]]:
            quiet = (hhmm(ctx.settings.get(QUIET_START)), hhmm(ctx.settings.get(QUIET_END)))
            return plan(ctx.db, first, days, group), quiet

        # Only the last request is shown: "Tuần trước" pressed twice asks twice, and the
        # first answer may come back second.
        if self._loading is not None:
            self._loading.cancel()
        self._loading = self.env.tasks.submit(work, on_done=self._loaded, context=self,
                                              name="read schedule")

    def _loaded(self, result: tuple[Plan, tuple[dt.time, dt.time]]) -> None:
        self._plan, self._quiet = result
        known = {self.group_combo.itemText(i) for i in range(1, self.group_combo.count())}
        for name in self._plan.groups:
            if name not in known:
                self.group_combo.addItem(name, name)
        self._show()

    def _show(self) -> None:
        first, last = self._quiet
        self.quiet_label.setText(self.tr(
            "Quiet hours: nothing but emergencies before {start} or after {end}.").format(
                start=first.strftime("%H:%M"), end=last.strftime("%H:%M")))
        data = self._plan
        if data is None:
            return
        marked = {u.date for u in data.campaigns}
        self.table.setColumnCount(len(data.days))
        self.table.days = list(data.days)
        self.table.setHorizontalHeaderLabels(
            [(format_long_date(d) if len(data.days) == 1 else format_day_header(d))
             + (" ★" if d in marked else "") for d in data.days])
        self._mark_today(data.days)
        columns = [sorted((r for r in data.rows if r.day == d), key=lambda r: r.start)
                   for d in data.days]
        # One row per time of day (and per airing at that time), so the same time reads
        # across the week: Sunday's 17:00 beside Monday's 17:00, not beside its 05:30.
        day_slots = [_slots_of(rows) for rows in columns]
        slots = {slot: n for n, slot in enumerate(sorted(set().union(*day_slots)))}
        self.table.setRowCount(len(slots))
        self.table.clearContents()
        for c, (rows, row_slots) in enumerate(zip(columns, day_slots, strict=True)):
            for row, slot in zip(rows, row_slots, strict=True):
                r = slots[slot]
                outside = row.start.time() < first or row.end > row.start.replace(
                    hour=last.hour, minute=last.minute, second=0)
                text = f"{row.start:%H:%M}–{_minute_up(row.end):%H:%M} {row.name}"
                if len(data.days) == 1:  # the day view has room for the state
                    text += f" — {programme_status_label(row.status)}"
                if outside:
                    text += self.tr(" (quiet hours)")
                said, role = airing_log_label(row.log, row.status)
                if said:  # a past airing: what the devices' play logs say of it
                    text += "\n" + said
                item = QTableWidgetItem(text)
                if row.log.started:
                    item.setForeground(QBrush(QColor(
                        Colors.EMERGENCY if role == "error" else Colors.MUTED)))
                item.setData(AiringRole, row)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        parts = []
        if data.campaigns:
            lines = [f"{u.date:%d/%m}: {u.campaign.name}" for u in data.campaigns]
            heading = (self.tr("Anniversaries today:") if len(data.days) == 1
                       else self.tr("Anniversaries this week:"))
            parts.append(f"★ {heading} " + "; ".join(lines))
        if data.months:
            names = [f"{theme.name} ({month:%m/%Y})" for month, theme in data.months]
            parts.append(self.tr("Theme of the month:") + " " + "; ".join(names))
        self.campaign_label.setText("\n".join(parts))

    def _mark_today(self, days: list[dt.date]) -> None:
        """Today's heading in bold, saying so in its tooltip (a week runs Monday to Sunday,
        so today is seldom its first column)."""
        today = station_now().date()
        for column, day in enumerate(days):
            header = self.table.horizontalHeaderItem(column)
            if header is None:
                continue
            font = header.font()
            font.setBold(day == today)
            header.setFont(font)
            header.setToolTip(self.tr("Today") if day == today else "")

    # -- from an airing ---------------------------------------------------------------------

    def airing_at(self, row: int, column: int) -> PlanRow | None:
        item = self.table.item(row, column)
        found = item.data(AiringRole) if item is not None else None
        return found if isinstance(found, PlanRow) else None

    def _open(self, index: QModelIndex) -> None:
        found = self.airing_at(index.row(), index.column())
        if found is not None:
            self.open_programme.emit(found.programme_id)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        found = self.airing_at(index.row(), index.column()) if index.isValid() else None
        if found is None:
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open the programme"), lambda: self._open(index))
        plays = menu.addAction(self.tr("Its plays in the broadcast log"),
                               lambda: self._show_plays(found))
        plays.setEnabled(bool(found.log.entry_ids))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def _show_plays(self, row: PlanRow) -> None:
        self.open_play_log.emit(
            LogFilter(start=row.day, end=row.day, entry_ids=row.log.entry_ids),
            self.tr("The {time} airing of {day} of “{name}”").format(
                time=f"{row.start:%H:%M}", day=f"{row.day:%d/%m}", name=row.name))

    def ask_move(self, row: PlanRow, day: dt.date) -> MoveAiringDialog:
        """Where to, and this airing or the series (the dialog is opened, not run)."""
        dialog = MoveAiringDialog(row, day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._move(row, dialog.target(),
                                                   dialog.series.isChecked()))
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _move(self, row: PlanRow, to: dt.datetime, series: bool) -> None:
        db, actor = self.env.ctx.db, self.env.actor

        def done(_result: object) -> None:
            self.message.setText(self.tr("Moved. The programme goes back to draft if it was "
                                         "approved: have it approved again."))
            self._load()

        self.env.tasks.submit(
            lambda: schedule_service.move_airing(db, actor, row.programme_id, row.start, to,
                                                 series=series),
            on_done=done, on_error=lambda exc: self.message.setText(error_text(exc)),
            context=self, name="move airing")
