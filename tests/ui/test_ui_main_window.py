"""The main window shell: pages, shortcuts, status bar, language and text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.demo import seed_station
from console.models import OutboxEntry, SyncState
from console.services.status import LINK_STATE_KEY
from console.settings import UI_FONT_SCALE, UI_LANGUAGE
from console.station import StationContext
from console.ui import theme
from console.ui.main_window import MainWindow
from console.ui.page_list import PAGE_CLASSES
from console.ui.pages.base import PlaceholderPage
from console.ui.pages.emergency import EmergencyPage
from console.ui.preferences import UiPreferences

# The offscreen platform cannot resize windows to their size hints and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)

PAGE_KEYS = ["today", "library", "programmes", "schedule", "devices", "emergency", "reports",
             "plan", "outbox", "settings"]


def test_window_lists_every_page_in_order(window: MainWindow) -> None:
    assert [page.key for page in window.pages] == PAGE_KEYS
    assert window.nav.count() == len(PAGE_CLASSES)
    assert window.nav.item(5).text() == "Khẩn cấp"
    assert EmergencyPage.emergency is True
    assert window.nav.accessibleName()
    for page in window.pages:
        assert page.accessibleName() == page.nav_title()


def test_every_page_reachable_through_the_navigation(qtbot, window: MainWindow) -> None:
    for row, key in enumerate(PAGE_KEYS):
        window.nav.setCurrentRow(row)
        assert window.current_page().key == key
        assert window.current_page().isVisible()


def test_every_page_reachable_by_keyboard(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    order = [*range(1, 10), 0]         # Ctrl+1 … Ctrl+9, then back to Today (Ctrl+0)
    for number in order:
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page().key == PAGE_KEYS[number]


def test_placeholders_say_what_will_be_there(window: MainWindow) -> None:
    for page in window.pages:
        if isinstance(page, PlaceholderPage):
            texts = [label.text() for label in page.findChildren(QLabel) if label.text()]
            assert page.title_label.text()
            assert len(texts) >= 3, page.key


def test_status_bar_shows_the_outbox_from_the_database(qtbot, ctx: StationContext,
                                                       window: MainWindow) -> None:
    view = window.status_view
    qtbot.waitUntil(lambda: view.outbox_label.text() == "Hộp thư đi: 0", timeout=5000)
    assert view.sync_label.text() == "Chưa đồng bộ"
    with ctx.db.write() as session:
        session.add(OutboxEntry(kind="broadcast_logs", payload={}))
        session.add(OutboxEntry(kind="emergency", lane="emergency", payload={}))
        session.add(SyncState(key=LINK_STATE_KEY, value="offline"))
    window.refresh_status()
    qtbot.waitUntil(lambda: view.outbox_label.text() == "Hộp thư đi: 2 (khẩn cấp: 1)",
                    timeout=5000)
    assert "Mất kết nối" in view.link_label.text()
    assert "Quản trị viên" in view.user_label.text()


def _open(qtbot, ctx: StationContext, admin, tasks, prefs: UiPreferences) -> MainWindow:
    main = MainWindow(ctx, admin, tasks=tasks, prefs=prefs)
    qtbot.addWidget(main)
    main.show()
    return main


def test_title_names_the_station(qtbot, ctx: StationContext, admin, tasks,
                                 prefs: UiPreferences) -> None:
    seed_station(ctx)
    main = _open(qtbot, ctx, admin, tasks, prefs)
    qtbot.waitUntil(lambda: "Phú Lộc" in main.windowTitle(), timeout=5000)
    assert main.windowTitle() == "Bảng điều khiển Đài truyền thanh — Đài truyền thanh xã Phú Lộc"
    assert main.station_label.text() == "Đài truyền thanh xã Phú Lộc"
    assert main.demo_banner.isHidden()
    main.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)


def test_demo_is_clearly_marked(qtbot, ctx: StationContext, admin, tasks,
                                prefs: UiPreferences) -> None:
    ctx.demo = True
    main = _open(qtbot, ctx, admin, tasks, prefs)
    assert main.windowTitle().startswith("DEMO")
    assert main.demo_banner.isVisible()
    assert "DEMO" in main.demo_banner.text()
    main.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)


def test_language_switch_changes_visible_labels(qtbot, ctx: StationContext, window: MainWindow,
                                                prefs: UiPreferences) -> None:
    today = window.pages[0]
    assert today.title_label.text() == "Hôm nay"
    assert window.nav.item(1).text() == "Thư viện"
    window.show_page("settings")
    settings_page = window.current_page()
    combo = settings_page.language_combo          # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: today.title_label.text() == "Today", timeout=5000)
    assert window.nav.item(1).text() == "Library"
    assert settings_page.title_label.text() == "Settings"
    qtbot.waitUntil(lambda: not prefs.saving, timeout=5000)
    assert ctx.settings.get(UI_LANGUAGE) == "en"
    prefs.set_language("vi")
    qtbot.waitUntil(lambda: today.title_label.text() == "Hôm nay", timeout=5000)
    qtbot.waitUntil(lambda: not prefs.saving, timeout=5000)
    assert ctx.settings.get(UI_LANGUAGE) == "vi"


def test_text_size_keys_change_and_save_the_scale(qtbot, ctx: StationContext,
                                                  window: MainWindow, prefs: UiPreferences,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    width_before = window.nav.width()
    restyled: list[float] = []
    apply_look = theme.apply_look
    monkeypatch.setattr(theme, "apply_look",
                        lambda app, scale: restyled.append(scale) or apply_look(app, scale))
    # Quick presses restyle the window once, at the size reached (each restyle takes a
    # second on a slow PC: one per press kept the window frozen for seconds).
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert prefs.font_scale == 1.2
    qtbot.waitUntil(lambda: window.nav.width() > width_before, timeout=5000)
    assert restyled == [1.2]
    qtbot.waitUntil(lambda: not prefs.saving, timeout=5000)
    assert ctx.settings.get(UI_FONT_SCALE) == 1.2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert prefs.font_scale == 1.1
    prefs.reset_zoom()
    assert prefs.font_scale == 1.0
    qtbot.waitUntil(lambda: not prefs.saving, timeout=5000)
    assert ctx.settings.get(UI_FONT_SCALE) == 1.0


def test_settings_page_shows_the_data_folder_and_keyring_warning(
        window: MainWindow, ctx: StationContext) -> None:
    page = window.show_page("settings")
    general = page.section("general")                         # type: ignore[attr-defined]
    assert general.folder_path.text() == str(ctx.paths.root)
    ctx.secrets.warning = "Passwords cannot be saved (no keyring backend on this machine)"
    page.activate()
    assert page.keyring_notice.isVisibleTo(page)              # type: ignore[attr-defined]
    assert "mật khẩu" in page.keyring_notice.text()           # type: ignore[attr-defined]


def test_today_page_shows_empty_states(qtbot, window: MainWindow) -> None:
    today = window.pages[0]
    qtbot.waitUntil(lambda: today.summary is not None, timeout=5000)  # type: ignore[attr-defined]
    texts = [label.text() for label in today.findChildren(QLabel)]
    assert "Hôm nay chưa có chương trình nào." in texts
    assert "Không có tin mới kể từ hôm qua." in texts


def test_small_screens_get_a_maximised_window(window: MainWindow) -> None:
    window.showNormal()
    window.show_for_screen()          # the offscreen screen is smaller than the default size
    available = window.screen().availableGeometry()
    if available.width() < 1360:
        assert window.isMaximized()
    else:
        assert window.width() == 1280


def test_the_navigation_fits_a_maximised_window_with_a_banner(qtbot, window: MainWindow) -> None:
    """A maximised window on a 1366x768 screen (taskbar and title bar take some 70 pixels),
    the demo line and the province's emergency banner up: every entry is shown whole,
    without scrolling, and the last one answers a click."""
    window.showNormal()
    window.resize(1366, 697)
    window.demo_banner.show()
    window.emergency_banner.announce([("tin-khan-1", "Cảnh báo lũ quét và sạt lở đất")])
    qtbot.waitUntil(lambda: window.emergency_banner.isVisible(), timeout=5000)
    nav = window.nav
    qtbot.waitUntil(lambda: nav.verticalScrollBar().maximum() == 0, timeout=5000)
    for row in range(nav.count()):
        assert nav.viewport().rect().contains(nav.visualItemRect(nav.item(row))), row
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert last.height() >= nav.iconSize().height()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=last.center())
    assert window.current_page().key == "settings"
    # With room again the entries are as tall as before.
    window.emergency_banner.hide()
    window.demo_banner.hide()
    window.resize(1366, 900)
    qtbot.waitUntil(lambda: nav.itemDelegate().row_height is None, timeout=5000)
