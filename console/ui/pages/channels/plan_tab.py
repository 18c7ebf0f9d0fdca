"""Kế hoạch năm: the year's themes, each with done / planned per channel; import the plan an
office filled in Excel, export it (or the empty template), add and change themes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ....services.permissions import Actor, Permission
from ....services.plan import themes as plan_themes
from ....services.plan.progress import ThemeProgress, plan_status
from ....services.plan.workbook import PlanImport, export_plan, import_plan
from ....station import StationContext
from ....timezone import STATION_TZ
from ...channel_labels import channel_label, channel_short_label, period_label
from ...errors import error_text
from ...tasks import TaskRunner
from ...widgets import confirmed
from . import files
from .common import (
    buttons,
    enabled_with_a_row,
    fill,
    message_label,
    pair,
    say,
    selected_key,
    table,
)
from .dialogs import ThemeDialog


class PlanTab(QWidget):
    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.rows: list[ThemeProgress] = []
        self._said_empty = False
        self.dialog: ThemeDialog | None = None
        #: the file dialogs; tests put functions here that return a path
        self.ask_open_path: Callable[..., Path | None] = files.ask_open_path
        self.ask_save_path: Callable[..., Path | None] = files.ask_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.year_caption = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("planYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.datetime.now(STATION_TZ).year)
        self.year_caption.setBuddy(self.year_spin)
        top.addWidget(self.year_caption)
        top.addWidget(self.year_spin)
        row, (self.import_button, self.export_button, self.add_button, self.edit_button,
              self.delete_button) = buttons("planImport", "planExport", "planAdd", "planEdit",
                                            "planDelete")
        top.addSpacing(12)
        top.addWidget(row, 1)
        layout.addLayout(top)
        self.hint = message_label("planHint")
        layout.addWidget(self.hint)
        self.table = table(8, "planTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("planMessage")
        layout.addWidget(self.message)
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.add_button.clicked.connect(lambda: self.edit_theme(None))
        self.edit_button.clicked.connect(lambda: self.edit_theme(selected_key(self.table)))
        self.delete_button.clicked.connect(self.delete_theme)
        self.table.doubleClicked.connect(lambda _i: self.edit_theme(selected_key(self.table)))
        can = actor.can(Permission.EDIT_PLAN)
        for button in (self.import_button, self.add_button):
            button.setEnabled(can)
        enabled_with_a_row(self.table, (self.edit_button, self.delete_button), can)
        self.retranslate()

    def retranslate(self) -> None:
        self.year_caption.setText(self.tr("Year:"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.import_button.setToolTip(self.tr(
            "Read the plan from an Excel file filled in by the office; it replaces the "
            "year's plan"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr(
            "Write the year's plan to Excel; a year without a plan gives an empty form"))
        self.add_button.setText(self.tr("Add a theme…"))
        self.edit_button.setText(self.tr("Change…"))
        self.delete_button.setText(self.tr("Delete"))
        self.hint.setText(self.tr(
            "Each cell shows done / planned. Bulletins belong to a theme by their tags; "
            "activities and trainings when they are recorded for it."))
        channels = ("airings", "board_days", "zalo_articles", "team_activities",
                    "people_reached")
        self.table.setHorizontalHeaderLabels([
            self.tr("Period"), self.tr("Theme or campaign"), self.tr("Tags"),
            *(channel_short_label(c) for c in channels)])
        for column, channel in enumerate(channels, start=3):
            self.table.horizontalHeaderItem(column).setToolTip(channel_label(channel))
        self._render()

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        ctx, year = self._ctx, self.year_spin.value()
        self._tasks.submit(lambda: plan_status(ctx, year), on_done=self._loaded,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="plan: status")

    def _loaded(self, rows: list[ThemeProgress]) -> None:
        self.rows = rows
        self._render()

    def _render(self) -> None:
        lines, keys = [], []
        for row in self.rows:
            theme, actual = row.theme, row.actual.counts()
            zalo = pair(actual["zalo_articles"], theme.planned["zalo_articles"])
            if actual["zalo_views"]:
                zalo += self.tr(" ({views} views)").format(views=actual["zalo_views"])
            lines.append([period_label(theme.period.kind, theme.period.index), theme.title,
                          ", ".join(theme.tags),
                          pair(actual["airings"], theme.planned["airings"]),
                          pair(actual["board_days"], theme.planned["board_days"]), zalo,
                          pair(actual["team_activities"], theme.planned["team_activities"]),
                          actual["people_reached"]])
            keys.append(theme.id)
        fill(self.table, lines, keys, widest=240)
        if not self.rows:
            say(self.message, self.tr("No plan for {year} yet: import it from Excel or add "
                                      "its themes.").format(year=self.year_spin.value()))
            self._said_empty = True
        elif self._said_empty:
            say(self.message, "")
            self._said_empty = False

    # -- actions ----------------------------------------------------------------------------

    def import_file(self) -> None:
        path = self.ask_open_path(self, self.tr("The plan to import"))
        if path is None:
            return
        ctx, actor = self._ctx, self._actor
        say(self.message, self.tr("Reading {name}…").format(name=path.name))
        self._tasks.submit(lambda: import_plan(ctx, actor, path), on_done=self._imported,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="plan: import")

    def _imported(self, report: PlanImport) -> None:
        say(self.message, self.tr(
            "Plan {year} imported: {added} themes added, {updated} updated, {removed} "
            "removed.").format(year=report.year, added=report.added, updated=report.updated,
                               removed=report.removed))
        if self.year_spin.value() != report.year:
            self.year_spin.setValue(report.year)  # loads that year
        else:
            self.load()

    def export_file(self) -> None:
        year = self.year_spin.value()
        path = self.ask_save_path(self, self.tr("Export the plan"),
                                  Path.home() / f"ke-hoach-{year}.xlsx", files.XLSX_FILTER)
        if path is None:
            return
        ctx = self._ctx
        self._tasks.submit(lambda: export_plan(ctx, year, path),
                           on_done=lambda n: say(self.message, self.tr(
                               "Written to {path}.").format(path=path)),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="plan: export")

    def edit_theme(self, theme_id: Any) -> None:
        if not self._actor.can(Permission.EDIT_PLAN):
            return
        theme = next((r.theme for r in self.rows if r.theme.id == theme_id), None)
        if theme_id is not None and theme is None:
            return
        dialog = ThemeDialog(self.year_spin.value(), theme, self)
        ctx, actor = self._ctx, self._actor

        def submit() -> None:
            changes = dialog.changes()
            self._tasks.submit(
                lambda: plan_themes.save_theme(ctx, actor, changes, theme_id),
                on_done=lambda _id: (dialog.saved(), self.load()),
                on_error=lambda exc: dialog.show_error(error_text(exc)), context=dialog,
                name="plan: save theme")

        dialog.submitted.connect(submit)
        self.dialog = dialog
        dialog.open()

    def delete_theme(self) -> None:
        theme_id = selected_key(self.table)
        theme = next((r.theme for r in self.rows if r.theme.id == theme_id), None)
        if theme is None:
            return
        if not confirmed(self, self.tr("Delete theme"), self.tr(
                "Delete “{title}” from the plan of {year}? Its targets go with it; the "
                "bulletins, activities and trainings counted for it stay, without a theme."
                ).format(title=theme.title, year=self.year_spin.value())):
            return
        ctx, actor = self._ctx, self._actor
        self._tasks.submit(lambda: plan_themes.delete_theme(ctx, actor, theme_id),
                           on_done=lambda _r: self.load(),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="plan: delete theme")
