"""Cài đặt in the window's smallest size (900×560): beside the list of sections every section
was cut at the right ("Thay đổi có hiệu lực ngay và được ghi nh…", the "To hơn" button).
The list shows alone; a click (or Enter) opens a section with the page's width, which
scrolls sideways where it is wider still, so nothing is out of reach; "‹ Mọi mục cài đặt"
goes back, and the arrow keys move in the list without leaving it. Made 1366×768 the list
and the section are side by side again. Clicks and keys only."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QScrollArea
from sqlalchemy import select

from console.models import User
from console.ui.pages.settings import SettingsPage

from .conftest import ADMIN, Scene, click_page, shoot
from .test_reports_small_window import below, resize, same_line, wheel_down_to, whole
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


def section_area(page: SettingsPage) -> QScrollArea:
    area = page.section_stack.currentWidget()
    assert isinstance(area, QScrollArea)
    return area


def fits(page: SettingsPage) -> bool:
    """The section shown needs no sideways scrolling, and each of its buttons is whole."""
    area = section_area(page)
    buttons = [b for b in page.current_section().findChildren(QPushButton) if b.isVisible()]
    return (page.current_section().minimumSizeHint().width() <= area.viewport().width()
            and area.horizontalScrollBar().maximum() == 0 and all(map(whole, buttons)))


def test_every_settings_section_fits_a_small_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """Tài khoản, Quy định phát sóng, Chung, Nhật ký thao tác and Sao lưu scrolled sideways
    at 900 px (their rows of buttons and filters, the targets field): the rows wrap now, a
    caption staying with its field. Each section is opened by a click and read; then an
    account is disabled with a button on the second line, and the log's dates are ticked
    on theirs."""
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "settings")
    assert isinstance(page, SettingsPage)
    listed = page.section_list
    titles = [listed.item(row).text() for row in range(listed.count())]
    assert {"Tài khoản", "Quy định phát sóng", "Chung", "Nhật ký thao tác", "Sao lưu"} <= set(
        titles)
    for title in titles:
        if not listed.isVisible():
            qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
        open_by_click(qtbot, page, title)
        qtbot.waitUntil(lambda: page.section_stack.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: fits(page), timeout=WAIT)
    shoot(window, "settings-small-audit")

    # Tài khoản: the account buttons take two lines; "Vô hiệu hóa…" on the second works.
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    open_by_click(qtbot, page, "Tài khoản")
    accounts = page.current_section()
    table = accounts.table
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=WAIT)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "bientap")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    button = accounts.active_button
    qtbot.waitUntil(lambda: button.isEnabled() and button.text() == "Vô hiệu hóa…",
                    timeout=WAIT)
    assert below(button, accounts.add_button)
    wheel_down_to(qtbot, section_area(page), button)
    shoot(window, "settings-small-accounts")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = accounts.dialog
    assert isinstance(box, QMessageBox)
    confirm = next(b for b in box.buttons() if b.text() == "Vô hiệu hóa")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)

    def disabled() -> bool:
        with scene.ctx.db.read() as session:
            return session.scalar(select(User.active).where(User.username == "bientap")) is False
    qtbot.waitUntil(disabled, timeout=WAIT)

    # Nhật ký thao tác: "Từ" stays with its dates on their line; ticked, they can be set.
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    open_by_click(qtbot, page, "Nhật ký thao tác")
    audit = page.current_section()
    check: QCheckBox = audit.dates_check
    qtbot.waitUntil(lambda: fits(page), timeout=WAIT)
    assert same_line(check, audit.since_edit, audit.to_label, audit.until_edit)
    assert not audit.since_edit.isEnabled()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    qtbot.waitUntil(lambda: audit.since_edit.isEnabled() and audit.until_edit.isEnabled(),
                    timeout=WAIT)
