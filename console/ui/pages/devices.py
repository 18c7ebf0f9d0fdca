"""Thiết bị (Devices): every loudspeaker cluster and bulletin board, its state and programmes.

The table and the map show what the background service last learnt (it asks every device
every 30 s); "Check now" asks at once. Commands (volume, stop, play now) are queued as
delivery jobs and sent by the service. When a device that was up is found offline or
faulty, an alarm banner appears and the alert tone sounds.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...models.base import utcnow
from ...services.deliveries import JobView, poll_devices_now
from ...services.device_overview import TargetRow, newly_down, read_targets
from ...services.live_commands import LivePlan, without_volume
from ...services.permissions import Permission
from ...services.transport_security import ClearSecret, secrets_in_clear
from ...settings import DEFAULT_VOLUME, UI_DEVICES_HIDDEN
from ..column_menu import ColumnMenu
from ..dialogs.live_dialog import LiveDialog
from ..dialogs.record_dialog import PcmSource
from ..emergency_banner import AlertSound
from ..errors import error_text, reason_text
from ..flow_layout import flow_row
from ..preferences import setting_names
from ..timefmt import format_moment, format_time
from ..widgets import TextScroll, list_table, set_text_role, text_label
from .base import Page
from .devices_fm import FmRelayAsk
from .devices_link import deliver, settled
from .devices_map import DevicesMap
from .devices_model import (
    TargetTableModel,
    delivery_line,
    kind_label,
    security_lines,
    state_label,
)

log = logging.getLogger(__name__)

REFRESH_MS = 15_000        # re-read the database while the page is shown
JOBS_REFRESH_MIN_S = 3.0   # the sender reports every second; the table needs less
# Narrower than this (the page's inside), the map goes under the list; each then keeps
# LIST_ROWS_AT_LEAST rows and MAP_AT_LEAST px, and the page scrolls.
MAP_BESIDE_FROM = 820
LIST_ROWS_AT_LEAST = 6
MAP_AT_LEAST = 260
TABLE_SHARE = 0.75         # of the page's width at the first load; the map has the rest
# What the operator looks at each morning: kept in view (_squeeze_into).
MORNING_COLUMNS = (TargetTableModel.NAME, TargetTableModel.VILLAGE, TargetTableModel.STATE,
                   TargetTableModel.SCHEDULED, TargetTableModel.DELIVERY)


class DevicesPage(Page):
    key = "devices"
    icon = QStyle.StandardPixmap.SP_DriveNetIcon
    # Scrolls only in a window too small for the list and the map (the smallest: the map
    # goes under the list, each keeping some room, rather than both squeezed flat).
    scrollable = True

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Devices")

    def build(self) -> None:
        self._before: dict[str, str] = {}   # target id → status at the previous refresh
        self._loading = False
        self._again = False
        self._last_jobs_refresh = 0.0
        self._checked_at = None
        self._fit_pending = False  # the first rows' columns, fitted once the page is shown
        self._fitting = False
        self._fitted_width: int | None = None
        self._arranged_by_hand = False
        self.sound = AlertSound()
        # -- the alarm ----------------------------------------------------------------------
        self.alarm = QFrame()
        self.alarm.setProperty("frameRole", "emergencyBanner")
        alarm_row = QHBoxLayout(self.alarm)
        alarm_row.setContentsMargins(16, 10, 16, 10)
        self.alarm_label = text_label()
        self.alarm_ack = QPushButton()
        self.alarm_ack.setProperty("buttonRole", "onEmergency")
        self.alarm_ack.clicked.connect(self.acknowledge_alarm)
        alarm_row.addWidget(self.alarm_label, 1)
        alarm_row.addWidget(self.alarm_ack)
        self.alarm.hide()
        self._down: list[str] = []   # alarm lines not yet acknowledged
        self._foreign: dict[str, str] = {}  # target id → start of its unexpected play shown
        self.body.addWidget(self.alarm)
        # -- keys that would travel unencrypted (the source system's password) --------------
        self.transport_notice = text_label("error")
        self.transport_notice.hide()
        self._source_clear: ClearSecret | None = None
        self.body.addWidget(self.transport_notice)
        # -- summary and actions ------------------------------------------------------------
        self.summary = text_label("muted")
        self.body.addWidget(self.summary)
        self.check_button = QPushButton()
        self.check_button.setProperty("buttonRole", "primary")
        self.volume_button = QPushButton()
        self.stop_button = QPushButton()
        self.play_button = QPushButton()
        self.fm_button = QPushButton()
        self.fm_button.setObjectName("fmRelay")
        self.fm = FmRelayAsk(self, self)
        self.live_button = QPushButton()
        self.live_button.setObjectName("speakLive")
        self.live_dialog: LiveDialog | None = None  # Nói trực tiếp, while open
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        # Wraps rather than cut the buttons' words (larger text).
        self.body.addWidget(flow_row(self.check_button, self.volume_button, self.stop_button,
                                     self.play_button, self.fm_button, self.live_button,
                                     None,
                                     self.import_button,
                                     self.export_button))
        self.message = text_label()
        self.message.hide()
        self.body.addWidget(self.message)
        # -- table and map ------------------------------------------------------------------
        self.model = TargetTableModel(self)
        self.table = list_table(self.model, multi_select=True)
        prefs = self.env.prefs
        self.columns = ColumnMenu(
            self.table, TargetTableModel.KEYS, TargetTableModel.column_title,
            prefs.devices_hidden if prefs is not None else setting_names(
                UI_DEVICES_HIDDEN.default))
        if prefs is not None:
            self.columns.changed.connect(prefs.set_devices_hidden)
        self.map = DevicesMap()
        self.map.target_clicked.connect(self.select_target)
        self.detail = text_label("muted")
        self.detail_area = TextScroll(self.detail)  # a long security note scrolls
        self.map_pane = right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.map, 1)
        right_layout.addWidget(self.detail_area)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._column_resized)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.body.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.check_button.clicked.connect(self.check_now)
        self.volume_button.clicked.connect(self._ask_volume)
        self.stop_button.clicked.connect(lambda: self.stop_playing(self.selected_ids()))
        self.play_button.clicked.connect(self._ask_play_now)
        self.fm_button.clicked.connect(self.fm.ask)
        self.live_button.clicked.connect(lambda: self.open_live())
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        can_operate = self.env.actor.can(Permission.OPERATE_DEVICES)
        for button in (self.volume_button, self.stop_button, self.play_button, self.fm_button):
            button.setEnabled(False)
            button.setProperty("allowed", can_operate)
        self.live_button.setEnabled(can_operate)  # its dialog says where and whether
        self.import_button.setEnabled(self.env.actor.can(Permission.EDIT_DEVICES))

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._timer_refresh)
        self.timer.start()
        if self.env.delivery is not None:
            self.env.delivery.changed.connect(self._delivery_changed)

    def retranslate(self) -> None:
        super().retranslate()
        self.check_button.setText(self.tr("Check now"))
        self.check_button.setToolTip(self.tr("Ask every device how it is, now"))
        self.volume_button.setText(self.tr("Volume…"))
        self.stop_button.setText(self.tr("Stop playing"))
        self.play_button.setText(self.tr("Play now…"))
        self.fm_button.setText(self.tr("FM relay…"))
        self.fm_button.setToolTip(self.tr(
            "The chosen clusters play an FM station from their own receiver, for a set time"))
        self.live_button.setText(self.tr("Speak live…"))
        self.live_button.setToolTip(self.tr(
            "Speak into the microphone: on air at once through the station's stream"))
        self.import_button.setText(self.tr("Import list…"))
        self.import_button.setToolTip(self.tr(
            "Import the Department's device list (CSV or Excel)"))
        self.export_button.setText(self.tr("Export list…"))
        self.alarm_ack.setText(self.tr("Acknowledge"))
        self.table.setAccessibleName(self.tr("Devices"))
        self.table.horizontalHeader().setToolTip(self.tr(
            "Right-click here to choose the columns"))
        self._render_summary()
        self._render_alarm()
        self._render_transport()

    # -- loading ----------------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()

    def _timer_refresh(self) -> None:
        if self.isVisible():
            self.reload()

    def _delivery_changed(self, what: str) -> None:
        # Status changes are read even when hidden: the alarm must not wait for a visit.
        if what == "status":
            self.reload()
        elif self.isVisible() and time.monotonic() - self._last_jobs_refresh > \
                JOBS_REFRESH_MIN_S:
            self._last_jobs_refresh = time.monotonic()
            self.reload()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        ctx = self.env.ctx

        def read() -> tuple[list[TargetRow], list[ClearSecret]]:
            return read_targets(ctx.db, secrets=ctx.secrets), secrets_in_clear(ctx)

        self.env.tasks.submit(read, on_done=self._loaded_all, on_error=self._load_failed,
                              context=self, name="read devices")

    def _loaded_all(self, loaded: tuple[list[TargetRow], list[ClearSecret]]) -> None:
        rows, clear = loaded
        self._source_clear = next((c for c in clear if c.target_id is None), None)
        self._render_transport()
        self._loaded(rows)

    def _loaded(self, rows: list[TargetRow]) -> None:
        self._loading = False
        selected = self.selected_ids()
        if self._before:
            for row in newly_down(self._before, rows):
                self.raise_alarm(row)
        for row in rows:
            alarm = row.unexpected_play
            if alarm is not None and not alarm.acknowledged \
                    and self._foreign.get(row.id) != alarm.since.isoformat():
                self.raise_unexpected_play(row)
        self._before = {r.id: r.status for r in rows}
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self.map.set_rows(rows)
        if first and rows:
            self._fit_pending = True
        self._fit_when_shown()
        if selected and self.selected_ids() != selected:
            self._select(selected)
        self._render_summary()
        self._selection_changed()
        if self._again:
            self._again = False
            self.reload()

    def _fit_when_shown(self) -> None:
        """Fit the columns to the first rows once the page has its size on screen (loaded
        behind another page, the splitter still had its default 640 pixels and the names
        were cut to fit those), and again when the page's width changes (the window
        maximised) until the person sets a column or the splitter by hand."""
        if not self.isVisible() or self.model.rowCount() == 0:
            return
        width = self.splitter.width()
        if self._fit_pending or (not self._arranged_by_hand and width != self._fitted_width):
            self._fit_pending = False
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_when_shown)  # once the layout has set the sizes

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.body.contentsMargins()
        self._arrange(event.size().width() - margins.left() - margins.right()
                      < MAP_BESIDE_FROM)
        if self._fitted_width is not None:
            QTimer.singleShot(0, self._fit_when_shown)

    def heightForWidth(self, width: int) -> int:
        # Beside each other, the list and the map do with the height there is (the scroll
        # area would otherwise give the page what its lists prefer, and scroll at 1366×768);
        # one under the other, the page is as tall as its wrapped words and both need.
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            return self.minimumSizeHint().height()
        return super().heightForWidth(width)

    def _arrange(self, narrow: bool) -> None:
        """The map beside the list, or under it in a narrow window."""
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        row = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(LIST_ROWS_AT_LEAST * row + header + 24 if narrow else 0)
        self.map_pane.setMinimumHeight(MAP_AT_LEAST if narrow else 0)
        self._fit_pending = True  # the columns fitted again to the list's new width

    def _column_resized(self) -> None:
        if not self._fitting:
            self._arranged_by_hand = True

    def _fit_columns(self) -> None:
        self._fitting = True
        try:
            self._fit_columns_now()
        finally:
            self._fitting = False
        self._fitted_width = self.splitter.width()

    def _fit_columns_now(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col, widest in ((TargetTableModel.NAME, 280), (TargetTableModel.SCHEDULED, 200),
                            (TargetTableModel.KIND, 150)):
            header.resizeSection(col, min(header.sectionSize(col), widest))
        # Room for every state, not only the ones shown at the first load.
        metrics = self.table.fontMetrics()
        widest_state = max(metrics.horizontalAdvance(state_label(s)) for s in
                           ("online", "playing", "offline", "fault", "unknown"))
        header.resizeSection(TargetTableModel.STATE, max(
            header.sectionSize(TargetTableModel.STATE), widest_state + 16))
        total = max(self.splitter.width(), 600)
        table = int(total * TABLE_SHARE)
        if self.splitter.orientation() == Qt.Orientation.Vertical:
            table = self.splitter.width()  # the map is under the list
        else:
            self.splitter.setSizes([table, total - table])
        self._squeeze_into(table - self.table.verticalScrollBar().sizeHint().width()
                           - 2 * self.table.frameWidth())

    def _squeeze_into(self, width: int) -> None:
        """Narrow the columns of long texts (cut with "…", whole in their tooltips) until the
        morning's columns, from the name to the latest delivery, fit `width`: whether the
        last push arrived is seen without scrolling sideways.

        The programme's titles go first, down to the time and the state before them (every
        device in a commune usually gets the same programmes, and the panel beside shows
        them whole); the device's name, which tells the rows apart, last."""
        header, columns = self.table.horizontalHeader(), TargetTableModel
        shown = [c for c in MORNING_COLUMNS if not self.table.isColumnHidden(c)]
        excess = sum(header.sectionSize(c) for c in shown) - width
        metrics = self.table.fontMetrics()
        cut = metrics.horizontalAdvance("…") + self.cell_margins()
        for col, narrowest in ((columns.SCHEDULED, 0), (columns.DELIVERY, 0),
                               (columns.NAME, 150), (columns.VILLAGE, 90)):
            if excess <= 0:
                break
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            kept = [metrics.horizontalAdvance(self.model.kept_when_cut(r, col)) + cut
                    for r in range(self.model.rowCount())]
            narrowest = max(narrowest, *kept,
                            header.fontMetrics().horizontalAdvance(title) + 24)
            take = min(excess, header.sectionSize(col) - narrowest)
            if col in shown and take > 0:
                header.resizeSection(col, header.sectionSize(col) - take)
                excess -= take

    def cell_margins(self) -> int:
        """Room a table cell keeps beside its text, both sides (Qt's item delegate: the
        style's focus frame margin and one pixel, each side)."""
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                None, self.table)
        return 2 * (margin + 1)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        log.error("reading the devices failed: %s", exc)
        self.show_message(error_text(exc), error=True)

    def _render_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary.setText(self.tr(
                "No device is registered yet. Import the list the Department gave you."))
            return
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        clusters = sum(not r.is_board for r in rows)
        text = self.tr("{clusters} clusters and {boards} boards: {online} online, {playing} "
                       "playing, {offline} offline, {fault} with a fault.").format(
            clusters=clusters, boards=len(rows) - clusters, online=counts.get("online", 0),
            playing=counts.get("playing", 0), offline=counts.get("offline", 0),
            fault=counts.get("fault", 0))
        if self._checked_at is not None:
            text += " " + self.tr("Checked at {time}.").format(
                time=format_time(self._checked_at))
        self.summary.setText(text)

    # -- selection --------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.target(r).id for r in rows if r < self.model.rowCount()]

    def _select(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for ident in ids:
            row = self.model.row_of(ident)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def select_target(self, target_id: str) -> None:
        """A click on the map: select that device's row and show it."""
        self._select([target_id])
        row = self.model.row_of(target_id)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.map.set_selected(set(ids))
        for button in (self.volume_button, self.stop_button, self.play_button, self.fm_button):
            button.setEnabled(bool(ids) and bool(button.property("allowed")))
        if len(ids) != 1:
            self.detail_area.set_text(self.tr("{count} selected").format(count=len(ids))
                                if ids else self.tr("Click a device on the map or in the "
                                                    "list to see its programmes."))
            return
        row = self.model.target(self.model.row_of(ids[0]))
        lines = [f"{row.name} — {kind_label(row.kind)}, {row.village}",
                 state_label(row.status)
                 + (" · " + self.tr("last seen {when}").format(
                     when=format_moment(row.last_seen)) if row.last_seen else "")]
        if row.now_playing:
            lines.append(self.tr("Playing: {title}").format(title=row.now_playing))
        lines += security_lines(row)
        if row.programmes:
            lines += [delivery_line(p) for p in row.programmes]
        else:
            lines.append(self.tr("No programme has been sent here yet."))
        self.detail_area.set_text("\n".join(lines))

    # -- the alarm --------------------------------------------------------------------------
    def raise_alarm(self, row: TargetRow) -> None:
        line = self.tr("{name} ({village}) stopped answering at {time}: {state}").format(
            name=row.name, village=row.village or "—", time=format_time(utcnow()),
            state=state_label(row.status))
        log.warning("device %s went %s", row.id, row.status)
        self._down.append(line)
        self._render_alarm()
        self.alarm.show()
        self.sound.play()
        window = self.window()
        if window is not None and window is not self:
            QApplication.alert(window)  # flashes the taskbar entry when minimised

    def raise_unexpected_play(self, row: TargetRow) -> None:
        """A cluster behind the vendor gateway plays something the console did not send."""
        alarm = row.unexpected_play
        assert alarm is not None
        self._foreign[row.id] = alarm.since.isoformat()
        line = self.tr("{name} ({village}) is playing something the console did not send "
                       "(since {time}). Someone on the commune network may be using it.").format(
            name=row.name, village=row.village or "—", time=format_time(alarm.since))
        log.warning("device %s plays something the console did not send", row.id)
        self._down.append(line)
        self._render_alarm()
        self.alarm.show()
        self.sound.play()
        window = self.window()
        if window is not None and window is not self:
            QApplication.alert(window)

    def acknowledge_alarm(self) -> None:
        self._down.clear()
        self.alarm.hide()
        ids = list(self._foreign)
        if ids and self.env.actor.can(Permission.OPERATE_DEVICES):
            from ...services.gateway_watch import acknowledge

            ctx, actor = self.env.ctx, self.env.actor
            self.env.tasks.submit(lambda: acknowledge(ctx, actor, ids),
                                  on_done=lambda _n: self.reload(),
                                  on_error=lambda exc: self.show_message(error_text(exc),
                                                                         error=True),
                                  context=self, name="acknowledge alarms")

    @property
    def alarm_lines(self) -> list[str]:
        return list(self._down)

    def _render_alarm(self) -> None:
        if not self._down:
            return
        head = self.tr("ALARM: {count} device(s) need you").format(count=len(self._down))
        self.alarm_label.setText("\n".join([head, *self._down[-4:]]))

    def _render_transport(self) -> None:
        clear = self._source_clear
        if clear is None:
            self.transport_notice.hide()
            return
        self.transport_notice.setText(self.tr(
            "The source system's password is sent unencrypted to {url}: anyone on the "
            "network can read it. Ask the province for its https:// address.").format(
            url=clear.url))
        self.transport_notice.show()

    # -- messages ---------------------------------------------------------------------------
    def show_message(self, text: str, *, error: bool = False) -> None:
        set_text_role(self.message, "error" if error else "notice")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------
    def check_now(self) -> None:
        ctx = self.env.ctx
        self.check_button.setEnabled(False)
        self.show_message(self.tr("Asking every device…"))

        def done(_states: object) -> None:
            self.check_button.setEnabled(True)
            self._checked_at = utcnow()
            self.show_message("")
            self.reload()

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
            self.show_message(error_text(exc), error=True)

        self.env.tasks.submit(lambda: poll_devices_now(ctx), on_done=done, on_error=failed,
                              context=self,
                              name="check devices")

    def _command(self, kind: str, ids: list[str], label: str, note: str = "",
                 **fields: object) -> None:
        """Send a command to the devices and report who acknowledged (then `note`)."""
        from ...services.live_commands import device_command

        if not ids:
            return
        ctx, actor, link = self.env.ctx, self.env.actor, self.env.delivery

        def run() -> list[JobView]:
            jobs = device_command(ctx, actor, kind, ids, **fields)
            deliver(ctx, link, jobs)
            return settled(ctx, jobs)

        self.env.tasks.submit(run, on_done=lambda views: self.command_done(label, views, note),
                              on_error=lambda exc: self.show_message(error_text(exc), error=True),
                              context=self, name=f"device {kind}")

    def command_done(self, label: str, views: list[JobView], note: str = "") -> None:
        names = {r.id: r.name for r in self.model.rows()}
        done = sum(v.state == "delivered" for v in views)
        lines = [self.tr("{command}: {done} of {count} device(s) acknowledged.").format(
            command=label, done=done, count=len(views))]
        for v in views:
            if v.state == "failed":  # the device's own words (technical) after ours
                lines.append(self.tr("{name} did not take the command: {detail}").format(
                    name=names.get(v.target_id, v.target_id),
                    detail=reason_text(v.reason) if v.reason else "—"))
            elif v.state != "delivered":  # and why, once it has been tried
                lines.append(self.tr("{name}: still waiting (the device will get it when it "
                                     "answers)").format(name=names.get(v.target_id, v.target_id))
                             + (f" — {reason_text(v.reason)}" if v.reason else ""))
        if note:
            lines.append(note)
        self.show_message("\n".join(lines), error=done < len(views))
        self.reload()
        self._look_at([v.target_id for v in views if v.state == "delivered"])
        if self.env.session is not None:  # an FM relay begun or ended shows there
            self.env.session.status_stale.emit()

    def _look_at(self, ids: list[str]) -> None:
        """Ask the devices that took a command for their state, once its answer is shown:
        the list says at once that they play what they were just told to (or stopped),
        rather than at the next regular check, and proof of play gets the sample."""
        if not ids:
            return
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: poll_devices_now(ctx, ids),
                              on_done=lambda _none: self.reload(),
                              on_error=lambda exc: log.warning(
                                  "devices not asked for their state after a command: %s",
                                  exc),
                              context=self, name="look at the devices after a command")

    def set_volume(self, ids: list[str], volume: int, note: str = "") -> None:
        self._command("set_volume", ids, self.tr("Volume {volume}/10").format(volume=volume),
                      note, volume=int(volume))

    def stop_playing(self, ids: list[str]) -> None:
        self._command("stop", ids, self.tr("Stop"))

    def play_now(self, ids: list[str], item_id: str) -> None:
        """Play a library item now on these devices, after a confirmation that names them,
        the item, its length and the hour (and, in quiet hours, a leader's reason)."""
        from ...services.live_commands import plan_play_now

        ctx, actor = self.env.ctx, self.env.actor
        self.env.tasks.submit(lambda: plan_play_now(ctx, actor, item_id, ids),
                              on_done=lambda plan: self._confirm_play_now(plan, item_id),
                              on_error=lambda exc: self.show_message(error_text(exc), error=True),
                              context=self, name="plan play now")

    def _confirm_play_now(self, plan: LivePlan, item_id: str) -> None:
        from ...services.errors import InvalidInput
        from ...services.live_commands import leader_override, play_item_now
        from ..dialogs.live_confirm import ask_to_confirm

        if plan.refusal:  # withdrawn, expired, not approved: said before anything is asked
            self.show_message(error_text(InvalidInput(plan.refusal, **plan.refusal_params)),
                              error=True)
            return
        ctx, actor, link = self.env.ctx, self.env.actor, self.env.delivery
        answer = ask_to_confirm(plan, self, can_override=actor.can(
            Permission.OVERRIDE_QUIET_HOURS), holder=self)
        if answer is None:
            return
        reason, leader = answer
        ids = [target for target, _name in plan.targets]

        def run() -> list[JobView]:
            override = (leader_override(ctx, actor, reason, *(leader or ("", "")))
                        if plan.quiet else None)
            jobs = play_item_now(ctx, actor, item_id, ids, override=override)
            deliver(ctx, link, jobs)
            return settled(ctx, jobs)

        self.env.tasks.submit(run, on_done=lambda views: self.command_done(
                                  self.tr("Play now"), views),
                              on_error=lambda exc: self.show_message(error_text(exc), error=True),
                              context=self, name="device play now")

    def _ask_volume(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ctx = self.env.ctx

        def read() -> tuple[list[tuple[str, str]], int]:
            return without_volume(ctx, ids), int(ctx.settings.get(DEFAULT_VOLUME))

        # The station's default volume (Settings) is offered for a device that never said.
        self.env.tasks.submit(read, on_done=lambda found: self._volume_for(ids, *found),
                              context=self, name="read default volume")

    def _volume_for(self, ids: list[str], left_out: list[tuple[str, str]],
                    default: int) -> None:
        """Ask the volume for the selected devices that take one; name those that do not
        (a vendor gateway's clusters, boards that only show)."""
        skipped = {ident for ident, _name in left_out}
        able = [i for i in ids if i not in skipped]
        note = self.tr("Volume cannot be set from here on {names}: their controller takes no "
                       "volume command. Set it at the controller.").format(
            names=", ".join(name for _ident, name in left_out)) if left_out else ""
        if not able:
            self.show_message(note, error=True)
            return
        current = self.model.target(self.model.row_of(able[0])).volume
        value, ok = QInputDialog.getInt(self, self.tr("Volume"), self.tr(
            "Volume for {count} device(s), 0 (silent) to 10:").format(count=len(able))
            + (f"\n{note}" if note else ""),
            default if current is None else current, 0, 10)
        if ok:
            self.set_volume(able, value, note)

    def open_live(self, source: PcmSource | None = None) -> LiveDialog:
        """Nói trực tiếp (a PcmSource other than the microphone in tests)."""
        if self.live_dialog is not None:  # one at a time: the stream has one source
            self.live_dialog.raise_()
            self.live_dialog.activateWindow()
            return self.live_dialog
        dialog = LiveDialog(self.env.ctx, self.env.actor, self.env.tasks, self, source=source)
        self.live_dialog = dialog

        def closed() -> None:
            if self.live_dialog is dialog:
                self.live_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def _ask_play_now(self) -> None:
        """Which item: searched in the whole library (ItemPicker), then confirmed."""
        from ..dialogs.item_picker import ItemPicker

        ids = self.selected_ids()
        if not ids:
            return
        picker = ItemPicker(self.env.ctx, self.env.tasks, len(ids), self)
        self.item_picker = picker
        try:
            if picker.exec() != ItemPicker.DialogCode.Accepted:
                return
            item_id = picker.chosen()
        finally:
            self.item_picker = None
            picker.deleteLater()
        if item_id is not None:
            self.play_now(ids, item_id)

    # -- the registry -----------------------------------------------------------------------
    def import_from(self, path: Path) -> None:
        from ...services.device_registry import import_devices

        ctx, actor = self.env.ctx, self.env.actor

        def done(report: object) -> None:
            from ...services.device_registry import ImportReport

            assert isinstance(report, ImportReport)
            lines = [self.tr("{imported} imported, {updated} updated, {rejected} rejected.")
                     .format(imported=report.imported, updated=report.updated,
                             rejected=len(report.errors))]
            lines += [self.tr("Line {line}: {reason}").format(line=line,
                                                              reason=reason_text(reason))
                      for line, reason in report.errors[:20]]
            self.show_message("\n".join(lines), error=bool(report.errors))
            self.reload()

        self.env.tasks.submit(lambda: import_devices(ctx, path, actor), on_done=done,
                              on_error=lambda exc: self.show_message(error_text(exc), error=True),
                              context=self, name="import devices")

    def export_to(self, path: Path) -> None:
        from ...services.device_registry import export_devices

        ctx = self.env.ctx
        self.env.tasks.submit(
            lambda: export_devices(ctx, path),
            on_done=lambda count: self.show_message(self.tr(
                "{count} devices written to {file} (device keys are not exported).").format(
                count=count, file=str(path))),
            on_error=lambda exc: self.show_message(error_text(exc), error=True),
            context=self, name="export devices")

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the device list"), str(Path.home()),
            self.tr("Device lists (*.csv *.xlsx)"))
        if name:
            self.import_from(Path(name))

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the device list"), str(Path.home() / "thiet-bi.csv"),
            self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))


__all__ = ["DevicesPage", "state_label"]
