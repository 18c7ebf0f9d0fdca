"""Khôi phục từ bản sao lưu: choose a backup, see what it holds, restore, restart.

Three steps: (1) a backup from the second place (or the data folder's own backups, or
another folder); (2) its date and contents — items, programmes, users — after the full
integrity and schema check, a damaged one cannot go further; (3) an administrator signs in
(of the station; of the backup when the station has none) and confirms. The file is copied
and checked again, and the wizard hands back a prepared restore: the window then closes the
station, puts the backup in place — the current database kept aside until the restored one
opens — and starts again. Every file is read in the task runner, never on the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...paths import DataPaths
from ...services.errors import ServiceError
from ...services.offsite_backup import BackupContents, BackupEntry, list_backups, read_contents
from ...services.permissions import Actor
from ...services.restore import RestoreSession
from ..errors import error_text
from ..tasks import TaskRunner
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)

# The services' reasons a restore may be refused with, in the "Errors" context.
ERROR_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "refused: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the backup {file}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot restore: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "wrong user name or password"),
    QT_TRANSLATE_NOOP("Errors", "the restored database did not open ({reason}); the previous "
                                "one is back in place"),
)


def size_text(size: int) -> str:
    return f"{QLocale().toString(size / 2**20, 'f', 1)} MB"


def reason_label(reason: str) -> str:
    """How a backup came to be: the daily one, one made with "Back up now", or the copy
    kept before an upgrade (before-upgrade-<revision>)."""
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("RestoreWizard", "before an upgrade")
    labels = {"daily": QCoreApplication.translate("RestoreWizard", "daily"),
              "manual": QCoreApplication.translate("RestoreWizard", "by hand")}
    return labels.get(reason, reason)


@dataclass
class PreparedRestore:
    """A checked copy of the backup and the administrator who confirmed it."""

    session: RestoreSession
    actor: Actor
    backup: Path


class ChooseBackupPage(QWizardPage):
    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.folder: Path | None = None
        self.folder_label = text_label()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offsite_button = QPushButton()
        self.local_button = QPushButton()
        self.other_button = QPushButton()
        self.list = QListWidget()
        self.empty_label = text_label("muted")
        self.empty_label.hide()
        buttons = QHBoxLayout()
        for button in (self.offsite_button, self.local_button, self.other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        self.offsite_button.setVisible(wizard.offsite is not None)
        self.offsite_button.clicked.connect(lambda: self.show_folder(wizard.offsite))
        self.local_button.clicked.connect(lambda: self.show_folder(wizard.paths.backups))
        self.other_button.clicked.connect(self.choose_folder)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda _item: wizard.next())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a backup"))
        self.setSubTitle(self.tr("The newest is at the top. Backups on a USB drive or a "
                                 "network folder survive a broken computer."))
        self.offsite_button.setText(self.tr("The backup folder (USB / network)"))
        self.local_button.setText(self.tr("This computer's backups"))
        self.other_button.setText(self.tr("Another folder…"))
        self.list.setAccessibleName(self.tr("Backups"))

    def show_folder(self, folder: Path | None) -> None:
        if folder is None:
            return
        self.folder = folder
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=folder))
        self.list.clear()
        self.empty_label.hide()
        self.completeChanged.emit()
        self.wiz.tasks.submit(lambda: list_backups(folder),
                              on_done=lambda entries: self._listed(folder, entries),
                              on_error=self._failed, context=self, name="list backups")

    def _listed(self, folder: Path, entries: list[BackupEntry]) -> None:
        if folder != self.folder:  # another folder was chosen meanwhile
            return
        log.debug("%d backup(s) in %s", len(entries), folder)
        self.list.clear()
        for entry in entries:
            text = self.tr("{date} · {kind} · {size}").format(
                date=entry.saved_at.strftime("%d/%m/%Y %H:%M"), kind=reason_label(entry.reason),
                size=size_text(entry.size))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        else:
            self.empty_label.setText(self.tr("There is no backup in this folder."))
            self.empty_label.show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.empty_label.setText(error_text(exc))
        self.empty_label.show()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("The folder with the backups"),
                             str(self.folder or ""))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if dialog.exec() and dialog.selectedFiles():
            self.show_folder(Path(dialog.selectedFiles()[0]))

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def isComplete(self) -> bool:
        return self.chosen() is not None


class ContentsPage(QWizardPage):
    """The backup's date and what it holds, after the full check."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.contents: BackupContents | None = None
        self.summary = text_label("subtitle")
        self.detail = text_label()
        self.problem = text_label("error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the backup holds"))
        self.setSubTitle(self.tr("The file is checked in full (it is not changed)."))

    def initializePage(self) -> None:
        self.contents = None
        self.problem.hide()
        self.summary.setText(self.tr("Checking the backup…"))
        self.detail.clear()
        path = self.wiz.choose_page.chosen()
        if path is None:
            return
        self.wiz.tasks.submit(lambda: read_contents(path), on_done=self._read,
                              on_error=self._failed, context=self, name="read backup")

    def _read(self, contents: BackupContents) -> None:
        self.contents = contents
        saved = contents.saved_at.strftime("%d/%m/%Y %H:%M") if contents.saved_at else "?"
        self.summary.setText(self.tr("Backup of {date}").format(date=saved))
        if contents.whole:
            self.detail.setText(self.tr(
                "{items} items, {programmes} programmes, {users} users. The check found the "
                "file whole.").format(items=contents.items, programmes=contents.programmes,
                                      users=contents.users))
        else:
            self.problem.setText(self.tr("This backup is damaged and cannot be put back: "
                                         "{reason}").format(reason=contents.problem))
            self.problem.show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))
        self.problem.show()

    def isComplete(self) -> bool:
        return self.contents is not None and self.contents.whole


