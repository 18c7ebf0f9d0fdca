"""“Âm lượng…” on the Devices page: the operator picks three clusters in the table (a click,
then Ctrl+clicks), two on the reference protocol and one behind the vendor gateway, whose
protocol has no volume command. The dialog asks the volume for the two and says, in
Vietnamese, that the third is set at its controller; the two turn down to 3, the page says
both acknowledged and names the one left out, the table shows 3/10 after the next check,
and every other device keeps its volume. A gateway cluster chosen alone is not asked for
at all: the page says why. Only widgets are driven; the outcome is read from the simulated
clusters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QSpinBox, QWidget

from console.ui.pages.devices import DevicesPage
from console.ui.pages.devices_model import TargetTableModel as Columns

from .conftest import ADMIN, Scene, answer_next_dialog, click_page
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def click_row(qtbot, page: DevicesPage, device_id: str,  # type: ignore[no-untyped-def]
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    table = page.table
    rect = table.visualRect(page.model.index(page.model.row_of(device_id), Columns.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_volume(value: int, asked: list[str]):  # type: ignore[no-untyped-def]
    """Answer the volume dialog as a person does: select the number, type, press OK."""
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        spin = dialog.findChild(QSpinBox)
        QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(spin, str(value))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    return answer


def test_the_operator_turns_three_clusters_down(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    fleet = scene.fleet
    first, second = [i for i, m in fleet.meta.items()
                     if m["kind"] == "loudspeaker_cluster" and m["protocol"] == "reference"][:2]
    gateway = next(i for i, m in fleet.meta.items() if m["protocol"] == "gateway")
    before = {i: d.volume for i, d in fleet.devices.items()}
    assert 3 not in (before[first], before[second], before[gateway])
    gateway_name = fleet.devices[gateway].name

    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=WAIT)
    wait_idle(qtbot, window)
    assert not page.volume_button.isEnabled()  # nothing chosen yet

    # A gateway cluster alone: nothing to ask, the page says why.
    click_row(qtbot, page, gateway)
    qtbot.mouseClick(page.volume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=WAIT)
    assert page.message.text() == (
        f"Không chỉnh được âm lượng của {gateway_name} từ máy này: bộ điều khiển của chúng "
        "không có lệnh chỉnh âm lượng. Hãy chỉnh tại bộ điều khiển.")

    click_row(qtbot, page, first)
    click_row(qtbot, page, second, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, page, gateway, Qt.KeyboardModifier.ControlModifier)
    assert set(page.selected_ids()) == {first, second, gateway}
    assert page.detail.text() == "Đã chọn 3"

    asked: list[str] = []
    answer_next_dialog(type_volume(3, asked))
    qtbot.mouseClick(page.volume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Âm lượng 3/10: 2/2 thiết bị đã nhận lệnh." in
                    page.message.text(), timeout=WAIT)
    assert asked[0].startswith("Âm lượng cho 2 thiết bị, từ 0 (tắt tiếng) đến 10:\n"
                               f"Không chỉnh được âm lượng của {gateway_name}")
    assert f"Không chỉnh được âm lượng của {gateway_name}" in page.message.text()
    assert "cannot" not in page.message.text()  # nothing in English
    after = {i: d.volume for i, d in fleet.devices.items()}
    assert after == {**before, first: 3, second: 3}

    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)  # the devices say it
    model = page.model

    def shown(device_id: str) -> str:
        return model.data(model.index(model.row_of(device_id), Columns.VOLUME))

    # Every device answered (the gateway's volume as it was: it was not sent the command).
    qtbot.waitUntil(lambda: (shown(first), shown(second), shown(gateway)) == (
        "3/10", "3/10", f"{before[gateway]}/10"), timeout=WAIT)
