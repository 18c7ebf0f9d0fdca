"""Chương trình (Programmes): build a programme for a slot, check it, approve it, render it.

The page holds layout and wiring; every read and change goes through the Qt-free services in
console.services.programmes, in the task runner (widgets never wait on the database or
ffmpeg). Rows come back as plain dataclasses.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...audio.speech import DEFAULT_SPEED, DEFAULT_VOICE, EngineInfo, list_engines
from ...models.enums import EntryKind
from ...services import programmes as svc
from ...services.permissions import Permission
from ...services.programmes import campaigns
from ...services.programmes.approval import ChecksFailed
from ...services.programmes.common import fmt_duration
from ...settings import SLOT_TEMPLATES
from ...timezone import STATION_TZ, station_now
from ..dialogs.record_dialog import RecordDialog
from ..labels import programme_status_label
from ..widgets import text_label
from .base import Page
from .programme_checks import problem_line
from .programme_entries import EntryTable
from .programme_library import LibraryPanel
from .programme_preview import PreviewBar

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Carries render progress from the worker thread to the UI thread (queued signal)."""

    changed = Signal(float)


def _kind_label(kind: str) -> str:
    labels = {
        "item": QCoreApplication.translate("Programmes", "Bulletin"),
        "speech": QCoreApplication.translate("Programmes", "Text read aloud"),
        "recording": QCoreApplication.translate("Programmes", "Recording"),
        "file": QCoreApplication.translate("Programmes", "File"),
        "stream": QCoreApplication.translate("Programmes", "Relay"),
        "jingle": QCoreApplication.translate("Programmes", "Jingle"),
        "silence": QCoreApplication.translate("Programmes", "Silence"),
    }
    return labels.get(kind, kind)


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def next_slot(templates: str, now: dt.datetime | None = None) -> dt.datetime:
    """The next default slot (05:30 or 17:00) after now, in station time."""
    now = (now or station_now()).astimezone(STATION_TZ)
    slots = svc.slot_templates(templates) or [dt.time(5, 30)]
    for day in (now.date(), now.date() + dt.timedelta(days=1)):
        for slot in slots:
            moment = dt.datetime.combine(day, slot, STATION_TZ)
            if moment > now:
                return moment
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), slots[0], STATION_TZ)


