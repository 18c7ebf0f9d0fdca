"""Tài khoản (Accounts): everyone changes their own password; an administrator lists the
accounts, adds one (with a one-time password shown once), changes a role, resets a
password, disables or enables an account, and sets the idle lock. Accounts are never
deleted: the audit log keeps their names."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...models.enums import Role
from ...services.permissions import Permission
from ...services.station_settings import SettingView, change_settings, read_settings
from ...services.users import UserRow, UserService, new_one_time_password
from ...settings import IDLE_LOCK_MIN
from ...timezone import to_station
from ..dialogs.accounts import AddUserDialog, RoleDialog
from ..dialogs.passwords import ChangePasswordDialog, OneTimePasswordDialog
from ..errors import error_text
from ..flow_layout import flow_row, kept_together
from ..labels import role_label
from ..timefmt import format_moment
from ..widgets import text_label
from .base import SettingsSection
from .locks import lock_note

log = logging.getLogger(__name__)

COLUMNS = 5


class AccountsSection(SettingsSection):
    key = "accounts"
    help = "accounts"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsSections", "Accounts")

    @property
    def manages(self) -> bool:
        return self.env.actor.can(Permission.MANAGE_USERS)

    def build(self) -> None:
        self.users = UserService(self.env.ctx.db)
        self.rows: list[UserRow] = []

        self.own_box = QGroupBox()
        own = QHBoxLayout(self.own_box)
        self.own_label = text_label()
        self.own_password_button = QPushButton()
        own.addWidget(self.own_label, 1)
        own.addWidget(self.own_password_button)
        self.body.addWidget(self.own_box)

        self.users_box = QGroupBox()
        users_layout = QVBoxLayout(self.users_box)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        users_layout.addWidget(self.table, 1)
        self.add_button = QPushButton()
        self.add_button.setProperty("buttonRole", "primary")
        self.role_button = QPushButton()
        self.reset_button = QPushButton()
        self.active_button = QPushButton()
        # Wrapped onto a second line in a narrow window rather than cut.
        users_layout.addWidget(flow_row(self.add_button, self.role_button, self.reset_button,
                                        self.active_button, None))
        self.message_label = text_label()
        self.message_label.hide()
        users_layout.addWidget(self.message_label)
        self.body.addWidget(self.users_box, 1)

        self.idle_box = QGroupBox()
        idle = QVBoxLayout(self.idle_box)
        self.idle_caption = QLabel()
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 480)
        self.idle_caption.setBuddy(self.idle_spin)
        self.idle_save_button = QPushButton()
        self.idle_hint = text_label("muted")
        self.idle_lock = text_label("notice")
        self.idle_lock.hide()
        idle.addWidget(flow_row(kept_together(self.idle_caption, self.idle_spin),
                                self.idle_save_button, None))
        idle.addWidget(self.idle_hint)
        idle.addWidget(self.idle_lock)
        self.body.addWidget(self.idle_box)
        if not self.manages:
            self.users_box.hide()
            self.idle_box.hide()
            self.body.addStretch(1)

        self.own_password_button.clicked.connect(self.change_own_password)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.idle_save_button.clicked.connect(self.save_idle)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def retranslate(self) -> None:
        super().retranslate()
        actor = self.env.actor
        self.own_box.setTitle(self.tr("My account"))
        self.own_label.setText(self.tr("Signed in as {name} ({role}).").format(
            name=actor.display_name or actor.username, role=role_label(actor.role)))
        self.own_password_button.setText(self.tr("Change my password…"))
        self.users_box.setTitle(self.tr("People who use this console"))
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State"),
            self.tr("Last sign-in")])
        self.add_button.setText(self.tr("Add an account…"))
        self.role_button.setText(self.tr("Change role…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.idle_box.setTitle(self.tr("Locking the console"))
        self.idle_caption.setText(self.tr("Lock the console after"))
        self.idle_spin.setSuffix(self.tr(" min without use"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_save_button.setText(self.tr("Save"))
        self.idle_hint.setText(self.tr(
            "A locked console shows the sign-in screen; emergencies from the province still "
            "show at once. Ctrl+L locks it at any time."))
        self._selection_changed()
        self._render()

    def activate(self) -> None:
        if not self.manages:
            return
        users, ctx = self.users, self.env.ctx
        self.env.tasks.submit(lambda: (users.list(), read_settings(ctx, [IDLE_LOCK_MIN.key])),
                              on_done=self._loaded, on_error=self._failed, context=self,
                              name="read accounts")

    def _loaded(self, result: tuple[list[UserRow], list[SettingView]]) -> None:
        self.rows, (idle,) = result
        self.idle_spin.setValue(int(idle.value))
        self.idle_spin.setEnabled(not idle.locked)
        self.idle_save_button.setEnabled(not idle.locked)
        self.idle_lock.setText(lock_note(idle))
        self.idle_lock.setVisible(idle.locked)
        self._render()

    # -- the table ------------------------------------------------------------------------------

    def _state(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Disabled")
        if row.locked() and row.locked_until is not None:
            return self.tr("Locked until {time}").format(
                time=to_station(row.locked_until).strftime("%H:%M"))
        if row.must_change_password:
            return self.tr("Must choose a password")
        return self.tr("Active")

    def _render(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.username, row.display_name or "", role_label(row.role),
                      self._state(row),
                      format_moment(row.last_login_at) if row.last_login_at else "—")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.username)
                self.table.setItem(r, c, item)
        if selected is not None:
            self.select(selected.username)
        self._selection_changed()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, username: str) -> None:
        for r, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(r)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Enable again"))
        else:
            self.active_button.setText(self.tr("Disable…"))

    # -- actions --------------------------------------------------------------------------------

    def _run(self, fn: Any, done: Any, name: str) -> None:
        self.env.tasks.submit(fn, on_done=done, on_error=self._failed, context=self, name=name)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setProperty("textRole", "error" if error else "")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
        self.message_label.show()

    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self.users, self.env.tasks, self.env.actor.username,
                                      parent=self)
        dialog.accepted.connect(lambda: self._say(self.tr("Your password was changed.")))
        self.open_dialog(dialog)

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        dialog.accepted.connect(lambda: self._create(dialog.username, dialog.display_name,
                                                     dialog.role))
        self.open_dialog(dialog)

    def _create(self, username: str, display_name: str | None, role: Role) -> None:
        users, actor = self.users, self.env.actor
        password = new_one_time_password()

        def work() -> UserRow:
            return users.add_user(actor, username, role, password, display_name,
                                  one_time=True)

        def done(row: UserRow) -> None:
            self._say(self.tr("The account {name} was created.").format(name=row.username))
            self.open_dialog(OneTimePasswordDialog(row.username, password, self))
            self.activate()

        self._run(work, done, "add account")

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = RoleDialog(row.username, Role(row.role), self)
        users, actor = self.users, self.env.actor

        def chosen() -> None:
            role = dialog.role
            self._run(lambda: users.set_role(actor, row.username, role),
                      lambda changed: (self._say(self.tr("{name} is now: {role}.").format(
                          name=changed.username, role=role_label(changed.role))),
                          self.activate()),
                      "change role")

        dialog.accepted.connect(chosen)
        self.open_dialog(dialog)

    def _confirm(self, text: str, yes: str, then: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.title(), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmBox")
        confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.buttonClicked.connect(lambda button: then() if button is confirm else None)
        self.open_dialog(box)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        users, actor = self.users, self.env.actor

        def reset() -> None:
            self._run(lambda: users.reset_password(actor, row.username),
                      lambda password: (self.open_dialog(
                          OneTimePasswordDialog(row.username, password, self)),
                          self.activate()),
                      "reset password")

        self._confirm(self.tr(
            "Give {name} a new one-time password? The current password stops working at "
            "once, and a lock after wrong passwords is lifted.").format(name=row.username),
            self.tr("Reset the password"), reset)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        users, actor = self.users, self.env.actor

        def switch(active: bool) -> None:
            self._run(lambda: users.set_active(actor, row.username, active),
                      lambda changed: (self._say(
                          (self.tr("{name} can sign in again.") if changed.active
                           else self.tr("{name} can no longer sign in.")).format(
                              name=changed.username)), self.activate()),
                      "enable account" if active else "disable account")

        if not row.active:
            switch(True)
            return
        self._confirm(self.tr(
            "Disable the account {name}? {name} can no longer sign in. The account is kept, "
            "with its history; it can be enabled again.").format(name=row.username),
            self.tr("Disable"), lambda: switch(False))

    def save_idle(self) -> None:
        ctx, actor, minutes = self.env.ctx, self.env.actor, self.idle_spin.value()

        def done(_changed: list[str]) -> None:
            self._say(self.tr("Saved."))
            if self.env.session is not None:
                self.env.session.idle_minutes_changed.emit(minutes)

        self._run(lambda: change_settings(ctx, actor, {IDLE_LOCK_MIN.key: minutes}), done,
                  "save idle lock")
