"""The Zalo box of Settings, in Vietnamese: connected with its figures, and a refused
refresh token explained in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from console.models.enums import Role
from console.services.permissions import Actor
from console.ui.i18n import Translations
from console.ui.settings_zalo import ZaloSettingsBox
from console.ui.tasks import TaskRunner
from console.zalo import state
from console.zalo.worker import ZaloWorker

from .conftest import wait_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       extend=True)


@pytest.fixture
def box(qtbot, qapp, ctx):  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install("vi")
    tasks = TaskRunner()
    widget = ZaloSettingsBox(ctx, Actor("admin", Role.ADMIN, "Quản trị viên"), tasks)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
    tasks.shutdown()
    translations.uninstall()


def test_connect_from_the_box_and_a_refused_token(qtbot, box, ctx, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    for edit, text in ((box.server_edit, zalo_sim.url), (box.app_edit, zalo_sim.config.app_id),
                       (box.secret_edit, zalo_sim.config.secret_key),
                       (box.token_edit, zalo_sim.first_refresh_token)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.state_label.text()
                    == "Đã kết nối với Đài truyền thanh xã Phú Lộc", timeout=10_000)
    assert box.figures_label.text().startswith("1.240 người theo dõi (đọc lúc ")
    assert box.token_edit.text() == "" and box.secret_edit.text() == ""
    assert not box.problem_label.isVisible()

    zalo_sim.revoke_refresh_tokens()
    state.update(ctx.db, expires_at=0.0)  # a day later: the worker renews, and is refused
    worker = ZaloWorker(ctx, idle_s=0.05).start()
    try:
        wait_for(lambda: state.read(ctx.db).problem == state.PROBLEM_REVOKED)
    finally:
        worker.stop()
    box.refresh()
    qtbot.waitUntil(box.problem_label.isVisible, timeout=5000)
    assert box.problem_label.text().startswith(
        "Zalo không còn nhận mã làm mới (refresh token) của đài")
    assert zalo_sim.stats.refresh_refused == 1

    box.token_edit.clear()
    qtbot.keyClicks(box.token_edit, zalo_sim.new_refresh_token())
    qtbot.keyClicks(box.secret_edit, zalo_sim.config.secret_key)
    qtbot.keyClick(box.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.problem_label.isVisible(), timeout=10_000)
    assert state.read(ctx.db).problem == ""


def test_a_wrong_secret_is_said_in_vietnamese(qtbot, box, zalo_sim) -> None:  # type: ignore[no-untyped-def]
    for edit, text in ((box.server_edit, zalo_sim.url), (box.app_edit, zalo_sim.config.app_id),
                       (box.secret_edit, "khong-dung"),
                       (box.token_edit, zalo_sim.first_refresh_token)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message_label.text().startswith(
        "Zalo không nhận mã ứng dụng, khóa bí mật hoặc mã làm mới"), timeout=10_000)
    assert box.state_label.text() == "Chưa kết nối"
