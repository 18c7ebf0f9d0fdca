"""The Reports page in the main window: reached from the navigation, four tabs."""

from __future__ import annotations

from console.ui.main_window import MainWindow
from tests.ui.pages.reports.conftest import ADMIN


def test_reports_page_in_the_window(qtbot, ctx, tasks, make_env, ids) -> None:  # type: ignore[no-untyped-def]
    env = make_env()
    window = MainWindow(ctx, ADMIN, tasks=tasks, prefs=env.prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("reports")
    assert page.isVisible()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Broadcast log", "Statistics", "Periodic report", "Contributions"]
    qtbot.waitUntil(lambda: page.log_tab.last_totals is not None, timeout=10_000)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.stats_tab.statistics is not None, timeout=15_000)
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=15_000)
