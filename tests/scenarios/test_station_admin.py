"""Running the station without a terminal, from the window only (accounts, settings,
audit, all in Vietnamese).

An administrator is made on the first-run dialog and signs in; adds an operator, whose
one-time password the window shows once; the operator signs in with it and must choose
a password; five wrong passwords lock the operator out, said in Vietnamese; the admin
moves the quiet hours and the Programmes checks follow; the audit viewer shows all of it.
Then each point on its own: roles, resets, disabling and one's own password; the idle lock
with the emergency banner; the source system's connection check and the broadcast rules
under the Department's locks; the audit viewer's filters and export; F1, the guide and
About; the start at sign-in to Windows. Every step is a click, a key or a typed text on a
widget; a scene (a station, its administrator) may be set before the window opens, and the
database is only read after.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDateTime, QEvent, QPoint, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from console import __version__
from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.permissions import Actor
from console.services.users import LOCK_AFTER, UserService
from console.settings import (
    DAILY_LIMIT_MIN,
    DEFAULT_TARGETS,
    DEFAULT_VOLUME,
    QUIET_END,
    QUIET_START,
    SESSION_LIMIT_MIN,
    SOURCE_URL,
    SOURCE_USER,
    SYNC_INTERVAL_MIN,
    TARGET_LUFS,
)
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs import FirstRunDialog
from console.ui.dialogs.passwords import ChangePasswordDialog
from console.ui.i18n import Translations
from console.ui.main_window import MainWindow
from console.ui.pages.programmes import ProgrammesPage
from console.ui.pages.settings import SettingsPage
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)

ADMIN_PASSWORD = "quan-tri-xa-2026"
OPERATOR_PASSWORD = "van-hanh-rieng-9"
SLOW = 15_000  # password checks are slow on purpose


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def prefs(qapp: QApplication, ctx: StationContext,
          tasks: TaskRunner) -> Iterator[UiPreferences]:
    translations = Translations(qapp)
    preferences = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                                font_scale=1.0)
    preferences.apply_all()
    yield preferences
    translations.uninstall()


def _ok(box: QDialogButtonBox) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _type(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into a line edit key by key (Vietnamese letters as the keyboard's text:
    QTest only knows ASCII keys)."""
    widget.clear()  # type: ignore[attr-defined]
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _sign_in(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.sign_in_panel
    assert window.is_locked
    _type(qtbot, panel.username_edit, username)
    _type(qtbot, panel.password_edit, password)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)


def _settings(qtbot, window: MainWindow, section: str):  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    keys = [s.key for s in page.sections]
    page.section_list.setCurrentRow(keys.index(section))
    shown = page.current_section()
    assert shown.key == section and shown.isVisible()
    return shown


