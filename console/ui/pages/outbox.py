"""Hộp thư đi & đồng bộ (Outbox & sync): the link to the province and what waits to go out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.live import SyncResult
from ...services.permissions import Permission
from ...services.source_account import connect_source
from ...services.sync_status import SyncOverview, read_overview, retry_outbox
from ...settings import SOURCE_CA_BUNDLE, SOURCE_URL, SOURCE_USER
from ...timezone import CLOCK_SKEW_LIMIT_S
from ..errors import error_text
from ..labels import link_state_label
from ..timefmt import format_moment
from ..widgets import field_grid, text_label
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

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Outbox & sync")

    def build(self) -> None:
        self._overview: SyncOverview | None = None
        self._loading = False
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

        # -- the account -------------------------------------------------------------------
        self.account_box = QGroupBox()
        account_layout = QVBoxLayout(self.account_box)
        self.server_caption, self.user_caption, self.password_caption = (QLabel(), QLabel(),
                                                                         QLabel())
        self.ca_caption = QLabel()
        self.ca_edit = QLineEdit()
        self.ca_button = QPushButton()
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        ca_field = QWidget()
        ca_field.setLayout(ca_row)
        self.server_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        account_layout.addLayout(field_grid([
            (self.server_caption, self.server_edit), (self.user_caption, self.user_edit),
            (self.password_caption, self.password_edit), (self.ca_caption, ca_field)]))
        account_row = QHBoxLayout()
        self.login_button = QPushButton()
        account_row.addWidget(self.login_button)
        account_row.addStretch(1)
        account_layout.addLayout(account_row)
        self.account_message = text_label("muted")
        account_layout.addWidget(self.account_message)
        self.body.addWidget(self.account_box)

        # -- what waits --------------------------------------------------------------------
        self.counts_label = text_label()
        self.body.addWidget(self.counts_label)
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

        can_configure = self.env.actor.can(Permission.EDIT_SETTINGS)
        self.account_box.setEnabled(can_configure)
        self.sync_button.setEnabled(self.env.actor.can(Permission.SYNC))
        self.retry_button.setEnabled(self.env.actor.can(Permission.SYNC))
        self.sync_button.clicked.connect(self._sync_now)
        self.retry_button.clicked.connect(self._retry)
        self.login_button.clicked.connect(self._log_in)
        self.ca_button.clicked.connect(self._pick_ca_bundle)
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
        self.retry_button.setText(self.tr("Send waiting messages again"))
        self.account_box.setTitle(self.tr("Source system account"))
        self.server_caption.setText(self.tr("Server address:"))
        self.user_caption.setText(self.tr("User name:"))
        self.password_caption.setText(self.tr("Password:"))
        self.server_edit.setPlaceholderText("https://nguon.example.gov.vn/api/v1")
        self.login_button.setText(self.tr("Log in and save"))
        self.ca_caption.setText(self.tr("CA certificates:"))
        self.ca_edit.setPlaceholderText(self.tr("Only for a provincial server with its own CA"))
        self.ca_button.setText(self.tr("Choose…"))
        if not self.account_box.isEnabled():
            self.account_message.setText(self.tr("Only an administrator can change the account."))
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
        self.env.tasks.submit(lambda: (settings.get(SOURCE_URL), settings.get(SOURCE_USER),
                                       settings.get(SOURCE_CA_BUNDLE)),
                              on_done=self._show_account, context=self, name="read account")

    # -- loading ------------------------------------------------------------------------------

    def _refresh_if_visible(self, *_args: object) -> None:
        if self.isVisible():
            self._load()
            self.cache_box.load()
            self.budget_box.load()

    def _load(self) -> None:
        if self._loading:
            return
        self._loading = True
        db = self.env.ctx.db
        self.env.tasks.submit(lambda: read_overview(db), on_done=self._loaded,
                              on_error=self._load_failed, context=self, name="read sync overview")

    def _loaded(self, overview: SyncOverview) -> None:
        self._loading = False
        self._overview = overview
        self._render()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._show_problem(exc)

    def _show_account(self, account: tuple[str, str, str]) -> None:
        server, user, ca_bundle = account
        if not self.server_edit.text():
            self.server_edit.setText(server)
        if not self.user_edit.text():
            self.user_edit.setText(user)
        if not self.ca_edit.text():
            self.ca_edit.setText(ca_bundle)

    def _pick_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA certificates"), "", self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_edit.setText(path)

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
        self.table.setRowCount(len(overview.outbox))
        for row, entry in enumerate(overview.outbox):
            lane = (self.tr("Emergency") if entry.lane == "emergency" else self.tr("Routine"))
            next_try = format_moment(entry.next_attempt_at) if entry.state == "pending" else ""
            values = [_kind_label(entry.kind), lane, _state_label(entry.state),
                      str(entry.attempts), next_try, entry.last_error or ""]
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

    def _log_in(self) -> None:
        self.env.actor.require(Permission.EDIT_SETTINGS)
        server, user = self.server_edit.text().strip(), self.user_edit.text().strip()
        password = self.password_edit.text()
        if not (server and user and password):
            self.account_message.setText(self.tr("Fill in the address, user name and password."))
            return
        ctx = self.env.ctx
        self.login_button.setEnabled(False)
        self.account_message.setText(self.tr("Checking the account…"))

        def done(station: object) -> None:
            self.login_button.setEnabled(True)
            self.password_edit.clear()
            self.account_message.setText(self.tr("Logged in for {station}. Saved.").format(
                station=getattr(station, "name", "")))
            if self.env.live is not None:  # restart the live link on the new account
                self.env.live.stop()
                self.env.live.start()

        def failed(exc: BaseException) -> None:
            self.login_button.setEnabled(True)
            self.account_message.setText(error_text(exc))

        actor = self.env.actor
        ca_bundle = self.ca_edit.text().strip()
        self.env.tasks.submit(lambda: connect_source(ctx, actor, server, user, password,
                                                     ca_bundle=ca_bundle),
                              on_done=done, on_error=failed, context=self, name="source login")
