"""Zalo OA in Settings: connect the commune's Official Account, see how it stands.

A self-contained box: the Settings page adds it as one of its parts. The app id, its secret
key and a refresh token come from the Zalo developer console; the secret and the token go
to the keyring (through console.services.zalo), never to a file. When Zalo refuses the
station's refresh token the box says so in plain words and asks for a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import zalo
from ..services.permissions import Actor, Permission
from ..station import StationContext
from .errors import error_text, reason_text
from .tasks import TaskRunner
from .widgets import field_grid, text_label

DEFAULT_SERVER = "https://openapi.zalo.me"


class ZaloSettingsBox(QGroupBox):
    #: the connection changed (connected, disconnected)
    changed = Signal()

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zaloSettings")
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self.status: zalo.ZaloStatus | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        self.intro = text_label("muted")
        layout.addWidget(self.intro)
        self.state_label = text_label("subtitle")
        self.state_label.setObjectName("zaloState")
        layout.addWidget(self.state_label)
        self.figures_label = text_label()
        self.figures_label.setObjectName("zaloFigures")
        layout.addWidget(self.figures_label)
        self.problem_label = text_label("error")
        self.problem_label.setObjectName("zaloProblem")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.server_caption, self.app_caption = QLabel(), QLabel()
        self.secret_caption, self.token_caption = QLabel(), QLabel()
        self.server_edit = QLineEdit(DEFAULT_SERVER)
        self.server_edit.setObjectName("zaloServer")
        self.app_edit = QLineEdit()
        self.app_edit.setObjectName("zaloAppId")
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("zaloSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("zaloRefreshToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(field_grid([(self.server_caption, self.server_edit),
                                     (self.app_caption, self.app_edit),
                                     (self.secret_caption, self.secret_edit),
                                     (self.token_caption, self.token_edit)]))
        buttons = QHBoxLayout()
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("zaloConnect")
        self.connect_button.setProperty("buttonRole", "primary")
        self.disconnect_button = QPushButton()
        self.disconnect_button.setObjectName("zaloDisconnect")
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message_label = text_label("muted")
        self.message_label.setObjectName("zaloMessage")
        layout.addWidget(self.message_label)

        self.connect_button.clicked.connect(self.connect_oa)
        self.disconnect_button.clicked.connect(self.disconnect_oa)
        self.token_edit.returnPressed.connect(self.connect_oa)
        self.retranslate()
        self._update()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Zalo OA of the commune"))
        self.intro.setText(self.tr(
            "Bulletins can be published as articles on the commune's Zalo Official Account, "
            "and its followers and article views go into the reports. Copy the app id, the "
            "secret key and a refresh token from the Zalo developer console "
            "(developers.zalo.me). They are kept in Windows Credential Manager."))
        self.server_caption.setText(self.tr("Zalo address:"))
        self.app_caption.setText(self.tr("App id:"))
        self.secret_caption.setText(self.tr("Secret key:"))
        self.token_caption.setText(self.tr("Refresh token:"))
        self.connect_button.setText(self.tr("Connect"))
        self.disconnect_button.setText(self.tr("Disconnect"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self._ctx
        self._tasks.submit(lambda: zalo.zalo_status(ctx), on_done=self._show,
                           on_error=lambda exc: self._say(error_text(exc), error=True),
                           context=self, name="zalo: status")

    def _show(self, status: zalo.ZaloStatus) -> None:
        self.status = status
        if status.connected and not self.app_edit.text():
            self.app_edit.setText(status.app_id)
            self.server_edit.setText(status.server or DEFAULT_SERVER)
        self._update()

    def _update(self) -> None:
        status = self.status
        can = self._actor.can(Permission.EDIT_SETTINGS)
        for widget in (self.server_edit, self.app_edit, self.secret_edit, self.token_edit):
            widget.setEnabled(can and not self._busy)
        self.connect_button.setEnabled(can and not self._busy)
        self.disconnect_button.setEnabled(can and not self._busy and bool(
            status and status.connected))
        if status is None or not status.connected:
            self.state_label.setText(self.tr("Not connected"))
            self.figures_label.setText("")
        else:
            self.state_label.setText(self.tr("Connected to {name}").format(
                name=status.oa_name or status.app_id))
            if status.followers is not None and status.last_read is not None:
                self.figures_label.setText(self.tr(
                    "{followers} followers (read {day}). Articles: {published} published, "
                    "{waiting} waiting.").format(
                    followers=f"{status.followers:,}".replace(",", "."),
                    day=status.last_read.strftime("%d/%m/%Y %H:%M"),
                    published=status.published, waiting=status.waiting))
            else:
                self.figures_label.setText(self.tr("The followers have not been read yet."))
        problem = status.problem_message if status is not None else ""
        if problem:
            self.problem_label.setText(reason_text(problem))
            self.problem_label.show()
        else:
            self.problem_label.hide()
        if not can:
            self.message_label.setText(self.tr("Only an administrator can change the "
                                               "connection."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setProperty("textRole", "error" if error else "muted")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    # -- actions ----------------------------------------------------------------------------

    def connect_oa(self) -> None:
        if self._busy:
            return
        ctx, actor = self._ctx, self._actor
        server, app_id = self.server_edit.text().strip(), self.app_edit.text().strip()
        secret, token = self.secret_edit.text().strip(), self.token_edit.text().strip()
        self._busy = True
        self._update()
        self._say(self.tr("Connecting to Zalo…"))
        self._tasks.submit(
            lambda: zalo.connect_oa(ctx, actor, app_id=app_id, secret_key=secret,
                                    refresh_token=token, server=server or DEFAULT_SERVER),
            on_done=self._connected, on_error=self._failed, context=self,
            name="zalo: connect")

    def _connected(self, status: zalo.ZaloStatus) -> None:
        self._busy = False
        self.secret_edit.clear()
        self.token_edit.clear()  # spent already: Zalo gave the console its own
        self._show(status)
        self._say(self.tr("Connected. Bulletins can now be published to the OA."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        self._say(error_text(exc), error=True)

    def disconnect_oa(self) -> None:
        answer = QMessageBox.question(
            self, self.title(), self.tr("Disconnect the Zalo OA? Articles waiting to be "
                                        "published stay in the outbox until it is connected "
                                        "again."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, actor = self._ctx, self._actor
        self._tasks.submit(lambda: zalo.disconnect_oa(ctx, actor),
                           on_done=lambda _r: (self.refresh(), self.changed.emit()),
                           on_error=self._failed, context=self, name="zalo: disconnect")
