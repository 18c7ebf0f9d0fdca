"""What the Programmes page does, without its widgets: reads programmes and their running
orders, makes every change through the services in the task runner (never on the UI
thread), keeps the undo and redo stacks of the running order, and says what happened by
signal. The page holds the layout and asks; this object answers."""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...services import programmes as svc
from ...services.permissions import Actor
from ...services.programmes import lifecycle, requests, schedule, targets
from ...services.programmes.airings import ScheduleDraft, schedule_draft
from ...services.programmes.common import EntryRow, ProgrammeRow
from ...services.programmes.sources import EntryAudio, entry_audio
from ...services.push import prepare_programme
from ...station import StationContext
from ...timezone import station_now
from ..tasks import TaskRunner

log = logging.getLogger(__name__)

Snapshot = list[dict[str, Any]]


class ProgrammeController(QObject):
    listed = Signal(list)             # ProgrammeRow, for the list
    loaded = Signal(object, list)     # ProgrammeRow, EntryRow list of the chosen programme
    failed = Signal(object)           # the exception of a refused or failed action
    done = Signal(str)                # a plain note: what the action did (already translated)
    owed = Signal(object)             # requests.ProgrammeOffer for the chosen programme

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.tasks = ctx, actor, tasks
        self.selected: int | None = None
        self.row: ProgrammeRow | None = None
        self.entries: list[EntryRow] = []
        self.undo_stack: list[Snapshot] = []
        self.redo_stack: list[Snapshot] = []
        self._query: dict[str, Any] = {}
        self._asked = 0  # how many list reads were asked for: older answers are dropped
        # Changes of the running order and their undo and redo run one after another, in
        # the order asked (_in_turn()).
        self._turns: deque[Callable[[], None]] = deque()
        self._busy = False

    # -- reading ------------------------------------------------------------------------------

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
            name: str = "programmes") -> None:
        self.tasks.submit(fn, on_done=done or (lambda _r: self.reload()),
                          on_error=self._failed, context=self, name=name)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self.reload()

    def set_query(self, query: dict[str, Any]) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        db, query = self.ctx.db, dict(self._query)
        self._asked += 1
        asked = self._asked
        self.tasks.submit(lambda: svc.list_programmes(db, **query),
                          on_done=lambda rows: self._listed(rows, asked),
                          on_error=self.failed.emit, context=self, name="list programmes")

    def _listed(self, rows: list[ProgrammeRow], asked: int) -> None:
        # The workers may answer out of order: only the newest question's answer is shown.
        if asked != self._asked:
            return
        self.listed.emit(rows)
        if self.selected is not None:
            self.load_selected()

    def select(self, programme_id: int | None) -> None:
        if programme_id != self.selected:
            self.undo_stack.clear()
            self.redo_stack.clear()
        self.selected = programme_id
        self.load_selected()

    def load_selected(self) -> None:
        db, pid = self.ctx.db, self.selected
        if pid is None:
            return
        self.tasks.submit(lambda: svc.get_programme(db, pid), on_done=self._loaded,
                          on_error=self._lost, context=self, name="read programme")

    def _loaded(self, result: tuple[ProgrammeRow, list[EntryRow]]) -> None:
        self.row, self.entries = result
        if self.row.id != self.selected:
            return
        self.loaded.emit(self.row, self.entries)
        self.load_owed()

    def _lost(self, exc: BaseException) -> None:
        """The programme went away (deleted here or on another PC)."""
        self.selected, self.row, self.entries = None, None, []
        self.failed.emit(exc)

    def load_owed(self) -> None:
        db, pid = self.ctx.db, self.selected
        self.tasks.submit(lambda: requests.owed_for_a_programme(db, pid),
                          on_done=self.owed.emit,
                          on_error=lambda exc: log.warning("owed airings not read: %s", exc),
                          context=self, name="owed airings")

    # -- the running order (undoable) ---------------------------------------------------------

    def edit(self, fn: Callable[[int], Any], name: str) -> bool:
        """Run an edit of the chosen programme, then re-time it (exact lengths, trimmed
        silences); False when no programme is chosen."""
        ctx, pid = self.ctx, self.selected
        if pid is None:
            return False

        def work() -> Snapshot:
            before = svc.snapshot(ctx.db, pid)
            fn(pid)
            svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)
            return before

        def finished(before: Snapshot) -> None:
            self.undo_stack.append(before)
            self.redo_stack.clear()
            self.reload()

        self._in_turn(lambda: self._run_turn(work, finished, name))
        return True

    def undo(self) -> None:
        self._swap(self.undo_stack, self.redo_stack)

    def redo(self) -> None:
        self._swap(self.redo_stack, self.undo_stack)

    def _swap(self, source: list[Snapshot], other: list[Snapshot]) -> None:
        ctx, actor, pid = self.ctx, self.actor, self.selected
        if pid is None:
            return

        def start() -> None:
            if not source or pid != self.selected:  # nothing to undo, or another programme
                self._next_turn()
                return
            wanted = source.pop()

            def work() -> Snapshot:
                current = svc.snapshot(ctx.db, pid)
                svc.restore(ctx.db, actor, pid, wanted)
                return current

            def finished(current: Snapshot) -> None:
                other.append(current)
                self.reload()

            self._run_turn(work, finished, "undo")

        self._in_turn(start)

    def _in_turn(self, start: Callable[[], None]) -> None:
        """Start a change of the running order once those asked before it are done: an
        undo pressed while an edit is still being saved (re-timing takes a moment) undoes
        that edit, not the one before it, and two edits never interleave."""
        self._turns.append(start)
        if not self._busy:
            self._next_turn()

    def _next_turn(self) -> None:
        self._busy = bool(self._turns)
        if self._turns:
            self._turns.popleft()()

    def _run_turn(self, work: Callable[[], Any], finished: Callable[[Any], None],
                  name: str) -> None:
        def done(result: Any) -> None:
            try:
                finished(result)
            finally:
                self._next_turn()

        def failed(exc: BaseException) -> None:
            try:
                self._failed(exc)
            finally:
                self._next_turn()

        self.tasks.submit(work, on_done=done, on_error=failed, context=self, name=name)

    # -- the programme's week -------------------------------------------------------------------

    def read_schedule(self, done: Callable[[ScheduleDraft], None]) -> None:
        ctx, pid = self.ctx, self.selected
        if pid is not None:
            self.run(lambda: schedule_draft(ctx, pid), done, name="read schedule")

    def save_schedule(self, draft: ScheduleDraft) -> None:
        db, actor = self.ctx.db, self.actor
        self.edit(lambda pid: svc.set_schedule(
            db, actor, pid, draft.repeat, times=list(draft.times), start_date=draft.start_date,
            end_date=draft.end_date, weekdays=list(draft.weekdays), skip=list(draft.skip)),
            "set schedule")

    def read_targets(self, done: Callable[[tuple[targets.TargetTree,
                                                 targets.TargetChoice]], None]) -> None:
        db, pid = self.ctx.db, self.selected
        if pid is not None:
            self.run(lambda: (svc.target_tree(db), targets.programme_targets(db, pid)), done,
                     name="read targets")

    def save_targets(self, choice: targets.TargetChoice, *, as_default: bool = False) -> None:
        ctx, actor = self.ctx, self.actor

        def change(pid: int) -> None:
            svc.set_targets(ctx.db, actor, pid, choice)
            if as_default:
                targets.set_default_targets(ctx, actor, choice)

        self.edit(change, "set targets")

    def jingles(self, done: Callable[[tuple[list[tuple[str, str]], str | None]], None]) -> None:
        ctx = self.ctx

        def read() -> tuple[list[tuple[str, str]], str | None]:
            lifecycle.ensure_station_jingle(ctx)
            station = lifecycle.station_jingle(ctx)
            return lifecycle.jingle_items(ctx.db), station[0] if station else None

        self.run(read, done, name="jingles")

    def place_jingles(self, item_id: str, intro: bool, outro: bool, every: int) -> None:
        db, actor = self.ctx.db, self.actor
        self.edit(lambda pid: svc.add_jingle_item(db, actor, pid, item_id, intro=intro,
                                                  outro=outro, every=every), "place jingles")

    def entry_audio(self, entry_id: int, done: Callable[[EntryAudio], None],
                    failed: Callable[[BaseException], None]) -> None:
        ctx, pid = self.ctx, self.selected
        if pid is not None:
            self.tasks.submit(lambda: entry_audio(ctx, pid, entry_id), on_done=done,
                              on_error=failed, context=self, name="entry audio")

    def save_entry_sound(self, entry_id: int, values: dict[str, Any]) -> None:
        db, actor = self.ctx.db, self.actor
        self.edit(lambda pid: svc.set_entry_sound(db, actor, pid, entry_id, **values),
                  "entry sound")

    # -- the programme's life -------------------------------------------------------------------

    def create(self, name: str, start: dt.datetime | None,
               done: Callable[[int], None]) -> None:
        ctx, actor = self.ctx, self.actor

        def work() -> int:
            choice = targets.default_targets(ctx.settings)
            return svc.create_programme(ctx.db, actor, name, start_at=start,
                                        targets=choice.spec())

        self.run(work, done, name="create programme")

    def duplicate(self, programme_id: int, name: str | None, done: Callable[[int], None]) -> None:
        db, actor = self.ctx.db, self.actor
        self.run(lambda: lifecycle.duplicate(db, actor, programme_id, name=name), done,
                 name="duplicate programme")

    def delete(self, programme_id: int, done: Callable[[Any], None]) -> None:
        db, actor = self.ctx.db, self.actor
        if programme_id == self.selected:
            self.selected, self.row, self.entries = None, None, []
        self.run(lambda: lifecycle.delete_draft(db, actor, programme_id), done,
                 name="delete programme")

    def withdraw(self, programme_id: int, reason: str, done: Callable[[list[int]], None]) -> None:
        db, actor = self.ctx.db, self.actor
        self.run(lambda: lifecycle.withdraw(db, actor, programme_id, reason=reason), done,
                 name="withdraw programme")

    def save_template(self, programme_id: int, name: str, done: Callable[[int], None]) -> None:
        db, actor = self.ctx.db, self.actor
        self.run(lambda: lifecycle.save_as_template(db, actor, programme_id, name), done,
                 name="save template")

    def from_template(self, template_id: int, done: Callable[[int], None]) -> None:
        ctx, actor = self.ctx, self.actor
        self.run(lambda: lifecycle.from_template(ctx, actor, template_id), done,
                 name="new from template")

    def templates(self, done: Callable[[list[ProgrammeRow]], None]) -> None:
        ctx = self.ctx

        def read() -> list[ProgrammeRow]:
            lifecycle.ensure_station_jingle(ctx)
            return svc.list_programmes(ctx.db, templates=True)

        self.run(read, done, name="templates")

    def move_airing(self, programme_id: int, airing: dt.datetime, to: dt.datetime,
                    series: bool, done: Callable[[Any], None]) -> None:
        db, actor = self.ctx.db, self.actor
        self.run(lambda: schedule.move_airing(db, actor, programme_id, airing, to,
                                              series=series), done, name="move airing")

    # -- approval -------------------------------------------------------------------------------

    def approve(self, quiet_reason: str | None, done: Callable[[svc.ApprovalResult], None],
                signed_in: tuple[str, str] | None = None,
                progress: Callable[[str, int, int], None] | None = None) -> bool:
        """Approve the open programme in the workers; False when none is open. `progress`
        is called from a worker thread (a queued signal's emit)."""
        ctx, actor, pid = self.ctx, self.actor, self.selected
        if pid is None:
            return False
        if signed_in is None:
            work = lambda: svc.approve(  # noqa: E731
                ctx, actor, pid, quiet_reason=quiet_reason, progress=progress)
        else:
            user, password = signed_in
            work = lambda: svc.approval.approve_signed_in(  # noqa: E731
                ctx, actor, user, password, pid, quiet_reason=quiet_reason, progress=progress)
        self.run(work, done, name="approve programme")
        return True

    def prepare_sound(self, programme_id: int, ready: Callable[[], None]) -> None:
        """Make the programme's sound ready for the loudspeakers in the workers (its text
        bulletins read out, its files at the station's loudness) once it is sent for
        approval, so that the leader's Duyệt finds the work done; `ready` is called when it
        is. Quietly: whatever fails here, the approval does again and says why."""
        ctx, tasks = self.ctx, self.tasks

        def work() -> int:
            with tasks.stopping_at_shutdown() as stop:
                return prepare_programme(ctx, programme_id, cancel=stop)

        def failed(exc: BaseException) -> None:
            log.info("programme %s: its sound was not made ready ahead: %s", programme_id, exc)

        tasks.submit(work, on_done=lambda _made: ready(), on_error=failed, context=self,
                     name="prepare programme sound")

    def today(self) -> dt.date:
        return station_now().date()
