"""Khẩn cấp (Emergency): one screen, one action — "Phát khẩn cấp".

Choose what to broadcast (a library item, emergency items first, or a typed message read
by speech synthesis), where (every cluster and board by default), confirm; every target
is pre-empted through its adapter and its acknowledgement shows here as it arrives.
"End emergency" sends each target back to its normal schedule. Everything goes through
the delivery lane, not the source system, so it works with the province offline; the
services record every step in the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.device_overview import (
    EmergencyView,
    ItemChoice,
    TargetChoice,
    emergency_items,
    read_emergency,
    target_choices,
)
from ...services.permissions import Actor, Permission
from ...station import StationContext
from ..dialogs.record_dialog import PcmSource, RecordDialog
from ..errors import error_text, reason_text
from ..timefmt import format_time
from ..widgets import VerticalScroll, set_text_role, text_label
from .base import Page
from .devices_link import send_jobs
from .devices_model import JOB_COLOURS, job_state_label, kind_label

log = logging.getLogger(__name__)

# Narrower than this, the acknowledgements' column waits for an emergency to show.
THREE_COLUMNS_FROM = 900
NARROW_MARGIN = 4  # px at the sides of the page and of what and where, in a narrow window
ACK_ROWS_FIRST = 5  # rows of acknowledgements in sight when they come first (narrow window)
LIVE_REFRESH_MS = 1_000  # while acknowledgements are still coming in


@dataclass(frozen=True)
class EmergencyPlan:
    item_id: str | None
    text: str | None
    title: str
    target_ids: list[str] | None  # None: every enabled cluster and board
    target_count: int


class AckTable(QTableWidget):
    """The acknowledgements: device, village, and the answers to the start and the end.
    On a narrow table the village column gives way to the device's name (the name's
    tooltip still says the village), rather than cutting the names to a letter or two."""

    VILLAGE = 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()

        def needed(column: int) -> int:
            return max(self.sizeHintForColumn(column), header.sectionSizeHint(column))

        answers = needed(2) + needed(3)
        name_room = self.fontMetrics().averageCharWidth() * 22  # "Cụm loa Chợ Thôn Tây"
        room = self.viewport().width() - answers - needed(self.VILLAGE)
        self.setColumnHidden(self.VILLAGE, room < name_room)


def item_length(ctx: StationContext, actor: Actor, item_id: str | None) -> float | None:
    """The chosen item's length, from the service that will send it, for the confirmation
    (a database read: run in the task runner); None when not known."""
    from ...services.errors import ServiceError
    from ...services.live_commands import plan_command

    if item_id is None:
        return None
    try:
        return plan_command(ctx, actor, "emergency_start", None, item_id=item_id).length_s
    except ServiceError:
        return None


class EmergencyPage(Page):
    key = "emergency"
    icon = QStyle.StandardPixmap.SP_MessageBoxWarning
    emergency = True
    # In a scroll area for a short, narrow window during an emergency (_show_acks); else the
    # page fits its window and the area shows it whole.
    scrollable = True

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Emergency")

    def build(self) -> None:
        self._view: EmergencyView | None = None
        self._items: list[ItemChoice] = []
        self._targets: list[TargetChoice] = []
        self._pending_item: str | None = None
        self._found: ItemChoice | None = None  # chosen by a search, maybe not in the list
        self._asking = False  # the item's length being read before the confirmation
        self._loading = False
        self._busy = False
        self.allowed = self.env.actor.can(Permission.EMERGENCY)
        # -- the red banner: what is on air -------------------------------------------------
        self.banner = QFrame()
        self.banner.setProperty("frameRole", "emergencyBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(20, 12, 20, 12)
        texts = QVBoxLayout()
        self.banner_title = text_label("subtitle")
        self.banner_text = text_label()
        texts.addWidget(self.banner_title)
        texts.addWidget(self.banner_text)
        banner_layout.addLayout(texts, 1)
        self.end_button = QPushButton()
        self.end_button.setProperty("buttonRole", "onEmergency")
        self.end_button.hide()
        banner_layout.addWidget(self.end_button)
        self.body.addWidget(self.banner)

        # Three columns side by side: what, where, and the devices' acknowledgements. Each
        # takes the page's whole height, so the list of villages and devices is as tall as
        # the screen allows (under what it once shared a column with, a 768-pixel screen
        # left it three rows). The button sits under what and where, read last.
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        # -- what -------------------------------------------------------------------------
        self.what_box = QGroupBox()
        what = QVBoxLayout(self.what_box)
        self.source_group = QButtonGroup(self)
        self.item_radio = QRadioButton()
        self.text_radio = QRadioButton()
        self.source_group.addButton(self.item_radio)
        self.source_group.addButton(self.text_radio)
        self.item_combo = QComboBox()
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(16)
        self.item_combo.currentTextChanged.connect(self.item_combo.setToolTip)
        # The list holds the 200 items emergency_items() gives; any other is found here.
        self.find_button = QPushButton()
        self.find_button.setObjectName("emergencyFindItem")
        self.text_edit = QPlainTextEdit()
        lines = self.text_edit.fontMetrics().lineSpacing()
        self.text_edit.setMinimumHeight(lines * 3 + 14)
        self.text_edit.setMaximumHeight(lines * 8 + 14)
        self.record_button = QPushButton()
        what.addWidget(self.item_radio)
        what.addWidget(self.item_combo)
        what.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        what.addWidget(self.text_radio)
        what.addWidget(self.text_edit)
        what.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.item_radio.setChecked(True)
        self.text_edit.hide()  # until "type a message" is chosen (_source_toggled)
        # What scrolls when the screen is short and a message is being typed.
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.what_box)
        choices_layout.addStretch(1)
        self.choices_scroll = VerticalScroll(choices)
        # -- where ------------------------------------------------------------------------
        self.where_box = QGroupBox()
        where = QVBoxLayout(self.where_box)
        self.all_radio = QRadioButton()
        self.some_radio = QRadioButton()
        self.where_group = QButtonGroup(self)
        self.where_group.addButton(self.all_radio)
        self.where_group.addButton(self.some_radio)
        self.all_radio.setChecked(True)
        self.target_tree = QTreeWidget()
        self.target_tree.setHeaderHidden(True)
        self.target_tree.setEnabled(False)
        where.addWidget(self.all_radio)
        where.addWidget(self.some_radio)
        where.addWidget(self.target_tree, 1)
        # -- the action ---------------------------------------------------------------------
        self.start_button = QPushButton()
        self.start_button.setObjectName("emergencyStart")
        self.start_button.setMinimumHeight(52)
        self.start_button.setStyleSheet(
            "QPushButton#emergencyStart { background: #b3261e; color: white; "
            "border: 2px solid #7a1812; border-radius: 8px; font-size: 15pt; "
            "font-weight: 700; }"
            "QPushButton#emergencyStart:hover { background: #8f1d17; }"
            "QPushButton#emergencyStart:disabled { background: #e5b3af; color: #fff; }")
        self.message = text_label()
        self.message.hide()
        # -- acknowledgements -------------------------------------------------------------
        self.ack_box = QGroupBox()
        acks = QVBoxLayout(self.ack_box)
        self.ack_summary = text_label("muted")
        acks.addWidget(self.ack_summary)
        self.ack_table = AckTable(0, 4)
        self.ack_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ack_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ack_table.verticalHeader().hide()
        # A long name ("Cụm loa Trạm y tế Thôn …") wraps onto a second line, whole: which
        # cluster has not answered is what the operator reads here.
        self.ack_table.setWordWrap(True)
        self.ack_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.ack_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ack_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        acks.addWidget(self.ack_table, 1)
        self.grid = grid
        self.narrow = False
        self.acks_first = True  # made False (beside what and where) just below
        self._place(acks_first=False)
        self._margins = {layout: layout.contentsMargins()
                         for layout in (self.body, what, where)}
        self.body.addLayout(grid, 1)
        self._show_acks()  # once in the page: shown without a parent, it became a window

        self.item_radio.toggled.connect(self._source_toggled)
        self.some_radio.toggled.connect(self.target_tree.setEnabled)
        self.start_button.clicked.connect(self.request_start)
        self.record_button.clicked.connect(lambda: self.open_recorder())
        self.find_button.clicked.connect(self.find_item)
        self.end_button.clicked.connect(self.request_stop)
        self.start_button.setEnabled(self.allowed)
        self.end_button.setEnabled(self.allowed)
        self._source_toggled(True)

        self.timer = QTimer(self)
        self.timer.setInterval(LIVE_REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        if self.env.delivery is not None:
            self.env.delivery.changed.connect(self._delivery_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < THREE_COLUMNS_FROM
        if narrow != self.narrow:
            self.narrow = narrow
            # Narrow margins too: "Chỉ những nơi được đánh dấu dưới đây" whole at 900 px.
            for layout, wide in self._margins.items():
                layout.setContentsMargins(
                    wide.left() if not narrow else NARROW_MARGIN, wide.top(),
                    wide.right() if not narrow else NARROW_MARGIN, wide.bottom())
            self._show_acks()

    def heightForWidth(self, width: int) -> int:
        # The page does with the height there is (the scroll area would otherwise give it
        # what its wrapped words prefer, and scroll at 900×560 before any emergency, the
        # start button out of sight); with the acknowledgements first it is as tall as
        # they, what and where need, and scrolls.
        if self.acks_first:
            return super().heightForWidth(width)
        return self.minimumSizeHint().height()

    def _show_acks(self) -> None:
        """The acknowledgements' column, but not in a narrow window before any emergency
        was sent: what and where then have the width (three columns cut their words). In a
        narrow window while an emergency is on air, the acknowledgements come first, across
        the page, and what and where go under them (the page scrolls to them)."""
        view = self._view
        self._place(acks_first=self.narrow and view is not None and view.active)
        shown = not self.narrow or view is not None
        self.ack_box.setVisible(shown)
        # Two columns: what as wide as its choices, where (its long choice) the rest.
        stretches = (5, 6, 0) if self.acks_first else (5, 6, 8) if shown else (0, 1, 0)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)

    def _place(self, *, acks_first: bool) -> None:
        """Put the acknowledgements beside what and where (three columns), or above them."""
        if acks_first == self.acks_first:
            return
        self.acks_first = acks_first
        grid = self.grid
        for widget in (self.choices_scroll, self.where_box, self.start_button, self.message,
                       self.ack_box):
            grid.removeWidget(widget)
        below = 1 if acks_first else 0  # the row of what and where
        if acks_first:
            grid.addWidget(self.ack_box, 0, 0, 1, 2)
        else:
            grid.addWidget(self.ack_box, 0, 2, 3, 1)
        grid.addWidget(self.choices_scroll, below, 0)
        grid.addWidget(self.where_box, below, 1)
        grid.addWidget(self.start_button, below + 1, 0, 1, 2)
        grid.addWidget(self.message, below + 2, 0, 1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1 if acks_first else 0)  # what and where, or the button
        # Above, the list keeps some rows in sight however short the window.
        table = self.ack_table
        rows = ACK_ROWS_FIRST if acks_first else 0
        table.setMinimumHeight(
            table.verticalHeader().defaultSectionSize() * rows
            + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
            if rows else 0)

    def retranslate(self) -> None:
        super().retranslate()
        self.what_box.setTitle(self.tr("What to broadcast"))
        self.item_radio.setText(self.tr("An item from the library"))
        self.item_radio.setToolTip(self.tr("Emergency items come first, marked ⚠"))
        self.text_radio.setText(self.tr("A message typed now"))
        self.text_radio.setToolTip(self.tr("Clusters read it out with the computer voice; "
                                           "boards show the text"))
        self.text_edit.setPlaceholderText(self.tr(
            "For example: Bão số 3 đổ bộ trong đêm nay, bà con không ra khơi…"))
        self.record_button.setText(self.tr("Record a message…"))
        self.record_button.setToolTip(self.tr(
            "Record from the microphone; the recording is kept in the library and chosen "
            "here"))
        if self.item_combo.count() and self.item_combo.itemData(0) is None:
            self.item_combo.setItemText(0, self._no_item_text())
        self.find_button.setText(self.tr("Find in the library…"))
        self.find_button.setToolTip(self.tr(
            "Search the whole library by words of the title or text, with or without accents"))
        self.where_box.setTitle(self.tr("Where"))
        self.all_radio.setText(self.tr("Every loudspeaker cluster and bulletin board"))
        self.some_radio.setText(self.tr("Only those ticked below"))
        self.some_radio.setToolTip(self.tr("Tick villages, or single devices in a village"))
        self.start_button.setText(self.tr("Broadcast emergency"))
        self.start_button.setToolTip(self.tr(
            "Stops what is playing and broadcasts this now, after you confirm"))
        self.end_button.setText(self.tr("End emergency"))
        self.end_button.setToolTip(self.tr("Every device goes back to its normal schedule"))
        self.ack_box.setTitle(self.tr("Acknowledgements"))
        self.ack_table.setHorizontalHeaderLabels([
            self.tr("Device"), self.tr("Village"), self.tr("Emergency"), self.tr("Restored")])
        if not self.allowed:
            self.show_message(self.tr("Your role cannot start or end an emergency broadcast. "
                                      "Ask an operator or the station leader."), error=True)
        self._render()

    # -- loading ----------------------------------------------------------------------------
    def activate(self) -> None:
        db = self.env.ctx.db
        self.env.tasks.submit(lambda: (emergency_items(db), target_choices(db)),
                              on_done=self._choices_loaded, context=self,
                              name="emergency choices")
        self.reload()

    def _choices_loaded(self, loaded: tuple[list[ItemChoice], list[TargetChoice]]) -> None:
        items, targets = loaded
        current = self.selected_item_id()
        self._items = items
        self.item_combo.clear()
        if not items or items[0].priority != "emergency":
            # No emergency on file: nothing is chosen for the operator (the first item
            # would be the newest bulletin, a weather report say); they pick one.
            self.item_combo.addItem(self._no_item_text(), None)
        if self._found is not None and all(item.id != self._found.id for item in items):
            items = [self._found, *items]  # found by a search: still there to broadcast
        for item in items:
            mark = "⚠ " if item.priority == "emergency" else ""
            self.item_combo.addItem(f"{mark}{item.title}", item.id)
        # The column is narrow: the list opens as wide as its titles (to a point) and the
        # chosen one's tooltip holds it whole.
        metrics = self.item_combo.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item_combo.itemText(n))
                      for n in range(self.item_combo.count())), default=0)
        self.item_combo.view().setMinimumWidth(min(widest + 48, 720))
        wanted = self._pending_item or current
        if wanted:
            self._set_item(wanted)
        if [t.id for t in targets] != [t.id for t in self._targets]:
            self._targets = targets
            self._fill_tree(targets)

    def _no_item_text(self) -> str:
        return self.tr("— choose an item —")

    def _fill_tree(self, targets: list[TargetChoice]) -> None:
        self.target_tree.clear()
        villages: dict[str, QTreeWidgetItem] = {}
        for t in targets:
            village = t.village or self.tr("No village")
            parent = villages.get(village)
            if parent is None:
                parent = QTreeWidgetItem([village])
                parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsUserCheckable
                                | Qt.ItemFlag.ItemIsAutoTristate)
                parent.setCheckState(0, Qt.CheckState.Unchecked)
                self.target_tree.addTopLevelItem(parent)
                villages[village] = parent
            child = QTreeWidgetItem([t.name])
            child.setToolTip(0, kind_label(t.kind))
            child.setData(0, Qt.ItemDataRole.UserRole, t.id)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Unchecked)
            parent.addChild(child)
        self.target_tree.expandAll()

    def _delivery_changed(self, what: str) -> None:
        if what == "jobs" and self.isVisible():
            self.reload()

    def _tick(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        db = self.env.ctx.db
        self.env.tasks.submit(lambda: read_emergency(db), on_done=self._loaded,
                              on_error=self._load_failed, context=self, name="read emergency")

    def _loaded(self, view: EmergencyView | None) -> None:
        self._loading = False
        self._view = view
        self._render()
        settled = view is None or all(
            a.start_state in ("delivered", "failed")
            and (a.stop_state in (None, "delivered", "failed")) for a in view.acks)
        # Poll each second while answers are still due, or while on air and visible.
        live = view is not None and (not settled or view.active)
        if live and not self.timer.isActive():
            self.timer.start()
        elif not live and self.timer.isActive():
            self.timer.stop()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("reading the emergency failed: %s", exc)

    # -- rendering --------------------------------------------------------------------------
    def _render(self) -> None:
        view = self._view
        on_air = view is not None and view.active
        self.end_button.setVisible(on_air)
        if on_air:
            assert view is not None
            self.banner_title.setText(self.tr("EMERGENCY ON AIR since {time}: {title}").format(
                time=format_time(view.started_at), title=view.title))
            self.banner_text.setText(self.tr(
                "{acked} of {count} devices acknowledged. Routine programmes are suspended "
                "until you end the emergency.").format(acked=view.acknowledged,
                                                        count=len(view.acks)))
        else:
            self.banner_title.setText(self.tr("Emergency broadcast"))
            self.banner_text.setText(self.tr(
                "Pre-empts every programme, on every device, now."))
        self.start_button.setEnabled(self.allowed and not self._busy)
        self._render_acks(view)

    def _render_acks(self, view: EmergencyView | None) -> None:
        self._show_acks()
        if view is None:
            self.ack_summary.setText(self.tr("No emergency has been broadcast yet."))
            self.ack_table.setRowCount(0)
            return
        if view.active:
            summary = self.tr("“{title}”: {acked} of {count} acknowledged.").format(
                title=view.title, acked=view.acknowledged, count=len(view.acks))
        else:
            summary = self.tr("Last emergency, ended: “{title}”. {restored} of {count} "
                              "devices back on their schedule.").format(
                title=view.title, restored=view.restored, count=len(view.acks))
        self.ack_summary.setText(summary)
        self.ack_table.setRowCount(len(view.acks))
        for row, ack in enumerate(view.acks):
            cells = [ack.name, ack.village, job_state_label(ack.start_state),
                     job_state_label(ack.stop_state) if ack.stop_state else "—"]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                state = ack.start_state if col == 2 else ack.stop_state if col == 3 else None
                if state in JOB_COLOURS:
                    cell.setForeground(QBrush(QColor(JOB_COLOURS[state])))
                reason = (ack.start_reason if col == 2 else ack.stop_reason if col == 3
                          else None)
                if reason is not None:  # why it waits, or what the device answered
                    cell.setToolTip(reason_text(reason))
                if col == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, ack.target_id)
                    # whole: a narrow column cuts long names, and hides the village's
                    cell.setToolTip(f"{ack.name} — {ack.village}" if ack.village else ack.name)
                self.ack_table.setItem(row, col, cell)
        self.ack_table.fit_columns()

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_text_role(self.message, "error" if error else "notice")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- choosing ---------------------------------------------------------------------------
    def _source_toggled(self, item_chosen: bool) -> None:
        # From the item's radio button; while it is being checked the other one may still
        # read checked, so its own state decides.
        self.item_combo.setEnabled(item_chosen)
        self.find_button.setEnabled(item_chosen)
        self.text_edit.setEnabled(not item_chosen)
        # Shown only while a message is being typed: under the banners of a 768-pixel
        # screen its empty box otherwise pushed "Broadcast to" out of sight.
        self.text_edit.setVisible(not item_chosen)

    def choose_item(self, item_id: str) -> None:
        """Preselect an item (from the province's emergency banner)."""
        self.item_radio.setChecked(True)
        self._pending_item = item_id
        self._set_item(item_id)

    def _set_item(self, item_id: str) -> None:
        index = self.item_combo.findData(item_id)
        if index >= 0:
            self.item_combo.setCurrentIndex(index)
            self._pending_item = None

    def find_item(self) -> None:
        """Tìm trong thư viện…: any item of the library that may go on air now, searched by
        its words; the one chosen is put in the list and chosen there."""
        from ..dialogs.item_picker import ItemPicker

        picker = ItemPicker(self.env.ctx, self.env.tasks, len(self._targets), self,
                            purpose="emergency")
        if picker.exec() != ItemPicker.DialogCode.Accepted:
            return
        choice = picker.chosen_item()
        if choice is None:
            return
        self._found = choice
        if self.item_combo.findData(choice.id) < 0:
            mark = "⚠ " if choice.priority == "emergency" else ""
            first = 1 if self.item_combo.count() and self.item_combo.itemData(0) is None else 0
            self.item_combo.insertItem(first, f"{mark}{choice.title}", choice.id)
        self._set_item(choice.id)

    def open_recorder(self, source: PcmSource | None = None) -> RecordDialog:
        """Ghi âm: record a message now; once kept, it is the item to broadcast."""
        # purpose "emergency": an operator may keep it (EMERGENCY, not IMPORT_CONTENT)
        dialog = RecordDialog(self.env.ctx, self.env.actor, self, source=source,
                              tasks=self.env.tasks, purpose="emergency")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self, item_id: str) -> None:
        self.choose_item(item_id)
        self.activate()  # re-reads the items; the new one is chosen once it is listed

    def selected_item_id(self) -> str | None:
        data = self.item_combo.currentData()
        return str(data) if data else None

    def checked_target_ids(self) -> list[str]:
        ids = []
        for n in range(self.target_tree.topLevelItemCount()):
            village = self.target_tree.topLevelItem(n)
            for m in range(village.childCount()):
                child = village.child(m)
                if child.checkState(0) == Qt.CheckState.Checked:
                    ids.append(str(child.data(0, Qt.ItemDataRole.UserRole)))
        return ids

    def set_checked_targets(self, ids: list[str]) -> None:
        self.some_radio.setChecked(True)
        wanted = set(ids)
        for n in range(self.target_tree.topLevelItemCount()):
            village = self.target_tree.topLevelItem(n)
            for m in range(village.childCount()):
                child = village.child(m)
                child.setCheckState(0, Qt.CheckState.Checked
                                    if child.data(0, Qt.ItemDataRole.UserRole) in wanted
                                    else Qt.CheckState.Unchecked)

    def set_message_text(self, text: str) -> None:
        self.text_radio.setChecked(True)
        self.text_edit.setPlainText(text)

    def plan(self) -> EmergencyPlan | None:
        """What the operator chose, or None (with a message saying what is missing)."""
        if self.text_radio.isChecked():
            text = self.text_edit.toPlainText().strip()
            if not text:
                self.show_message(self.tr("Type the message first."), error=True)
                return None
            item_id, title = None, text
        else:
            item_id = self.selected_item_id()
            if not item_id:
                self.show_message(self.tr("Choose an item first."), error=True)
                return None
            text, title = None, self.item_combo.currentText().removeprefix("⚠ ")
        if self.some_radio.isChecked():
            ids = self.checked_target_ids()
            if not ids:
                self.show_message(self.tr("Tick at least one village or device."), error=True)
                return None
            return EmergencyPlan(item_id, text, title, ids, len(ids))
        return EmergencyPlan(item_id, text, title, None, len(self._targets))

    def confirm_text(self, plan: EmergencyPlan, length_s: float | None = None) -> str:
        """The confirmation's words; `length_s` is the item's length, read beforehand off the
        UI thread (None: not known)."""
        from ...timezone import station_now
        from ..dialogs.live_confirm import SHOWN_TARGETS, length_text

        where = (self.tr("every loudspeaker cluster and bulletin board ({count})").format(
            count=plan.target_count) if plan.target_ids is None
            else self.tr("{count} chosen device(s)").format(count=plan.target_count))
        chosen = set(plan.target_ids or [t.id for t in self._targets])
        names = [t.name for t in self._targets if t.id in chosen]
        listed = ", ".join(names[:SHOWN_TARGETS])
        if len(names) > SHOWN_TARGETS:
            listed += self.tr(" and {count} more").format(count=len(names) - SHOWN_TARGETS)
        now = station_now()
        length = (length_text(length_s) if plan.item_id
                  else self.tr("as long as the message takes to read"))
        return self.tr("This stops what is playing on {where} and broadcasts now:\n\n"
                       "“{title}”\n\nThe emergency stays on until you end it. Continue?"
                       ).format(where=where, title=plan.title) + "\n\n" + self.tr(
            "Devices: {names}\nLength: {length}\nAt: {hour} on {day}").format(
            names=listed, length=length, hour=f"{now:%H:%M}", day=f"{now:%d/%m/%Y}")

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Broadcast now"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm_box = box
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.confirm_box = None
            box.deleteLater()

    # -- acting -----------------------------------------------------------------------------
    def request_start(self) -> None:
        if self._asking:  # the confirmation is on its way
            return
        self.show_message("")
        plan = self.plan()
        if plan is None:
            return
        self._asking = True

        def ask(length_s: float | None) -> None:
            self._asking = False
            if self._confirm(self.tr("Broadcast emergency"),
                             self.confirm_text(plan, length_s)):
                self.start(plan)

        def unknown(_exc: BaseException) -> None:
            ask(None)  # the confirmation says the length is not known; it still asks

        ctx, actor = self.env.ctx, self.env.actor
        self.env.tasks.submit(lambda: item_length(ctx, actor, plan.item_id), on_done=ask,
                              on_error=unknown, context=self, name="emergency length")

    def start(self, plan: EmergencyPlan) -> None:
        from ...services.live_commands import emergency_start

        ctx, actor, link = self.env.ctx, self.env.actor, self.env.delivery
        self._busy = True
        self._render()
        self.show_message(self.tr("Starting the emergency…"))

        def run() -> list[int]:
            _eid, jobs = emergency_start(ctx, actor, item_id=plan.item_id, text=plan.text,
                                         target_ids=plan.target_ids)
            if link is not None and link.running:
                link.send(jobs)  # wakes the service's emergency lane
            return jobs

        def started(jobs: list[int]) -> None:
            self._busy = False
            self.show_message(self.tr("Emergency started. Acknowledgements arrive on the right."))
            self.reload()
            if link is None or not link.running:
                self._send_in_background(jobs)

        self.env.tasks.submit(run, on_done=started, on_error=self._failed, context=self,
                              name="emergency start")
        self.timer.start()

    def _send_in_background(self, jobs: list[int]) -> None:
        """Without the background service: send the jobs from a worker thread."""
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: send_jobs(ctx, jobs, timeout_s=30.0),
                              on_done=lambda _r: self.reload(), on_error=self._failed,
                              context=self, name="emergency send")

    def request_stop(self) -> None:
        box_text = self.tr("End the emergency? Every device goes back to its normal "
                           "schedule.")
        if self._confirm(self.tr("End emergency"), box_text):
            self.stop()

    def stop(self) -> None:
        from ...services.live_commands import emergency_stop

        ctx, actor, link = self.env.ctx, self.env.actor, self.env.delivery
        self.end_button.setEnabled(False)

        def run() -> list[int]:
            _ended, jobs = emergency_stop(ctx, actor)
            if link is not None and link.running:
                link.send(jobs)
            return jobs

        def stopped(jobs: list[int]) -> None:
            self.end_button.setEnabled(self.allowed)
            self.show_message(self.tr("Emergency ended. Devices return to their schedule."))
            self.reload()
            if link is None or not link.running:
                self._send_in_background(jobs)

        self.env.tasks.submit(run, on_done=stopped, on_error=self._failed, context=self,
                              name="emergency stop")
        self.timer.start()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.end_button.setEnabled(self.allowed)
        self._render()
        self.show_message(error_text(exc), error=True)
