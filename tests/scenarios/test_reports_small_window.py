"""Báo cáo in the window's smallest size (900×560, a small laptop), then made large.

Small, the broadcast log keeps six rows in sight and its filters wrap rather than squeeze:
the clusters and villages under the dates, the title search on a line of its own (it was
60 px wide, the log a row and a half tall). The page scrolls down instead, a turn of the
wheel away from the totals and the export, which writes the file. Nothing is cut at the
right of any tab: the statistics' charts go one under another, the periodic report's list
over its form, whose workflow buttons wrap onto a second line. Made 1366×768, every tab is
back in its wide arrangement and the page does not scroll. Clicks, keys and the wheel; the
save dialog answered at its seam, as the other Báo cáo scenarios do.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from console.ui.main_window import MainWindow
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_model import Column
from console.ui.pages.reports.log_tab import ROWS_AT_LEAST, SEARCH_AT_LEAST
from console.ui.pages.reports.report_tab import FORM_AT_LEAST

from .conftest import ADMIN, Scene, click_page, shoot, type_text
from .test_reports_log import arrange_plays, export, settled
from .test_team_training import click_tab
from .week_steps import WAIT, wait_idle


def page_area(page: QWidget) -> QScrollArea:
    """The scroll area the window shows the page in."""
    parent = page.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None
        parent = parent.parentWidget()
    return parent


def in_sight(widget: QWidget, area: QScrollArea) -> bool:
    """Whether the whole of `widget` is inside the area's visible part."""
    view = area.viewport()
    corner = widget.mapTo(view, QPoint(0, 0))
    return view.rect().contains(QRect(corner, widget.size()))


