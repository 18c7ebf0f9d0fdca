"""Khẩn cấp to some places only, at 1366x768: the list of villages and devices stands in a
column of its own, every row of the commune in sight without scrolling; the operator ticks
one village (a click on its name, Space) and a single cluster of another, types the
message, presses "Phát khẩn cấp" and confirms. The emergency's commands go to exactly
those devices; the acknowledgements name them, the village in each name's tooltip where
the narrow column leaves it out. Only widgets are driven; the jobs are read from the
database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from sqlalchemy import select

from console.models import DeliveryJob
from console.ui.pages.emergency import EmergencyPage

from .conftest import (
    ADMIN,
    Scene,
    answer_next_dialog,
    click_page,
    noting,
    press_yes,
    shoot,
    type_text,
)
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def tick(qtbot, page: EmergencyPage, item: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    """A click on the row's name, then Space: its box is ticked."""
    tree = page.target_tree
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.right() - 8, rect.center().y()))
    assert tree.currentItem() is item
    qtbot.keyClick(tree.viewport(), Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked


def send_typed(qtbot, page: EmergencyPage, message: str) -> list[str]:  # type: ignore[no-untyped-def]
    """"Soạn thông báo ngay", the message typed, "Phát khẩn cấp", yes to the confirmation;
    returns the confirmation's words."""
    qtbot.mouseClick(page.text_radio, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, page.text_radio.height() // 2))
    page.text_edit.setFocus()
    type_text(page.text_edit, message)
    asked: list[str] = []
    answer_next_dialog(noting(asked, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    return asked


def test_an_emergency_to_one_village_and_one_cluster(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    fleet = scene.fleet
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    tree = page.target_tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=WAIT)
    wait_idle(qtbot, window)

    # Every village and device of the commune in sight, nothing to scroll.
    rows = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    rows += [village.child(m) for village in rows[:] for m in range(village.childCount())]
    assert len(rows) == 3 + len(fleet.devices)
    assert all(tree.viewport().rect().contains(tree.visualItemRect(row)) for row in rows)
    assert not tree.verticalScrollBar().isVisible()
    assert not tree.isEnabled()  # every device, until "only those ticked" is chosen

    qtbot.mouseClick(page.some_radio, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, page.some_radio.height() // 2))
    assert page.some_radio.isChecked() and tree.isEnabled()
    west = next(v for v in rows[:3] if v.text(0) == "Thôn Tây")
    east = next(v for v in rows[:3] if v.text(0) == "Thôn Đông")
    tick(qtbot, page, west)
    assert all(west.child(m).checkState(0) == Qt.CheckState.Checked
               for m in range(west.childCount()))  # the village's devices with it
    lone = east.child(0)
    tick(qtbot, page, lone)
    assert east.checkState(0) == Qt.CheckState.PartiallyChecked
    chosen = {west.child(m).data(0, Qt.ItemDataRole.UserRole)
              for m in range(west.childCount())} | {lone.data(0, Qt.ItemDataRole.UserRole)}

    asked = send_typed(qtbot, page, "Sạt lở đất ven sông, bà con Thôn Tây di chuyển ngay")
    assert f"{len(chosen)} thiết bị đã chọn" in asked[0], asked[0]
    assert fleet.devices[lone.data(0, Qt.ItemDataRole.UserRole)].name in asked[0]

    table = page.ack_table
    qtbot.waitUntil(lambda: table.rowCount() == len(chosen), timeout=WAIT)
    with scene.ctx.db.read() as session:
        sent = set(session.scalars(select(DeliveryJob.target_id)
                                   .where(DeliveryJob.lane == "emergency")))
    assert sent == chosen
    named = {table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())}
    assert named == chosen
    # At 1366 pixels the village column gives way to the names; the tooltip keeps it.
    assert table.isColumnHidden(1)
    for r in range(table.rowCount()):
        ident = table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        assert table.item(r, 0).toolTip() == (
            f"{fleet.devices[ident].name} — {fleet.meta[ident]['village']}")
    assert page.message.text().endswith("hiện ở bên phải.")  # where they are
    shoot(window, "emergency-targets-vi")

    answer_next_dialog(press_yes)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.end_button.isVisible(), timeout=WAIT)
    wait_idle(qtbot, window)
