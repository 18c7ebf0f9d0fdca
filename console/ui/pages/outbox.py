"""Hộp thư đi & đồng bộ (Outbox & sync): the link to the province and what waits to go out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...app.live import SyncResult
from ...services.permissions import Permission
from ...services.sync_status import SyncOverview, read_overview, retry_outbox
from ...settings import SOURCE_URL, SOURCE_USER
from ...timezone import CLOCK_SKEW_LIMIT_S
from ..errors import error_text, reason_text
from ..labels import link_state_label
from ..timefmt import format_moment
from ..widgets import text_label
from .base import Page
from .data_budget_box import DataBudgetBox
from .media_cache_box import MediaCacheBox

log = logging.getLogger(__name__)




def _kind_label(kind: str) -> str:
    labels = {
        "broadcast_logs": QCoreApplication.translate("Outbox", "Broadcast records"),
        "report": QCoreApplication.translate("Outbox", "Periodic report"),
        "contribution": QCoreApplication.translate("Outbox", "Item sent to the province"),
        "device_states": QCoreApplication.translate("Outbox", "Device states"),
    }
    return labels.get(kind, kind)


def _state_label(state: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("Outbox", "Waiting"),
        "done": QCoreApplication.translate("Outbox", "Sent"),
        "dead": QCoreApplication.translate("Outbox", "Refused by the province"),
    }
    return labels.get(state, state)


class OutboxPage(Page):
    key = "outbox"
    icon = QStyle.StandardPixmap.SP_BrowserReload

    #: a section of the Settings page to show (the source system's account: "source")
    open_settings = Signal(str)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Outbox & sync")

    def build(self) -> None:
        self._overview: SyncOverview | None = None
        self._account: tuple[str, str] | None = None  # (server, user) once read
        self._loading = False
        self._load_again = False  # a change came while reading: read once more after
        # -- the link ----------------------------------------------------------------------
        self.link_box = QGroupBox()
        link_layout = QVBoxLayout(self.link_box)
        self.link_state = text_label("subtitle")
        self.link_detail = text_label("muted")
        self.clock_warning = text_label("notice")
        self.clock_warning.hide()
        self.problem_label = text_label("error")
        self.problem_label.hide()
        row = QHBoxLayout()
        self.sync_button = QPushButton()
        self.sync_button.setProperty("buttonRole", "primary")
        self.retry_button = QPushButton()
        row.addWidget(self.sync_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_label = text_label("muted")
        self.progress_label.hide()
        for widget in (self.link_state, self.link_detail, self.clock_warning, self.problem_label):
            link_layout.addWidget(widget)
        link_layout.addLayout(row)
        link_layout.addWidget(self.progress)
        link_layout.addWidget(self.progress_label)
        self.body.addWidget(self.link_box)

        # -- the account: one line here; it is changed in Settings › Hệ thống nguồn, which
        # checks the connection first and says what is wrong.
        account_row = QHBoxLayout()
        self.account_label = text_label("muted")
        self.account_button = QPushButton()
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_button)
        link_layout.insertLayout(2, account_row)  # under what the link is doing

        # -- what waits --------------------------------------------------------------------
        self.counts_label = text_label()
        self.body.addWidget(self.counts_label)
        # Said when the table is empty (a new station, the demo): a blank grid told nothing.
        self.outbox_empty = text_label("muted")
        self.outbox_empty.setObjectName("outboxEmpty")
        self.outbox_empty.hide()
        self.body.addWidget(self.outbox_empty)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(220)
        self.body.addWidget(self.table, 1)

        # -- the media cache ---------------------------------------------------------------
        self.cache_box = MediaCacheBox(self.env)
        self.body.addWidget(self.cache_box)
        self.budget_box = DataBudgetBox(self.env)  # next to the cache: both are about bytes
        self.body.addWidget(self.budget_box)

        self.account_button.setVisible(self.env.actor.can(Permission.EDIT_SETTINGS))
        self.account_button.clicked.connect(lambda: self.open_settings.emit("source"))
        self.sync_button.setEnabled(self.env.actor.can(Permission.SYNC))
        self.retry_button.setEnabled(self.env.actor.can(Permission.SYNC))
        self.sync_button.clicked.connect(self._sync_now)
        self.retry_button.clicked.connect(self._retry)
        live = self.env.live
        if live is not None:
            for signal in (live.link_changed, live.outbox_sent, live.media_changed,
                           live.catalogue_changed):
                signal.connect(self._refresh_if_visible)
            live.problem.connect(self._show_problem)
            live.sync_progress.connect(self._show_progress)
            live.sync_finished.connect(self._sync_finished)

    def retranslate(self) -> None:
        super().retranslate()
        self.link_box.setTitle(self.tr("Provincial source system"))
        self.sync_button.setText(self.tr("Synchronise now"))
        self.outbox_empty.setText(self.tr(
            "Nothing has been sent to the province yet, and nothing waits. What this station "
            "sends up (what was broadcast, reports, items made here) is listed below, waiting "
            "first."))
        self.retry_button.setText(self.tr("Send waiting messages again"))
        self._render_account()
        self.table.setHorizontalHeaderLabels([
            self.tr("Message"), self.tr("Lane"), self.tr("State"), self.tr("Tries"),
            self.tr("Next try"), self.tr("Last problem")])
        self.cache_box.retranslate()
        self.budget_box.retranslate()
        self._render()

    def activate(self) -> None:
        self._load()
        self.cache_box.load()
        self.budget_box.load()
        settings = self.env.ctx.settings
        self.env.tasks.submit(lambda: (settings.get(SOURCE_URL), settings.get(SOURCE_USER)),
                              on_done=self._show_account, context=self, name="read account")

    # -- loading ------------------------------------------------------------------------------

    def _refresh_if_visible(self, *_args: object) -> None:
        if self.isVisible():
            self._load()
            self.cache_box.load()
            self.budget_box.load()

    def _load(self) -> None:
        if self._loading:  # read again when this read is done: it may be from before
            self._load_again = True
            return
        self._loading, self._load_again = True, False
        db = self.env.ctx.db
        self.env.tasks.submit(lambda: read_overview(db), on_done=self._loaded,
                              on_error=self._load_failed, context=self, name="read sync overview")

    def _loaded(self, overview: SyncOverview) -> None:
        self._loading = False
        self._overview = overview
        self._render()
        if self._load_again:
            self._load()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._show_problem(exc)
        if self._load_again:
            self._load()

    def _show_account(self, account: tuple[str, str]) -> None:
        self._account = account
        self._render_account()

    def _render_account(self) -> None:
        if self._account is None:  # not read yet
            self.account_label.clear()
            self.account_button.setText(self.tr("Change the account…"))
            return
        server, user = self._account
        if server and user:
            self.account_label.setText(self.tr("Account {user} on {server}").format(
                user=user, server=server))
            self.account_button.setText(self.tr("Change the account…"))
        else:
            self.account_label.setText(self.tr(
                "No account of the provincial source system yet: the console cannot sync."))
            self.account_button.setText(self.tr("Enter the account…"))

    def _render(self) -> None:
        overview = self._overview
        if overview is None:
            self.link_state.setText(self.tr("Reading…"))
            return
        self.link_state.setText(link_state_label(overview.link_state))
        when = (format_moment(overview.last_sync_at) if overview.last_sync_at
                else self.tr("never"))
        self.link_detail.setText(self.tr("Last complete synchronisation: {when}").format(
            when=when))
        skew = overview.clock_skew_s
        if skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_S:
            self.clock_warning.setText(self.tr(
                "This computer's clock differs from the province's server by {minutes} "
                "minutes. Correct the clock: programmes would start at the wrong time.").format(
                    minutes=round(abs(skew) / 60)))
            self.clock_warning.show()
        else:
            self.clock_warning.hide()
        self.counts_label.setText(self.tr(
            "{items} items in the library ({withdrawn} withdrawn by the province). Media: "
            "{ready} files ready, {waiting} waiting ({mb} MB), {failed} failed.").format(
                items=overview.items, withdrawn=overview.items_withdrawn,
                ready=overview.media_ready, waiting=overview.media_waiting,
                mb=round(overview.media_waiting_bytes / 2**20), failed=overview.media_failed))
        self.outbox_empty.setVisible(not overview.outbox)
        self.table.setRowCount(len(overview.outbox))
        for row, entry in enumerate(overview.outbox):
            lane = (self.tr("Emergency") if entry.lane == "emergency" else self.tr("Routine"))
            next_try = format_moment(entry.next_attempt_at) if entry.state == "pending" else ""
            values = [_kind_label(entry.kind), lane, _state_label(entry.state),
                      str(entry.attempts), next_try,
                      reason_text(entry.reason) if entry.reason else ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if entry.lane == "emergency" and entry.state == "pending":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)

    # -- actions ------------------------------------------------------------------------------

    def _show_problem(self, reason: object) -> None:
        text = error_text(reason) if isinstance(reason, BaseException) else str(reason or "")
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _sync_now(self) -> None:
        live = self.env.live
        if live is None:
            return
        if live.sync_now():
            self.problem_label.hide()
            self.sync_button.setEnabled(False)
            self.progress.setRange(0, 0)  # busy until the first figures arrive
            self.progress.show()
            self.progress_label.setText(self.tr("Reading the catalogue…"))
            self.progress_label.show()

    def _show_progress(self, phase: str, result: SyncResult) -> None:
        if phase == "catalogue":
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr(
                "Catalogue: {added} new, {updated} changed…").format(
                    added=result.items_added, updated=result.items_updated))
        elif phase == "search":
            self.progress.setRange(0, max(1, result.search_backlog))
            self.progress.setValue(result.search_indexed)
            self.progress_label.setText(self.tr(
                "Search index: {done} of {total} new items taken in…").format(
                    done=QLocale().toString(result.search_indexed),
                    total=QLocale().toString(result.search_backlog)))
        else:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr(
                "Media: {files} files, {mb} MB received…").format(
                    files=result.files_downloaded, mb=round(result.bytes / 2**20, 1)))

    def _sync_finished(self, outcome: object) -> None:
        self.sync_button.setEnabled(self.env.actor.can(Permission.SYNC))
        self.progress.hide()
        if isinstance(outcome, SyncResult):
            self.progress_label.setText(self.tr(
                "Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files "
                "received in {seconds} s.").format(
                    added=outcome.items_added, updated=outcome.items_updated,
                    withdrawn=outcome.items_withdrawn, files=outcome.files_downloaded,
                    seconds=round(outcome.seconds, 1)) + self._held_note(outcome))
        elif isinstance(getattr(outcome, "result", None), SyncResult):
            # Stopped part-way (IncompleteSync): why, and what was kept all the same.
            kept = outcome.result  # type: ignore[attr-defined]
            self.progress_label.setText(self.tr(
                "Stopped part-way; kept: {added} new, {updated} changed, {files} files "
                "received. The next synchronisation goes on from there.").format(
                    added=kept.items_added, updated=kept.items_updated,
                    files=kept.files_downloaded))
            self._show_problem(outcome)
        else:
            self.progress_label.hide()
            self._show_problem(outcome)
        self._load()
        self.budget_box.load()

    def _held_note(self, result: SyncResult) -> str:
        """What the data budget or the metered link left for later, if anything."""
        if not result.held_back:
            return ""
        return " " + self.tr("{n} file(s) ({mb} MB) wait for the data budget or an unmetered "
                             "link.").format(n=result.held_back,
                                             mb=QLocale().toString(result.held_bytes / 2**20,
                                                                   "f", 1))

    def _retry(self) -> None:
        db = self.env.ctx.db
        self.env.actor.require(Permission.SYNC)

        def done(count: int) -> None:
            if self.env.live is not None:
                self.env.live.kick_outbox()
            self._load()

        self.env.tasks.submit(lambda: retry_outbox(db), on_done=done, context=self,
                              name="retry outbox")