def wheel_down(area: QScrollArea, turns: int, *, up: bool = False) -> None:
    """Turns of the mouse wheel over the page (not over its lists)."""
    view = area.viewport()
    where = QPointF(view.width() - 5, 5)
    for _turn in range(turns):
        QApplication.sendEvent(view, QWheelEvent(
            where, view.mapToGlobal(where), QPoint(0, 0), QPoint(0, 120 if up else -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))


def wheel_down_to(qtbot, area: QScrollArea, widget: QWidget,  # type: ignore[no-untyped-def]
                  *, up: bool = False) -> None:
    """Turn the wheel over the page (up with `up`), a turn at a time, until `widget` is in
    sight. The turns go on at the page's end too: under load its scroll range can grow a
    moment after a new arrangement is shown."""
    def turned_to() -> bool:
        if in_sight(widget, area):
            return True
        wheel_down(area, 1, up=up)
        return False

    qtbot.waitUntil(turned_to, timeout=WAIT)


def whole(widget: QWidget) -> bool:
    """As wide as its words (and box) need: nothing of it cut."""
    return widget.width() >= widget.sizeHint().width()


def same_line(*widgets: QWidget) -> bool:
    """Whether the widgets sit on one line (their middles level, whatever their heights)."""
    middles = [w.geometry().center().y() for w in widgets]
    return max(middles) - min(middles) <= 4


def below(lower: QWidget, upper: QWidget) -> bool:
    return lower.geometry().top() > upper.geometry().bottom()


def resize(qtbot, window: MainWindow, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=WAIT)
    QApplication.processEvents()


def test_reports_fit_the_smallest_window_and_spread_out_in_a_large_one(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window, tmp_path: Path) -> None:
    plays = arrange_plays(scene)
    window = open_window(ADMIN)
    assert (window.minimumWidth(), window.minimumHeight()) == (900, 560)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "reports")
    assert isinstance(page, ReportsPage)
    log_tab = page.log_tab
    settled(qtbot, window, log_tab)
    area = page_area(page)
    down = area.verticalScrollBar()
    qtbot.waitUntil(lambda: below(log_tab.result_combo, log_tab.text_edit), timeout=WAIT)
    shoot(window, "reports-small-log")

    # The filters wrap: the places under the dates, the search alone and wide.
    assert below(log_tab.target_combo, log_tab.from_edit)
    assert same_line(log_tab.village_combo, log_tab.target_combo)
    qtbot.waitUntil(lambda: log_tab.text_edit.width() >= SEARCH_AT_LEAST, timeout=WAIT)
    assert same_line(log_tab.clear_button, log_tab.text_edit)
    assert same_line(log_tab.result_combo, log_tab.priority_combo, log_tab.origin_combo)
    # Six rows of the log in sight, every heading whole, nothing cut at the right.
    row = log_tab.table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: log_tab.table.viewport().height() >= ROWS_AT_LEAST * row,
                    timeout=WAIT)
    header = log_tab.table.horizontalHeader()
    for column in Column:
        heading = log_tab.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(heading) < header.sectionSize(column), (
            heading)
    assert area.horizontalScrollBar().maximum() == 0
    assert page.width() <= area.viewport().width()

    # The totals and the export a turn of the wheel away; the export writes the file.
    assert down.maximum() > 0 and not in_sight(log_tab.export_xlsx_button, area)
    wheel_down(area, 5)
    qtbot.waitUntil(lambda: in_sight(log_tab.export_xlsx_button, area), timeout=WAIT)
    assert in_sight(log_tab.totals_label, area)
    assert log_tab.totals_label.text().startswith(f"{len(plays) - 1} lượt phát")
    chosen = tmp_path / "nhat-ky.xlsx"
    export(qtbot, window, log_tab, log_tab.export_xlsx_button, chosen)
    sheet = load_workbook(chosen).active
    assert sheet is not None and sheet.max_row == 1 + len(plays) - 1  # this month's
    # The search, alone on its line, still searches.
    type_text(log_tab.text_edit, "sau cuon la")
    settled(qtbot, window, log_tab)
    qtbot.waitUntil(lambda: log_tab.model.rowCount() == 2, timeout=WAIT)

    # Thống kê: the charts one under another beside the figures; nothing cut at the right.
    click_tab(qtbot, page.tabs, "Thống kê")
    stats = page.stats_tab
    qtbot.waitUntil(lambda: stats.chart_columns == 1, timeout=WAIT)
    wait_idle(qtbot, window)
    tops = [chart.y() for chart in stats.charts]
    assert len({chart.x() for chart in stats.charts}) == 1 and tops == sorted(set(tops))
    assert below(stats.refresh_button, stats.picker)  # under the period, not cut
    assert area.horizontalScrollBar().maximum() == 0
    shoot(window, "reports-small-statistics")

    # Báo cáo định kỳ: a report made with its button; the list over the form, each
    # workflow button whole.
    click_tab(qtbot, page.tabs, "Báo cáo định kỳ")
    report_tab = page.report_tab
    qtbot.mouseClick(report_tab.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_tab.current is not None, timeout=WAIT)
    wait_idle(qtbot, window)
    assert report_tab.splitter.orientation() == Qt.Orientation.Vertical
    assert report_tab.table.geometry().bottom() < report_tab.form_view.parentWidget().y()
    form_width = report_tab.form_view.width()
    for button in (report_tab.save_button, report_tab.approve_button,
                   report_tab.submit_button, report_tab.xlsx_button, report_tab.pdf_button):
        left = button.mapTo(report_tab.form_view, QPoint(0, 0)).x()
        assert left >= 0 and left + button.width() <= form_width, button.text()
    assert report_tab.form_view.height() >= FORM_AT_LEAST - 2  # the page scrolls instead
    assert area.horizontalScrollBar().maximum() == 0
    shoot(window, "reports-small-report")

    # Made large: the wide arrangements, and no page scrolling.
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: report_tab.splitter.orientation() == Qt.Orientation.Horizontal,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: down.maximum() == 0, timeout=WAIT)
    click_tab(qtbot, page.tabs, "Thống kê")
    qtbot.waitUntil(lambda: stats.chart_columns == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: stats.charts[0].y() == stats.charts[1].y(), timeout=WAIT)
    assert down.maximum() == 0
    click_tab(qtbot, page.tabs, "Nhật ký phát thanh")
    qtbot.waitUntil(lambda: same_line(log_tab.text_edit, log_tab.result_combo,
                                      log_tab.clear_button), timeout=WAIT)
    assert same_line(log_tab.target_combo, log_tab.from_edit, log_tab.village_combo)
    qtbot.waitUntil(lambda: down.maximum() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: log_tab.table.viewport().height() >= 10 * row, timeout=WAIT)
    shoot(window, "reports-large-log")
