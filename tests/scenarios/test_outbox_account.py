"""Hộp thư đi & đồng bộ shows what waits to be sent without scrolling at 1366x768: the
account of the source system is one line there, and its button opens Cài đặt › Hệ thống
thông tin nguồn (where the account is changed after a connection check), for an admin
only. The page held a second, simpler account form above the outbox, pushing the table
below the window's edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from console.services.permissions import Actor, Role
from console.settings import SOURCE_URL
from console.ui.pages.outbox import OutboxPage
from console.ui.pages.settings import SettingsPage
from console.ui.settings.source import SourceSection

from .conftest import ADMIN, Scene, click_page
from .week_steps import WAIT, wait_idle

OPERATOR = Actor("vanhanh", Role.OPERATOR, "Lê Văn Ba")


def outbox_page(qtbot, window) -> OutboxPage:  # type: ignore[no-untyped-def]
    page = click_page(qtbot, window, "outbox")
    assert isinstance(page, OutboxPage)
    wait_idle(qtbot, window)
    return page


def test_the_outbox_is_in_view_and_the_account_is_changed_in_settings(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = outbox_page(qtbot, window)
    server = scene.ctx.settings.get(SOURCE_URL)
    assert server.startswith("http://127.0.0.1:")
    qtbot.waitUntil(lambda: page.account_label.text() == f"Tài khoản demo tại {server}",
                    timeout=WAIT)
    # The outbox's table starts well inside the window: a few rows show without scrolling.
    top = page.table.mapTo(window, QPoint(0, 0)).y()
    assert top + 150 < window.height(), top

    assert page.account_button.text() == "Đổi tài khoản…"
    qtbot.mouseClick(page.account_button, Qt.MouseButton.LeftButton)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    section = settings.current_section()
    assert isinstance(section, SourceSection)
    qtbot.waitUntil(lambda: section.server_edit.text() == server, timeout=WAIT)
    wait_idle(qtbot, window)


def test_an_operator_sees_the_account_without_the_button(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(OPERATOR)
    page = outbox_page(qtbot, window)
    qtbot.waitUntil(lambda: page.account_label.text().startswith("Tài khoản demo tại "),
                    timeout=WAIT)
    assert not page.account_button.isVisible()
    assert page.sync_button.isEnabled()
