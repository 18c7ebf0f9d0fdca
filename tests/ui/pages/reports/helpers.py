"""Opening the Reports page on a test station and waiting for its background reads."""

from __future__ import annotations

from typing import Any

from console.services.reports.periods import Period
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_tab import LogTab


def open_page(qtbot: Any, env: Any) -> ReportsPage:
    page = ReportsPage(env)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    return page


def settle(qtbot: Any, page: ReportsPage) -> None:
    """Every background read of the page delivered."""
    qtbot.waitUntil(lambda: page.env.tasks.pending_count == 0, timeout=15_000)


def close(qtbot: Any, page: ReportsPage) -> None:
    page.close()
    settle(qtbot, page)


def show_statistics(qtbot: Any, page: ReportsPage, period: Period) -> None:
    """The statistics tab on `period`, counted."""
    tab = page.stats_tab
    tab.picker.set_period(period)
    with qtbot.waitSignal(tab.loaded, timeout=15_000,
                          check_params_cb=lambda stats: stats.period == period):
        page.show_tab(tab)
        tab.load()


def log_ids(qtbot: Any, tab: LogTab) -> set[str]:
    """Ids of every row the log's list holds once read."""
    model = tab.model
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    for row in range(model.rowCount()):
        model.row_data(row)
    qtbot.waitUntil(lambda: all(model.row_data(r) is not None
                                for r in range(model.rowCount())), timeout=5000)
    return {model.row_data(r).id for r in range(model.rowCount())}  # type: ignore[union-attr]
