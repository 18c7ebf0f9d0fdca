"""Khẩn cấp at 1366×768 during an emergency: every device's name in the acknowledgements
is whole (a long one wraps onto a second line) — which cluster has not answered is what
the operator reads there. Sent by clicks and keys; read from the table on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableWidget

from console.ui.pages.emergency import EmergencyPage

from .conftest import ADMIN, Scene, click_page, shoot
from .test_emergency_targets import send_typed
from .week_steps import WAIT, wait_idle

CELL_MARGINS = 8  # the style's room left and right of a cell's text


def names_whole(table: QTableWidget) -> list[str]:
    """The names that do not fit their cell (wrapped as the cell wraps them)."""
    cut = []
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        rect = table.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - CELL_MARGINS, 10_000),
                                      Qt.TextFlag.TextWordWrap, item.text())
        if needed.height() > rect.height() or needed.width() > rect.width():
            cut.append(item.text())
    return cut


def test_every_name_is_whole_in_the_acknowledgements(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    qtbot.waitUntil(lambda: page.target_tree.topLevelItemCount() > 0, timeout=WAIT)
    wait_idle(qtbot, window)
    send_typed(qtbot, page, "Cháy rừng ở đồi thông Ấp Phú Hòa, bà con không vào rừng")
    table = page.ack_table
    devices = len(scene.fleet.devices)
    qtbot.waitUntil(lambda: table.rowCount() == devices, timeout=WAIT)
    wait_idle(qtbot, window)
    longest = max((table.item(r, 0).text() for r in range(devices)), key=len)
    assert len(longest) > 30  # "Cụm loa Trường tiểu học Ấp Phú Hòa": longer than the column
    qtbot.waitUntil(lambda: not names_whole(table), timeout=WAIT)
    assert table.horizontalScrollBar().maximum() == 0
    shoot(window, "emergency-names")
