"""Cài đặt in the window's smallest size (900×560): beside the list of sections every section
was cut at the right ("Thay đổi có hiệu lực ngay và được ghi nh…", the "To hơn" button).
The list shows alone; a click (or Enter) opens a section with the page's width, which
scrolls sideways where it is wider still, so nothing is out of reach; "‹ Mọi mục cài đặt"
goes back, and the arrow keys move in the list without leaving it. Made 1366×768 the list
and the section are side by side again. Clicks and keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from console.ui.pages.settings import SettingsPage

from .conftest import ADMIN, Scene, click_page, shoot
from .test_reports_small_window import resize
from .week_steps import WAIT


def open_by_click(qtbot, page: SettingsPage, title: str) -> None:  # type: ignore[no-untyped-def]
    listed = page.section_list
    item = listed.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton,
                     pos=listed.visualItemRect(item).center())


def nothing_out_of_reach(page: SettingsPage) -> bool:
    """The section shown fits its place, or scrolls sideways as far as it is wider."""
    area = page.section_stack.currentWidget()
    assert isinstance(area, QScrollArea)
    extra = page.current_section().minimumSizeHint().width() - area.viewport().width()
    return area.horizontalScrollBar().maximum() >= max(0, extra)


def test_the_settings_open_one_section_at_a_time_in_a_small_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "settings")
    assert isinstance(page, SettingsPage)
    panes, listed, stack = page.panes, page.section_list, page.section_stack
    qtbot.waitUntil(lambda: panes.narrow, timeout=WAIT)
    assert listed.isVisible() and not stack.isVisible()
    shoot(window, "settings-small-list")

    # A click opens "Quy định phát sóng" with the width; nothing is out of reach.
    open_by_click(qtbot, page, "Quy định phát sóng")
    qtbot.waitUntil(lambda: stack.isVisible() and not listed.isVisible(), timeout=WAIT)
    assert page.current_section().key == "broadcast"
    assert page.list_button.isVisible() and page.list_button.text() == "‹ Mọi mục cài đặt"
    qtbot.waitUntil(lambda: stack.width() > 500 and nothing_out_of_reach(page), timeout=WAIT)
    shoot(window, "settings-small-section")

    # Back; the arrow keys move without leaving the list; Enter opens "Sao lưu".
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert listed.isVisible() and not stack.isVisible()
    listed.setFocus()
    while listed.currentItem().text() != "Sao lưu":
        qtbot.keyClick(listed, Qt.Key.Key_Down)
        assert listed.isVisible() and not stack.isVisible()
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.isVisible() and page.current_section().key == "backup",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: nothing_out_of_reach(page), timeout=WAIT)

    # Made large: side by side, no way back needed.
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: not panes.narrow, timeout=WAIT)
    assert listed.isVisible() and stack.isVisible() and not page.list_button.isVisible()
    assert page.current_section().key == "backup"
