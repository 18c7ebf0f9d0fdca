"""The first run dialog and the sign-in panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from console.models.enums import Role
from console.services.users import UserService
from console.station import StationContext
from console.ui.dialogs import FirstRunDialog
from console.ui.sign_in import SignInPanel
from console.ui.tasks import TaskRunner

# The offscreen platform cannot resize windows to their size hints and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


def _ok(dialog: FirstRunDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_sign_in_rejects_a_wrong_password_and_accepts_the_right_one(
        qtbot, ctx: StationContext, tasks: TaskRunner, prefs) -> None:
    UserService(ctx.db).create_first_admin("admin", "right-password", "Quản trị viên")
    panel = SignInPanel(UserService(ctx.db), tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.prepare("admin")
    signed: list[object] = []
    panel.signed_in.connect(signed.append)

    panel.password_edit.setText("wrong-password")
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: panel.error_label.isVisible(), timeout=10_000)
    assert panel.error_label.text() == "Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại."
    assert not signed
    assert panel.password_edit.text() == ""

    panel.password_edit.setText("right-password")
    with qtbot.waitSignal(panel.signed_in, timeout=10_000):
        panel.sign_in_button.click()
    actor = signed[0]
    assert actor.username == "admin" and actor.role is Role.ADMIN  # type: ignore[attr-defined]


def test_sign_in_asks_for_both_fields(qtbot, ctx: StationContext, tasks: TaskRunner,
                                      prefs) -> None:
    panel = SignInPanel(UserService(ctx.db), tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.sign_in_button.click()
    assert panel.error_label.text() == "Vui lòng nhập tên đăng nhập và mật khẩu."


def test_first_run_creates_the_admin(qtbot, ctx: StationContext, tasks: TaskRunner,
                                     prefs) -> None:
    assert not UserService(ctx.db).has_users()
    dialog = FirstRunDialog(UserService(ctx.db), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username_edit.setText("hoa")
    dialog.display_name_edit.setText("Nguyễn Thị Hoa")
    dialog.password_edit.setText("mat-khau-1")
    dialog.repeat_edit.setText("mat-khau-2")
    _ok(dialog)
    assert dialog.error_label.text() == "Hai mật khẩu không giống nhau. Vui lòng nhập lại."
    assert not UserService(ctx.db).has_users()

    dialog.repeat_edit.setText("mat-khau-1")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _ok(dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    [user] = UserService(ctx.db).list()
    assert (user.username, user.display_name, user.role) == ("hoa", "Nguyễn Thị Hoa", "admin")
    assert UserService(ctx.db).authenticate("hoa", "mat-khau-1").username == "hoa"


def test_first_run_checks_the_form_before_the_database(qtbot, ctx: StationContext,
                                                       tasks: TaskRunner,
                                                       prefs) -> None:
    dialog = FirstRunDialog(UserService(ctx.db), tasks)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("hai tu")
    dialog.password_edit.setText("abcdef")
    dialog.repeat_edit.setText("abcdef")
    _ok(dialog)
    assert "dấu cách" in dialog.error_label.text()
    dialog.username_edit.setText("ok")
    dialog.password_edit.setText("ab")
    dialog.repeat_edit.setText("ab")
    _ok(dialog)
    assert "ít nhất" in dialog.error_label.text()
    assert not UserService(ctx.db).has_users()