class ProgrammesPage(Page):
    key = "programmes"
    icon = QStyle.StandardPixmap.SP_FileDialogListView
    scrollable = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Programmes")

    # -- layout ---------------------------------------------------------------------------------

    def build(self) -> None:
        self._rows: list[svc.ProgrammeRow] = []
        self._entries: list[svc.EntryRow] = []
        self._selected: int | None = None
        self._cancel: threading.Event | None = None
        # Undo / redo: running orders (plain values) taken before each edit.
        self._undo: list[list[dict[str, Any]]] = []
        self._redo: list[list[dict[str, Any]]] = []
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        actor = self.env.actor

        create_row = QHBoxLayout()
        create_row.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.start_edit = QDateTimeEdit()
        self.start_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.start_edit.setTimeZone(QTimeZone(b"Asia/Ho_Chi_Minh"))
        self.start_edit.setCalendarPopup(True)
        self.create_button = QPushButton()
        self.create_button.setProperty("buttonRole", "primary")
        create_row.addWidget(self.start_edit, 1)
        create_row.addWidget(self.create_button)

        self.list_table = QTableWidget(0, 4)
        self.entry_table = EntryTable(0, 5)
        for table in (self.list_table, self.entry_table):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        # The list is narrow: the name takes what is left, the rest fit their contents.
        self.list_table.horizontalHeader().setStretchLastSection(False)
        self.list_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.total_label = text_label("subtitle")
        # The running order, with the library beside it to drag from.
        self.library_panel = LibraryPanel(self.env.ctx, self.env.tasks)
        self.library_panel.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.entry_table)
        self.splitter.addWidget(self.library_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.preview = PreviewBar(self.env.tasks)
        # Programmes on the left; the chosen one's running order and preview on the right.
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.total_label)
        detail_layout.addWidget(self.splitter, 1)
        detail_layout.addWidget(self.preview)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        # A new programme is named and timed above the list of programmes.
        programmes = QWidget()
        programmes_layout = QVBoxLayout(programmes)
        programmes_layout.setContentsMargins(0, 0, 0, 0)
        programmes_layout.addWidget(self.name_edit)
        programmes_layout.addLayout(create_row)
        programmes_layout.addWidget(self.list_table, 1)
        self.main_splitter.addWidget(programmes)
        self.main_splitter.addWidget(detail)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setSizes([400, 1000])
        self.main_splitter.setChildrenCollapsible(False)
        self.body.addWidget(self.main_splitter, 1)
        self.entry_table.doubleClicked.connect(self._jump_to_entry)
        self.entry_table.items_dropped.connect(self._drop_items)

        add_row = QHBoxLayout()
        self.item_edit = QLineEdit()
        self.add_item_button = QPushButton()
        self.speech_edit = QLineEdit()
        self.add_speech_button = QPushButton()
        self.record_button = QPushButton()
        self.library_button = QPushButton()
        self.library_button.setCheckable(True)
        self.up_button, self.down_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                QPushButton())
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        for widget, stretch in ((self.item_edit, 2), (self.add_item_button, 0),
                                (self.record_button, 0), (self.library_button, 0)):
            add_row.addWidget(widget, stretch)
        self.body.addLayout(add_row)
        # Changes to the running order sit under it.
        edit_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.undo_button,
                       self.redo_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        detail_layout.insertLayout(2, edit_row)

        # Text read aloud: engine, voice and speed chosen per entry.
        speech_row = QHBoxLayout()
        self._engines: list[EngineInfo] = []
        self.engine_combo, self.voice_combo = QComboBox(), QComboBox()
        self.speed_spin = QSpinBox()
        self.speed_spin.setRange(80, 260)
        self.speed_spin.setSingleStep(10)
        self.speed_spin.setValue(DEFAULT_SPEED)
        self.speech_status = text_label("muted")
        for widget, stretch in ((self.speech_edit, 3), (self.engine_combo, 0),
                                (self.voice_combo, 1), (self.speed_spin, 0),
                                (self.add_speech_button, 0)):
            speech_row.addWidget(widget, stretch)
        self.body.addLayout(speech_row)
        self.body.addWidget(self.speech_status)
        self.engine_combo.currentIndexChanged.connect(self._engine_changed)

        suggest_row = QHBoxLayout()
        self.suggest_label = text_label("muted")
        self.suggest_button = QPushButton()
        suggest_row.addWidget(self.suggest_label, 1)
        suggest_row.addWidget(self.suggest_button)
        self._suggested: list[str] = []
        self.suggest_label.hide()
        self.suggest_button.hide()
        self.body.addLayout(suggest_row)

        self.problems_label = text_label()
        self.message_label = text_label("muted")
        self.body.addWidget(self.problems_label)

        action_row = QHBoxLayout()
        self.check_button, self.submit_button, self.approve_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.override_edit = QLineEdit()
        self.override_edit.hide()
        self.render_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        for widget in (self.check_button, self.submit_button, self.override_edit,
                       self.approve_button, self.render_button, self.cancel_button,
                       self.progress_bar):
            action_row.addWidget(widget)
        # What the last action did, beside the buttons (no line of its own when empty).
        action_row.addWidget(self.message_label, 1)
        self.body.addLayout(action_row)

        can_edit = actor.can(Permission.EDIT_PROGRAMMES)
        for widget in (self.name_edit, self.start_edit, self.create_button, self.item_edit,
                       self.add_item_button, self.speech_edit, self.add_speech_button,
                       self.up_button, self.down_button, self.remove_button,
                       self.undo_button, self.redo_button, self.submit_button,
                       self.record_button, self.library_button, self.engine_combo, self.voice_combo,
                       self.speed_spin):
            widget.setEnabled(can_edit)
        self.approve_button.setEnabled(actor.can(Permission.APPROVE_PROGRAMMES))
        self.entry_table.drops_allowed = can_edit

        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self._create)
        self.list_table.itemSelectionChanged.connect(self._selection_changed)
        self.add_item_button.clicked.connect(self._add_items)
        self.item_edit.returnPressed.connect(self._add_items)
        self.add_speech_button.clicked.connect(self._add_speech)
        self.speech_edit.returnPressed.connect(self._add_speech)
        self.record_button.clicked.connect(self.open_recorder)
        self.library_button.toggled.connect(self.show_library)
        self.library_panel.add_requested.connect(lambda ids: self._drop_items(ids, None))
        self.suggest_button.clicked.connect(lambda: self._drop_items(self._suggested, None))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.remove_button.clicked.connect(self._remove)
        self.check_button.clicked.connect(self._check)
        self.submit_button.clicked.connect(self._submit)
        self.approve_button.clicked.connect(self._approve)
        self.render_button.clicked.connect(self._render)
        self.cancel_button.clicked.connect(self._cancel_render)
        self.undo_button.clicked.connect(lambda: self._undo_redo(self._undo, self._redo))
        self.redo_button.clicked.connect(lambda: self._undo_redo(self._redo, self._undo))
        for keys, button in (("Ctrl+Z", self.undo_button), ("Ctrl+Y", self.redo_button)):
            QShortcut(QKeySequence(keys), self).activated.connect(button.click)
        # Reorder by keyboard, like the buttons.
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.entry_table)
            shortcut.activated.connect(lambda s=step: self._move(s))

    def retranslate(self) -> None:
        super().retranslate()
        self.name_edit.setPlaceholderText(self.tr("Name of the new programme"))
        self.create_button.setText(self.tr("New programme"))
        self.list_table.setHorizontalHeaderLabels([
            self.tr("Start"), self.tr("Name"), self.tr("State"), self.tr("Length")])
        self.entry_table.setHorizontalHeaderLabels([
            self.tr("Plays at"), self.tr("Kind"), self.tr("Length"), self.tr("Volume"),
            self.tr("Title")])
        self.item_edit.setPlaceholderText(self.tr("Bulletin code(s), comma separated"))
        self.add_item_button.setText(self.tr("Add bulletin"))
        self.speech_edit.setPlaceholderText(self.tr("Text to be read aloud"))
        self.add_speech_button.setText(self.tr("Add text"))
        self.engine_combo.setToolTip(self.tr("Speech engine"))
        self.voice_combo.setToolTip(self.tr("Voice"))
        self.speed_spin.setSuffix(self.tr(" words/min"))
        self.speed_spin.setToolTip(self.tr("Reading speed; slower reads better outdoors"))
        self._show_engines()
        self.record_button.setText(self.tr("Record"))
        self.library_button.setText(self.tr("Library"))
        self.library_button.setToolTip(self.tr(
            "Show the library beside the running order, to drag items onto it"))
        self.library_panel.retranslate()
        self.suggest_button.setText(self.tr("Add the suggested items"))
        self.record_button.setToolTip(self.tr(
            "Record from the microphone; the recording is kept in the library and added here"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.check_button.setText(self.tr("Check"))
        self.submit_button.setText(self.tr("Send for approval"))
        self.approve_button.setText(self.tr("Approve"))
        self.override_edit.setPlaceholderText(
            self.tr("Reason for broadcasting in quiet hours"))
        self.render_button.setText(self.tr("Make the audio file"))
        self.entry_table.setToolTip(self.tr(
            "Double-click an entry to hear the programme from it; drop library items here"))
        self.preview.retranslate()
        self.cancel_button.setText(self.tr("Stop"))
        self._show_list()
        self._show_entries()

    def activate(self) -> None:
        settings = self.env.ctx.settings
        if not self.name_edit.text():
            self.env.tasks.submit(lambda: next_slot(settings.get(SLOT_TEMPLATES)),
                                  on_done=self._set_default_start, context=self,
                                  name="next slot")
        if self.library_panel.isVisible():
            self.library_panel.load()
        if not self._engines:
            self.env.tasks.submit(list_engines, on_done=self._engines_listed, context=self,
                                  name="list speech engines")
        self._load()

    # -- loading ----------------------------------------------------------------------------------

    def _set_default_start(self, moment: dt.datetime) -> None:
        self.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()),
                                                                 QTimeZone(b"Asia/Ho_Chi_Minh")))

    def _run(self, fn: Any, done: Any = None, name: str = "programmes") -> None:
        self.env.tasks.submit(fn, on_done=done or (lambda _r: self._load()),
                              on_error=self._failed, context=self, name=name)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ChecksFailed):  # say which checks, in the operator's words
            self.message_label.clear()
            self.problems_label.setText(self.tr("Not ready yet:") + "\n" + "\n".join(
                problem_line(p) for p in error.problems))
        else:
            self.message_label.setText(str(error))
        self._load()

    def _load(self) -> None:
        db = self.env.ctx.db
        self._run(lambda: svc.list_programmes(db), self._listed, "list programmes")

    def _listed(self, rows: list[svc.ProgrammeRow]) -> None:
        self._rows = rows
        self._show_list()
        if self._selected is not None:
            self._load_entries()

    def _load_entries(self) -> None:
        db, pid = self.env.ctx.db, self._selected
        if pid is None:
            return
        self._run(lambda: svc.get_programme(db, pid), self._entries_loaded, "read programme")

    def _entries_loaded(self, result: tuple[svc.ProgrammeRow, list[svc.EntryRow]]) -> None:
        row, self._entries = result
        self._show_entries(row)
        self._suggest(row)

    def _suggest(self, row: svc.ProgrammeRow) -> None:
        """Campaigns near the programme's date, and items tagged for them not in it yet."""
        if row.start_at is None:
            self._show_suggestion(None)
            return
        db, day = self.env.ctx.db, row.start_at.date()
        present = {e.item_id for e in self._entries if e.item_id}
        self.env.tasks.submit(lambda: campaigns.suggest_for(db, day, present),
                              on_done=self._show_suggestion, context=self,
                              name="campaign suggestions")

    def _show_suggestion(self, found: campaigns.Suggestion | None) -> None:
        names = [f"{u.campaign.name} ({u.date:%d/%m})" for u in found.near.events] if found \
            else []
        names += [t.name for _m, t in found.near.months] if found else []
        self._suggested = list(found.item_ids) if found else []
        if not names:
            self.suggest_label.hide()
            self.suggest_button.hide()
            return
        text = self.tr("Near this date: {names}.").format(names="; ".join(names))
        if self._suggested:
            text += " " + self.tr("{count} item(s) in the library are tagged for it: {titles}"
                                  ).format(count=len(self._suggested),
                                           titles="; ".join(found.titles if found else []))
        self.suggest_label.setText(text)
        self.suggest_label.show()
        self.suggest_button.setVisible(bool(self._suggested)
                                       and self.env.actor.can(Permission.EDIT_PROGRAMMES))

    def _engines_listed(self, engines: list[EngineInfo]) -> None:
        self._engines = engines
        self._show_engines()

    # -- showing ---------------------------------------------------------------------------------

    def _show_engines(self) -> None:
        usable = [e for e in self._engines if e.available]
        current = self.engine_combo.currentData()
        self.engine_combo.blockSignals(True)
        self.engine_combo.clear()
        for engine in usable:
            self.engine_combo.addItem(engine.label, engine.name)
        if current is not None and self.engine_combo.findData(current) >= 0:
            self.engine_combo.setCurrentIndex(self.engine_combo.findData(current))
        self.engine_combo.blockSignals(False)
        self._engine_changed()
        for widget in (self.engine_combo, self.voice_combo, self.speed_spin):
            widget.setVisible(bool(usable))
        if self._engines and not usable:
            self.speech_status.setText(self.tr(
                "No speech engine is installed: text entries will be shown on the boards but "
                "not read aloud. Install espeak-ng or a Vietnamese Windows voice."))
        else:
            self.speech_status.clear()
        self.speech_status.setVisible(bool(self.speech_status.text()))

    def _engine_changed(self) -> None:
        name = self.engine_combo.currentData()
        engine = next((e for e in self._engines if e.name == name), None)
        self.voice_combo.clear()
        known = {"vi": self.tr("Northern voice"), "vi-vn-x-central": self.tr("Central voice"),
                 "vi-vn-x-south": self.tr("Southern voice")} if name == "espeak-ng" else {}
        for voice in engine.voices if engine else ():
            self.voice_combo.addItem(known.get(voice.id, voice.label), voice.id)

    def speech_choice(self) -> dict[str, Any]:
        """The engine, voice and speed chosen for new text entries (empty: none usable)."""
        engine = self.engine_combo.currentData()
        if engine is None:
            return {}
        return {"engine": engine, "voice": self.voice_combo.currentData() or DEFAULT_VOICE,
                "speed": self.speed_spin.value()}


    def _show_list(self) -> None:
        table = self.list_table
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            start = row.start_at.strftime("%d/%m %H:%M") if row.start_at else "—"
            for c, text in enumerate((start, row.name, programme_status_label(row.status),
                                      fmt_duration(row.duration_s))):
                table.setItem(r, c, _cell(text))
            if row.id == self._selected:
                table.selectRow(r)
        table.blockSignals(False)

    def _show_entries(self, row: svc.ProgrammeRow | None = None) -> None:
        table = self.entry_table
        table.setRowCount(len(self._entries))
        for r, e in enumerate(self._entries):
            note = ""
            if e.local:
                note = self.tr(" (made in the commune)")
            elif e.reviewed:
                note = self.tr(" (reviewed by the province)")
            cells = ("+" + fmt_duration(e.start_offset_s), _kind_label(e.kind),
                     fmt_duration(e.duration_s or 0), f"{e.volume_db:+.1f} dB",
                     e.title + note)
            for c, text in enumerate(cells):
                table.setItem(r, c, _cell(text))
        if row is None:
            if self._selected is None:
                self.total_label.setText(self.tr("Choose a programme to see its running order."))
            return
        total = fmt_duration(row.duration_s)
        if row.slot_limit_s:
            self.total_label.setText(self.tr("{name}: {total} of a {slot} slot").format(
                name=row.name, total=total, slot=fmt_duration(row.slot_limit_s)))
        else:
            self.total_label.setText(self.tr("{name}: {total} in all").format(
                name=row.name, total=total))

    # -- actions ---------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.list_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return
        pid = self._rows[rows[0].row()].id
        if pid != self._selected:
            self._undo.clear()
            self._redo.clear()
        self._selected = pid
        self.preview.set_programme(self.env.ctx, pid)
        self.problems_label.clear()
        self.override_edit.hide()
        self._load_entries()

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.message_label.setText(self.tr("Give the programme a name first."))
            return
        start = self.start_edit.dateTime().toSecsSinceEpoch()
        moment = dt.datetime.fromtimestamp(start, STATION_TZ)
        db, actor = self.env.ctx.db, self.env.actor

        def created(pid: int) -> None:
            self._selected = pid
            self.name_edit.clear()
            self.message_label.setText(self.tr("Programme created. Add bulletins to it."))
            self._load()

        self._run(lambda: svc.create_programme(db, actor, name, start_at=moment), created,
                  "create programme")

    def _edit(self, fn: Any, name: str) -> None:
        """Run an edit, then re-time the programme (exact lengths, trimmed silences)."""
        ctx, pid = self.env.ctx, self._selected
        if pid is None:
            self.message_label.setText(self.tr("Choose a programme first."))
            return

        def work() -> list[dict[str, Any]]:
            before = svc.snapshot(ctx.db, pid)
            fn(pid)
            svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)
            return before

        def done(before: list[dict[str, Any]]) -> None:
            self._undo.append(before)
            self._redo.clear()
            self.preview.invalidate()
            self._load()

        self.message_label.clear()
        self._run(work, done, name=name)

    def _undo_redo(self, source: list[list[dict[str, Any]]],
                   other: list[list[dict[str, Any]]]) -> None:
        ctx, actor, pid = self.env.ctx, self.env.actor, self._selected
        if pid is None or not source:
            return
        wanted = source.pop()

        def work() -> list[dict[str, Any]]:
            current = svc.snapshot(ctx.db, pid)
            svc.restore(ctx.db, actor, pid, wanted)
            return current

        def done(current: list[dict[str, Any]]) -> None:
            other.append(current)
            self.preview.invalidate()
            self._load()

        self._run(work, done, name="undo")

    def _add_items(self) -> None:
        ids = [i.strip() for i in self.item_edit.text().split(",") if i.strip()]
        if not ids:
            return
        db, actor = self.env.ctx.db, self.env.actor
        self.item_edit.clear()
        self._edit(lambda pid: svc.add_items(db, actor, pid, ids), "add items")

    def _add_speech(self) -> None:
        text = self.speech_edit.text().strip()
        if not text:
            return
        db, actor, options = self.env.ctx.db, self.env.actor, self.speech_choice()
        self.speech_edit.clear()
        self._edit(lambda pid: svc.add_entry(db, actor, pid, EntryKind.SPEECH, text=text,
                                             options=options), "add speech")

    def open_recorder(self) -> RecordDialog:
        """The record dialog; each kept recording is added to the chosen programme."""
        dialog = RecordDialog(self.env.ctx, self.env.actor, self, tasks=self.env.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._add_recording)
        dialog.open()
        return dialog

    def _add_recording(self, item_id: str) -> None:
        if self._selected is None:
            self.message_label.setText(self.tr(
                "The recording is in the library; choose a programme to add it to."))
            return
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.add_items(db, actor, pid, [item_id]), "add recording")

    def show_library(self, shown: bool) -> None:
        self.library_panel.setVisible(shown)
        if shown:
            self.library_panel.load()
        if self.library_button.isChecked() != shown:
            self.library_button.setChecked(shown)

    def _drop_items(self, ids: list[str], position: int | None) -> None:
        """Library items dropped on the running order, inserted where they were dropped."""
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.add_items(db, actor, pid, ids, position), "drop items")

    def _jump_to_entry(self, index: Any) -> None:
        if 0 <= index.row() < len(self._entries):
            self.preview.seek_entry(self._entries[index.row()].id)

    def _current_entry(self) -> svc.EntryRow | None:
        rows = self.entry_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._entries):
            return None
        return self._entries[rows[0].row()]

    def _move(self, step: int) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db, actor = self.env.ctx.db, self.env.actor
        target = max(0, entry.position + step)
        self._edit(lambda pid: svc.move_entry(db, actor, pid, entry.id, target), "move entry")
        self.entry_table.selectRow(min(target, len(self._entries) - 1))

    def _remove(self) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.remove_entry(db, actor, pid, entry.id), "remove entry")

    def _check(self) -> None:
        ctx, pid = self.env.ctx, self._selected
        if pid is not None:
            self._run(lambda: svc.check_programme(ctx, pid, for_air=True), self._checked,
                      "check programme")

    def _checked(self, report: svc.CheckReport) -> None:
        if report.ok:
            self.problems_label.setText(self.tr("Ready to go on air."))
        else:
            lines = [problem_line(p) for p in report.blocking]
            self.problems_label.setText(self.tr("Not ready yet:") + "\n" + "\n".join(lines))
        quiet = any(p.code == "quiet_hours" and p.blocking for p in report.problems)
        self.override_edit.setVisible(quiet and self.env.actor.can(
            Permission.OVERRIDE_QUIET_HOURS))

    def _submit(self) -> None:
        ctx, actor, pid = self.env.ctx, self.env.actor, self._selected
        if pid is not None:
            self._run(lambda: svc.submit(ctx, actor, pid), name="submit programme")

    def _approve(self) -> None:
        ctx, actor, pid = self.env.ctx, self.env.actor, self._selected
        if pid is None:
            return
        reason = self.override_edit.text().strip() if self.override_edit.isVisible() else None

        def approved(result: svc.ApprovalResult) -> None:
            self.message_label.setText(programme_status_label(result.status)
                                       + (f" — {result.note}" if result.note else ""))
            self.override_edit.clear()
            self.override_edit.hide()
            self._load()

        self._run(lambda: svc.approve(ctx, actor, pid, quiet_reason=reason or None), approved,
                  "approve programme")

    def _render(self) -> None:
        ctx, pid = self.env.ctx, self._selected
        if pid is None or self._cancel is not None:
            return
        out = ctx.paths.exports / f"programme-{pid}.mp3"
        cancel = self._cancel = threading.Event()
        progress = self._progress.changed.emit
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.render_button.setEnabled(False)

        def done(result: Any) -> None:
            self._render_finished()
            self.message_label.setText(self.tr("Audio file ready: {path}").format(
                path=str(result.out)))

        def failed(error: BaseException) -> None:
            self._render_finished()
            self.message_label.setText(str(error) or self.tr("Stopped."))

        self.env.tasks.submit(
            lambda: svc.render_programme(ctx, pid, out, cancel=cancel, progress=progress),
            on_done=done, on_error=failed, context=self, name="render programme")

    def _show_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(int(fraction * 100))

    def _cancel_render(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _render_finished(self) -> None:
        self._cancel = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.render_button.setEnabled(True)
