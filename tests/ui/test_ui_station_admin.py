"""The window's own administration: the Settings sections, the idle lock, the guide.

Each section is driven through its widgets; outcomes are read from the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from console import __version__
from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.permissions import Actor
from console.services.users import UserService
from console.settings import (
    QUIET_END,
    QUIET_START,
    SESSION_LIMIT_MIN,
    SOURCE_URL,
    SOURCE_USER,
    SYNC_INTERVAL_MIN,
)
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.ui.main_window import MainWindow
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)
SLOW = 15_000
ADMIN = Actor("quantri", Role.ADMIN, "Quản trị")


@pytest.fixture(scope="module")
def sim() -> Iterator[SourceSimulator]:
    server = SourceSimulator(SimulatorConfig(items=2, seed=5, edge_cases=False)).start()
    yield server
    server.stop()


def _window(qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences,  # type: ignore[no-untyped-def]
            actor: Actor | None = ADMIN) -> MainWindow:
    if not UserService(ctx.db).has_users():
        UserService(ctx.db).create_first_admin("quantri", "quan-tri-2026", "Quản trị")
    window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _section(qtbot, window: MainWindow, tasks: TaskRunner, key: str):  # type: ignore[no-untyped-def]
    section = window.show_page("settings").show_section(key)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
    return section


def _states(accounts) -> dict[str, str]:  # type: ignore[no-untyped-def]
    table = accounts.table
    return {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())
            if table.item(r, 0) is not None and table.item(r, 3) is not None}


def _ok(box: QDialogButtonBox) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_source_section_checks_the_connection_in_plain_words(
        qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences,
        sim: SourceSimulator) -> None:
    window = _window(qtbot, ctx, tasks, prefs)
    source = _section(qtbot, window, tasks, "source")
    source.server_edit.setText(sim.url)
    source.user_edit.setText("demo")
    source.password_edit.setText("sai-mat-khau")
    source.check_button.click()
    qtbot.waitUntil(lambda: "không chấp nhận" in source.result_label.text(), timeout=SLOW)
    assert "gõ lại mật khẩu" in source.result_label.text()
    source.server_edit.setText("nguon.gov.vn")
    source.check_button.click()
    qtbot.waitUntil(lambda: "không phải địa chỉ trang web" in source.result_label.text(),
                    timeout=SLOW)
    source.server_edit.setText(sim.url)
    source.password_edit.setText("demo")
    source.check_button.click()
    qtbot.waitUntil(lambda: source.result_label.text().startswith("Kết nối tốt"), timeout=SLOW)
    assert ctx.settings.get(SOURCE_URL) == ""            # a check stores nothing
    source.save_button.click()
    qtbot.waitUntil(lambda: source.result_label.text().startswith("Đã đăng nhập"),
                    timeout=SLOW)
    assert ctx.settings.get(SOURCE_USER) == "demo"
    assert audit.recent(ctx.db, action="source.account")[0].actor == "quantri"
    source.interval_spin.setValue(12)
    source.interval_save.click()
    qtbot.waitUntil(lambda: source.interval_message.text() == "Đã lưu.", timeout=SLOW)
    assert ctx.settings.get(SYNC_INTERVAL_MIN) == 12
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def test_department_locks_show_as_locked_and_presets_are_listed(
        qtbot, data_dir: Path, tasks: TaskRunner, qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "department.json").write_text(json.dumps({
        "department": "Sở VHTTDL tỉnh Gia Lai",
        "settings": {"broadcast.quiet_start_evening": "20:30", "source.server_url":
                     "https://nguon.gialai.gov.vn/api/v1", "broadcast.session_limit_min": 30},
        "locked": ["broadcast.quiet_start_evening", "source.server_url"]},
        ensure_ascii=False), encoding="utf-8")
    ctx = open_station(data_dir)
    from console.ui.i18n import Translations

    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.apply_all()
    try:
        window = _window(qtbot, ctx, tasks, prefs)
        rules = _section(qtbot, window, tasks, "broadcast")
        assert not rules.quiet_end.isEnabled() and rules.quiet_start.isEnabled()
        assert rules.quiet_captions[1].text().startswith("🔒")
        assert "Sở VHTTDL tỉnh Gia Lai" in rules.lock_label.text()
        rules.session_spin.setValue(25)
        rules.quiet_start.setTime(QTime(6, 0))
        rules.save_button.click()
        qtbot.waitUntil(lambda: rules.message_label.text().startswith("Đã lưu"), timeout=SLOW)
        assert ctx.settings.get(SESSION_LIMIT_MIN) == 25
        assert ctx.settings.get(QUIET_START) == "06:00"
        assert ctx.settings.get(QUIET_END) == "20:30"     # the Department's, untouched
        source = _section(qtbot, window, tasks, "source")
        assert not source.server_edit.isEnabled()
        assert source.server_edit.text() == "https://nguon.gialai.gov.vn/api/v1"
        assert source.preset_table.rowCount() == 3
        hows = {source.preset_table.item(r, 0).text(): source.preset_table.item(r, 2).text()
                for r in range(3)}
        assert hows["Giờ phát muộn nhất"] == "🔒 khóa"
        assert hows["Chương trình dài nhất"] == "gợi ý"
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
    finally:
        translations.uninstall()
        ctx.close()


def test_an_admin_resets_disables_and_changes_roles_through_dialogs(
        qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences) -> None:
    window = _window(qtbot, ctx, tasks, prefs)
    UserService(ctx.db).add_user(ADMIN, "bientap", Role.EDITOR, "bien-tap-vien")
    accounts = _section(qtbot, window, tasks, "accounts")
    qtbot.waitUntil(lambda: accounts.table.rowCount() == 2, timeout=SLOW)
    accounts.select("bientap")

    accounts.role_button.click()
    role = accounts.dialog
    role.role_combo.setCurrentIndex(role.role_combo.findText("Lãnh đạo duyệt"))
    _ok(role.buttons)
    qtbot.waitUntil(lambda: UserService(ctx.db).get("bientap").role == "approver",
                    timeout=SLOW)

    qtbot.waitUntil(lambda: accounts.table.rowCount() == 2, timeout=SLOW)
    accounts.select("bientap")
    accounts.reset_button.click()
    confirm = accounts.dialog
    assert isinstance(confirm, QMessageBox) and "bientap" in confirm.text()
    next(b for b in confirm.buttons() if b.text() == "Đặt lại mật khẩu").click()
    qtbot.waitUntil(lambda: accounts.dialog is not None
                    and accounts.dialog.objectName() == "oneTimePasswordDialog", timeout=SLOW)
    one_time = accounts.dialog.password
    assert UserService(ctx.db).sign_in("bientap", one_time).must_change_password
    _ok(accounts.dialog.buttons)

    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
    accounts.select("bientap")
    assert accounts.active_button.text() == "Vô hiệu hóa…"
    accounts.active_button.click()
    next(b for b in accounts.dialog.buttons() if b.text() == "Vô hiệu hóa").click()
    qtbot.waitUntil(lambda: not UserService(ctx.db).get("bientap").active, timeout=SLOW)
    qtbot.waitUntil(lambda: _states(accounts).get("bientap") == "Đã vô hiệu hóa",
                    timeout=SLOW)
    accounts.select("bientap")
    assert accounts.active_button.text() == "Cho dùng lại"
    accounts.active_button.click()
    qtbot.waitUntil(lambda: UserService(ctx.db).get("bientap").active, timeout=SLOW)

    accounts.select("quantri")   # one's own account: refused, in Vietnamese
    accounts.active_button.click()
    next(b for b in accounts.dialog.buttons() if b.text() == "Vô hiệu hóa").click()
    qtbot.waitUntil(lambda: "tự vô hiệu hóa" in accounts.message_label.text(), timeout=SLOW)

    accounts.idle_spin.setValue(10)
    accounts.idle_save_button.click()
    qtbot.waitUntil(lambda: window.idle.minutes == 10, timeout=SLOW)
    actions = {r.action for r in audit.recent(ctx.db, limit=100)}
    assert {"user.role", "user.password_reset", "user.disable", "user.enable",
            "settings.change"} <= actions
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def test_everyone_changes_their_own_password(qtbot, ctx: StationContext, tasks: TaskRunner,
                                             prefs: UiPreferences) -> None:
    UserService(ctx.db).create_first_admin("quantri", "quan-tri-2026")
    UserService(ctx.db).add_user(ADMIN, "nguoixem1", Role.VIEWER, "chi-xem-thoi")
    window = _window(qtbot, ctx, tasks, prefs, Actor("nguoixem1", Role.VIEWER))
    settings = window.show_page("settings")
    assert [s.key for s in settings.sections] == ["general", "accounts", "broadcast",
                                                 "zalo"]
    rules = settings.show_section("broadcast")
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
    assert not rules.save_button.isVisibleTo(rules) and not rules.quiet_start.isEnabled()
    window.password_action.trigger()
    dialog = window.dialog
    dialog.old_edit.setText("chi-xem-thoi")
    dialog.new_edit.setText("NguoiXem1")
    dialog.repeat_edit.setText("NguoiXem1")
    _ok(dialog.buttons)
    assert dialog.error_label.text() == "Mật khẩu không được trùng với tên đăng nhập."
    dialog.new_edit.setText("mat-khau-cua-xem")
    dialog.repeat_edit.setText("mat-khau-cua-xem")
    with qtbot.waitSignal(dialog.accepted, timeout=SLOW):
        _ok(dialog.buttons)
    assert UserService(ctx.db).authenticate("nguoixem1", "mat-khau-cua-xem").role is Role.VIEWER
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def test_audit_viewer_filters_and_exports(qtbot, ctx: StationContext, tasks: TaskRunner,
                                          prefs: UiPreferences, tmp_path: Path) -> None:
    window = _window(qtbot, ctx, tasks, prefs)
    users = UserService(ctx.db)
    users.add_user(ADMIN, "vanhanh", Role.OPERATOR, "van-hanh-123")
    for _ in range(2):
        with pytest.raises(Exception, match="wrong"):
            users.sign_in("vanhanh", "sai")
    viewer = _section(qtbot, window, tasks, "audit")
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 4, timeout=SLOW)
    viewer.kind_combo.setCurrentIndex(viewer.kind_combo.findText("Tài khoản và đăng nhập"))
    viewer.person_combo.setCurrentIndex(viewer.person_combo.findText("vanhanh"))
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 3, timeout=SLOW)
    assert [viewer.table.item(r, 2).text() for r in range(3)] == [
        "Nhập sai mật khẩu", "Nhập sai mật khẩu", "Tạo tài khoản"]
    assert viewer.table.item(2, 4).text() == "vai trò: Vận hành"
    viewer.dates_check.setChecked(True)
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
    assert viewer.table.rowCount() == 3   # all of today, inside the last 30 days

    viewer.export_button.click()
    dialog = viewer.dialog
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "nhat-ky.xlsx"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "Đã lưu 3 mục" in viewer.message_label.text(), timeout=SLOW)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[1][2] == "Nhập sai mật khẩu"
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def test_idle_lock_keeps_the_emergency_banner(qtbot, ctx: StationContext, tasks: TaskRunner,
                                              prefs: UiPreferences) -> None:
    window = _window(qtbot, ctx, tasks, prefs)
    window.show_page("programmes")
    qtbot.waitUntil(lambda: window.idle.active, timeout=SLOW)
    assert window.idle.minutes == 30           # the default
    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.is_locked, timeout=SLOW)
    panel = window.sign_in_panel
    assert panel.reason_label.text().startswith("Bảng điều khiển đã tự khóa")
    assert panel.username_edit.text() == "quantri"
    assert not window.nav.isVisible()

    window.emergency_banner.announce([("tin-khan-1", "Cảnh báo lũ quét")])
    assert window.emergency_banner.isVisible()
    window.emergency_banner.act_button.click()
    assert panel.reason_label.text() == "Hãy đăng nhập để phát tin khẩn cấp."
    panel.password_edit.setText("quan-tri-2026")
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=SLOW)
    assert window.current_page().key == "emergency"   # where the banner was sending us
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)


def test_f1_opens_the_guide_at_the_page_and_about_names_the_licences(
        qtbot, ctx: StationContext, tasks: TaskRunner, prefs: UiPreferences) -> None:
    window = _window(qtbot, ctx, tasks, prefs)
    expected = {"today": "day", "programmes": "week", "emergency": "emergency",
                "devices": "devices", "reports": "reports", "outbox": "sync"}
    for page, topic in expected.items():
        window.show_page(page)
        window.help_action.trigger()
        assert window.help_window is not None and window.help_window.topic == topic
    _section(qtbot, window, tasks, "accounts")
    window.help_action.trigger()
    guide = window.help_window
    assert guide.topic == "accounts"
    assert guide.browser.toPlainText().startswith("Tài khoản và đăng nhập")
    assert guide.topics.currentItem().text() == "Tài khoản và đăng nhập"
    guide.topics.setCurrentRow(guide.topics.count() - 1)
    assert guide.topic == "errors" and "bị khóa đến" in guide.browser.toPlainText()

    window.about_action.trigger()
    about = window.dialog
    assert about.version_label.text() == f"Phiên bản {__version__}"
    assert about.licence_text.toPlainText().startswith("MIT License")
    assert "LGPL" in about.notices.toPlainText()
    assert about.text_picker.count() > 5 and about.full_text.toPlainText()
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=SLOW)