def _idle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def _audit_rows(section) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    table = section.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def test_an_admin_runs_the_station_from_the_window(qtbot, ctx: StationContext,
                                                   tasks: TaskRunner,
                                                   prefs: UiPreferences) -> None:
    # -- first start: the administrator's account -------------------------------------------
    first = FirstRunDialog(UserService(ctx.db), tasks)
    qtbot.addWidget(first)
    first.show()
    _type(qtbot, first.username_edit, "quantri")
    _type(qtbot, first.display_name_edit, "Lê Thị Quản")
    _type(qtbot, first.password_edit, ADMIN_PASSWORD)
    _type(qtbot, first.repeat_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(first.accepted, timeout=SLOW):
        _ok(first.buttons)

    window = MainWindow(ctx, None, tasks=tasks, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.is_locked and window.sign_in_panel.isVisible()
    assert window.status_view.user_label.text() == "Chưa có ai đăng nhập"

    _sign_in(qtbot, window, "quantri", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    assert "Lê Thị Quản" in window.status_view.user_label.text()

    # -- the admin adds an operator; the one-time password is shown once ---------------------
    accounts = _settings(qtbot, window, "accounts")
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 1, timeout=SLOW)
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    add = accounts.dialog
    assert add is not None and add.isVisible() and add.windowTitle() == "Tài khoản mới"
    _type(qtbot, add.username_edit, "vanhanh")
    _type(qtbot, add.display_name_edit, "Phạm Văn Hành")
    add.role_combo.setCurrentIndex(add.role_combo.findText("Vận hành"))
    _ok(add.buttons)
    qtbot.waitUntil(lambda: accounts.dialog is not None
                    and accounts.dialog.objectName() == "oneTimePasswordDialog", timeout=SLOW)
    shown = accounts.dialog
    one_time = shown.password_label.text()
    assert re.fullmatch(r"[a-z2-9]{10}", one_time)
    assert "chỉ hiện lần này" in shown.intro.text()
    assert shown.copy_button.text() == "Sao chép"
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)  # to paste it in a note
    assert QApplication.clipboard().text() == one_time
    assert shown.copy_button.text() == "Đã sao chép"
    _ok(shown.buttons)
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 2, timeout=SLOW)
    states = {accounts.table.item(r, 0).text(): accounts.table.item(r, 3).text()
              for r in range(2)}
    assert states["vanhanh"] == "Phải đặt mật khẩu mới"
    assert UserService(ctx.db).get("vanhanh").role == Role.OPERATOR.value

    # -- the operator signs in with it and must choose a password -----------------------------
    window.sign_out_action.trigger()
    assert window.is_locked and window.sign_in_panel.username_edit.text() == ""
    _sign_in(qtbot, window, "vanhanh", one_time)
    qtbot.waitUntil(lambda: window.sign_in_panel.change_dialog is not None, timeout=SLOW)
    change = window.sign_in_panel.change_dialog
    assert change.heading.text() == "Đặt mật khẩu riêng của bạn"
    assert window.is_locked                      # no page before the new password
    _type(qtbot, change.new_edit, "abc")         # too short: said at once, in Vietnamese
    _type(qtbot, change.repeat_edit, "abc")
    _ok(change.buttons)
    assert "ít nhất" in change.error_label.text()
    _type(qtbot, change.new_edit, OPERATOR_PASSWORD)
    _type(qtbot, change.repeat_edit, OPERATOR_PASSWORD)
    _ok(change.buttons)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    assert "(Vận hành)" in window.status_view.user_label.text()
    operator_settings = window.show_page("settings")
    assert [s.key for s in operator_settings.sections] == ["general", "accounts", "broadcast",
                                                          "zalo"]
    assert not operator_settings.section("accounts").users_box.isVisibleTo(operator_settings)
    assert not UserService(ctx.db).get("vanhanh").must_change_password

    # -- five wrong passwords lock the account; the message says until when -----------------
    window.lock_action.trigger()
    panel = window.sign_in_panel
    assert panel.username_edit.text() == "vanhanh"   # the same person may come back
    assert window.status_view.user_label.text() == "Đã khóa"  # but no name on screen
    for attempt in range(1, LOCK_AFTER + 1):
        _type(qtbot, panel.password_edit, f"sai-mat-khau-{attempt}")
        qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.sign_in_button.isEnabled()
                        and panel.error_label.isVisible(), timeout=SLOW)
        if attempt < LOCK_AFTER:
            assert panel.error_label.text() == \
                "Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại."
    message = panel.error_label.text()
    until = UserService(ctx.db).get("vanhanh").locked_until
    assert until is not None
    assert message.startswith(
        f"Tài khoản vanhanh bị khóa đến {until.astimezone(STATION_TZ):%H:%M} vì nhập sai "
        f"mật khẩu {LOCK_AFTER} lần."), message
    _type(qtbot, panel.password_edit, OPERATOR_PASSWORD)   # even the right one, for now
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.sign_in_button.isEnabled(), timeout=SLOW)
    assert "bị khóa đến" in panel.error_label.text() and window.is_locked

    # -- the admin moves the quiet hours; the Programmes checks follow ------------------------
    _sign_in(qtbot, window, "quantri", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    programmes = window.show_page("programmes")
    assert isinstance(programmes, ProgrammesPage)
    start = dt.datetime.combine(station_now().date() + dt.timedelta(days=2), dt.time(5, 0),
                                STATION_TZ)
    programmes.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(
        int(start.timestamp()), QTimeZone(b"Asia/Ho_Chi_Minh")))
    _type(qtbot, programmes.name_edit, "Bản tin sáng sớm")
    qtbot.mouseClick(programmes.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: programmes.list_table.rowCount() == 1, timeout=SLOW)
    programmes.list_table.selectRow(0)
    # The new programme opened, whichever came first (its own opening or the click): a
    # choice made after the check would clear what the check says.
    qtbot.waitUntil(lambda: programmes.controller.row is not None
                    and programmes.controller.row.name == "Bản tin sáng sớm", timeout=SLOW)
    _idle(qtbot, tasks)
    qtbot.mouseClick(programmes.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "giờ yên tĩnh" in programmes.problems_label.text(), timeout=SLOW)
    assert "05:30" in programmes.problems_label.text()

    rules = _settings(qtbot, window, "broadcast")
    qtbot.waitUntil(lambda: rules.quiet_start.time() == QTime(5, 30), timeout=SLOW)
    rules.quiet_start.setFocus()
    rules.quiet_start.setTime(QTime(4, 45))
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rules.message_label.text().startswith("Đã lưu"), timeout=SLOW)

    window.show_page("programmes")
    programmes.list_table.selectRow(0)
    programmes.problems_label.clear()
    qtbot.mouseClick(programmes.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: programmes.problems_label.text() != "", timeout=SLOW)
    assert "giờ yên tĩnh" not in programmes.problems_label.text()
    assert "chưa có nội dung" in programmes.problems_label.text()  # only the empty programme

    # -- the audit viewer shows all of it ------------------------------------------------------
    viewer = _settings(qtbot, window, "audit")
    qtbot.waitUntil(lambda: viewer.table.rowCount() > 0, timeout=SLOW)
    rows = _audit_rows(viewer)
    whats = [what for _when, _who, what, _on in rows]
    for expected in ("Tạo tài khoản", "Đăng nhập", "Đổi mật khẩu", "Nhập sai mật khẩu",
                     "Khóa tài khoản vì nhập sai mật khẩu nhiều lần", "Đổi cài đặt",
                     "Tạo chương trình"):
        assert expected in whats, (expected, whats)
    assert ("Đổi cài đặt", "Giờ phát sớm nhất") in [(w, on) for _t, _p, w, on in rows]
    assert whats.count("Nhập sai mật khẩu") == LOCK_AFTER + 1
    viewer.person_combo.setCurrentIndex(viewer.person_combo.findText("vanhanh"))
    # The account acted on, with its person's name.
    qtbot.waitUntil(lambda: all(who == "vanhanh" or on == "vanhanh (Phạm Văn Hành)"
                                for _w, who, _what, on in _audit_rows(viewer)), timeout=SLOW)
    about_operator = _audit_rows(viewer)
    assert ("quantri", "Tạo tài khoản", "vanhanh (Phạm Văn Hành)") in [
        r[1:] for r in about_operator]
    assert viewer.count_label.text().endswith(f"trên {len(about_operator)} mục")
    in_database = audit.query(ctx.db, window.actor, audit.AuditFilter(person="vanhanh"))
    assert len(in_database) == len(about_operator)

    # No English on the buttons on screen (every page and dialog: tests/ui/test_ui_english.py).
    texts = [w.text() for w in window.findChildren(QPushButton) if w.isVisible()]
    assert texts and not [t for t in texts
                          if re.search(r"\b(Save|Cancel|Sign|Add|Check|Export)\b", t)]
    window.close()
    _idle(qtbot, tasks)


