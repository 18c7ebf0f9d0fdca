"""Passwords in the window: choosing one's own, and showing a one-time password once.

Both dialogs open without blocking (`open()`); the caller listens to `accepted` /
`finished`. The password is checked by the service in a worker (scrypt is slow on purpose).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from ...services.passwords import MIN_LENGTH
from ...services.users import UserService
from ..errors import error_text
from ..tasks import TaskRunner
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    """A user chooses a new password. `old_password` given (right after signing in with a
    one-time password): it is not asked again, and the dialog says why it appears."""

    def __init__(self, users: UserService, tasks: TaskRunner, username: str, *,
                 old_password: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._users = users
        self._tasks = tasks
        self.username = username
        self._known_old = old_password
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.heading = text_label("subtitle")
        self.intro = text_label()
        self.old_edit = _password_edit()
        self.new_edit = _password_edit()
        self.repeat_edit = _password_edit()
        self.captions = [QLabel() for _ in range(3)]
        rows = list(zip(self.captions, (self.old_edit, self.new_edit, self.repeat_edit),
                        strict=True))
        if old_password is not None:
            rows = rows[1:]
            self.old_edit.hide()
            self.captions[0].hide()
        self.error_label = text_label("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(field_grid(rows))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        (self.new_edit if old_password is not None else self.old_edit).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        if self._known_old is not None:
            self.heading.setText(self.tr("Choose your own password"))
            self.intro.setText(self.tr(
                "You signed in with a one-time password. Choose a password only you know; "
                "the one-time password stops working."))
        else:
            self.heading.setText(self.tr("Change the password of {name}").format(
                name=self.username))
            self.intro.setText(self.tr(
                "Type your current password, then the new one twice."))
        texts = (self.tr("&Current password:"), self.tr("&New password:"),
                 self.tr("New password &again:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.new_edit.setPlaceholderText(self.tr("at least {count} characters").format(
            count=MIN_LENGTH))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save the password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _problem(self) -> str | None:
        """Checked here first, so that the common mistakes are said at once."""
        new = self.new_edit.text()
        if new.strip().casefold() == self.username.casefold():
            return self.tr("The password must not be the user name.")
        if len(new) < MIN_LENGTH:
            return self.tr("The password must have at least {count} characters.").format(
                count=MIN_LENGTH)
        if new != self.repeat_edit.text():
            return self.tr("The two passwords are not the same. Please type them again.")
        return None

    def save(self) -> None:
        problem = self._problem()
        if problem is not None:
            self._show_error(problem)
            return
        old = self._known_old if self._known_old is not None else self.old_edit.text()
        new, users, name = self.new_edit.text(), self._users, self.username
        self.buttons.setEnabled(False)
        self._tasks.submit(lambda: users.change_password(name, old, new),
                           on_done=self._saved, on_error=self._failed, context=self,
                           name="change password")

    def _saved(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ServiceError):
            log.error("changing a password failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class OneTimePasswordDialog(QDialog):
    """Shows a one-time password once, large and easy to copy down."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.username = username
        self.password = password
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.heading = text_label("subtitle")
        self.intro = text_label()
        self.password_label = QLabel(password)
        self.password_label.setObjectName("oneTimePassword")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 2)
        font.setBold(True)
        self.password_label.setFont(font)
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy)
        self.note = text_label("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.password_label)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One-time password"))
        self.heading.setText(self.tr("One-time password for {name}").format(name=self.username))
        self.intro.setText(self.tr(
            "Give this password to {name} in person. It is shown only now; {name} must "
            "choose their own password when signing in with it.").format(name=self.username))
        self.copy_button.setText(self.tr("Copy"))
        self.note.setText(self.tr("If it is lost, reset the password again."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.password)
        self.copy_button.setText(self.tr("Copied"))
