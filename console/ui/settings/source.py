"""Hệ thống nguồn (Source system): the province's address and the station's account, a
connection check that says in plain words what is wrong and what to do, the sync
interval, and the settings the Department presets (those it locks cannot be changed)."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services.permissions import Permission
from ...services.source_account import (
    Diagnosis,
    check_connection,
    connect_source,
    stored_account,
)
from ...services.station_settings import SettingView, change_settings, read_settings
from ...settings import SOURCE_URL, SOURCE_USER, SYNC_INTERVAL_MIN, Presets
from ..errors import error_text
from ..widgets import field_grid, set_text_role, text_label
from .base import SettingsSection
from .labels import setting_label, setting_value
from .locks import lock_notes

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
KEYS = [SOURCE_URL.key, SOURCE_USER.key, SYNC_INTERVAL_MIN.key]


def diagnosis_text(diagnosis: Diagnosis, server: str) -> str:
    """What the connection check found, and what to do about it."""
    host = urlsplit(server).hostname or server
    if diagnosis.ok:
        station = diagnosis.station
        name = f"{station.name} ({station.code})" if station and station.code else ""
        return translate("SourceCheck", "The connection works. The province knows this station as "
                  "{station}.").format(station=name or "?")
    texts = {
        "bad_url": translate("SourceCheck", "This is not a web address. It starts with https:// "
                      "— copy it exactly from the Department's letter."),
        "no_network": translate("SourceCheck", "This computer is not connected to the network. "
                         "Check the cable, the Wi-Fi or the 3G/4G modem, then try again."),
        "name_not_found": translate(
            "SourceCheck", "The server name {host} was not found. Check the address for "
            "typing mistakes. If it is right, the network cannot look names up: ask your IT "
            "staff."),
        "refused": translate("SourceCheck", "Nothing answers at this address: the address or its "
                      "port is wrong, or the province's server is stopped. Check the "
                      "address; if it is right, call the province."),
        "timeout": translate("SourceCheck", "The server did not answer in time: the connection is "
                      "too slow or the server is busy. Try again in a few minutes."),
        "certificate": translate("SourceCheck", "The server's security certificate is not trusted. "
                          "If the province uses its own certificate authority, ask your IT "
                          "staff to add its CA file. Do not switch the checks off."),
        "wrong_password": translate("SourceCheck", "The province's server refused this account or "
                             "password. Check the account name and type the password again "
                             "(mind Caps Lock); if it still fails, ask the province to reset "
                             "it."),
        "server_error": translate("SourceCheck", "The province's server has a fault of its own "
                           "({detail}). Nothing is wrong on this computer: try again later, "
                           "or tell the province."),
        "not_source": translate("SourceCheck", "Something answers at this address, but it is not "
                         "the source system. Check the address (it usually ends in /api/v1)."),
    }
    text = texts.get(diagnosis.problem, diagnosis.problem)
    return text.format(host=host, detail=diagnosis.detail)


class SourceSection(SettingsSection):
    key = "source"
    help = "sync"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Source system")

    @classmethod
    def visible_for(cls, actor: Any) -> bool:
        return bool(actor.can(Permission.EDIT_SETTINGS))

    def build(self) -> None:
        self.views: dict[str, SettingView] = {}
        self.account_box = QGroupBox()
        account = QVBoxLayout(self.account_box)
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://nguon.example.gov.vn/api/v1")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.captions = [QLabel() for _ in range(3)]
        account.addLayout(field_grid(list(zip(
            self.captions, (self.server_edit, self.user_edit, self.password_edit),
            strict=True))))
        buttons = QHBoxLayout()
        self.check_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setProperty("buttonRole", "primary")
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        account.addLayout(buttons)
        self.result_label = text_label()
        self.result_label.setObjectName("connectionResult")
        self.result_label.hide()
        account.addWidget(self.result_label)
        self.body.addWidget(self.account_box)

        self.sync_box = QGroupBox()
        sync = QVBoxLayout(self.sync_box)
        row = QHBoxLayout()
        self.interval_caption = QLabel()
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 1440)
        self.interval_caption.setBuddy(self.interval_spin)
        self.interval_save = QPushButton()
        row.addWidget(self.interval_caption)
        row.addWidget(self.interval_spin)
        row.addWidget(self.interval_save)
        row.addStretch(1)
        self.interval_hint = text_label("muted")
        self.interval_message = text_label()
        self.interval_message.hide()
        sync.addLayout(row)
        sync.addWidget(self.interval_hint)
        sync.addWidget(self.interval_message)
        self.body.addWidget(self.sync_box)

        self.preset_box = QGroupBox()
        presets = QVBoxLayout(self.preset_box)
        self.preset_intro = text_label("muted")
        self.preset_table = QTableWidget(0, 3)
        self.preset_table.setObjectName("presetTable")
        self.preset_table.verticalHeader().hide()
        self.preset_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preset_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preset_table.horizontalHeader().setStretchLastSection(True)
        self.lock_label = text_label("notice")
        self.lock_label.hide()
        presets.addWidget(self.preset_intro)
        presets.addWidget(self.preset_table)
        self.body.addWidget(self.lock_label)
        self.body.addWidget(self.preset_box, 1)

        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save_account)
        self.interval_save.clicked.connect(self.save_interval)

    def retranslate(self) -> None:
        super().retranslate()
        self.account_box.setTitle(self.tr("The province's source system"))
        for caption, text in zip(self.captions, (self.tr("&Address:"), self.tr("A&ccount:"),
                                                 self.tr("&Password:")), strict=True):
            caption.setText(text)
        self.check_button.setText(self.tr("Check the connection"))
        self.save_button.setText(self.tr("Sign in and save"))
        self.sync_box.setTitle(self.tr("Synchronisation"))
        self.interval_caption.setText(self.tr("Fetch files and send waiting messages every"))
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_save.setText(self.tr("Save"))
        self.interval_hint.setText(self.tr(
            "New bulletins and emergencies arrive as soon as the province publishes them; "
            "this is how often the console also fetches files and sends waiting messages."))
        self.preset_box.setTitle(self.tr("Settings from the Department"))
        self.preset_table.setHorizontalHeaderLabels(
            [self.tr("Setting"), self.tr("Value"), self.tr("How")])
        self._show_presets()
        self._show_password_hint()

    def activate(self) -> None:
        ctx = self.env.ctx
        self.env.tasks.submit(lambda: (read_settings(ctx, KEYS), stored_account(ctx),
                                       ctx.settings.presets),
                              on_done=self._loaded, context=self, name="read source settings")

    def _loaded(self, result: tuple[list[SettingView], tuple[str, str, bool], Presets]) -> None:
        views, (server, user, self.has_password), self.presets = result
        self.views = {v.key: v for v in views}
        if not self.server_edit.text():
            self.server_edit.setText(server)
        if not self.user_edit.text():
            self.user_edit.setText(user)
        self.interval_spin.setValue(int(self.views[SYNC_INTERVAL_MIN.key].value))
        account_locked = self.views[SOURCE_URL.key].locked or self.views[SOURCE_USER.key].locked
        self.server_edit.setEnabled(not self.views[SOURCE_URL.key].locked)
        self.user_edit.setEnabled(not self.views[SOURCE_USER.key].locked)
        interval_locked = self.views[SYNC_INTERVAL_MIN.key].locked
        self.interval_spin.setEnabled(not interval_locked)
        self.interval_save.setEnabled(not interval_locked)
        notes = lock_notes(views)
        self.lock_label.setText(notes)
        self.lock_label.setVisible(bool(notes))
        self.save_button.setToolTip(self.tr("The Department fixes part of the account.")
                                    if account_locked else "")
        self._show_presets()
        self._show_password_hint()

    def _show_password_hint(self) -> None:
        if getattr(self, "has_password", False):
            self.password_edit.setPlaceholderText(self.tr("(saved; type it only to change it)"))
        else:
            self.password_edit.setPlaceholderText("")

    def _show_presets(self) -> None:
        presets: Presets | None = getattr(self, "presets", None)
        if presets is None or not presets.values:
            self.preset_intro.setText(self.tr(
                "The Department has not preset anything for this station (no department.json "
                "beside the program)."))
            self.preset_table.hide()
            return
        self.preset_intro.setText(self.tr(
            "{department} presets these settings. Locked ones cannot be changed at the "
            "station; the others are suggestions the station may change.").format(
                department=presets.department))
        self.preset_table.show()
        self.preset_table.setRowCount(len(presets.values))
        for row, (key, value) in enumerate(sorted(presets.values.items())):
            how = self.tr("🔒 locked") if key in presets.locked else self.tr("suggested")
            for col, text in enumerate((setting_label(key), setting_value(key, value), how)):
                self.preset_table.setItem(row, col, QTableWidgetItem(text))

    # -- actions --------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool) -> None:
        set_text_role(self.result_label, "error" if error else "notice")
        self.result_label.setText(text)
        self.result_label.show()

    def _fields(self) -> tuple[str, str, str | None] | None:
        server, user = self.server_edit.text().strip(), self.user_edit.text().strip()
        password = self.password_edit.text() or None
        if not server or not user:
            self._say(self.tr("Fill in the address and the account."), error=True)
            return None
        if password is None and not getattr(self, "has_password", False):
            self._say(self.tr("Type the password of the account."), error=True)
            return None
        return server, user, password

    def _busy(self, busy: bool, text: str = "") -> None:
        self.check_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self._say(text, error=False)

    def check(self) -> None:
        fields = self._fields()
        if fields is None:
            return
        server, user, password = fields
        ctx, actor = self.env.ctx, self.env.actor
        self._busy(True, self.tr("Checking the connection…"))

        def done(diagnosis: Diagnosis) -> None:
            self._busy(False)
            self._say(diagnosis_text(diagnosis, server), error=not diagnosis.ok)

        self.env.tasks.submit(lambda: check_connection(ctx, actor, server, user, password),
                              on_done=done, on_error=self._failed, context=self,
                              name="check source connection")

    def save_account(self) -> None:
        fields = self._fields()
        if fields is None:
            return
        server, user, password = fields
        ctx, actor = self.env.ctx, self.env.actor
        self._busy(True, self.tr("Signing in to the province…"))

        def done(station: Any) -> None:
            self._busy(False)
            self.password_edit.clear()
            self._say(self.tr("Signed in for {station}. Saved.").format(
                station=getattr(station, "name", "")), error=False)
            live = self.env.live
            if live is not None:  # the live link follows the new account
                live.stop()
                live.start()
            self.activate()

        def failed(exc: BaseException) -> None:
            # Say what is wrong in the check's plain words, not the sign-in's technical ones.
            self.env.tasks.submit(lambda: check_connection(ctx, actor, server, user, password),
                                  on_done=lambda d: (self._busy(False), self._say(
                                      diagnosis_text(d, server) if not d.ok
                                      else error_text(exc), error=True)),
                                  on_error=self._failed, context=self, name="explain sign-in")

        self.env.tasks.submit(lambda: connect_source(ctx, actor, server, user, password),
                              on_done=done, on_error=failed, context=self,
                              name="save source account")

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(error_text(exc), error=True)

    def save_interval(self) -> None:
        ctx, actor, minutes = self.env.ctx, self.env.actor, self.interval_spin.value()

        def done(_changed: list[str]) -> None:
            set_text_role(self.interval_message, "")
            self.interval_message.setText(self.tr("Saved."))
            self.interval_message.show()

        def failed(exc: BaseException) -> None:
            set_text_role(self.interval_message, "error")
            self.interval_message.setText(error_text(exc))
            self.interval_message.show()

        self.env.tasks.submit(
            lambda: change_settings(ctx, actor, {SYNC_INTERVAL_MIN.key: minutes}),
            on_done=done, on_error=failed, context=self, name="save sync interval")