def _tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """A click on the box itself (its middle may be past the end of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_admin_sets_the_console_to_start_at_sign_in(qtbot, ctx: StationContext,
                                                        tasks: TaskRunner, prefs: UiPreferences,
                                                        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Tự khởi động khi đăng nhập, in General: ticked, the sign-in entry is written (on Linux
    the XDG autostart entry), minimised or not; unticked, it is gone."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "commune-console.desktop"
    UserService(ctx.db).create_first_admin("quantri", ADMIN_PASSWORD, "Lê Thị Quản")
    window = MainWindow(ctx, None, tasks=tasks, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _sign_in(qtbot, window, "quantri", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)

    general = _settings(qtbot, window, "general")
    check, minimized = general.autostart_check, general.minimized_check
    qtbot.waitUntil(check.isEnabled, timeout=SLOW)
    assert check.text() == "Tự khởi động khi đăng nhập" and not check.isChecked()
    assert not minimized.isEnabled() and not entry.exists()

    _tick(qtbot, check)
    qtbot.waitUntil(lambda: entry.is_file() and minimized.isEnabled(), timeout=SLOW)
    exec_line = next(line for line in entry.read_text("utf-8").splitlines()
                     if line.startswith("Exec="))
    assert exec_line.endswith(" -m console --minimized"), exec_line
    assert general.start_message.text().startswith("Đã lưu")

    _tick(qtbot, minimized)   # open the window at sign-in
    qtbot.waitUntil(lambda: "--minimized" not in entry.read_text("utf-8"), timeout=SLOW)
    _idle(qtbot, tasks)
    assert check.isChecked() and not minimized.isChecked()

    _tick(qtbot, check)
    qtbot.waitUntil(lambda: not entry.exists(), timeout=SLOW)
    _idle(qtbot, tasks)
    assert not check.isChecked() and not minimized.isEnabled()
    window.close()
    _idle(qtbot, tasks)


# -- the rest of the administration, each point from the window ---------------------------------

def _click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _set_number(qtbot, spin: QWidget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the spin box holds and type the new number."""
    spin.setFocus()
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, value)


