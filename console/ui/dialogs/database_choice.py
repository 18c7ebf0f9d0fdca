"""First start of a data folder: this PC only, or the station's shared server.

A commune with one PC keeps its data on this PC (the default). With several PCs (the
operator's and the leader's), each connects to the station's PostgreSQL server: the
console checks it (creating the station's tables there on the first PC), keeps the
address in the data folder and the password in Windows' Credential Manager.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.workstation import (
    Connected,
    connect_server_database,
    server_url_from_fields,
)
from ...text.translatable import ExplainedError
from ..errors import error_text
from ..tasks import TaskRunner
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)


class DatabaseChoiceDialog(QDialog):
    def __init__(self, root: Path, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self._tasks = tasks
        self.connected: Connected | None = None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)

        self.heading = text_label("title")
        self.intro = text_label()
        self.local_choice = QRadioButton()
        self.server_choice = QRadioButton()
        self.local_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)
        self.host_edit = QLineEdit()
        self.port_edit = QSpinBox()
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(5432)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.captions = [QLabel() for _ in range(5)]
        self.server_fields = (self.host_edit, self.port_edit, self.database_edit,
                              self.user_edit, self.password_edit)
        self.form = field_grid(list(zip(self.captions, self.server_fields, strict=True)))
        self.error_label = text_label("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.server_choice)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.server_choice.toggled.connect(self._show_fields)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        self._show_fields(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start"))
        self.heading.setText(self.tr("Where does this station keep its data?"))
        self.intro.setText(self.tr(
            "A station with one PC keeps everything on this PC. When the station has several "
            "PCs (the operator's and the leader's), they all connect to the station's "
            "database server."))
        self.local_choice.setText(self.tr("&This PC only"))
        self.server_choice.setText(self.tr("&Connect to the station's server"))
        texts = (self.tr("&Server:"), self.tr("P&ort:"), self.tr("&Database:"),
                 self.tr("&User:"), self.tr("&Password:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.host_edit.setPlaceholderText(self.tr("for example: 192.168.1.10"))
        self.database_edit.setPlaceholderText(self.tr("for example: xa_an_binh"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_fields(self, on: bool) -> None:
        for caption, field in zip(self.captions, self.server_fields, strict=True):
            caption.setVisible(on)
            field.setVisible(on)
        self.error_label.hide()
        self.adjustSize()

    def choose(self) -> None:
        if self.local_choice.isChecked():
            self.accept()
            return
        try:
            url = server_url_from_fields(self.host_edit.text(), self.port_edit.value(),
                                         self.database_edit.text(), self.user_edit.text())
        except ValueError:
            self._show_error(self.tr("Fill in the server, the database and the user."))
            return
        root, password = self._root, self.password_edit.text() or None
        self.buttons.setEnabled(False)
        self._show_error(self.tr("Connecting to the server…"), problem=False)
        self._tasks.submit(lambda: connect_server_database(root, url, password),
                           on_done=self._connected, on_error=self._failed, context=self,
                           name="connect to the station's server")

    def _connected(self, connected: Connected) -> None:
        self.buttons.setEnabled(True)
        self.connected = connected
        log.info("this PC uses the station's server %s", connected.database)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        log.warning("cannot connect to the station's server: %s", exc)
        text = error_text(exc)
        if not isinstance(exc, ExplainedError):  # a sentence of its own needs no preamble
            text = self.tr("Cannot connect to the server: {reason}").format(reason=text)
        self._show_error(text)

    def _show_error(self, text: str, *, problem: bool = True) -> None:
        self.error_label.setText(text)
        self.error_label.setProperty("textRole", "error" if problem else "muted")
        self.error_label.style().unpolish(self.error_label)
        self.error_label.style().polish(self.error_label)
        self.error_label.show()
