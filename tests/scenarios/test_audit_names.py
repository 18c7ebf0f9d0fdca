"""The audit log names what an action reached, as the pages name it: an administrator plays
a bulletin now on two clusters, starts and ends a typed emergency, then reads Cài đặt →
Nhật ký thao tác: the devices by their names, the emergency by its words. Only widgets are
driven; the devices' names are read from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from console.models import DeliveryTarget
from console.settings import QUIET_END, QUIET_START
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.pages.devices import DevicesPage
from console.ui.pages.settings import SettingsPage

from .conftest import ADMIN, Scene, click_page, type_text
from .test_on_air import audio_items, click_rows, compose_emergency, play_now, when_modal
from .week_steps import WAIT

WARNING = "Cháy rừng tại Thôn Tây, bà con tránh xa khu vực"


def yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]


def test_the_audit_log_names_devices_and_emergencies(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    # Any hour of the test is within the broadcasting hours (no leader needed).
    scene.ctx.settings.set_many({QUIET_START: "00:00", QUIET_END: "23:59"})
    (_item, title, _sha), = audio_items(scene, 1)
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 2, timeout=WAIT)
    clusters = ["cl-001", "cl-002"]
    click_rows(qtbot, page, clusters)
    # A name the column cuts is whole in its tooltip.
    first = page.model.index(page.model.row_of("cl-001"), 0)
    assert page.model.data(first, Qt.ItemDataRole.ToolTipRole).startswith(
        page.model.target(first.row()).name + "\n")

    def confirm(dialog: LiveConfirmDialog) -> None:
        type_text(dialog.reason_edit, "Thông báo của xã về lịch tiêm phòng")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    play_now(qtbot, page, title, confirm)
    # (what it began to play: a short clip may be over before a busy machine looks)
    qtbot.waitUntil(lambda: title in scene.fleet.devices["cl-001"].titles_played, timeout=WAIT)

    # An emergency typed on its page, broadcast to every device, then ended.
    emergency = compose_emergency(qtbot, click_page(qtbot, window, "emergency"), WARNING)
    when_modal(QMessageBox, yes)
    qtbot.mouseClick(emergency.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(emergency.end_button.isVisible, timeout=WAIT)  # the banner, on air
    qtbot.waitUntil(lambda: scene.fleet.devices["cl-001"].now_playing is not None,
                    timeout=WAIT)
    when_modal(QMessageBox, yes)
    qtbot.mouseClick(emergency.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: emergency.message.text().startswith("Đã kết thúc"), timeout=WAIT)

    settings = click_page(qtbot, window, "settings")
    assert isinstance(settings, SettingsPage)
    row = [s.key for s in settings.sections].index("audit")
    list_ = settings.section_list
    qtbot.mouseClick(list_.viewport(), Qt.MouseButton.LeftButton,
                     pos=list_.visualItemRect(list_.item(row)).center())
    viewer = settings.current_section()
    assert viewer.key == "audit"
    with scene.ctx.db.read() as session:
        names = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.name).where(
            DeliveryTarget.id.in_(clusters))).all())
    expected = "Các thiết bị: " + ", ".join(names[c] for c in clusters)

    def subject_of(action: str) -> tuple[str, str] | None:
        table = viewer.table
        for r in range(table.rowCount()):
            if table.item(r, 2).text() == action:
                return table.item(r, 3).text(), table.item(r, 3).toolTip()
        return None

    qtbot.waitUntil(lambda: subject_of("Phát ngay trên thiết bị") is not None, timeout=WAIT)
    shown, tip = subject_of("Phát ngay trên thiết bị")  # type: ignore[misc]
    # In the table the names, never the ids; the ids stay in the cell's tooltip.
    assert shown == expected, shown
    assert "cl-001" not in shown and "cl-001,cl-002" in tip
    # The emergency, started and ended, by the words it went on air with.
    called = f"Tin khẩn cấp “{WARNING[:40]}"
    for action in ("Bắt đầu phát khẩn cấp", "Dừng phát khẩn cấp"):
        found = subject_of(action)
        assert found is not None and found[0].startswith(called), (action, found)