def _signed_in_window(qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences,  # type: ignore[no-untyped-def]
                      username: str = "quantri", password: str = ADMIN_PASSWORD) -> MainWindow:
    if not UserService(ctx.db).has_users():   # the scene: a station with its administrator
        UserService(ctx.db).create_first_admin("quantri", ADMIN_PASSWORD, "Lê Thị Quản")
    window = MainWindow(ctx, None, tasks=tasks, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _sign_in(qtbot, window, username, password)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    return window


def _button(box: QWidget, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _states(accounts) -> dict[str, str]:  # type: ignore[no-untyped-def]
    table = accounts.table
    return {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())
            if table.item(r, 0) is not None and table.item(r, 3) is not None}


def test_an_admin_resets_disables_enables_and_changes_roles(
        qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences) -> None:
    """Point 1: role, reset (a one-time password), disable and enable, never one's own; the
    idle lock's minutes; everyone's own password from the Tài khoản menu and from Cài đặt ›
    Tài khoản (a wrong current password said as such)."""
    UserService(ctx.db).create_first_admin("quantri", ADMIN_PASSWORD, "Lê Thị Quản")
    window = _signed_in_window(qtbot, ctx, tasks, prefs)
    accounts = _settings(qtbot, window, "accounts")
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 1, timeout=SLOW)
    _click(qtbot, accounts.add_button)
    add = accounts.dialog
    _type(qtbot, add.username_edit, "bientap")
    add.role_combo.setCurrentIndex(add.role_combo.findText("Biên tập"))
    _ok(add.buttons)
    qtbot.waitUntil(lambda: accounts.dialog is not None
                    and accounts.dialog.objectName() == "oneTimePasswordDialog", timeout=SLOW)
    _ok(accounts.dialog.buttons)
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 2, timeout=SLOW)

    accounts.select("bientap")
    _click(qtbot, accounts.role_button)
    role = accounts.dialog
    role.role_combo.setCurrentIndex(role.role_combo.findText("Lãnh đạo duyệt"))
    _ok(role.buttons)
    qtbot.waitUntil(lambda: UserService(ctx.db).get("bientap").role == "approver",
                    timeout=SLOW)

    _idle(qtbot, tasks)
    accounts.select("bientap")
    _click(qtbot, accounts.reset_button)
    confirm = accounts.dialog
    assert "bientap" in confirm.text()
    _click(qtbot, _button(confirm, "Đặt lại mật khẩu"))
    qtbot.waitUntil(lambda: accounts.dialog is not None
                    and accounts.dialog.objectName() == "oneTimePasswordDialog", timeout=SLOW)
    one_time = accounts.dialog.password_label.text()
    _ok(accounts.dialog.buttons)
    _idle(qtbot, tasks)
    assert _states(accounts)["bientap"] == "Phải đặt mật khẩu mới"

    accounts.select("bientap")
    assert accounts.active_button.text() == "Vô hiệu hóa…"
    _click(qtbot, accounts.active_button)
    _click(qtbot, _button(accounts.dialog, "Vô hiệu hóa"))
    qtbot.waitUntil(lambda: _states(accounts).get("bientap") == "Đã vô hiệu hóa",
                    timeout=SLOW)
    accounts.select("bientap")
    assert accounts.active_button.text() == "Cho dùng lại"
    _click(qtbot, accounts.active_button)
    qtbot.waitUntil(lambda: _states(accounts).get("bientap") == "Phải đặt mật khẩu mới",
                    timeout=SLOW)

    accounts.select("quantri")   # one's own account: refused, in Vietnamese
    _click(qtbot, accounts.active_button)
    _click(qtbot, _button(accounts.dialog, "Vô hiệu hóa"))
    qtbot.waitUntil(lambda: "tự vô hiệu hóa" in accounts.message_label.text(), timeout=SLOW)

    _set_number(qtbot, accounts.idle_spin, "10")
    _click(qtbot, accounts.idle_save_button)
    qtbot.waitUntil(lambda: window.idle.minutes == 10, timeout=SLOW)

    # The reset account signs in with its one-time password and must choose its own.
    window.sign_out_action.trigger()
    _sign_in(qtbot, window, "bientap", one_time)
    qtbot.waitUntil(lambda: window.sign_in_panel.change_dialog is not None, timeout=SLOW)
    change = window.sign_in_panel.change_dialog
    _type(qtbot, change.new_edit, "bientap")             # the user name: refused
    _type(qtbot, change.repeat_edit, "bientap")
    _ok(change.buttons)
    assert change.error_label.text() == "Mật khẩu không được trùng với tên đăng nhập."
    _type(qtbot, change.new_edit, "bien-tap-rieng-7")
    _type(qtbot, change.repeat_edit, "bien-tap-rieng-7")
    _ok(change.buttons)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    assert "(Lãnh đạo duyệt)" in window.status_view.user_label.text()

    # Anyone changes their own password from the Tài khoản menu.
    window.password_action.trigger()
    dialog = window.dialog
    _type(qtbot, dialog.old_edit, "bien-tap-rieng-7")
    _type(qtbot, dialog.new_edit, "mat-khau-moi-88")
    _type(qtbot, dialog.repeat_edit, "mat-khau-moi-88")
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        _ok(dialog.buttons)
    # And from Cài đặt › Tài khoản: a wrong current password is refused, then the right one.
    own = _settings(qtbot, window, "accounts")
    _click(qtbot, own.own_password_button)
    qtbot.waitUntil(lambda: isinstance(own.dialog, ChangePasswordDialog)
                    and own.dialog.isVisible(), timeout=SLOW)
    dialog = own.dialog
    assert dialog.heading.text() == "Đổi mật khẩu của bientap"
    _type(qtbot, dialog.old_edit, "bien-tap-rieng-7")   # the one before: no longer
    _type(qtbot, dialog.new_edit, "mat-khau-thu-ba-3")
    _type(qtbot, dialog.repeat_edit, "mat-khau-thu-ba-3")
    _ok(dialog.buttons)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=SLOW)
    assert dialog.error_label.text() == "Mật khẩu hiện tại không đúng."
    _type(qtbot, dialog.old_edit, "mat-khau-moi-88")
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        _ok(dialog.buttons)
    qtbot.waitUntil(lambda: own.message_label.text() == "Đã đổi mật khẩu của bạn.", timeout=SLOW)
    window.sign_out_action.trigger()
    _sign_in(qtbot, window, "bientap", "mat-khau-thu-ba-3")
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    viewer = _settings(qtbot, window, "audit")          # an approver reads the audit log
    qtbot.waitUntil(lambda: viewer.table.rowCount() > 0, timeout=SLOW)
    whats = {viewer.table.item(r, 2).text() for r in range(viewer.table.rowCount())}
    assert {"Tạo tài khoản", "Đổi vai trò", "Đặt lại mật khẩu (mật khẩu dùng một lần)",
            "Vô hiệu hóa tài khoản",
            "Cho dùng lại tài khoản", "Đổi mật khẩu"} <= whats, whats
    window.close()
    _idle(qtbot, tasks)


