"""Chương trình (Programmes): the list of programmes and the chosen one's editor — its running
order with the library beside it, when it airs (Lặp lại), where it goes (Nơi phát), jingles,
gain, fades and cuts, the checks, approval and the audio file.

This module is the view: layout, texts and the dialogs. What happens is in
programme_controller.py (services in the task runner, undo), the list in programme_list.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...audio.speech import DEFAULT_SPEED, DEFAULT_VOICE, EngineInfo, list_engines
from ...models.enums import EntryKind
from ...services import air_audio
from ...services import programmes as svc
from ...services.permissions import Permission
from ...services.programmes import campaigns
from ...services.programmes.airings import ScheduleDraft
from ...services.programmes.approval import ChecksFailed
from ...services.programmes.common import EntryRow, ProgrammeRow, fmt_duration
from ...services.programmes.requests import Owed, ProgrammeOffer
from ...services.programmes.targets import TargetChoice, TargetTree
from ...settings import SLOT_TEMPLATES
from ...timezone import STATION_TZ, station_now
from ..dialogs.approver_dialog import ApproverDialog
from ..dialogs.entry_dialog import EntryDialog
from ..dialogs.jingle_dialog import JingleDialog
from ..dialogs.record_dialog import RecordDialog
from ..dialogs.relay_dialog import RelayDialog
from ..dialogs.repeat_dialog import RepeatDialog
from ..dialogs.targets_dialog import TargetsDialog
from ..errors import error_text
from ..flow_layout import flow_row
from ..labels import programme_status_label
from ..library.zalo_publish import ZaloPublishing
from ..list_or_detail import ListOrDetail
from ..theme import Colors
from ..widgets import NoticeLabel, scrolling, set_text_role, text_label
from .base import Page
from .programme_checks import problem_line
from .programme_controller import ProgrammeController
from .programme_entries import EntryTable
from .programme_library import LibraryPanel
from .programme_list import ProgrammeList
from .programme_preview import PreviewBar

log = logging.getLogger(__name__)

EDITABLE = ("draft", "rejected")
# Narrower than this (the list and the editor's splitter), they show one at a time.
LIST_BESIDE_FROM = 860
COL_START, COL_KIND, COL_LENGTH, COL_GAIN, COL_FADE, COL_TITLE = range(6)


class _Progress(QObject):
    """Carries render and approval progress from the worker thread to the UI thread
    (queued signals)."""

    changed = Signal(float)
    preparing = Signal(str, int, int)  # air_audio.PrepareProgress: step, done, total


def _kind_label(kind: str) -> str:
    labels = {
        "item": QCoreApplication.translate("Programmes", "Bulletin"),
        "speech": QCoreApplication.translate("Programmes", "Text read aloud"),
        "recording": QCoreApplication.translate("Programmes", "Recording"),
        "file": QCoreApplication.translate("Programmes", "File"),
        "stream": QCoreApplication.translate("Programmes", "Relay"),
        "jingle": QCoreApplication.translate("Programmes", "Jingle"),
        "silence": QCoreApplication.translate("Programmes", "Pause"),
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


# Warnings the check shows beside what blocks: what the province still asks for, and the
# clusters a relay will not reach.
NOTED_AT_CHECK = ("airings_short", "relay_skips")


class _RunningOrderSplitter(QSplitter):
    """The running order (its first widget) and the library beside it. It needs room for a
    few rows of the running order, at the text size of the moment, and asks for no more:
    it takes what is left over. Asking for its tables' preferred height made the editor, in
    its scroll area, scroll at the usual text size."""

    ROWS = 4

    def _rows_height(self) -> int:
        table = self.widget(0)
        if not isinstance(table, EntryTable):
            return super().minimumSizeHint().height()
        return (table.horizontalHeader().sizeHint().height()
                + self.ROWS * table.fontMetrics().height() * 3 // 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._rows_height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height())


class ProgrammesPage(Page):
    key = "programmes"
    icon = QStyle.StandardPixmap.SP_FileDialogListView
    scrollable = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Programmes")

    # -- layout ---------------------------------------------------------------------------------

    def build(self) -> None:
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self._progress.preparing.connect(self._show_preparing)
        self._approving = False                 # an approval runs in the workers
        self._sending: object | None = None     # the last sending for approval
        self._warned_draft: int | None = None   # "this edit sends it back to draft" said once
        self._quiet_blocked = False             # the last check found it in quiet hours
        self._suggested: list[str] = []
        self._owed: list[Owed] = []
        actor = self.env.actor
        self.controller = ProgrammeController(self.env.ctx, actor, self.env.tasks, self)
        self.controller.listed.connect(self._listed)
        self.controller.loaded.connect(self._loaded)
        self.controller.failed.connect(self._failed)
        self.controller.owed.connect(self._show_owed)

        # Left: a new programme, then the list of programmes.
        self.name_edit = QLineEdit()
        self.start_edit = QDateTimeEdit()
        self.start_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.start_edit.setTimeZone(QTimeZone(b"Asia/Ho_Chi_Minh"))
        self.start_edit.setCalendarPopup(True)
        self.create_button = QPushButton()
        self.create_button.setProperty("buttonRole", "primary")
        self.template_button = QToolButton()
        self.template_button.setObjectName("fromTemplate")
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.programme_list = ProgrammeList()
        self.list_table = self.programme_list.table
        self.actions_button = QToolButton()
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        actions_menu = QMenu(self.actions_button)
        for name in ProgrammeList.ACTIONS:
            actions_menu.addAction(self.programme_list.menu_actions[name])
        self.actions_button.setMenu(actions_menu)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_edit, 1)
        start_row.addWidget(self.create_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.template_button)
        list_row.addWidget(self.actions_button)
        list_row.addStretch(1)
        programmes = QWidget()
        left = QVBoxLayout(programmes)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.name_edit)
        left.addLayout(start_row)
        left.addWidget(self.programme_list, 1)
        left.addLayout(list_row)

        # Right: the chosen programme — when, where, how long, then its running order.
        self.total_label = text_label("subtitle")
        self.schedule_label, self.targets_label = text_label(), text_label()
        self.schedule_button, self.targets_button = QPushButton(), QPushButton()
        self.schedule_button.setObjectName("repeatButton")
        self.targets_button.setObjectName("targetsButton")
        summary = QGridLayout()
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.schedule_label, 0, 0)
        summary.addWidget(self.schedule_button, 0, 1)
        summary.addWidget(self.targets_label, 1, 0)
        summary.addWidget(self.targets_button, 1, 1)
        summary.setColumnStretch(0, 1)
        self.timing_label = text_label()
        self.timing_label.setObjectName("timingLabel")
        timing_row = QHBoxLayout()
        timing_row.addWidget(self.timing_label, 1)

        # Adding to the running order: the library, the microphone, typed text, pauses.
        self.library_button = QPushButton()
        self.library_button.setCheckable(True)
        self.record_button = QPushButton()
        self.text_button = QPushButton()
        self.text_button.setCheckable(True)
        self.pause_button, self.jingle_button = QPushButton(), QPushButton()
        self.relay_button = QPushButton()
        self.slot_spin = QSpinBox()
        self.slot_spin.setRange(0, 180)
        timing_row.addWidget(self.slot_spin)
        # Rows of buttons wrap rather than cut their words (larger text, a narrow window).
        add_row = flow_row(self.library_button, self.record_button, self.text_button,
                           self.pause_button, self.jingle_button, self.relay_button)
        # Typed text read aloud (engine, voice and speed per entry), and bulletin codes:
        # shown when "Text" is pressed.
        self.speech_edit = QLineEdit()
        self.add_speech_button = QPushButton()
        self._engines: list[EngineInfo] = []
        self.engine_combo, self.voice_combo = QComboBox(), QComboBox()
        self.speed_spin = QSpinBox()
        self.speed_spin.setRange(80, 260)
        self.speed_spin.setSingleStep(10)
        self.speed_spin.setValue(DEFAULT_SPEED)
        self.speech_status = text_label("muted")
        self.item_edit = QLineEdit()
        self.add_item_button = QPushButton()
        self.text_panel = QWidget()
        text_layout = QGridLayout(self.text_panel)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.speech_edit, 0, 0, 1, 3)
        text_layout.addWidget(self.add_speech_button, 0, 3)
        text_layout.addWidget(self.engine_combo, 1, 0)
        text_layout.addWidget(self.voice_combo, 1, 1)
        text_layout.addWidget(self.speed_spin, 1, 2)
        text_layout.addWidget(self.speech_status, 2, 0, 1, 4)
        text_layout.addWidget(self.item_edit, 3, 0, 1, 3)
        text_layout.addWidget(self.add_item_button, 3, 3)
        text_layout.setColumnStretch(0, 1)
        text_layout.setColumnStretch(1, 1)
        self.text_panel.hide()
        self.engine_combo.currentIndexChanged.connect(self._engine_changed)

        self.entry_table = EntryTable(0, 6)
        self.entry_table.setObjectName("runningOrder")
        self.entry_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entry_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_table.verticalHeader().hide()
        header = self.entry_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.entry_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.library_panel = LibraryPanel(self.env.ctx, self.env.tasks)
        self.library_panel.hide()
        self.splitter = _RunningOrderSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.entry_table)
        self.splitter.addWidget(self.library_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # Changes to the running order sit under it (icons with their words as tooltips).
        self.up_button, self.down_button, self.remove_button = (QToolButton(), QToolButton(),
                                                                QPushButton())
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("entrySound")
        style = self.style()
        for button, icon in ((self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
                             (self.down_button, QStyle.StandardPixmap.SP_ArrowDown)):
            button.setIcon(style.standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        edit_row = flow_row(self.up_button, self.down_button, self.remove_button,
                            self.entry_button, self.undo_button, self.redo_button)
        self.preview = PreviewBar(self.env.tasks)

        # Suggestions: campaigns near the date, and what the province asks to be aired.
        self.suggest_label = text_label("muted")
        self.suggest_button = QPushButton()
        self.owed_label = text_label()
        self.owed_label.setObjectName("owedAirings")
        self.owed_button = QPushButton()
        notes = QWidget()  # the hints and the checks: one area under the running order
        hints = QGridLayout(notes)
        hints.setContentsMargins(0, 0, 0, 0)
        hints.addWidget(self.suggest_label, 1, 0)
        hints.addWidget(self.suggest_button, 1, 1)
        hints.addWidget(self.owed_label, 2, 0)
        hints.addWidget(self.owed_button, 2, 1)
        hints.setColumnStretch(0, 1)
        for widget in (self.suggest_label, self.suggest_button, self.owed_label,
                       self.owed_button):
            widget.hide()

        # The checks, approval and the audio file.
        self.problems_label = text_label()
        self.problems_label.hide()
        hints.addWidget(self.problems_label, 0, 0, 1, 2)  # first: what stops the airing
        self.problems_area = QScrollArea()
        self.problems_area.setWidgetResizable(True)
        self.problems_area.setFrameShape(QFrame.Shape.NoFrame)
        self.problems_area.setWidget(notes)
        # As tall as what it says (four lines at most), and hidden when it says nothing
        # (_show_notes()): the running order above keeps the room.
        self.problems_area.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Fixed)
        self.problems_area.hide()
        self.problems_area.installEventFilter(self)  # a new width wraps its lines anew
        self.message_label = NoticeLabel("muted")
        self.check_button, self.submit_button, self.approve_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.approve_button.setObjectName("approveButton")
        self.override_edit = QLineEdit()
        self.override_edit.hide()
        self.render_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.hide()
        self.zalo_button = QPushButton()  # the programme's bulletins to the Zalo OA
        self.zalo_button.setObjectName("programmeZalo")
        self.zalo = ZaloPublishing(self.env.ctx, actor, self.env.tasks, self)
        self.zalo_button.clicked.connect(self.publish_to_zalo)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.override_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.progress_bar.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        action_row = flow_row(self.check_button, self.submit_button, self.override_edit,
                              self.approve_button, self.render_button, self.zalo_button,
                              self.cancel_button, self.progress_bar)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(4)
        # In a narrow window the list and the programme show one at a time (ListOrDetail);
        # this goes back to the list.
        self.list_button = QPushButton()
        self.list_button.setObjectName("backToProgrammes")
        self.list_button.setProperty("buttonRole", "compact")
        detail_layout.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.total_label)
        detail_layout.addLayout(summary)
        detail_layout.addLayout(timing_row)
        detail_layout.addWidget(add_row)
        detail_layout.addWidget(self.text_panel)
        detail_layout.addWidget(self.splitter, 1)
        detail_layout.addWidget(edit_row)
        detail_layout.addWidget(self.preview)
        detail_layout.addWidget(self.problems_area)
        detail_layout.addWidget(action_row)
        # Under the buttons, its own line: beside them it had a few letters' width.
        detail_layout.addWidget(self.message_label)
        # Larger text can need more height than the window has: the editor then scrolls
        # (its running order keeps some rows: _RunningOrderSplitter) rather than squeezing
        # every row into another.
        self.detail_area = scrolling(detail)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(programmes)
        self.main_splitter.addWidget(self.detail_area)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setSizes([400, 1000])
        self.main_splitter.setChildrenCollapsible(False)
        self.panes = ListOrDetail(self.main_splitter, programmes, self.detail_area,
                                  self.list_button, LIST_BESIDE_FROM)
        self.body.addWidget(self.main_splitter, 1)
        self.body.setSpacing(8)
        for button in (self.schedule_button, self.targets_button):  # beside a line of text
            button.setProperty("buttonRole", "inline")
        # Six ways to add beside each other in the running order's width at 1366x768.
        for button in (self.library_button, self.record_button, self.text_button,
                       self.pause_button, self.jingle_button, self.relay_button):
            button.setProperty("buttonRole", "tight")
        for button in (self.remove_button, self.entry_button,
                       self.undo_button, self.redo_button,
                       self.suggest_button, self.owed_button, self.add_speech_button,
                       self.add_item_button, self.check_button, self.submit_button,
                       self.approve_button, self.render_button, self.zalo_button,
                       self.cancel_button):
            button.setProperty("buttonRole", "compact")

        can_edit = actor.can(Permission.EDIT_PROGRAMMES)
        self.edit_widgets = (
            self.name_edit, self.start_edit, self.create_button, self.template_button,
            self.item_edit, self.add_item_button, self.speech_edit, self.add_speech_button,
            self.up_button, self.down_button, self.remove_button, self.entry_button,
            self.pause_button, self.undo_button, self.redo_button, self.submit_button,
            self.record_button, self.library_button, self.engine_combo, self.voice_combo,
            self.speed_spin, self.schedule_button, self.targets_button, self.jingle_button,
            self.slot_spin, self.owed_button, self.text_button, self.relay_button)
        for widget in self.edit_widgets:
            widget.setEnabled(can_edit)
        # An approver approves; anyone else at this PC may ask a leader to sign in for it.
        self.approve_button.setEnabled(actor.can(Permission.APPROVE_PROGRAMMES)
                                       or actor.can(Permission.EDIT_PROGRAMMES)
                                       or actor.can(Permission.PUSH))
        self.zalo_button.setEnabled(actor.can(Permission.PUSH))
        # What acts on the open programme waits until one is chosen; the role still decides.
        making = {self.name_edit, self.start_edit, self.create_button, self.template_button}
        self._on_programme = (*(w for w in self.edit_widgets if w not in making),
                              self.check_button, self.approve_button, self.render_button,
                              self.zalo_button)
        self._role_allows = {w: w.isEnabled() for w in self._on_programme}
        self._enable_for_programme(None)
        self.entry_table.drops_allowed = can_edit
        self._wire()

    def _wire(self) -> None:
        pl = self.programme_list
        pl.filters_changed.connect(self._filters_changed)
        pl.selected.connect(self._selection_changed)
        pl.action.connect(self._list_action)
        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self._create)
        self.add_item_button.clicked.connect(self._add_items)
        self.item_edit.returnPressed.connect(self._add_items)
        self.add_speech_button.clicked.connect(self._add_speech)
        self.speech_edit.returnPressed.connect(self._add_speech)
        self.record_button.clicked.connect(self.open_recorder)
        self.library_button.toggled.connect(self.show_library)
        self.text_button.toggled.connect(self.text_panel.setVisible)
        self.library_panel.add_requested.connect(lambda ids: self._drop_items(ids, None))
        self.suggest_button.clicked.connect(lambda: self._drop_items(self._suggested, None))
        self.owed_button.clicked.connect(self._add_owed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.remove_button.clicked.connect(self._remove)
        self.entry_button.clicked.connect(self.open_entry_dialog)
        self.pause_button.clicked.connect(self._add_pause)
        self.schedule_button.clicked.connect(self.open_repeat_dialog)
        self.targets_button.clicked.connect(self.open_targets_dialog)
        self.jingle_button.clicked.connect(self.open_jingle_dialog)
        self.relay_button.clicked.connect(self.open_relay_dialog)
        self.slot_spin.editingFinished.connect(self._slot_changed)
        self.check_button.clicked.connect(self._check)
        self.submit_button.clicked.connect(self._submit)
        self.approve_button.clicked.connect(self._approve)
        self.render_button.clicked.connect(self._render)
        self.cancel_button.clicked.connect(self._cancel_render)
        self.undo_button.clicked.connect(self.controller.undo)
        self.redo_button.clicked.connect(self.controller.redo)
        self.entry_table.doubleClicked.connect(self._jump_to_entry)
        self.entry_table.items_dropped.connect(self._drop_items)
        self.entry_table.customContextMenuRequested.connect(self._entry_menu)
        for keys, button in (("Ctrl+Z", self.undo_button), ("Ctrl+Y", self.redo_button)):
            QShortcut(QKeySequence(keys), self).activated.connect(button.click)
        # The running order's keys act only where the focus is in it: "Delete" also deletes
        # a draft in the programme list, and two live shortcuts on one key cancel each other.
        entry_keys: list[tuple[str, Any]] = [
            ("Ctrl+Up", lambda: self._move(-1)), ("Ctrl+Down", lambda: self._move(+1)),
            ("Delete", self._remove), ("F2", self.open_entry_dialog)]
        for keys, slot in entry_keys:
            shortcut = QShortcut(QKeySequence(keys), self.entry_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        super().retranslate()
        self.name_edit.setPlaceholderText(self.tr("Name of the new programme"))
        self.create_button.setText(self.tr("New programme"))
        self.list_button.setText(self.tr("‹ Programme list"))
        self.template_button.setText(self.tr("From a template"))
        self.actions_button.setText(self.tr("Actions"))
        self.programme_list.retranslate()
        self.zalo_button.setText(self.tr("To Zalo…"))
        self.zalo_button.setToolTip(self.tr(
            "Publish the programme's bulletins as articles on the commune's Zalo OA"))
        self.entry_table.setHorizontalHeaderLabels([
            self.tr("Plays at"), self.tr("Kind"), self.tr("Length"), self.tr("Gain"),
            self.tr("Fade"), self.tr("Title")])
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
        self.record_button.setToolTip(self.tr(
            "Record from the microphone; the recording is kept in the library and added here"))
        self.library_button.setText(self.tr("Library"))
        self.library_button.setToolTip(self.tr(
            "Show the library beside the running order, to drag items onto it"))
        self.library_panel.retranslate()
        self.suggest_button.setText(self.tr("Add the suggested items"))
        self.owed_button.setText(self.tr("Add the requested items"))
        for button, text in ((self.up_button, self.tr("Move up")),
                             (self.down_button, self.tr("Move down")),
                             (self.undo_button, self.tr("Undo")),
                             (self.redo_button, self.tr("Redo"))):
            button.setText(text)
            button.setToolTip(text)
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.remove_button.setText(self.tr("Remove"))
        self.text_button.setText(self.tr("Text…"))
        self.text_button.setToolTip(self.tr("Text read aloud, or bulletins by their codes"))
        self.schedule_button.setText(self.tr("Change…"))
        self.targets_button.setText(self.tr("Change…"))
        self.schedule_button.setToolTip(self.tr("When it airs: once, every day, chosen days, "
                                                "at what times"))
        self.targets_button.setToolTip(self.tr("Where it goes: the whole commune, villages, "
                                               "clusters and boards"))
        self.entry_button.setText(self.tr("Gain and cut…"))
        self.entry_button.setToolTip(self.tr("Gain, fades and where the entry starts and ends "
                                             "(F2)"))
        self.pause_button.setText(self.tr("Pause…"))
        self.pause_button.setToolTip(self.tr("Add a pause (seconds of silence)"))
        self.jingle_button.setText(self.tr("Jingle…"))
        self.relay_button.setText(self.tr("Relay…"))
        self.relay_button.setToolTip(self.tr("Relay a radio stream (the national or "
                                             "provincial station) for a set time"))
        self.slot_spin.setPrefix(self.tr("Slot "))
        self.slot_spin.setSuffix(self.tr(" min"))
        self.slot_spin.setSpecialValueText(self.tr("Slot: no limit"))  # shown at 0
        self.slot_spin.setToolTip(self.tr("How long the slot is; the running order is "
                                          "measured against it"))
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
        self._filters_changed()

    # -- compatibility with the page's callers ----------------------------------------------------

    @property
    def _rows(self) -> list[ProgrammeRow]:
        return self.programme_list.rows

    @property
    def _entries(self) -> list[EntryRow]:
        return self.controller.entries

    @property
    def _selected(self) -> int | None:
        return self.controller.selected

    def publish_to_zalo(self) -> None:
        """The chosen programme's library bulletins to the commune's Zalo OA."""
        if self.controller.selected is not None:
            self.zalo.publish_programme(self.controller.selected, "")

    def open_programme(self, programme_id: int) -> None:
        """Show this programme (from the schedule's double-click)."""
        if self.programme_list.showing_templates:
            self.programme_list.view_combo.setCurrentIndex(0)
        self.programme_list.selected_id = programme_id
        self.controller.select(programme_id)
        self.panes.show_detail()
        self._filters_changed()

    # -- loading ----------------------------------------------------------------------------------

    def _set_default_start(self, moment: dt.datetime) -> None:
        self.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()),
                                                                 QTimeZone(b"Asia/Ho_Chi_Minh")))

    def _filters_changed(self) -> None:
        self.controller.set_query(self.programme_list.query(station_now().date()))

    def _listed(self, rows: list[ProgrammeRow]) -> None:
        self.programme_list.show_rows(rows)
        if self.controller.row is None:
            self._show_nothing_chosen()

    def _show_nothing_chosen(self) -> None:
        """The hint beside an empty editor: choose one, or, with none listed, make one."""
        if self._rows:
            self.total_label.setText(self.tr("Choose a programme to see its running order."))
        else:
            self.total_label.setText(self.tr(
                "No programme in this list: type a name and press “{create}”, or press "
                "“{template}”.").format(create=self.create_button.text(),
                                       template=self.template_button.text()))

    def _failed(self, error: BaseException) -> None:
        self._approval_finished()  # (when it was the approval that failed)
        if isinstance(error, ChecksFailed):  # say which checks, in the operator's words
            self.message_label.setText(error_text(error))
            self.show_problems(self.tr("Not ready yet:") + "\n" + "\n".join(
                problem_line(p) for p in error.problems))
        else:
            self.message_label.setText(error_text(error))

    def _loaded(self, row: ProgrammeRow, entries: list[EntryRow]) -> None:
        self._show_entries(row)
        self._suggest(row)

    def _suggest(self, row: ProgrammeRow) -> None:
        """Campaigns near the programme's date, and items tagged for them not in it yet."""
        moment = row.next_airing or row.start_at
        if moment is None:
            self._show_suggestion(None)
            return
        db, day = self.env.ctx.db, moment.date()
        present = {e.item_id for e in self.controller.entries if e.item_id}
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
            self._show_notes()
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
        self._show_notes()

    def _show_owed(self, offer: ProgrammeOffer) -> None:
        present = {e.item_id for e in self.controller.entries if e.item_id}
        self._owed = [o for o in offer.items if o.item_id not in present]
        elsewhen = [o for o in offer.elsewhen if o.item_id not in present]
        if not (self._owed or elsewhen) or self.controller.selected is None:
            self.owed_label.hide()
            self.owed_button.hide()
            self._show_notes()
            return
        texts, tips = [], []
        if self._owed:
            first = self._owed[0]
            texts.append(self.tr("The province asks for {count} item(s) not aired enough yet, "
                                 "such as “{title}” ({needed} more).").format(
                count=len(self._owed), title=first.title, needed=first.needed))
            tips.append(self.tr("The province asks for these to be aired:"))
            tips += [self._owed_line(o) for o in self._owed]
        if elsewhen:
            # Today lists them as owed; say why this programme does not offer them.
            texts.append(self.tr("{count} more are asked for at times this programme does not "
                                 "air, such as “{title}”: put them in a programme that airs "
                                 "then.").format(count=len(elsewhen), title=elsewhen[0].title))
            tips.append(self.tr("Asked for at times this programme does not air:"))
            tips += [self._owed_line(o) for o in elsewhen]
        self.owed_label.setText(" ".join(texts))
        self.owed_label.setToolTip("\n".join(tips))
        self.owed_label.show()
        self.owed_button.setVisible(bool(self._owed)
                                    and self.env.actor.can(Permission.EDIT_PROGRAMMES))
        self._show_notes()

    def _owed_line(self, owed: Owed) -> str:
        return self.tr("“{title}”: {needed} of {requested} airing(s) still needed").format(
            title=owed.title, needed=owed.needed, requested=owed.requested)

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

    def _show_entries(self, row: ProgrammeRow | None = None) -> None:
        row = row or self.controller.row
        entries = self.controller.entries if row is not None else []
        table = self.entry_table
        table.setRowCount(len(entries))
        start = row.next_airing or row.start_at if row is not None else None
        for r, e in enumerate(entries):
            note = ""
            if e.local:
                note = self.tr(" (made in the commune)")
            elif e.reviewed:
                note = self.tr(" (reviewed by the province)")
            if e.jingle:
                note += {"intro": self.tr(" — at the start"), "outro": self.tr(" — at the end"),
                         "between": self.tr(" — between items")}.get(e.jingle, "")
            at = (start + dt.timedelta(seconds=e.start_offset_s)).strftime("%H:%M:%S") \
                if start is not None else "+" + fmt_duration(e.start_offset_s)
            fades = ""
            if e.fade_in_s or e.fade_out_s:
                fades = f"↗{e.fade_in_s:g}s ↘{e.fade_out_s:g}s"
            cut = " ✂" if e.cue_in_s > 0.05 or e.cue_out_s is not None else ""
            kind = (self.tr("Picture (boards)") if e.item_kind == "image"
                    else _kind_label(e.kind))
            cells = (at, kind, fmt_duration(e.duration_s or 0) + cut,
                     f"{e.volume_db:+.1f} dB", fades, e.title + note)
            for c, text in enumerate(cells):
                table.setItem(r, c, _cell(text))
        self._enable_for_programme(row)
        # Without a programme its "Change…" buttons and slot would stand there unlabelled.
        for widget in (self.schedule_button, self.targets_button, self.slot_spin):
            widget.setVisible(row is not None)
        if row is None:
            self._show_nothing_chosen()
            self.timing_label.clear()
            self.schedule_label.clear()
            self.targets_label.clear()
            return
        self.total_label.setText(self.tr("{name} — {state}").format(
            name=row.name, state=programme_status_label(row.status) if not row.is_template
            else self.tr("template")))
        self.schedule_label.setText(self.tr("Airs: {when}").format(when=self._when_words(row)))
        self.targets_label.setText(self.tr("Goes to: {where}").format(
            where=self.programme_list.target_words(TargetChoice.parse(row.targets))))
        self.slot_spin.blockSignals(True)
        self.slot_spin.setValue(round((row.slot_limit_s or 0) / 60))
        self.slot_spin.blockSignals(False)
        self._show_timing(row, start)

    def _when_words(self, row: ProgrammeRow) -> str:
        repeat = self.programme_list.repeat_short(row)
        if row.next_airing is None:
            return self.tr("{repeat}, nothing coming").format(repeat=repeat) \
                if row.repeat != "once" or row.start_at is None else \
                self.tr("once, {at} (past)").format(at=row.start_at.strftime("%d/%m %H:%M"))
        return self.tr("{repeat}, next {at} ({count} this week)").format(
            repeat=repeat, at=row.next_airing.strftime("%d/%m %H:%M"), count=row.airings_week)

    def _show_timing(self, row: ProgrammeRow, start: dt.datetime | None) -> None:
        total = row.duration_s
        parts = [self.tr("{count} entries, {total} in all").format(
            count=row.entries, total=fmt_duration(total))]
        if start is not None:
            parts.append(self.tr("ends at {end}").format(
                end=(start + dt.timedelta(seconds=total)).strftime("%H:%M:%S")))
        over = row.slot_limit_s is not None and total > row.slot_limit_s
        if row.slot_limit_s:
            if over:
                parts.append(self.tr("{over} over its {slot} slot").format(
                    over=fmt_duration(total - row.slot_limit_s),
                    slot=fmt_duration(row.slot_limit_s)))
            else:
                parts.append(self.tr("{left} left of its {slot} slot").format(
                    left=fmt_duration(row.slot_limit_s - total),
                    slot=fmt_duration(row.slot_limit_s)))
        self.timing_label.setText(" · ".join(parts))
        set_text_role(self.timing_label, "error" if over else "muted")
        if over:
            for r in range(self.entry_table.rowCount()):
                e = self.controller.entries[r]
                if e.start_offset_s + (e.duration_s or 0) > (row.slot_limit_s or 0):
                    for c in range(self.entry_table.columnCount()):
                        item = self.entry_table.item(r, c)
                        if item is not None:
                            item.setForeground(QBrush(QColor(Colors.EMERGENCY)))

    # -- the list's actions -----------------------------------------------------------------------

    def _selection_changed(self, pid: int) -> None:
        if pid != self.controller.selected:
            self._warned_draft = None
        self.controller.select(pid)
        self.preview.set_programme(self.env.ctx, pid)
        self.show_problems("")
        self.override_edit.hide()
        self._quiet_blocked = False

    def _list_action(self, name: str, pid: int) -> None:
        if name == "open":
            self.panes.show_detail()
            self.entry_table.setFocus()
        elif name == "duplicate":
            text, ok = QInputDialog.getText(self, self.tr("Duplicate"),
                                            self.tr("Name of the copy"),
                                            text=self._name_of(pid) + self.tr(" (copy)"))
            if ok:
                self.controller.duplicate(pid, text.strip() or None, self._opened(
                    self.tr("Copy made. It is a draft: change it, then send it for approval.")))
        elif name == "delete":
            if self.confirm(self.tr("Delete the draft “{name}”? This cannot be undone.").format(
                    name=self._name_of(pid))):
                self.controller.delete(pid, lambda _r: self._note(self.tr("Deleted.")))
        elif name == "withdraw":
            reason, ok = QInputDialog.getText(
                self, self.tr("Withdraw from the air"),
                self.tr("“{name}” will be taken off the air and every cluster and board that "
                        "holds it will be told to drop it. Why?").format(name=self._name_of(pid)))
            if ok:
                self.controller.withdraw(pid, reason.strip(), lambda jobs: self._note(
                    self.tr("Withdrawn; {count} device(s) told to drop it.").format(
                        count=len(jobs))))
        elif name == "save_template":
            text, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                            self.tr("Name of the template"),
                                            text=self._name_of(pid))
            if ok and text.strip():
                self.controller.save_template(pid, text.strip(), lambda _t: self._note(
                    self.tr("Saved as a template.")))
        elif name == "from_template":
            self.new_from_template(pid)

    def new_from_template(self, template_id: int) -> None:
        self.controller.from_template(template_id, self._opened(
            self.tr("New programme made from the template. Add the news between the jingles.")))

    def _fill_template_menu(self) -> None:
        self.template_menu.clear()
        self.controller.templates(self._templates_listed)

    def _templates_listed(self, rows: list[ProgrammeRow]) -> None:
        self.template_menu.clear()
        for row in rows:
            act = self.template_menu.addAction(row.name)
            act.triggered.connect(lambda _c=False, pid=row.id: self.new_from_template(pid))
        if not rows:
            self.template_menu.addAction(self.tr("No template yet")).setEnabled(False)

    def _opened(self, note: str) -> Any:
        def done(pid: int) -> None:
            if self.programme_list.showing_templates:
                self.programme_list.view_combo.setCurrentIndex(0)
            self.programme_list.selected_id = pid
            self._selection_changed(pid)  # the preview bar, the checks' area: this one's
            self.panes.show_detail()
            self._note(note)
            self._filters_changed()
        return done

    def _name_of(self, pid: int) -> str:
        row = self.programme_list.row(pid)
        return row.name if row else str(pid)

    def _note(self, text: str) -> None:
        self.message_label.setText(text)
        self.controller.reload()

    def confirm(self, text: str) -> bool:
        """Ask before something that cannot be taken back (replaced in tests)."""
        answer = QMessageBox.question(self, self.windowTitle() or self.nav_title(), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- editing --------------------------------------------------------------------------------

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.message_label.setText(self.tr("Give the programme a name first."))
            return
        start = self.start_edit.dateTime().toSecsSinceEpoch()
        moment = dt.datetime.fromtimestamp(start, STATION_TZ)

        def created(pid: int) -> None:
            self.name_edit.clear()
            self._opened(self.tr("Programme created. Add bulletins to it."))(pid)

        self.controller.create(name, moment, created)

    def _may_edit(self) -> bool:
        """An approved (or submitted, or scheduled) programme goes back to draft when it is
        changed: say so once, before the first change."""
        row = self.controller.row
        if row is None or row.status in EDITABLE or row.is_template \
                or self._warned_draft == row.id:
            return True
        if not self.confirm(self.tr(
                "“{name}” is {state}. Changing it sends it back to draft: it must be approved "
                "again before it airs, and the devices keep the approved version until then. "
                "Change it?").format(name=row.name,
                                     state=programme_status_label(row.status).lower())):
            return False
        self._warned_draft = row.id
        return True

    def _edit(self, fn: Any, name: str) -> None:
        if self.controller.selected is None:
            self.message_label.setText(self.tr("Choose a programme first."))
            return
        if not self._may_edit():
            return
        self.message_label.clear()
        self.preview.invalidate()
        self.controller.edit(fn, name)

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

    def _add_pause(self) -> None:
        seconds, ok = QInputDialog.getInt(self, self.tr("Pause"),
                                          self.tr("Seconds of silence"), 3, 1, 600)
        if not ok:
            return
        entry = self._current_entry()
        position = entry.position + 1 if entry is not None else None
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.add_entry(db, actor, pid, EntryKind.SILENCE,
                                             duration_s=float(seconds), position=position,
                                             title=self.tr("Pause")), "add pause")

    def open_relay_dialog(self) -> None:
        if self.controller.selected is None or not self._may_edit():
            return
        dialog = RelayDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_relay(*dialog.values()))
        self.relay_dialog = dialog
        dialog.open()

    def _add_relay(self, url: str, seconds: float, title: str) -> None:
        entry = self._current_entry()
        position = entry.position + 1 if entry is not None else None
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.add_entry(db, actor, pid, EntryKind.STREAM, stream_url=url,
                                             duration_s=seconds, title=title,
                                             position=position), "add relay")

    def _add_owed(self) -> None:
        self._drop_items([o.item_id for o in self._owed], None)

    def open_recorder(self) -> RecordDialog:
        """The record dialog; each kept recording is added to the chosen programme."""
        dialog = RecordDialog(self.env.ctx, self.env.actor, self, tasks=self.env.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._add_recording)
        dialog.open()
        return dialog

    def _add_recording(self, item_id: str) -> None:
        if self.controller.selected is None:
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
        if not ids:
            return
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.add_items(db, actor, pid, ids, position), "drop items")

    def _jump_to_entry(self, index: Any) -> None:
        entries = self.controller.entries
        if 0 <= index.row() < len(entries):
            self.preview.seek_entry(entries[index.row()].id)

    def _current_entry(self) -> EntryRow | None:
        rows = self.entry_table.selectionModel().selectedRows()
        entries = self.controller.entries
        if not rows or rows[0].row() >= len(entries):
            return None
        return entries[rows[0].row()]

    def _move(self, step: int) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db, actor = self.env.ctx.db, self.env.actor
        target = max(0, entry.position + step)
        self._edit(lambda pid: svc.move_entry(db, actor, pid, entry.id, target), "move entry")
        self.entry_table.selectRow(min(target, len(self.controller.entries) - 1))

    def _remove(self) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.remove_entry(db, actor, pid, entry.id), "remove entry")

    def _enable_for_programme(self, row: ProgrammeRow | None) -> None:
        for widget in self._on_programme:
            widget.setEnabled(self._role_allows[widget] and row is not None
                              and not (widget is self.approve_button and self._approving))

    def _entry_menu(self, pos: Any) -> None:
        row = self.entry_table.rowAt(pos.y())
        if row >= 0:
            self.entry_table.selectRow(row)
        menu = QMenu(self)
        for button in (self.entry_button, self.up_button, self.down_button, self.remove_button,
                       self.pause_button):
            act = menu.addAction(button.text())
            act.setEnabled(button.isEnabled())
            act.triggered.connect(button.click)
        menu.popup(self.entry_table.viewport().mapToGlobal(pos))
        self.entry_context_menu = menu

    def _slot_changed(self) -> None:
        row = self.controller.row
        minutes = self.slot_spin.value()
        if row is None or round((row.slot_limit_s or 0) / 60) == minutes:
            return
        db, actor = self.env.ctx.db, self.env.actor
        self._edit(lambda pid: svc.update_programme(db, actor, pid, slot_limit_s=minutes * 60.0),
                   "slot length")

    # -- dialogs ----------------------------------------------------------------------------------

    def open_repeat_dialog(self) -> None:
        if self.controller.selected is None or not self._may_edit():
            return
        self.controller.read_schedule(self._repeat_read)

    def _repeat_read(self, draft: ScheduleDraft) -> None:
        pid = self.controller.selected
        if pid is None:
            return
        dialog = RepeatDialog(self.env.ctx, self.env.tasks, pid, draft, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._schedule_chosen(dialog.draft()))
        self.repeat_dialog = dialog
        dialog.open()

    def _schedule_chosen(self, draft: ScheduleDraft) -> None:
        self._warned_draft = self.controller.selected
        self.preview.invalidate()
        self.controller.save_schedule(draft)

    def open_targets_dialog(self) -> None:
        if self.controller.selected is None or not self._may_edit():
            return
        self.controller.read_targets(self._targets_read)

    def _targets_read(self, found: tuple[TargetTree, TargetChoice]) -> None:
        tree, choice = found
        dialog = TargetsDialog(tree, choice, can_set_default=self.env.actor.can(
            Permission.EDIT_SETTINGS), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._targets_chosen(dialog.choice(),
                                                             dialog.default_box.isChecked()))
        self.targets_dialog = dialog
        dialog.open()

    def _targets_chosen(self, choice: TargetChoice, as_default: bool) -> None:
        self._warned_draft = self.controller.selected
        self.controller.save_targets(choice, as_default=as_default)

    def open_jingle_dialog(self) -> None:
        if self.controller.selected is None or not self._may_edit():
            return
        self.controller.jingles(self._jingles_read)

    def _jingles_read(self, found: tuple[list[tuple[str, str]], str | None]) -> None:
        jingles, default = found
        dialog = JingleDialog(jingles, default, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._jingles_chosen(*dialog.values()))
        self.jingle_dialog = dialog
        dialog.open()

    def _jingles_chosen(self, item_id: str, intro: bool, outro: bool, every: int) -> None:
        self._warned_draft = self.controller.selected
        self.preview.invalidate()
        self.controller.place_jingles(item_id, intro, outro, every)

    def open_entry_dialog(self) -> None:
        entry = self._current_entry()
        if entry is None:
            self.message_label.setText(self.tr("Choose an entry of the running order first."))
            return
        if entry.kind == "silence" or not self._may_edit():
            return
        dialog = EntryDialog(entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._entry_chosen(entry.id, dialog.values()))
        self.controller.entry_audio(entry.id, dialog.set_audio,
                                    lambda exc: dialog.show_problem(error_text(exc)))
        self.entry_dialog = dialog
        dialog.open()

    def _entry_chosen(self, entry_id: int, values: dict[str, Any]) -> None:
        self._warned_draft = self.controller.selected
        self.preview.invalidate()
        self.controller.save_entry_sound(entry_id, values)

    # -- checks and approval ----------------------------------------------------------------------

    def _check(self) -> None:
        ctx, pid = self.env.ctx, self.controller.selected
        if pid is not None:
            self.controller.run(lambda: svc.check_programme(ctx, pid, for_air=True),
                                self._checked, "check programme")

    def show_problems(self, text: str) -> None:
        """What stands between the programme and the air (or that nothing does)."""
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(text))
        self._show_notes()

    def _show_notes(self) -> None:
        """The area under the running order, while a hint or a check has something to say:
        some four lines at most, scrolled past that (at 1366x768 the running order above
        keeps room for six entries or more)."""
        self.problems_area.setVisible(any(
            not label.isHidden() for label in (self.suggest_label, self.owed_label,
                                               self.problems_label)))
        self._fit_notes()

    def _fit_notes(self) -> None:
        area, notes = self.problems_area, self.problems_area.widget()
        self.problems_label.ensurePolished()  # the style sheet's font, not the default
        # Four lines and a button's height (a hint's button stays whole beside two lines).
        most = (4 * self.problems_label.fontMetrics().lineSpacing()
                + self.owed_button.sizeHint().height())
        width = area.viewport().width()
        needed = (notes.heightForWidth(width) if notes.hasHeightForWidth()
                  else notes.sizeHint().height())
        area.setFixedHeight(max(1, min(most, needed)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.problems_area and event.type() == QEvent.Type.Resize:
            self._fit_notes()
        return super().eventFilter(watched, event)

    def _checked(self, report: svc.CheckReport) -> None:
        notes = [problem_line(p) for p in report.problems if not p.blocking
                 and p.code in NOTED_AT_CHECK]
        if report.ok:
            self.show_problems("\n".join([self.tr("Ready to go on air."), *notes]))
        else:
            lines = [problem_line(p) for p in report.blocking]
            self.show_problems(self.tr("Not ready yet:") + "\n" + "\n".join(
                [*lines, *notes]))
        self._quiet_blocked = any(p.code == "quiet_hours" and p.blocking
                                  for p in report.problems)
        self.override_edit.setVisible(self._quiet_blocked and self.env.actor.can(
            Permission.OVERRIDE_QUIET_HOURS))

    def _submit(self) -> None:
        ctx, actor, pid = self.env.ctx, self.env.actor, self.controller.selected
        if pid is not None:
            self.controller.run(lambda: svc.submit(ctx, actor, pid),
                                lambda _r: self._submitted(pid), "submit programme")

    def _submitted(self, pid: int) -> None:
        sent = self.tr("Sent for approval. A leader approves it (here or at another "
                       "computer).")
        self._note(sent)
        # Said for this sending only (the preparation of an earlier one may end later), and
        # while the note is still about it.
        sending = self._sending = object()

        def ready() -> None:
            if self._sending is sending and self.message_label.text() == sent:
                self.message_label.setText(self.tr(
                    "Sent for approval; its sound is ready for the loudspeakers. A leader "
                    "approves it (here or at another computer)."))

        self.controller.prepare_sound(pid, ready)

    def _approve(self) -> None:
        row = self.controller.row
        if row is None:
            return
        reason = self.override_edit.text().strip() if self.override_edit.isVisible() else None
        if self.env.actor.can(Permission.APPROVE_PROGRAMMES):
            self._start_approval(reason or None)
            return
        dialog = ApproverDialog(row.name, self, quiet_hours=self._quiet_blocked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_approval(
            dialog.quiet_reason() or None, dialog.credentials()))
        self.approver_dialog = dialog
        dialog.open()

    def _start_approval(self, quiet_reason: str | None,
                        signed_in: tuple[str, str] | None = None) -> None:
        """Approval makes the programme's sound first (its bulletins read out, every file at
        the station's loudness): a minute the first time for a long one, so the page says
        how far it is and the button waits."""
        if not self.controller.approve(quiet_reason, self._approved, signed_in=signed_in,
                                       progress=self._progress.preparing.emit):
            return
        self._approving = True
        self.approve_button.setEnabled(False)
        self.message_label.setText(self.tr("Approving…"))

    def _show_preparing(self, step: str, done: int, total: int) -> None:
        if not self._approving or total <= 0:
            return
        if step == air_audio.SPEECH:
            text = self.tr("Approving: reading the text bulletins out ({done} of {total})…")
        else:
            text = self.tr("Approving: bringing the sound to the station\u2019s loudness "
                           "({done} of {total} files)…")
        self.message_label.setText(text.format(done=done, total=total))
        if self._cancel is None:  # the render's bar is its own while it runs
            self.progress_bar.setValue(int(100 * done / total))
            self.progress_bar.show()

    def _approval_finished(self) -> None:
        if not self._approving:
            return
        self._approving = False
        if self._cancel is None:
            self.progress_bar.hide()
        self._enable_for_programme(self.controller.row)

    def _approved(self, result: svc.ApprovalResult) -> None:
        self._approval_finished()
        note = self.tr("approved, not scheduled: {reason}").format(
            reason=error_text(result.not_scheduled)) if result.not_scheduled else result.note
        self.message_label.setText(programme_status_label(result.status)
                                   + (f" — {note}" if note else ""))
        self.override_edit.clear()
        self.override_edit.hide()
        self._warned_draft = None
        self.controller.reload()

    # -- the audio file ---------------------------------------------------------------------------

    def _render(self) -> None:
        ctx, pid = self.env.ctx, self.controller.selected
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
            self.message_label.setText(error_text(error) or self.tr("Stopped."))

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
        self.render_button.setEnabled(self._role_allows[self.render_button]
                                       and self.controller.row is not None)

