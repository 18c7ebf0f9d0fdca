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
from .dialogs import ActivityDialog, TrainingDialog

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
        row, (self.record_button, self.delete_button) = buttons("activityRecord",
                                                               "activityDelete")
        layout.addLayout(row)
        self.table = table(6, "activityTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("activityMessage")
        layout.addWidget(self.message)
        self.record_button.clicked.connect(self.record)
        self.delete_button.clicked.connect(self.delete)
        can = actor.can(Permission.MANAGE_TEAM)
        self.record_button.setEnabled(can)
        enabled_with_a_row(self.table, (self.delete_button,), can)
        self.retranslate()

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record an activity…"))
        self.record_button.setToolTip(self.tr(
            "A meeting, house visits, the mobile loudspeaker or a post in a village's Zalo "
            "group, with the people reached"))
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
        ctx = self._ctx
        self._tasks.submit(lambda: _context(ctx), on_done=self._open_dialog,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: activity dialog")

    def _open_dialog(self, context: tuple[Any, Any, Any]) -> None:
        villages, people, themes = context
        dialog = ActivityDialog(villages, people, themes, _today(), self)
        ctx, actor = self._ctx, self._actor

        def submit() -> None:
            v = dialog.values()
            self._tasks.submit(
                lambda: activities.record_activity(
                    ctx, actor, day=v.day, kind=v.kind, people_reached=v.people_reached,
                    village_id=v.village_id, theme_id=v.theme_id, title=v.title,
                    participants=v.participants),
                on_done=lambda _id: (dialog.saved(), self.load(), say(
                    self.message, self.tr("The activity is recorded."))),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name="team: record activity")

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
        row, (self.record_button, self.delete_button) = buttons("trainingRecord",
                                                               "trainingDelete")
        layout.addLayout(row)
        self.table = table(5, "trainingTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("trainingMessage")
        layout.addWidget(self.message)
        self.record_button.clicked.connect(self.record)
        self.delete_button.clicked.connect(self.delete)
        can = actor.can(Permission.MANAGE_TEAM)
        self.record_button.setEnabled(can)
        enabled_with_a_row(self.table, (self.delete_button,), can)
        self.retranslate()

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record a training…"))
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
        ctx = self._ctx
        self._tasks.submit(lambda: _context(ctx), on_done=self._open_dialog,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: training dialog")

    def _open_dialog(self, context: tuple[Any, Any, Any]) -> None:
        _villages, people, themes = context
        dialog = TrainingDialog(people, themes, _today(), self)
        ctx, actor = self._ctx, self._actor

        def submit() -> None:
            v = dialog.values()
            self._tasks.submit(
                lambda: activities.record_training(ctx, actor, day=v.day, title=v.title,
                                                   attendees=v.attendees, place=v.place,
                                                   theme_id=v.theme_id),
                on_done=lambda _id: (dialog.saved(), self.load(), say(
                    self.message, self.tr("The training is recorded."))),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name="team: record training")

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