def test_the_idle_lock_keeps_the_emergency_banner(qtbot, ctx: StationContext,
                                                  tasks: TaskRunner,
                                                  prefs: UiPreferences) -> None:
    """Point 1: idle for its minutes, the window locks; the emergency banner still shows and
    leads to the emergency page once someone signs in."""
    window = _signed_in_window(qtbot, ctx, tasks, prefs)
    window.show_page("programmes")
    assert "Lê Thị Quản" in window.status_view.user_label.text()
    qtbot.waitUntil(lambda: window.idle.active, timeout=SLOW)
    assert window.idle.minutes == 30           # the default
    window.idle.set_interval_ms(150)           # 30 minutes are 150 ms in this test
    qtbot.waitUntil(lambda: window.is_locked, timeout=SLOW)
    panel = window.sign_in_panel
    assert panel.reason_label.text().startswith("Bảng điều khiển đã tự khóa")
    # Nobody is at the console: the status bar names no one until someone signs in.
    assert window.status_view.user_label.text() == "Đã khóa"
    assert not window.nav.isVisible()
    window.emergency_banner.announce([("tin-khan-1", "Cảnh báo lũ quét")])  # the live link's
    assert window.emergency_banner.isVisible()
    _click(qtbot, window.emergency_banner.act_button)
    assert panel.reason_label.text() == "Hãy đăng nhập để phát tin khẩn cấp."
    _type(qtbot, panel.password_edit, ADMIN_PASSWORD)
    _click(qtbot, panel.sign_in_button)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    assert window.current_page().key == "emergency"
    assert "Lê Thị Quản" in window.status_view.user_label.text()
    window.close()
    _idle(qtbot, tasks)


