"""Settings › Sao lưu on a slow USB drive: the administrator opens the backups while the
drive still spins up. Until the box has read where the second copy lives, it says "Đang
đọc…" and "Khôi phục từ bản sao lưu…" waits (opened earlier, the wizard started on this
computer's backups, not the drive's). Once read, the wizard opens on the drive's folder
with its backup. On a drive that cannot be read at all, the box says why instead of
"Đang đọc…" for good. The status read is held back (or made to fail) at the box's service
call; everything else is clicks."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from console.services.offsite_backup import (
    OffsiteStatus,
    backup_now,
    list_backups,
    read_offsite_status,
    set_offsite_folder,
)
from console.station import StationContext
from console.timezone import STATION_TZ
from console.ui.dialogs.restore_wizard import RestoreWizard
from console.ui.pages import backup_box

from .conftest import ADMIN, Scene, answer_next_dialog, click_settings_section
from .week_steps import WAIT


def _usb_with_a_backup(scene: Scene, usb: Path) -> Path:
    usb.mkdir()
    set_offsite_folder(scene.ctx, ADMIN, str(usb))
    backup_now(scene.ctx, ADMIN, now=dt.datetime.now(STATION_TZ) - dt.timedelta(days=1))
    (entry,) = list_backups(usb)
    return entry.path


def test_restore_waits_for_the_backup_status_then_opens_on_the_usb_drive(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    on_usb = _usb_with_a_backup(scene, usb)
    spun_up = threading.Event()

    def slow_drive(ctx: StationContext) -> OffsiteStatus:
        assert spun_up.wait(WAIT / 1000)
        return read_offsite_status(ctx)

    monkeypatch.setattr(backup_box, "read_offsite_status", slow_drive)
    window = open_window(ADMIN)
    box = click_settings_section(qtbot, window, "backup").box
    button: QPushButton = box.restore_button
    assert button.text() == "Khôi phục từ bản sao lưu…"
    assert box.folder_label.text() == "Đang đọc…"
    assert not button.isEnabled()                      # the folder is not known yet

    spun_up.set()
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    assert box.folder_label.text() == str(usb)
    seen: dict[str, object] = {}

    def look_and_cancel(dialog: QWidget) -> None:
        """The wizard's first page once it has listed the folder's backups; then Cancel."""
        assert isinstance(dialog, RestoreWizard)
        view = dialog.choose_page.list
        qtbot.waitUntil(lambda: view.count() > 0, timeout=WAIT)
        seen["folder"] = dialog.choose_page.folder_label.text()
        seen["listed"] = [view.item(i).text() for i in range(view.count())]
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.CancelButton),
                         Qt.MouseButton.LeftButton)

    answer_next_dialog(look_and_cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "listed" in seen and QApplication.activeModalWidget() is None,
                    timeout=WAIT)
    assert seen["folder"] == f"Thư mục: {usb}"            # the drive's, not this PC's
    assert len(seen["listed"]) == 1 and "làm tay" in seen["listed"][0], seen  # type: ignore[arg-type]
    assert on_usb.exists()


def test_a_drive_that_cannot_be_read_is_said_not_read_for_ever(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _usb_with_a_backup(scene, tmp_path / "usb")

    def broken_drive(_ctx: StationContext) -> OffsiteStatus:
        raise PermissionError(13, "Permission denied", str(tmp_path / "usb"))

    monkeypatch.setattr(backup_box, "read_offsite_status", broken_drive)
    window = open_window(ADMIN)
    box = click_settings_section(qtbot, window, "backup").box
    qtbot.waitUntil(box.error_label.isVisible, timeout=WAIT)
    assert box.error_label.text() == (
        f"Không được phép truy cập {tmp_path / 'usb'}. Hãy kiểm tra quyền của thư mục, "
        "hoặc ổ đĩa có đang bị khóa ghi không."), box.error_label.text()
    assert box.folder_label.text() != "Đang đọc…"
    assert not box.restore_button.isEnabled()
