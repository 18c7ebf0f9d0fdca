"""Hoạt động and Tập huấn: what the team did and the trainings it attended, the last year."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    enabled_with_a_row,
    fill,
    message_label,
    say,
    selected_key,
    table,
)
from .dialogs import ActivityDialog, ActivityValues, TrainingDialog, TrainingValues

SHOWN_DAYS = 400


def _today() -> dt.date:
    return dt.datetime.now(STATION_TZ).date()


def _context(ctx: StationContext) -> tuple[list[tuple[int, str]], list[roster.PropagandistRow],
                                           list[ThemeView]]:
    """What the dialogs offer: villages, the roster, this year's and last year's themes."""
    year = _today().year
    return (roster.villages(ctx), roster.list_team(ctx),
            list_themes(ctx, year - 1) + list_themes(ctx, year))


class ActivitiesTab(QWidget):
    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.rows: list[activities.ActivityRow] = []
        self.dialog: ActivityDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row, (self.record_button, self.edit_button, self.delete_button) = buttons(
            "activityRecord", "activityEdit", "activityDelete")
        layout.addLayout(row)
        self.table = table(6, "activityTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("activityMessage")
        layout.addWidget(self.message)
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.change)
        self.table.doubleClicked.connect(lambda _index: self.change())
        self.delete_button.clicked.connect(self.delete)
        self._can = can = actor.can(Permission.MANAGE_TEAM)
        self.record_button.setEnabled(can)
        enabled_with_a_row(self.table, (self.edit_button, self.delete_button), can)
        self.retranslate()

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

    def load(self) -> None:
        ctx = self._ctx
        since = _today() - dt.timedelta(days=SHOWN_DAYS)
        self._tasks.submit(lambda: activities.list_activities(ctx, since),
                           on_done=self._loaded,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: activities")

    def _loaded(self, rows: list[activities.ActivityRow]) -> None:
        self.rows = rows
        self._render()

    def _render(self) -> None:
        fill(self.table, [[r.day.strftime("%d/%m/%Y"), r.village or self.tr("(the whole "
                                                                           "commune)"),
                           activity_kind_label(r.kind), r.people_reached, r.theme, r.title]
                          for r in self.rows], [r.id for r in self.rows])

    def record(self) -> None:
        self._ask(None)

    def change(self) -> None:
        """The chosen activity in the dialog, to correct it."""
        activity_id = selected_key(self.table)
        row = next((r for r in self.rows if r.id == activity_id), None)
        if row is not None and self._can:
            self._ask(row)

    def _ask(self, row: activities.ActivityRow | None) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: _context(ctx),
                           on_done=lambda context: self._open_dialog(context, row),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: activity dialog")

    def _open_dialog(self, context: tuple[Any, Any, Any],
                     row: activities.ActivityRow | None) -> None:
        villages, people, themes = context
        dialog = ActivityDialog(villages, people, themes, _today(), self, row)
        ctx, actor = self._ctx, self._actor

        def save(v: ActivityValues) -> object:
            fields = {"day": v.day, "kind": v.kind, "people_reached": v.people_reached,
                      "village_id": v.village_id, "theme_id": v.theme_id, "title": v.title,
                      "participants": v.participants}
            if row is None:
                return activities.record_activity(ctx, actor, **fields)
            return activities.change_activity(ctx, actor, row.id, **fields)

        done = (self.tr("The activity is recorded.") if row is None
                else self.tr("The activity is corrected."))

        def submit() -> None:
            v = dialog.values()
            self._tasks.submit(
                lambda: save(v),
                on_done=lambda _r: (dialog.saved(), self.load(), say(self.message, done)),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name="team: save activity")

        dialog.submitted.connect(submit)
        self.dialog = dialog
        dialog.open()

    def delete(self) -> None:
        activity_id = selected_key(self.table)
        row = next((r for r in self.rows if r.id == activity_id), None)
        if row is None:
            return
        if not confirmed(self, self.tr("Delete activity"), self.tr(
                "Delete the activity of {day} ({kind}, {people} people reached)? The plan "
                "and the reports no longer count it.").format(
                    day=row.day.strftime("%d/%m/%Y"), kind=activity_kind_label(row.kind),
                    people=row.people_reached)):
            return
        ctx, actor = self._ctx, self._actor
        self._tasks.submit(lambda: activities.delete_activity(ctx, actor, activity_id),
                           on_done=lambda _r: self.load(),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: delete activity")


class TrainingsTab(QWidget):
    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.rows: list[activities.TrainingRow] = []
        self.dialog: TrainingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row, (self.record_button, self.edit_button, self.delete_button) = buttons(
            "trainingRecord", "trainingEdit", "trainingDelete")
        layout.addLayout(row)
        self.table = table(5, "trainingTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("trainingMessage")
        layout.addWidget(self.message)
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.change)
        self.table.doubleClicked.connect(lambda _index: self.change())
        self.delete_button.clicked.connect(self.delete)
        self._can = can = actor.can(Permission.MANAGE_TEAM)
        self.record_button.setEnabled(can)
        enabled_with_a_row(self.table, (self.edit_button, self.delete_button), can)
        self.retranslate()

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

    def load(self) -> None:
        ctx = self._ctx
        since = _today() - dt.timedelta(days=SHOWN_DAYS)
        self._tasks.submit(lambda: activities.list_trainings(ctx, since), on_done=self._loaded,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: trainings")

    def _loaded(self, rows: list[activities.TrainingRow]) -> None:
        self.rows = rows
        self._render()

    def _render(self) -> None:
        fill(self.table, [[r.day.strftime("%d/%m/%Y"), r.title, r.place, r.theme,
                           ", ".join(name for _id, name in r.attendees)] for r in self.rows],
             [r.id for r in self.rows])

    def record(self) -> None:
        self._ask(None)

    def change(self) -> None:
        """The chosen training in the dialog, to correct it."""
        training_id = selected_key(self.table)
        row = next((r for r in self.rows if r.id == training_id), None)
        if row is not None and self._can:
            self._ask(row)

    def _ask(self, row: activities.TrainingRow | None) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: _context(ctx),
                           on_done=lambda context: self._open_dialog(context, row),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: training dialog")

    def _open_dialog(self, context: tuple[Any, Any, Any],
                     row: activities.TrainingRow | None) -> None:
        _villages, people, themes = context
        dialog = TrainingDialog(people, themes, _today(), self, row)
        ctx, actor = self._ctx, self._actor

        def save(v: TrainingValues) -> object:
            fields = {"day": v.day, "title": v.title, "attendees": v.attendees,
                      "place": v.place, "theme_id": v.theme_id}
            if row is None:
                return activities.record_training(ctx, actor, **fields)
            return activities.change_training(ctx, actor, row.id, **fields)

        done = (self.tr("The training is recorded.") if row is None
                else self.tr("The training is corrected."))

        def submit() -> None:
            v = dialog.values()
            self._tasks.submit(
                lambda: save(v),
                on_done=lambda _r: (dialog.saved(), self.load(), say(self.message, done)),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name="team: save training")

        dialog.submitted.connect(submit)
        self.dialog = dialog
        dialog.open()

    def delete(self) -> None:
        training_id = selected_key(self.table)
        row = next((r for r in self.rows if r.id == training_id), None)
        if row is None:
            return
        if not confirmed(self, self.tr("Delete training"), self.tr(
                "Delete the training “{title}” of {day} ({count} attended)? The plan and "
                "the reports no longer count it.").format(
                    title=row.title, day=row.day.strftime("%d/%m/%Y"),
                    count=len(row.attendees))):
            return
        ctx, actor = self._ctx, self._actor
        self._tasks.submit(lambda: activities.delete_training(ctx, actor, training_id),
                           on_done=lambda _r: (self.load(), say(
                               self.message, self.tr("The training is deleted."))),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: delete training")