@pytest.fixture(scope="module")
def sim() -> Iterator[SourceSimulator]:
    server = SourceSimulator(SimulatorConfig(items=2, seed=5, edge_cases=False)).start()
    yield server
    server.stop()


def test_source_system_and_broadcast_rules_under_the_departments_locks(
        qtbot, data_dir: Path, tasks: TaskRunner, qapp, sim: SourceSimulator) -> None:  # type: ignore[no-untyped-def]
    """Points 2 and 3: the connection check in plain Vietnamese, the account, the sync
    interval, the Department's presets with the locked ones marked; every broadcast rule
    edited and audited, the locked one left as the Department set it."""
    (data_dir / "department.json").write_text(json.dumps({
        "department": "Sở VHTTDL tỉnh Gia Lai",
        "settings": {"broadcast.quiet_start_evening": "20:30", "broadcast.session_limit_min": 30,
                     "audio.target_lufs": -18.0},
        "locked": ["broadcast.quiet_start_evening"]}, ensure_ascii=False), encoding="utf-8")
    ctx = open_station(data_dir)
    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.apply_all()
    try:
        window = _signed_in_window(qtbot, ctx, tasks, prefs)
        source = _settings(qtbot, window, "source")
        _type(qtbot, source.server_edit, sim.url)
        _type(qtbot, source.user_edit, "demo")
        _type(qtbot, source.password_edit, "sai-mat-khau")
        _click(qtbot, source.check_button)
        qtbot.waitUntil(lambda: "không chấp nhận" in source.result_label.text(), timeout=SLOW)
        assert "gõ lại mật khẩu" in source.result_label.text()
        _type(qtbot, source.server_edit, "nguon.gov.vn")
        _click(qtbot, source.check_button)
        qtbot.waitUntil(lambda: "không phải địa chỉ trang web" in source.result_label.text(),
                        timeout=SLOW)
        _type(qtbot, source.server_edit, "http://127.0.0.1:9/api/v1")   # nothing listens
        _click(qtbot, source.check_button)
        qtbot.waitUntil(lambda: source.result_label.text().startswith(
            "Không có máy chủ nào trả lời ở địa chỉ này"), timeout=SLOW)
        _type(qtbot, source.server_edit, sim.url)
        _type(qtbot, source.password_edit, "demo")
        _click(qtbot, source.check_button)
        qtbot.waitUntil(lambda: source.result_label.text().startswith("Kết nối tốt"),
                        timeout=SLOW)
        assert ctx.settings.get(SOURCE_URL) == ""            # a check stores nothing
        _click(qtbot, source.save_button)
        qtbot.waitUntil(lambda: source.result_label.text().startswith("Đã đăng nhập"),
                        timeout=SLOW)
        assert ctx.settings.get(SOURCE_USER) == "demo"
        _set_number(qtbot, source.interval_spin, "12")
        _click(qtbot, source.interval_save)
        qtbot.waitUntil(lambda: source.interval_message.text() == "Đã lưu.", timeout=SLOW)
        assert ctx.settings.get(SYNC_INTERVAL_MIN) == 12
        hows = {source.preset_table.item(r, 0).text(): source.preset_table.item(r, 2).text()
                for r in range(source.preset_table.rowCount())}
        assert hows["Giờ phát muộn nhất"] == "🔒 khóa"
        assert hows["Chương trình dài nhất"] == "gợi ý"

        rules = _settings(qtbot, window, "broadcast")
        _idle(qtbot, tasks)
        assert not rules.quiet_end.isEnabled() and rules.quiet_start.isEnabled()
        assert rules.quiet_captions[1].text().startswith("🔒")
        assert "Sở VHTTDL tỉnh Gia Lai" in rules.lock_label.text()
        rules.quiet_start.setTime(QTime(6, 0))
        _set_number(qtbot, rules.session_spin, "25")
        _set_number(qtbot, rules.daily_spin, "120")
        _set_number(qtbot, rules.volume_spin, "6")
        _set_number(qtbot, rules.lufs_spin, "-17,5")
        rules.targets_combo.setCurrentIndex(1)
        _type(qtbot, rules.targets_edit, "village:Thôn Đông")
        _click(qtbot, rules.save_button)
        qtbot.waitUntil(lambda: rules.message_label.text().startswith("Đã lưu"), timeout=SLOW)
        assert ctx.settings.get(QUIET_START) == "06:00"
        assert ctx.settings.get(QUIET_END) == "20:30"     # the Department's, untouched
        assert (ctx.settings.get(SESSION_LIMIT_MIN), ctx.settings.get(DAILY_LIMIT_MIN),
                ctx.settings.get(DEFAULT_VOLUME), ctx.settings.get(TARGET_LUFS),
                ctx.settings.get(DEFAULT_TARGETS)) == (25, 120, 6, -17.5, "village:Thôn Đông")

        viewer = _settings(qtbot, window, "audit")
        qtbot.waitUntil(lambda: viewer.table.rowCount() > 0, timeout=SLOW)
        changed = {(viewer.table.item(r, 2).text(), viewer.table.item(r, 3).text())
                   for r in range(viewer.table.rowCount())}
        for name in ("Giờ phát sớm nhất", "Chương trình dài nhất", "Thời lượng tối đa mỗi ngày",
                     "Âm lượng mặc định", "Độ to chuẩn", "Nơi phát mặc định", "Chu kỳ đồng bộ"):
            assert ("Đổi cài đặt", name) in changed, (name, changed)
        window.close()
        _idle(qtbot, tasks)
    finally:
        translations.uninstall()
        ctx.close()


