"""Why a device did not take a command, in Vietnamese. On the Devices page the operator
picks two clusters, one of which has lost its link, and presses “Dừng phát”: the page
says one of two took it and names the other with the reason, in Vietnamese ("… không trả
lời"), not in the device protocol's English. Then an emergency goes out: the cluster
without a link is listed first on Khẩn cấp, waiting, and its row says why when pointed
at. Only widgets are driven; what each job keeps is read from the database."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from console.models import DeliveryJob
from console.text.translatable import kept_reason
from console.ui.errors import reason_text
from console.ui.pages.devices import DevicesPage

from .conftest import ADMIN, Scene, click_page, shoot
from .test_on_air import click_rows, compose_emergency, when_modal
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)

SETTLE_MS = 15_000 + WAIT  # a device's first answer, however slow, within the page's 15 s


def test_a_cluster_that_does_not_answer_is_named_with_why(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    fleet = scene.fleet
    answering, lost = [i for i, m in fleet.meta.items()
                       if m["kind"] == "loudspeaker_cluster" and m["protocol"] == "reference"][:2]
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=WAIT)
    wait_idle(qtbot, window)

    fleet.devices[lost].online = False  # its 3G link drops
    click_rows(qtbot, page, [answering, lost])
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    # Said as soon as each device was tried once: the one away is not waited for.
    qtbot.waitUntil(lambda: "thiết bị đã nhận lệnh" in page.message.text(), timeout=WAIT)

    lines = page.message.text().splitlines()
    assert lines[0] == "Dừng phát: 1/2 thiết bị đã nhận lệnh."
    name = fleet.devices[lost].name
    said = re.fullmatch(
        rf"{re.escape(name)}: đang chờ \(thiết bị sẽ nhận khi có kết nối lại\) — "
        rf"chờ gửi lại \(lần (\d+)\): {lost} không trả lời", lines[1])
    assert said is not None, lines
    assert int(said.group(1)) <= 2  # after its first try, not after the 15 s (try 4 or 5)
    assert "answer" not in page.message.text()  # no English left in it
    shoot(window, "devices-command-waiting-vi")

    with scene.ctx.db.read() as session:
        kept = {target: (state, kept_reason(reason, detail)) for target, state, reason, detail
                in session.execute(select(DeliveryJob.target_id, DeliveryJob.state,
                                          DeliveryJob.reason, DeliveryJob.detail)
                                   .where(DeliveryJob.kind == "command"))}
    state, reason = kept[answering]
    assert state == "delivered" and reason is not None
    assert reason_text(reason) == "đã nhận lệnh dừng phát"
    assert str(reason) == "stop playing acknowledged"  # the log and the command line
    state, reason = kept[lost]
    assert state == "queued" and reason is not None
    assert str(reason).endswith(f"{lost} does not answer")

    # An emergency: the cluster without a link is listed first, waiting, and says why.
    emergency = compose_emergency(qtbot, click_page(qtbot, window, "emergency"),
                                  "Nước lũ dâng cao tại Thôn Tây, bà con di chuyển lên đồi")

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, yes)
    qtbot.mouseClick(emergency.start_button, Qt.MouseButton.LeftButton)
    table = emergency.ack_table
    qtbot.waitUntil(lambda: table.rowCount() == 9 and table.item(0, 0).text() == name
                    and "không trả lời" in table.item(0, 2).toolTip(), timeout=SETTLE_MS)
    assert table.item(0, 2).text() == "Đang chờ gửi"
    # whole, however narrow the column, with the village its column gives way for
    assert table.item(0, 0).toolTip() == f"{name} — {fleet.meta[lost]['village']}"
    assert re.fullmatch(rf"chờ gửi lại \(lần \d+\): {lost} không trả lời",
                        table.item(0, 2).toolTip()), table.item(0, 2).toolTip()
    qtbot.waitUntil(lambda: all(table.item(r, 2).text() == "Đã nhận"
                                for r in range(1, 9)), timeout=SETTLE_MS)
    assert {table.item(r, 2).toolTip() for r in range(1, 9)} == {
        "đã nhận lệnh bắt đầu phát khẩn cấp"}  # what the devices answered
    shoot(window, "emergency-waiting-vi")

    when_modal(QMessageBox, yes)
    qtbot.mouseClick(emergency.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(table.item(r, 3).text() == "Đã nhận"
                                for r in range(1, 9)), timeout=SETTLE_MS)
    assert table.item(1, 3).toolTip() == "đã nhận lệnh kết thúc phát khẩn cấp"
