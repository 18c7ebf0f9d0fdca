"""First run on a fresh data folder: create the administrator account."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from ...services.passwords import MIN_LENGTH
from ...services.permissions import Actor
from ...services.users import UserService
from ..errors import error_text
from ..tasks import TaskRunner
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)


class FirstRunDialog(QDialog):
    def __init__(self, users: UserService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._tasks = tasks
        self.actor: Actor | None = None
        # Wide enough for the longer Vietnamese texts at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 62)

        self.heading = text_label("title")
        self.intro = text_label()
        self.username_edit = QLineEdit()
        self.display_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.captions = [QLabel() for _ in range(4)]
        edits = (self.username_edit, self.display_name_edit, self.password_edit,
                 self.repeat_edit)
        form = field_grid(list(zip(self.captions, edits, strict=True)))
        self.error_label = text_label("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)
        self.username_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start"))
        self.heading.setText(self.tr("Welcome"))
        self.intro.setText(self.tr(
            "This is the first time the console is opened with this data folder. Create the "
            "administrator account: it can add the other users later."))
        texts = (self.tr("&User name:"), self.tr("&Full name:"), self.tr("&Password:"),
                 self.tr("Password &again:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.username_edit.setPlaceholderText(self.tr("for example: admin"))
        self.display_name_edit.setPlaceholderText(self.tr("for example: Nguyễn Văn An"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def username(self) -> str:
        return self.username_edit.text().strip()

    def _problem(self) -> str | None:
        """Check the form here first, so the messages are in the user's language."""
        username = self.username
        if not username or any(ch.isspace() for ch in username) or len(username) > 100:
            return self.tr("The user name must not be empty or contain spaces.")
        if len(self.password_edit.text()) < MIN_LENGTH:
            return self.tr("The password must have at least {count} characters.").format(
                count=MIN_LENGTH)
        if self.password_edit.text().strip().casefold() == username.casefold():
            return self.tr("The password must not be the user name.")
        if self.password_edit.text() != self.repeat_edit.text():
            return self.tr("The two passwords are not the same. Please type them again.")
        return None

    def create_admin(self) -> None:
        problem = self._problem()
        if problem is not None:
            self._show_error(problem)
            return
        users = self._users
        username, password = self.username, self.password_edit.text()
        display_name = self.display_name_edit.text().strip() or None
        self.buttons.setEnabled(False)
        self._tasks.submit(lambda: users.create_first_admin(username, password, display_name),
                           on_done=self._created, on_error=self._failed, context=self,
                           name="create first admin")

    def _created(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ServiceError):
            log.error("creating the first admin failed", exc_info=(type(exc), exc,
                                                                   exc.__traceback__))
        self._show_error(self.tr("The account could not be created: {reason}").format(
            reason=error_text(exc)))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