def test_the_audit_viewer_filters_and_exports(qtbot, ctx: StationContext, tasks: TaskRunner,
                                              prefs: UiPreferences, tmp_path: Path) -> None:
    """Point 4: who, what, when, on which object; by person, kind and dates; to XLSX; the
    table cannot be edited."""
    UserService(ctx.db).create_first_admin("quantri", ADMIN_PASSWORD, "Lê Thị Quản")
    UserService(ctx.db).add_user(Actor("quantri", Role.ADMIN), "vanhanh", Role.OPERATOR,
                                 OPERATOR_PASSWORD)          # the scene
    window = MainWindow(ctx, None, tasks=tasks, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for _attempt in range(2):                                  # two wrong passwords
        _sign_in(qtbot, window, "vanhanh", "sai-mat-khau")
        qtbot.waitUntil(lambda: window.sign_in_panel.error_label.isVisible()
                        and window.sign_in_panel.sign_in_button.isEnabled(), timeout=SLOW)
    _sign_in(qtbot, window, "quantri", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    viewer = _settings(qtbot, window, "audit")
    qtbot.waitUntil(lambda: viewer.table.rowCount() >= 4, timeout=SLOW)
    assert viewer.table.editTriggers() == viewer.table.EditTrigger.NoEditTriggers
    viewer.kind_combo.setCurrentIndex(viewer.kind_combo.findText("Tài khoản và đăng nhập"))
    viewer.person_combo.setCurrentIndex(viewer.person_combo.findText("vanhanh"))
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 3, timeout=SLOW)
    assert [viewer.table.item(r, 2).text() for r in range(3)] == [
        "Nhập sai mật khẩu", "Nhập sai mật khẩu", "Tạo tài khoản"]
    assert viewer.table.item(2, 4).text() == "vai trò: Vận hành"
    _tick(qtbot, viewer.dates_check)
    _idle(qtbot, tasks)
    assert viewer.table.rowCount() == 3   # all of today, inside the last 30 days

    _click(qtbot, viewer.export_button)
    dialog = viewer.dialog
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "nhat-ky.xlsx"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "Đã lưu 3 mục" in viewer.message_label.text(), timeout=SLOW)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[1][2] == "Nhập sai mật khẩu"
    window.close()
    _idle(qtbot, tasks)


