"""Lặp lại: when a programme airs — once, every day, Monday to Friday or chosen days of the
week; one or more times a day; a first and a last date; days left out. The next ten airings
are shown as the rule is edited, each with the problems that fall on it (quiet hours, a
clash with another programme on the same loudspeakers)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.programmes.airings import AiringPreview, ScheduleDraft, preview_airings
from ...station import StationContext
from ...timezone import station_now
from ..pages.programme_checks import problem_reason
from ..tasks import TaskRunner
from ..theme import Colors
from ..widgets import text_label

REPEATS = ("once", "daily", "weekdays", "weekly")
PREVIEW_COUNT = 10


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RepeatDialog(QDialog):
    def __init__(self, ctx: StationContext, tasks: TaskRunner, programme_id: int,
                 draft: ScheduleDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatDialog")
        self._ctx, self._tasks, self._pid = ctx, tasks, programme_id
        self._generation = 0
        self.previews: list[AiringPreview] = []
        self.setMinimumWidth(900)

        self.repeat_combo = QComboBox()
        self.day_boxes = [QCheckBox() for _ in range(7)]
        days_row = QHBoxLayout()
        for box in self.day_boxes:
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.days_widget = QWidget()
        self.days_widget.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)

        self.times_list = QListWidget()
        self.times_list.setMaximumHeight(110)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.add_time_button, self.remove_time_button = QPushButton(), QPushButton()
        time_row = QHBoxLayout()
        for widget in (self.time_edit, self.add_time_button, self.remove_time_button):
            time_row.addWidget(widget)
        time_row.addStretch(1)

        self.first_edit, self.last_edit, self.skip_edit = QDateEdit(), QDateEdit(), QDateEdit()
        for edit in (self.first_edit, self.last_edit, self.skip_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.open_ended = QCheckBox()
        last_row = QHBoxLayout()
        last_row.addWidget(self.last_edit)
        last_row.addWidget(self.open_ended)
        last_row.addStretch(1)
        self.skip_list = QListWidget()
        self.skip_list.setMaximumHeight(90)
        self.add_skip_button, self.remove_skip_button = QPushButton(), QPushButton()
        skip_row = QHBoxLayout()
        for widget in (self.skip_edit, self.add_skip_button, self.remove_skip_button):
            skip_row.addWidget(widget)
        skip_row.addStretch(1)

        self.repeat_caption, self.days_caption, self.times_caption = QLabel(), QLabel(), QLabel()
        self.first_caption, self.last_caption, self.skip_caption = QLabel(), QLabel(), QLabel()
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        rows: list[tuple[QLabel, QWidget | QHBoxLayout]] = [
            (self.repeat_caption, self.repeat_combo), (self.days_caption, self.days_widget),
            (self.times_caption, self.times_list), (QLabel(), time_row),
            (self.first_caption, self.first_edit), (self.last_caption, last_row),
            (self.skip_caption, self.skip_list), (QLabel(), skip_row)]
        for r, (caption, field) in enumerate(rows):
            form.addWidget(caption, r, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, r, 1)
            else:
                caption.setBuddy(field)
                form.addWidget(field, r, 1)
        form.setColumnStretch(1, 1)
        self.last_caption.setBuddy(self.last_edit)   # its field is a row: name the edit
        self.times_caption.setBuddy(self.time_edit)

        self.preview_caption = text_label("subtitle")
        self.preview_list = QListWidget()
        self.preview_list.setObjectName("airingPreview")
        self.summary_label = text_label("muted")
        right = QVBoxLayout()
        right.addWidget(self.preview_caption)
        right.addWidget(self.preview_list, 1)
        right.addWidget(self.summary_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._refresh)
        self.retranslate()
        self._load(draft)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_changed)
        for box in self.day_boxes:
            box.toggled.connect(self.changed)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(self.changed)
        self.open_ended.toggled.connect(self._open_ended_changed)
        self.add_time_button.clicked.connect(self.add_time)
        self.remove_time_button.clicked.connect(self._remove_time)
        self.add_skip_button.clicked.connect(self.add_skip)
        self.remove_skip_button.clicked.connect(self._remove_skip)
        self._repeat_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Repeat"))
        labels = (self.tr("Once"), self.tr("Every day"), self.tr("Monday to Friday"),
                  self.tr("Chosen days of the week"))
        current = self.repeat_combo.currentIndex()
        self.repeat_combo.clear()
        for value, label in zip(REPEATS, labels, strict=True):
            self.repeat_combo.addItem(label, value)
        self.repeat_combo.setCurrentIndex(max(0, current))
        for box, name in zip(self.day_boxes, (
                self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")), strict=True):
            box.setText(name)
        self.repeat_caption.setText(self.tr("&Airs"))
        self.days_caption.setText(self.tr("On"))
        self.times_caption.setText(self.tr("&Times"))
        self.add_time_button.setText(self.tr("Add time"))
        self.remove_time_button.setText(self.tr("Remove time"))
        self.first_caption.setText(self.tr("&First day"))
        self.last_caption.setText(self.tr("&Last day"))
        self.open_ended.setText(self.tr("No last day"))
        self.skip_caption.setText(self.tr("&Days left out"))
        self.add_skip_button.setText(self.tr("Leave out this day"))
        self.remove_skip_button.setText(self.tr("Put back"))
        self.preview_caption.setText(self.tr("The next {count} airings").format(
            count=PREVIEW_COUNT))

    # -- the rule ---------------------------------------------------------------------------

    def _load(self, draft: ScheduleDraft) -> None:
        self.repeat_combo.setCurrentIndex(max(0, REPEATS.index(draft.repeat)
                                              if draft.repeat in REPEATS else 0))
        for n, box in enumerate(self.day_boxes, start=1):
            box.setChecked(n in draft.weekdays)
        for value in draft.times:
            self._add_time_value(value)
        first = draft.start_date or station_now().date()
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(draft.end_date or first + dt.timedelta(days=27)))
        self.open_ended.setChecked(draft.end_date is None and draft.repeat != "once")
        self.skip_edit.setDate(_qdate(first))
        for value in draft.skip:
            self._add_skip_value(value)
        self._extra = draft.extra

    def draft(self) -> ScheduleDraft:
        repeat = self.repeat_combo.currentData() or "once"
        times = tuple(sorted(self.times_list.item(i).text()
                             for i in range(self.times_list.count())))
        first = _date(self.first_edit.date())
        last = None if self.open_ended.isChecked() else _date(self.last_edit.date())
        weekdays = tuple(n for n, box in enumerate(self.day_boxes, start=1) if box.isChecked())
        skip = tuple(self.skip_list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.skip_list.count()))
        return ScheduleDraft(repeat, times, first, last if repeat != "once" else first,
                             weekdays if repeat == "weekly" else (), skip, self._extra)

    def set_repeat(self, repeat: str) -> None:
        self.repeat_combo.setCurrentIndex(REPEATS.index(repeat))

    def set_days(self, days: list[int]) -> None:
        for n, box in enumerate(self.day_boxes, start=1):
            box.setChecked(n in days)

    def set_times(self, times: list[str]) -> None:
        self.times_list.clear()
        for value in times:
            self._add_time_value(value)
        self.changed()

    def add_time(self) -> None:
        self._add_time_value(self.time_edit.time().toString("HH:mm"))
        self.changed()

    def _add_time_value(self, value: str) -> None:
        existing = {self.times_list.item(i).text() for i in range(self.times_list.count())}
        if value not in existing:
            self.times_list.addItem(value)
            self.times_list.sortItems()

    def _remove_time(self) -> None:
        for item in self.times_list.selectedItems():
            self.times_list.takeItem(self.times_list.row(item))
        self.changed()

    def add_skip(self) -> None:
        self._add_skip_value(_date(self.skip_edit.date()).isoformat())
        self.changed()

    def _add_skip_value(self, value: str) -> None:
        existing = {self.skip_list.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.skip_list.count())}
        if value in existing:
            return
        try:
            shown = (dt.date.fromisoformat(value).strftime("%d/%m/%Y") if len(value) == 10
                     else dt.datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M"))
        except ValueError:
            shown = value
        item = QListWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.skip_list.addItem(item)

    def _remove_skip(self) -> None:
        for item in self.skip_list.selectedItems():
            self.skip_list.takeItem(self.skip_list.row(item))
        self.changed()

    def _repeat_changed(self) -> None:
        repeat = self.repeat_combo.currentData()
        self.days_widget.setEnabled(repeat == "weekly")
        for widget in (self.last_edit, self.open_ended, self.skip_edit, self.skip_list,
                       self.add_skip_button, self.remove_skip_button):
            widget.setEnabled(repeat != "once")
        self._open_ended_changed()

    def _open_ended_changed(self) -> None:
        self.last_edit.setEnabled(self.repeat_combo.currentData() != "once"
                                  and not self.open_ended.isChecked())
        self.changed()

    # -- the next airings -------------------------------------------------------------------

    def weekday_name(self, moment: dt.datetime) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        return names[moment.isoweekday() - 1]

    def changed(self) -> None:
        self._refresh_timer.start()

    def _refresh(self) -> None:
        draft = self.draft()
        ok = self._valid(draft)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok is None)
        if ok is not None:
            self.previews = []
            self.preview_list.clear()
            self.summary_label.setText(ok)
            return
        self._generation += 1
        generation, ctx, pid = self._generation, self._ctx, self._pid
        self._tasks.submit(lambda: preview_airings(ctx, pid, draft, count=PREVIEW_COUNT),
                           on_done=lambda rows: self._show(generation, rows),
                           on_error=lambda exc: self.summary_label.setText(str(exc)),
                           context=self, name="preview airings")

    def _valid(self, draft: ScheduleDraft) -> str | None:
        if not draft.times:
            return self.tr("Add at least one time of day.")
        if draft.repeat == "weekly" and not draft.weekdays:
            return self.tr("Tick at least one day of the week.")
        if draft.end_date is not None and draft.start_date is not None \
                and draft.end_date < draft.start_date:
            return self.tr("The last day is before the first.")
        return None

    def _show(self, generation: int, rows: list[AiringPreview]) -> None:
        if generation != self._generation:
            return
        self.previews = rows
        self.preview_list.clear()
        troubled = 0
        for airing in rows:
            text = self.weekday_name(airing.start) + airing.start.strftime(
                " %d/%m/%Y  %H:%M") + "–" + airing.end.strftime("%H:%M")
            if airing.problems:
                troubled += 1
                text += "\n    " + "\n    ".join(problem_reason(p) for p in airing.problems)
            item = QListWidgetItem(text)
            if airing.problems:
                item.setForeground(QBrush(QColor(Colors.EMERGENCY)))
            self.preview_list.addItem(item)
        if not rows:
            self.summary_label.setText(self.tr("This rule gives no airing from today on."))
        elif troubled:
            self.summary_label.setText(self.tr("{count} of these airings have a problem "
                                               "(in red).").format(count=troubled))
        else:
            self.summary_label.setText(self.tr("No problem with these airings."))

