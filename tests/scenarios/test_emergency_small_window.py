"""Khẩn cấp in the window's smallest size (900×560): before any emergency, what and where
have the width, their choices readable whole (three columns cut them to "Một tin bài trong
t"), the start button in sight. The operator types a message and starts the emergency; the
devices' acknowledgements then take their column beside them, one row a device, and the
emergency is ended. Clicks and keys; the confirmations answered as the other emergency
scenarios answer them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from console.ui.pages.emergency import EmergencyPage

from .conftest import (
    ADMIN,
    Scene,
    answer_next_dialog,
    click_page,
    press_yes,
    shoot,
)
from .test_emergency_targets import send_typed
from .test_reports_small_window import resize, whole
from .week_steps import WAIT, wait_idle


def inside(widget: QWidget, page: QWidget) -> bool:
    corner = widget.mapTo(page, QPoint(0, 0))
    return page.rect().contains(QRect(corner, widget.size()))


def test_an_emergency_from_the_smallest_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    qtbot.waitUntil(lambda: page.target_tree.topLevelItemCount() > 0, timeout=WAIT)
    wait_idle(qtbot, window)
    assert page.narrow

    # No emergency yet: two columns, every choice whole, the button in sight.
    assert not page.ack_box.isVisible()
    for choice in (page.item_radio, page.text_radio, page.all_radio, page.some_radio,
                   page.find_button, page.record_button):  # once laid out
        qtbot.waitUntil(lambda c=choice: whole(c), timeout=WAIT)
    assert page.start_button.isVisible() and inside(page.start_button, page)
    shoot(window, "emergency-small")

    # A typed message sent: the acknowledgements come in beside what and where.
    send_typed(qtbot, page, "Lũ quét ở khe suối Thôn Đông, bà con tránh xa bờ suối")
    devices = len(scene.fleet.devices)
    qtbot.waitUntil(lambda: page.ack_table.rowCount() == devices, timeout=WAIT)
    assert page.ack_box.isVisible() and inside(page.ack_box, page)
    assert page.ack_box.geometry().left() > page.where_box.geometry().right()
    shoot(window, "emergency-small-acks")

    answer_next_dialog(press_yes)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.end_button.isVisible(), timeout=WAIT)
    wait_idle(qtbot, window)
    assert page.ack_box.isVisible()  # the last emergency's answers stay to be read
