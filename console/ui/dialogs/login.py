"""Log in: user name and password; a wrong password says so plainly and keeps the dialog open."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import AuthenticationFailed, ServiceError
from ...services.permissions import Actor
from ..errors import error_text
from ..tasks import TaskRunner
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)


class Authenticator(Protocol):
    """The station's users (UserService), or a backup's admins when restoring one."""

    def authenticate(self, username: str, password: str) -> Actor: ...


class LoginDialog(QDialog):
    def __init__(self, users: Authenticator, tasks: TaskRunner, *, username: str = "",
                 station_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._tasks = tasks
        self._station_name = station_name
        self.actor: Actor | None = None
        # Wide enough for the longer Vietnamese texts at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 54)

        self.heading = text_label("title")
        self.station_label = text_label("muted")
        self.station_label.setVisible(bool(station_name))
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_caption = QLabel()
        self.password_caption = QLabel()
        self.error_label = text_label("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)

        form = field_grid([(self.username_caption, self.username_edit),
                           (self.password_caption, self.password_edit)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.station_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        (self.password_edit if username else self.username_edit).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.heading.setText(self.tr("Log in to the console"))
        if self._station_name:
            self.station_label.setText(self._station_name)
        self.username_caption.setText(self.tr("&User name:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_login(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._show_error(self.tr("Please enter your user name and password."))
            return
        self._set_busy(True)
        users = self._users
        # Password checking is slow on purpose (scrypt): never on the UI thread.
        self._tasks.submit(lambda: users.authenticate(username, password),
                           on_done=self._logged_in, on_error=self._failed, context=self,
                           name="log in")

    def _logged_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationFailed):
            self._show_error(self.tr("Wrong user name or password. Please try again."))
        elif isinstance(exc, ServiceError):  # e.g. not an admin, when restoring a backup
            self._show_error(error_text(exc))
        else:
            log.error("login failed: %s", exc, exc_info=(type(exc), exc, exc.__traceback__))
            self._show_error(self.tr("Logging in failed: {reason}").format(
                reason=error_text(exc)))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.username_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
