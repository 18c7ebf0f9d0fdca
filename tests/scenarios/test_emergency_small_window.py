"""Khẩn cấp in the window's smallest size (900×560): before any emergency, what and where
have the width, their choices readable whole (three columns cut them to "Một tin bài trong
t"), the start button in sight. The operator types a message and starts the emergency; the
devices' acknowledgements then take their column beside them, one row a device, and the
emergency is ended. Clicks and keys; the confirmations answered as the other emergency
scenarios answer them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QTableWidget, QWidget

from console.ui.pages.emergency import ACK_ROWS_FIRST, AckTable, EmergencyPage

from .conftest import (
    ADMIN,
    Scene,
    answer_next_dialog,
    click_page,
    press_yes,
    shoot,
)
from .test_emergency_targets import send_typed
from .test_reports_small_window import (
    below,
    in_sight,
    page_area,
    resize,
    wheel_down_to,
    whole,
)
from .week_steps import WAIT, wait_idle


def inside(widget: QWidget, page: QWidget) -> bool:
    corner = widget.mapTo(page, QPoint(0, 0))
    return page.rect().contains(QRect(corner, widget.size()))


def rows_in_sight(table: QTableWidget, rows: int, area: QScrollArea) -> bool:
    """Whether the table's first `rows` rows are whole in the table and in the page's
    visible part."""
    view = table.viewport()
    for row in range(rows):
        rect = table.visualItemRect(table.item(row, 0))
        if not view.rect().contains(rect):
            return False
        corner = view.mapTo(area.viewport(), rect.topLeft())
        if not area.viewport().rect().contains(QRect(corner, rect.size())):
            return False
    return True


def test_an_emergency_from_the_smallest_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    qtbot.waitUntil(lambda: page.target_tree.topLevelItemCount() > 0, timeout=WAIT)
    wait_idle(qtbot, window)
    assert page.narrow
    area = page_area(page)

    # No emergency yet: two columns, every choice whole, the button in sight.
    assert not page.ack_box.isVisible()
    for choice in (page.item_radio, page.text_radio, page.all_radio, page.some_radio,
                   page.find_button, page.record_button):  # once laid out
        qtbot.waitUntil(lambda c=choice: whole(c), timeout=WAIT)
    assert page.start_button.isVisible() and inside(page.start_button, page)
    assert in_sight(page.start_button, area) and area.verticalScrollBar().maximum() == 0
    shoot(window, "emergency-small")

    # A typed message sent: on air, the acknowledgements come first, across the page.
    send_typed(qtbot, page, "Lũ quét ở khe suối Thôn Đông, bà con tránh xa bờ suối")
    devices = len(scene.fleet.devices)
    table = page.ack_table
    qtbot.waitUntil(lambda: table.rowCount() == devices, timeout=WAIT)
    qtbot.waitUntil(lambda: page.ack_box.isVisible() and below(page.where_box, page.ack_box),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: rows_in_sight(table, ACK_ROWS_FIRST, area), timeout=WAIT)
    assert in_sight(page.end_button, area) and in_sight(page.ack_summary, area)
    across = page.ack_box.geometry()  # over what and where, as wide as both
    assert across.left() <= page.choices_scroll.geometry().left()
    assert across.right() >= page.where_box.geometry().right()
    qtbot.waitUntil(lambda: not table.isColumnHidden(AckTable.VILLAGE), timeout=WAIT)
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # the names whole
    assert table.horizontalScrollBar().maximum() == 0
    shoot(window, "emergency-small-acks")
    # What and where are a turn of the wheel below, for a further message.
    wheel_down_to(qtbot, area, page.start_button)
    assert in_sight(page.start_button, area)

    # Ended: the answers stay, beside what and where again.

    wheel_down_to(qtbot, area, page.end_button, up=True)
    assert in_sight(page.end_button, area)
    answer_next_dialog(press_yes)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.end_button.isVisible(), timeout=WAIT)
    wait_idle(qtbot, window)
    assert page.ack_box.isVisible()  # the last emergency's answers stay to be read
    qtbot.waitUntil(lambda: page.ack_box.geometry().left() > page.where_box.geometry().right(),
                    timeout=WAIT)
