"""Signing in, inside the main window: at start, after the idle lock, after signing out.

The panel takes the place of the pages while the emergency banner above it stays live,
so an emergency from the province is shown whoever is (or is not) signed in. A wrong
password says so plainly; the fifth in a row locks the account for five minutes and the
panel says until when. A one-time password leads straight to choosing one's own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import AuthenticationFailed, ServiceError
from ..services.users import SignIn, UserService
from .dialogs.passwords import ChangePasswordDialog
from .errors import error_text
from .tasks import TaskRunner
from .widgets import field_grid, text_label

log = logging.getLogger(__name__)


class SignInPanel(QWidget):
    """Emits `signed_in(actor)` once the password is right (and no longer one-time)."""

    signed_in = Signal(object)

    def __init__(self, users: UserService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self._users = users
        self._tasks = tasks
        self._reason = ""
        self.change_dialog: ChangePasswordDialog | None = None

        card = QFrame()
        card.setProperty("frameRole", "card")
        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.heading = text_label("title")
        self.station_label = text_label("subtitle")
        self.station_label.hide()
        self.reason_label = text_label("muted")
        self.reason_label.hide()
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_caption = QLabel()
        self.password_caption = QLabel()
        self.error_label = text_label("error")
        self.error_label.hide()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setProperty("buttonRole", "primary")
        self.sign_in_button.setAutoDefault(True)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.station_label)
        inner.addWidget(self.reason_label)
        inner.addLayout(field_grid([(self.username_caption, self.username_edit),
                                    (self.password_caption, self.password_edit)]))
        inner.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.try_sign_in)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sign in to the console"))
        self.username_caption.setText(self.tr("&User name:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self._show_reason()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_station_name(self, name: str | None) -> None:
        self.station_label.setText(name or "")
        self.station_label.setVisible(bool(name))

    def prepare(self, username: str = "", reason: str = "") -> None:
        """Show the panel afresh: `reason` is "idle", "locked", "signed_out" or ""."""
        self._reason = reason
        self.username_edit.setText(username)
        self.password_edit.clear()
        self.error_label.hide()
        self._set_busy(False)
        self._show_reason()
        (self.password_edit if username else self.username_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        """A line above the form (e.g. why signing in is needed now)."""
        self.reason_label.setText(text)
        self.reason_label.show()

    def _show_reason(self) -> None:
        texts = {
            "idle": self.tr("The console was locked because nobody used it for a while. "
                            "Sign in to go on."),
            "locked": self.tr("The console is locked. Sign in to go on."),
            "signed_out": self.tr("You have signed out."),
        }
        text = texts.get(self._reason, "")
        self.reason_label.setText(text)
        self.reason_label.setVisible(bool(text))

    # -- signing in -----------------------------------------------------------------------------

    def try_sign_in(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._show_error(self.tr("Please enter your user name and password."))
            return
        self._set_busy(True)
        users = self._users
        # Password checking is slow on purpose (scrypt): never on the UI thread.
        self._tasks.submit(lambda: users.sign_in(username, password),
                           on_done=lambda signed: self._checked(signed, password),
                           on_error=self._failed, context=self, name="sign in")

    def _checked(self, signed: SignIn, password: str) -> None:
        self._set_busy(False)
        if not signed.must_change_password:
            self._done(signed)
            return
        dialog = ChangePasswordDialog(self._users, self._tasks, signed.actor.username,
                                      old_password=password, parent=self)
        self.change_dialog = dialog
        dialog.accepted.connect(lambda: self._done(signed))
        dialog.rejected.connect(lambda: self.prepare(signed.actor.username))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _done(self, signed: SignIn) -> None:
        self.change_dialog = None
        self.password_edit.clear()
        self.error_label.hide()
        self.signed_in.emit(signed.actor)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationFailed) and exc.message == "wrong user name or password":
            self._show_error(self.tr("Wrong user name or password. Please try again."))
        else:
            if not isinstance(exc, ServiceError):
                log.error("signing in failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._show_error(error_text(exc))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.username_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
