"""Hôm nay's devices card tells "not checked yet" from "down": clusters and boards that
have not answered since they were added are counted apart, and Thiết bị › Kiểm tra ngay,
then Làm mới on Hôm nay, shows them online. (No delivery service runs here: nothing asks
the devices until the operator does.) A backup state that cannot be read is said there
too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.app import open_station
from console.services.device_registry import import_device_rows
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from console.ui.pages.devices import DevicesPage
from console.ui.pages.today import TodayPage

from .conftest import ADMIN, VILLAGES, click_page, show_window
from .week_steps import WAIT, wait_idle


@pytest.fixture
def new_devices(synced_copy: Path) -> Iterator[StationContext]:
    """A station whose six clusters and three boards were just added: never asked yet."""
    ctx = open_station(synced_copy)
    fleet = DeviceFleet(FleetConfig(clusters=6, boards=3, protocol="both",
                                    villages=VILLAGES)).start()
    report = import_device_rows(ctx, fleet.registry_rows(), ADMIN, name="new")
    assert not report.errors, report.errors
    try:
        yield ctx
    finally:
        fleet.stop()
        ctx.close()


def card_lines(page: TodayPage) -> list[str]:
    card = page.devices_card
    return [label.text() for label in card.findChildren(type(card.heading))
            if label is not card.heading and label.isVisible()]


def test_devices_not_asked_yet_are_not_counted_as_down(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, new_devices: StationContext) -> None:
    window = show_window(qtbot, qapp, tasks, translations, new_devices, ADMIN)
    try:
        today = click_page(qtbot, window, "today")
        assert isinstance(today, TodayPage)
        qtbot.waitUntil(lambda: "0 / 6" in card_lines(today), timeout=WAIT)
        lines = card_lines(today)
        assert "Bảng tin đang hoạt động: 0 / 3" in lines
        assert ("9 thiết bị chưa được kiểm tra: vào Thiết bị › Kiểm tra ngay để hỏi"
                in lines), lines

        devices = click_page(qtbot, window, "devices")
        assert isinstance(devices, DevicesPage)
        qtbot.waitUntil(lambda: devices.model.rowCount() == 9, timeout=WAIT)
        qtbot.mouseClick(devices.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: devices.check_button.isEnabled()
                        and "9 hoạt động" in devices.summary.text(), timeout=WAIT)

        today = click_page(qtbot, window, "today")
        qtbot.mouseClick(today.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "6 / 6" in card_lines(today), timeout=WAIT)
        lines = card_lines(today)
        assert "Bảng tin đang hoạt động: 3 / 3" in lines
        assert not any("chưa được kiểm tra" in line for line in lines), lines
        wait_idle(qtbot, window)
    finally:
        window.local_playout.stop()
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)


def test_a_backup_state_that_cannot_be_read_is_said_on_today(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, new_devices: StationContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The USB drive of the backups refuses to be read (its state read at the page's
    service call fails as the drive would): Hôm nay says so in Vietnamese, where the
    backup warning stands, instead of saying nothing."""
    from console.ui.pages import today

    def drive_refuses(_ctx: StationContext) -> object:
        raise PermissionError(13, "Permission denied", "E:\\\\sao-luu")

    monkeypatch.setattr(today, "read_offsite_status", drive_refuses)
    window = show_window(qtbot, qapp, tasks, translations, new_devices, ADMIN)
    try:
        page = click_page(qtbot, window, "today")
        assert isinstance(page, TodayPage)
        qtbot.waitUntil(lambda: page.backup_notice.isVisible(), timeout=WAIT)
        assert page.backup_notice.text() == (
            "Không đọc được tình trạng sao lưu của đài: Không được phép truy cập "
            "E:\\\\sao-luu. Hãy kiểm tra quyền của thư mục, hoặc ổ đĩa có đang bị khóa ghi "
            "không."), page.backup_notice.text()
        wait_idle(qtbot, window)
    finally:
        window.local_playout.stop()
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)