def test_f1_the_help_menu_and_about(qtbot, ctx: StationContext, tasks: TaskRunner,
                                    prefs: UiPreferences) -> None:
    """Points 6 and 7: F1 opens the Vietnamese guide at the page on screen (or the settings
    section); Trợ giúp › Hướng dẫn sử dụng opens it too; Giới thiệu shows the version, the
    MIT licence and the third-party licences."""
    window = _signed_in_window(qtbot, ctx, tasks, prefs)
    expected = {"today": "day", "programmes": "week", "emergency": "emergency",
                "devices": "devices", "reports": "reports", "plan": "plan", "outbox": "sync"}
    for page, topic in expected.items():
        window.show_page(page)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert window.help_window is not None and window.help_window.topic == topic, page
    _settings(qtbot, window, "accounts")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide.topic == "accounts"
    assert guide.browser.toPlainText().startswith("Tài khoản và đăng nhập")
    guide.topics.setCurrentRow(guide.topics.count() - 1)
    assert guide.topic == "errors" and "bị khóa đến" in guide.browser.toPlainText()
    guide.close()

    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["Trợ giúp"]
    items = {a.text(): a for a in help_menu.actions()}
    items["Hướng dẫn sử dụng"].trigger()
    assert window.help_window.isVisible()
    items["Giới thiệu"].trigger()
    about = window.dialog
    assert about.version_label.text() == f"Phiên bản {__version__}"
    assert about.licence_text.toPlainText().startswith("MIT License")
    assert "LGPL" in about.notices.toPlainText()
    assert about.text_picker.count() > 5 and about.full_text.toPlainText()
    window.close()
    _idle(qtbot, tasks)