class ConfirmPage(QWizardPage):
    """What happens, and an administrator's name and password."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.explain = text_label()
        self.who = text_label("muted")
        self.username_caption = QLabel()
        self.password_caption = QLabel()
        self.username_edit = QLineEdit(wizard.username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = text_label("error")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.who)
        layout.addLayout(field_grid([(self.username_caption, self.username_edit),
                                     (self.password_caption, self.password_edit)]))
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.username_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.password_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Restore and restart"))
        self.explain.setText(self.tr(
            "The console will close the station, put this backup in its place and start "
            "again; everyone signs in again. The current database is kept aside and comes "
            "back if the restored one does not open. What was entered after the backup was "
            "saved must be entered again."))
        self.who.setText(self.tr("Only an administrator may put a backup back."))
        self.username_caption.setText(self.tr("Administrator:"))
        self.password_caption.setText(self.tr("Password:"))

    def isComplete(self) -> bool:
        return bool(self.username_edit.text().strip() and self.password_edit.text())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class RestoreWizard(QWizard):
    """`exec()`; when accepted, `prepared` holds the checked copy and its administrator."""

    def __init__(self, paths: DataPaths, offsite: Path | None, tasks: TaskRunner, *,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.offsite = offsite
        self.tasks = tasks
        self.username = username
        self.prepared: PreparedRestore | None = None
        self._busy = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 80, 420)
        self.choose_page = ChooseBackupPage(self)
        self.contents_page = ContentsPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.choose_page, self.contents_page, self.confirm_page):
            self.addPage(page)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Restore and restart"))
        self.choose_page.show_folder(offsite if offsite is not None else paths.backups)

    def accept(self) -> None:
        """Finish: copy and check the file again, sign the administrator in, then close."""
        if self._busy:
            return
        path = self.choose_page.chosen()
        if path is None:
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        page = self.confirm_page
        page.error_label.hide()
        username, password = page.username_edit.text().strip(), page.password_edit.text()
        paths = self.paths

        def prepare() -> PreparedRestore:
            session = RestoreSession(paths, path)
            try:
                session.stage()
                actor = session.authenticate(username, password)
            except BaseException:
                session.discard()
                raise
            return PreparedRestore(session, actor, path)

        self.tasks.submit(prepare, on_done=self._prepared, on_error=self._refused,
                          context=self, name="prepare restore")

    def _prepared(self, prepared: PreparedRestore) -> None:
        self._busy = False
        self.prepared = prepared
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, ServiceError):
            log.error("preparing a restore failed: %s", exc,
                      exc_info=(type(exc), exc, exc.__traceback__))
        self.confirm_page.show_error(error_text(exc))
        self.confirm_page.password_edit.clear()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
