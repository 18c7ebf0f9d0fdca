"""Tổ tuyên truyền: the roster by village; import and export the office's Excel list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....services.permissions import Actor, Permission
from ....services.team import roster
from ....services.team.workbook import TeamImport, export_team, import_team
from ....station import StationContext
from ...errors import error_text
from ...tasks import TaskRunner
from . import files
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
from .dialogs import PersonDialog


class TeamTab(QWidget):
    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.people: list[roster.PropagandistRow] = []
        self._read_yet = False  # the empty line waits for the first read
        self.villages: list[tuple[int, str]] = []
        self.dialog: PersonDialog | None = None
        self.ask_open_path: Callable[..., Path | None] = files.ask_open_path
        self.ask_save_path: Callable[..., Path | None] = files.ask_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row, (self.import_button, self.export_button, self.add_button,
              self.edit_button) = buttons("teamImport", "teamExport", "teamAdd", "teamEdit")
        layout.addWidget(row)
        self.empty = empty_line("teamEmpty")
        layout.addWidget(self.empty)
        self.table = table(7, "teamTable")
        layout.addWidget(self.table, 1)
        self.message = message_label("teamMessage")
        layout.addWidget(self.message)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.add_button.clicked.connect(lambda: self.edit_person(None))
        self.edit_button.clicked.connect(lambda: self.edit_person(selected_key(self.table)))
        self.table.doubleClicked.connect(lambda _i: self.edit_person(selected_key(self.table)))
        self._can = can = actor.can(Permission.MANAGE_TEAM)
        for button in (self.import_button, self.add_button):
            button.setEnabled(can)
        enabled_with_a_row(self.table, (self.edit_button,), can)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import from Excel…"))
        self.import_button.setToolTip(self.tr(
            "Columns: full name, village, phone, Zalo, role, note. A known phone number "
            "updates that person."))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.add_button.setText(self.tr("Add a person…"))
        self.edit_button.setText(self.tr("Change…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Village"), self.tr("Full name"), self.tr("Phone"), self.tr("Zalo"),
            self.tr("Role"), self.tr("Trainings attended"), self.tr("Note")])
        self._render()

    def load(self) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: (roster.list_team(ctx), roster.villages(ctx)),
                           on_done=self._loaded,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: list")

    def _loaded(self, result: tuple[list[roster.PropagandistRow], list[tuple[int, str]]]
                ) -> None:
        self.people, self.villages = result
        self._read_yet = True
        self._render()

    def _render(self) -> None:
        fill(self.table, [[p.village or self.tr("(the whole commune)"), p.name, p.phone,
                           p.zalo, p.role, p.trainings, p.note] for p in self.people],
             [p.id for p in self.people])
        if self.people:
            say(self.message, self.tr("{count} propagandists.").format(count=len(self.people)))
        if self._read_yet:
            show_when_empty(
                self.empty, self.people, self.tr("No propagandists in the team yet."),
                self.tr("“Import from Excel…” takes the commune's list (full name, village, "
                        "phone, Zalo, role, note); “Add a person…” adds one at a time."),
                self._can)

    def import_file(self) -> None:
        path = self.ask_open_path(self, self.tr("The list of propagandists"))
        if path is None:
            return
        ctx, actor = self._ctx, self._actor
        self._tasks.submit(lambda: import_team(ctx, actor, path), on_done=self._imported,
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: import")

    def _imported(self, report: TeamImport) -> None:
        self.load()
        say(self.message, self.tr("{added} added, {updated} updated, {unchanged} "
                                  "unchanged.").format(added=report.added,
                                                       updated=report.updated,
                                                       unchanged=report.unchanged))

    def export_file(self) -> None:
        path = self.ask_save_path(self, self.tr("Export the list"),
                                  Path.home() / "to-tuyen-truyen.xlsx", files.XLSX_FILTER)
        if path is None:
            return
        ctx = self._ctx
        self._tasks.submit(lambda: export_team(ctx, path),
                           on_done=lambda _n: say(self.message, self.tr(
                               "Written to {path}.").format(path=path)),
                           on_error=lambda exc: say(self.message, error_text(exc), error=True),
                           context=self, name="team: export")

    def edit_person(self, person_id: Any) -> None:
        if not self._actor.can(Permission.MANAGE_TEAM):
            return
        person = next((p for p in self.people if p.id == person_id), None)
        if person_id is not None and person is None:
            return
        dialog = PersonDialog(self.villages, person, self)
        ctx, actor = self._ctx, self._actor

        def submit() -> None:
            changes = dialog.changes()
            self._tasks.submit(lambda: roster.save_person(ctx, actor, changes, person_id),
                               on_done=lambda _id: (dialog.saved(), self.load()),
                               on_error=lambda exc: dialog.show_error(error_text(exc)),
                               context=dialog, name="team: save person")

        dialog.submitted.connect(submit)
        self.dialog = dialog
        dialog.open()
