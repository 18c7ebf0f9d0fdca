"""Hoạt động and Tập huấn: what the team did and the trainings it attended, the last year.

Both tabs work alike (RecordsTab): a table; "Record…", "Change…" (or a double-click) and
"Delete" for the chosen row; a dialog that keeps what was typed when the save is refused.
Each tab gives its own words (self.tr in the tab's own class, so that each string keeps
its translation context), its dialog and its service calls.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....services.permissions import Actor, Permission
from ....services.plan.themes import ThemeView, list_themes
from ....services.team import activities, roster
from ....station import StationContext
from ....timezone import STATION_TZ
from ...channel_labels import activity_kind_label
from ...errors import error_text
from ...tasks import TaskRunner
from ...widgets import confirmed
from .common import (
    buttons,
    empty_line,
    enabled_with_a_row,
    fill,
    message_label,
    say,
    selected_key,
    show_when_empty,
    table,
)
from .dialogs import ActivityDialog, TrainingDialog

SHOWN_DAYS = 400
Context = tuple[list[tuple[int, str]], list[roster.PropagandistRow], list[ThemeView]]


def _today() -> dt.date:
    return dt.datetime.now(STATION_TZ).date()


def _context(ctx: StationContext) -> Context:
    """What the dialogs offer: villages, the roster, this year's and last year's themes."""
    year = _today().year
    return (roster.villages(ctx), roster.list_team(ctx),
            list_themes(ctx, year - 1) + list_themes(ctx, year))


class _Row(Protocol):
    id: int


class _Dialog(Protocol):
    def values(self) -> Any: ...
    def saved(self) -> None: ...
    def show_error(self, text: str) -> None: ...


R = TypeVar("R", bound=_Row)


class RecordsTab(QWidget, Generic[R]):
    """A table of the last SHOWN_DAYS of records, with Record…, Change… and Delete."""

    name = ""      # the object names' stem: "activity" gives activityRecord, activityTable…
    columns = 0

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.rows: list[R] = []
        self._read_yet = False  # the empty line waits for the first read
        self.dialog: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row, (self.record_button, self.edit_button, self.delete_button) = buttons(
            f"{self.name}Record", f"{self.name}Edit", f"{self.name}Delete")
        layout.addWidget(row)
        self.empty = empty_line(f"{self.name}Empty")
        layout.addWidget(self.empty)
        self.table = table(self.columns, f"{self.name}Table")
        layout.addWidget(self.table, 1)
        self.message = message_label(f"{self.name}Message")
        layout.addWidget(self.message)
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.change)
        self.table.doubleClicked.connect(lambda _index: self.change())
        self.delete_button.clicked.connect(self.delete)
        self._can = can = actor.can(Permission.MANAGE_TEAM)
        self.record_button.setEnabled(can)
        enabled_with_a_row(self.table, (self.edit_button, self.delete_button), can)
        self.retranslate()

    # -- what each tab gives ------------------------------------------------------------------
    def retranslate(self) -> None:
        raise NotImplementedError

    def _read(self, ctx: StationContext, since: dt.date) -> list[R]:
        raise NotImplementedError

    def _cells(self, row: R) -> list[object]:
        raise NotImplementedError

    def _make_dialog(self, context: Context, row: R | None) -> _Dialog:
        raise NotImplementedError

    def _save(self, values: Any, row: R | None) -> object:
        """Record the dialog's values, or correct `row` with them (in the task runner)."""
        raise NotImplementedError

    def _remove(self, row_id: int) -> None:
        raise NotImplementedError

    def _said(self, what: str) -> str:
        """The line under the table once a record is "recorded", "corrected" or "deleted"."""
        raise NotImplementedError

    def _delete_question(self, row: R) -> tuple[str, str]:
        """The confirmation's title and question, naming the record."""
        raise NotImplementedError

    def _empty_text(self) -> tuple[str, str]:
        """The line over the table while it is empty: what is missing, how to record one."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------
    def load(self) -> None:
        ctx = self._ctx
        since = _today() - dt.timedelta(days=SHOWN_DAYS)
        self._tasks.submit(lambda: self._read(ctx, since), on_done=self._loaded,
                           on_error=self._failed, context=self, name=f"team: {self.name} list")

    def _failed(self, exc: BaseException) -> None:
        say(self.message, error_text(exc), error=True)

    def _loaded(self, rows: list[R]) -> None:
        self.rows, self._read_yet = rows, True
        self._render()

    def _render(self) -> None:
        fill(self.table, [self._cells(r) for r in self.rows], [r.id for r in self.rows])
        if self._read_yet:
            show_when_empty(self.empty, self.rows, *self._empty_text(), self._can)

    def _chosen(self) -> R | None:
        key = selected_key(self.table)
        return next((r for r in self.rows if r.id == key), None)

    def record(self) -> None:
        self._ask(None)

    def change(self) -> None:
        """The chosen record in the dialog, to correct it."""
        row = self._chosen()
        if row is not None and self._can:
            self._ask(row)

    def _ask(self, row: R | None) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: _context(ctx),
                           on_done=lambda context: self._open_dialog(context, row),
                           on_error=self._failed, context=self,
                           name=f"team: {self.name} dialog")

    def _open_dialog(self, context: Context, row: R | None) -> None:
        dialog = self._make_dialog(context, row)
        done = self._said("recorded" if row is None else "corrected")

        def submit() -> None:
            values = dialog.values()
            self._tasks.submit(
                lambda: self._save(values, row),
                on_done=lambda _r: (dialog.saved(), self.load(), say(self.message, done)),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name=f"team: save {self.name}")

        dialog.submitted.connect(submit)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def delete(self) -> None:
        row = self._chosen()
        if row is None or not confirmed(self, *self._delete_question(row)):
            return
        done = self._said("deleted")
        self._tasks.submit(lambda: self._remove(row.id),
                           on_done=lambda _r: (self.load(), say(self.message, done)),
                           on_error=self._failed, context=self,
                           name=f"team: delete {self.name}")


class ActivitiesTab(RecordsTab[activities.ActivityRow]):
    name = "activity"
    columns = 6

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record an activity…"))
        self.record_button.setToolTip(self.tr(
            "A meeting, house visits, the mobile loudspeaker or a post in a village's Zalo "
            "group, with the people reached"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setToolTip(self.tr("Correct the chosen activity (also: double-click "
                                            "it)"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Village"), self.tr("Kind"), self.tr("People reached"),
            self.tr("Theme of the plan"), self.tr("What about")])
        self._render()

    def _read(self, ctx: StationContext, since: dt.date) -> list[activities.ActivityRow]:
        return activities.list_activities(ctx, since)

    def _cells(self, row: activities.ActivityRow) -> list[object]:
        return [row.day.strftime("%d/%m/%Y"), row.village or self.tr("(the whole commune)"),
                activity_kind_label(row.kind), row.people_reached, row.theme, row.title]

    def _make_dialog(self, context: Context,
                     row: activities.ActivityRow | None) -> ActivityDialog:
        villages, people, themes = context
        return ActivityDialog(villages, people, themes, _today(), self, row)

    def _save(self, values: Any, row: activities.ActivityRow | None) -> object:
        fields = {"day": values.day, "kind": values.kind,
                  "people_reached": values.people_reached, "village_id": values.village_id,
                  "theme_id": values.theme_id, "title": values.title,
                  "participants": values.participants}
        if row is None:
            return activities.record_activity(self._ctx, self._actor, **fields)
        return activities.change_activity(self._ctx, self._actor, row.id, **fields)

    def _remove(self, row_id: int) -> None:
        activities.delete_activity(self._ctx, self._actor, row_id)

    def _said(self, what: str) -> str:
        return {"recorded": self.tr("The activity is recorded."),
                "corrected": self.tr("The activity is corrected."),
                "deleted": self.tr("The activity is deleted.")}[what]

    def _delete_question(self, row: activities.ActivityRow) -> tuple[str, str]:
        return self.tr("Delete activity"), self.tr(
            "Delete the activity of {day} ({kind}, {people} people reached)? The plan "
            "and the reports no longer count it.").format(
                day=row.day.strftime("%d/%m/%Y"), kind=activity_kind_label(row.kind),
                people=row.people_reached)

    def _empty_text(self) -> tuple[str, str]:
        return self.tr("No activity of the team recorded in the last {days} days.").format(
            days=SHOWN_DAYS), self.tr(
            "“Record an activity…” records a meeting, house visits, the mobile loudspeaker "
            "or a post in a village's Zalo group, with the people reached: the plan and the "
            "reports count it.")


class TrainingsTab(RecordsTab[activities.TrainingRow]):
    name = "training"
    columns = 5

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record a training…"))
        self.edit_button.setText(self.tr("Change…"))
        self.edit_button.setToolTip(self.tr("Correct the chosen training (also: double-click "
                                            "it)"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Title"), self.tr("Place"), self.tr("Theme of the plan"),
            self.tr("Who attended")])
        self._render()

    def _read(self, ctx: StationContext, since: dt.date) -> list[activities.TrainingRow]:
        return activities.list_trainings(ctx, since)

    def _cells(self, row: activities.TrainingRow) -> list[object]:
        return [row.day.strftime("%d/%m/%Y"), row.title, row.place, row.theme,
                ", ".join(name for _id, name in row.attendees)]

    def _make_dialog(self, context: Context,
                     row: activities.TrainingRow | None) -> TrainingDialog:
        _villages, people, themes = context
        return TrainingDialog(people, themes, _today(), self, row)

    def _save(self, values: Any, row: activities.TrainingRow | None) -> object:
        fields = {"day": values.day, "title": values.title, "attendees": values.attendees,
                  "place": values.place, "theme_id": values.theme_id}
        if row is None:
            return activities.record_training(self._ctx, self._actor, **fields)
        return activities.change_training(self._ctx, self._actor, row.id, **fields)

    def _remove(self, row_id: int) -> None:
        activities.delete_training(self._ctx, self._actor, row_id)

    def _said(self, what: str) -> str:
        return {"recorded": self.tr("The training is recorded."),
                "corrected": self.tr("The training is corrected."),
                "deleted": self.tr("The training is deleted.")}[what]

    def _delete_question(self, row: activities.TrainingRow) -> tuple[str, str]:
        return self.tr("Delete training"), self.tr(
            "Delete the training “{title}” of {day} ({count} attended)? The plan and "
            "the reports no longer count it.").format(
                title=row.title, day=row.day.strftime("%d/%m/%Y"), count=len(row.attendees))

    def _empty_text(self) -> tuple[str, str]:
        return self.tr("No training recorded in the last {days} days.").format(
            days=SHOWN_DAYS), self.tr(
            "“Record a training…” records one with who of the team attended: the plan and "
            "the reports count it.")
