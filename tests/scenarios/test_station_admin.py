"""Running the station without a terminal, from the window only (issue: accounts, settings,
audit, all in Vietnamese).

An administrator is made on the first-run dialog and signs in; adds an operator, whose
one-time password the window shows once; the operator signs in with it and must choose
a password; five wrong passwords lock the operator out, said in Vietnamese; the admin
moves the quiet hours and the Programmes checks follow; the audit viewer shows all of it.
Every step is a click, a key or a typed text on a widget; the database is only read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, QEvent, QPoint, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QPushButton, QWidget

from console.models.enums import Role
from console.services import audit
from console.services.users import LOCK_AFTER, UserService
from console.station import StationContext
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs import FirstRunDialog
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
                     "Khóa tài khoản vì nhập sai mật khẩu nhiều lần",
                     "Đổi cài đặt: Giờ phát sớm nhất", "Tạo chương trình"):
        assert expected in whats, (expected, whats)
    assert whats.count("Nhập sai mật khẩu") == LOCK_AFTER + 1
    viewer.person_combo.setCurrentIndex(viewer.person_combo.findText("vanhanh"))
    qtbot.waitUntil(lambda: all(who == "vanhanh" or on == "vanhanh"
                                for _w, who, _what, on in _audit_rows(viewer)), timeout=SLOW)
    about_operator = _audit_rows(viewer)
    assert ("quantri", "Tạo tài khoản", "vanhanh") in [r[1:] for r in about_operator]
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
