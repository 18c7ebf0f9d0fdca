"""Sao lưu (Backups): the second place for the daily backup, "Back up now", and the
restore wizard. A box of its own, placed in a section of Settings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...services.errors import ServiceError
from ...services.offsite_backup import (
    SERVER,
    BackupEntry,
    OffsiteStatus,
    backup_now,
    read_offsite_status,
    set_offsite_folder,
)
from ...services.permissions import Permission
from ..backup_texts import backup_warning_text, last_backup_text
from ..dialogs.restore_wizard import PreparedRestore, RestoreWizard
from ..errors import error_text
from ..flow_layout import flow_row
from ..widgets import set_text_role, text_label
from .base import PageEnv

log = logging.getLogger(__name__)

# The services' reasons, in the "Errors" context.
ERROR_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("Errors", "the backup folder must be outside the data folder (another "
                                "drive or a network folder)"),
    QT_TRANSLATE_NOOP("Errors", "the backup folder {folder} is not there (is the USB drive "
                                "plugged in, the network folder reachable?)"),
    QT_TRANSLATE_NOOP("Errors", "the backup was refused by its check: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "the backup could not be written to {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "the backup folder {folder} cannot be written: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "this station's database is on a PostgreSQL server and this PC "
                                "has no {tool}: install the PostgreSQL client tools (on "
                                "Windows, the 'Command Line Tools' of the PostgreSQL "
                                "installer) or add their bin folder to PATH; no backup is made "
                                "on this PC until then"),
)

Restart = Callable[[Callable[[], None]], bool]


class BackupBox(QGroupBox):
    def __init__(self, env: PageEnv) -> None:
        super().__init__()
        self.env = env
        self.status: OffsiteStatus | None = None
        self._busy = False
        self._read_failed = False
        self.setObjectName("backupBox")
        layout = QVBoxLayout(self)
        self.status_label = text_label()
        self.folder_caption = QLabel()
        self.folder_label = text_label()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = text_label("muted")
        self.kind_label.setObjectName("backupKind")
        self.last_label = text_label("muted")
        self.error_label = text_label("error")
        self.error_label.hide()
        self.choose_button = QPushButton()
        self.now_button = QPushButton()
        self.restore_button = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder_label, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.last_label)
        layout.addWidget(flow_row(self.choose_button, self.now_button, self.restore_button,
                                  None))
        layout.addWidget(self.error_label)
        can_configure = env.actor.can(Permission.EDIT_SETTINGS)
        self.choose_button.setEnabled(can_configure)
        self.now_button.setEnabled(False)
        # Until the status is read, the wizard would not know the second place's folder
        # (it would open on this PC's backups) nor whether this PC's file is the station.
        self.restore_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_folder)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.open_restore)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.folder_caption.setText(self.tr("Second place:"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.choose_button.setToolTip(self.tr(
            "A USB drive or a network folder. Every day the console copies the station there "
            "and checks the copy; the last 7 days and 4 weeks are kept."))
        self.now_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._render()

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: read_offsite_status(ctx), on_done=self._loaded,
                              on_error=self._not_loaded, context=self,
                              name="read backup status")

    def _loaded(self, status: OffsiteStatus) -> None:
        self.status = status
        if self._read_failed:  # an action's error stays until the next action
            self._read_failed = False
            self.error_label.hide()
        self._render()

    def _not_loaded(self, exc: BaseException) -> None:
        """Said, rather than "Reading…" for good; the next visit of the page reads again."""
        log.warning("backup status: %s", exc)
        self._read_failed = True
        self.folder_label.clear()
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _render(self) -> None:
        status = self.status
        if status is None:
            self.folder_label.setText(self.tr("Reading…"))
            self.status_label.clear()
            self.kind_label.clear()
            self.last_label.clear()
            return
        self.folder_label.setText(status.folder or self.tr("none chosen"))
        warning = backup_warning_text(status)
        if warning:
            self.status_label.setText(warning)
            set_text_role(self.status_label, "error")
        else:
            self.status_label.setText(self.tr(
                "Every day the console copies the station there and checks the copy. Kept: "
                "one a day for 7 days, one a week for 4 weeks."))
            set_text_role(self.status_label, "notice")
        self.kind_label.setText(self.kind_text(status))
        set_text_role(self.kind_label, "error" if status.problem else "muted")
        server = status.kind == SERVER
        self.restore_button.setEnabled(not server)  # the wizard puts back this PC's file
        self.restore_button.setToolTip(self.tr(
            "A backup of the server is put back with: commune-console restore --backup FILE "
            "(close the console on every PC of the station first).") if server else "")
        self.last_label.setText(self.tr("Last backup there: {last}").format(
            last=last_backup_text(status)))
        if status.last_error and status.configured:
            self.last_label.setText(self.last_label.text() + "\n" + self.tr(
                "The last attempt failed: {reason}").format(reason=status.last_error))
        self.now_button.setEnabled(not self._busy and status.configured and status.reachable
                                   and not status.problem
                                   and self.env.actor.can(Permission.EDIT_SETTINGS))

    def kind_text(self, status: OffsiteStatus) -> str:
        """Which kind of backup this station gets on this PC."""
        if status.kind != SERVER:
            return self.tr("This PC keeps the station in its own database file: each backup "
                           "is a checked copy of that file.")
        if status.problem:
            return self.tr("This station's data is on its PostgreSQL server, and this PC has "
                           "no pg_dump: no backup is made here. Install the PostgreSQL client "
                           "tools (on Windows, the 'Command Line Tools' of the PostgreSQL "
                           "installer) or let another PC of the station make them.")
        return self.tr("This station's data is on its PostgreSQL server: each backup is a "
                       "pg_dump of the server's database, read back whole before it is kept. "
                       "Put one back with: commune-console restore --backup FILE")

    # -- changing -----------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.status.folder if self.status and self.status.folder else ""
        dialog = QFileDialog(self, self.tr("Where to keep the backups"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if not dialog.exec() or not dialog.selectedFiles():
            return
        folder = dialog.selectedFiles()[0]
        ctx, actor = self.env.ctx, self.env.actor
        self.error_label.hide()
        self.env.tasks.submit(lambda: set_offsite_folder(ctx, actor, folder),
                              on_done=lambda _none: self.load(), on_error=self._failed,
                              context=self, name="choose backup folder")

    def back_up_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.now_button.setEnabled(False)
        self.error_label.hide()
        self.last_label.setText(self.tr("Writing and checking the backup…"))
        ctx, actor = self.env.ctx, self.env.actor
        self.env.tasks.submit(lambda: backup_now(ctx, actor), on_done=self._written,
                              on_error=self._failed, context=self, name="back up now")

    def _written(self, entry: BackupEntry) -> None:
        self._busy = False
        log.info("backup written to %s", entry.path)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, ServiceError):
            log.error("backup action failed: %s", exc,
                      exc_info=(type(exc), exc, exc.__traceback__))
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self.load()

    # -- restoring ----------------------------------------------------------------------

    def open_restore(self) -> None:
        offsite = Path(self.status.folder) if self.status and self.status.folder else None
        self.wizard = RestoreWizard(self.env.ctx.paths, offsite, self.env.tasks,
                                    username=self.env.actor.username, parent=self)
        try:
            if self.wizard.exec() != QDialog.DialogCode.Accepted or not self.wizard.prepared:
                return
            self._restart_with(self.wizard.prepared)
        finally:
            self.wizard.deleteLater()

    def _restart_with(self, prepared: PreparedRestore) -> None:
        """The window closes the station, installs the copy and starts again."""
        restart: Restart | None = getattr(self.window(), "restart_requested", None)

        def install() -> None:
            try:
                prepared.session.install(prepared.actor)
            finally:
                prepared.session.discard()

        if restart is None or not restart(install):
            prepared.session.discard()
            QMessageBox.information(self, self.tr("Backups"), self.tr(
                "The backup was not put back. Close the console and start it again to "
                "restore, or ask your IT staff (commune-console restore)."))
