"""Hộp thư đi & đồng bộ when its boxes cannot read their state: the mobile data box and the
media cache box said "Đang đọc…" for good (the failure went only to the log), and the data
box let its figures be changed and saved unread, over the station's. Now each says why in
Vietnamese and the data settings wait until they are read; the next visit reads again.
The reads are made to fail at the boxes' service calls (a real SQLite error, a media
folder that refuses to be listed); everything else is clicks."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy.exc import OperationalError

from console.settings import DATA_BUDGET_ON
from console.ui.pages import data_budget_box, media_cache_box
from console.ui.pages.outbox import OutboxPage

from .conftest import ADMIN, Scene, click_page
from .week_steps import WAIT, wait_idle


def test_unreadable_boxes_say_why_and_change_nothing(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, monkeypatch: pytest.MonkeyPatch) -> None:
    real_budget, real_cache = data_budget_box.read_budget, media_cache_box.read_cache_status

    def budget_fails(ctx):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT value FROM setting", {},
                               sqlite3.OperationalError("disk I/O error"))

    def cache_fails(ctx):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(ctx.paths.media))

    monkeypatch.setattr(data_budget_box, "read_budget", budget_fails)
    monkeypatch.setattr(media_cache_box, "read_cache_status", cache_fails)
    window = open_window(ADMIN)
    outbox = click_page(qtbot, window, "outbox")
    assert isinstance(outbox, OutboxPage)
    budget, cache = outbox.budget_box, outbox.cache_box
    qtbot.waitUntil(lambda: budget.usage_label.text().startswith(
        "Không đọc được hạn mức dữ liệu: "), timeout=WAIT)
    qtbot.waitUntil(lambda: cache.usage_label.text().startswith(
        "Không đọc được tình trạng bộ nhớ đệm: "), timeout=WAIT)
    assert budget.usage_label.text() == (
        "Không đọc được hạn mức dữ liệu: Cơ sở dữ liệu của đài không thực hiện được việc "
        "này (disk I/O error).")  # the database's own short reason, without its SQL
    assert cache.usage_label.text() == (
        f"Không đọc được tình trạng bộ nhớ đệm: Không được phép truy cập "
        f"{scene.ctx.paths.media}. Hãy kiểm tra quyền của thư mục, hoặc ổ đĩa có đang bị "
        "khóa ghi không.")
    assert budget.usage_label.property("textRole") == "error"
    # Nothing to change while the station's settings are unknown.
    assert not budget.on_check.isEnabled() and not budget.mb_spin.isEnabled()
    assert not budget.save_button.isEnabled()

    # The disk answers again: the next visit reads both, and the settings can be saved.
    monkeypatch.setattr(data_budget_box, "read_budget", real_budget)
    monkeypatch.setattr(media_cache_box, "read_cache_status", real_cache)
    click_page(qtbot, window, "today")
    click_page(qtbot, window, "outbox")
    qtbot.waitUntil(lambda: budget.usage_label.text().startswith("Đã dùng hôm nay"),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: cache.usage_label.text().startswith("Đã dùng "), timeout=WAIT)
    assert budget.usage_label.property("textRole") == ""
    check = budget.on_check
    assert check.isEnabled() and not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() and budget.save_button.isEnabled()
    qtbot.mouseClick(budget.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scene.ctx.settings.get(DATA_BUDGET_ON) is True, timeout=WAIT)
    wait_idle(qtbot, window)
