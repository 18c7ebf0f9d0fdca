"""Statistics: play logs are collected first, numbers and bars drill down to the log."""

from __future__ import annotations

from console.services.reports.log import LogFilter, count_log
from console.services.reports.periods import period_of
from tests.ui.pages.reports.helpers import close, log_ids, open_page, settle, show_statistics

NOVEMBER = period_of("month", 2026, 11)


def test_numbers_drill_down_to_exactly_their_entries(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, make_env())
    page.activate()
    show_statistics(qtbot, page, NOVEMBER)
    tab = page.stats_tab
    # the devices of the test station do not answer: said plainly, the figures still come
    assert "4 clusters or boards could not be reached" in tab.status_label.text()
    assert tab.grid.value_widgets["plays_requested"].text() == "16"
    assert tab.grid.value_widgets["hours_total"].text() == "1,15"
    assert tab.grid.value_widgets["cluster_availability_pct"].text() == "75"

    tab.grid.value_widgets["emergency_broadcasts"].click()
    assert page.tabs.currentWidget() is page.log_tab
    assert page.log_tab.chip.isVisible()
    assert page.log_tab.chip_label.text() == (
        "Filter: Emergency broadcasts — Month 11/2026")
    settle(qtbot, page)
    assert log_ids(qtbot, page.log_tab) == set(ids["kc1"]) | set(ids["kc2"])

    # a number defined by entry ids: exactly those entries, whatever their dates
    page.show_tab(tab)
    tab.grid.value_widgets["items_received_broadcast"].click()
    settle(qtbot, page)
    drill = tab.statistics.indicators["items_received_broadcast"].drill
    assert log_ids(qtbot, page.log_tab) == set(drill.entry_ids)
    assert ids["kc1"][0] in drill.entry_ids

    # the chip's clear button goes back to the operator's own filters
    page.log_tab.chip_clear.click()
    settle(qtbot, page)
    assert not page.log_tab.chip.isVisible() and page.log_tab.drill is None
    close(qtbot, page)


def test_a_bar_drills_down_to_its_month(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, make_env())
    page.activate()
    quarter = period_of("quarter", 2026, 4)
    show_statistics(qtbot, page, quarter)
    chart = page.stats_tab.bulletins_chart
    assert chart.labels == ["10/26", "11/26", "12/26"]
    assert chart.values == [1.0, 7.0, 1.0]
    chart.bar_set.clicked.emit(1)            # November's bar
    assert page.tabs.currentWidget() is page.log_tab
    settle(qtbot, page)
    expected = count_log(ctx, LogFilter(start=NOVEMBER.start, end=NOVEMBER.end,
                                        results=("success", "partial")))
    assert page.log_tab.model.rowCount() == expected == 15
    assert ids["b"][2] not in log_ids(qtbot, page.log_tab)   # the failed play is not behind it
    assert page.log_tab.chip_label.text() == "Filter: 11/2026 — Quarter IV/2026"

    # horizontal bars are drawn bottom-up; the top one is the biggest category
    page.show_tab(page.stats_tab)
    categories = page.stats_tab.category_chart
    top = max(page.stats_tab.statistics.by_category, key=lambda b: b.bulletins)
    assert categories.labels[0] == top.label
    categories.bar_set.clicked.emit(len(categories.labels) - 1)   # drawn on top
    settle(qtbot, page)
    assert page.log_tab.model.rowCount() == count_log(ctx, top.drill)
    assert page.log_tab.chip_label.text() == f"Filter: {top.label} — Quarter IV/2026"
    close(qtbot, page)


def test_statistics_without_collecting(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    """Changing the period does not collect again within a minute."""
    page = open_page(qtbot, make_env())
    show_statistics(qtbot, page, NOVEMBER)
    calls: list[int] = []
    original = page.stats_tab.collect_logs

    def counting():  # type: ignore[no-untyped-def]
        calls.append(1)
        return original()

    page.stats_tab.collect_logs = counting
    show_statistics(qtbot, page, period_of("month", 2026, 10))
    assert calls == []
    assert page.stats_tab.grid.value_widgets["plays_requested"].text() == "1"
    close(qtbot, page)
