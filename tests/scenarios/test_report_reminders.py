"""Báo cáo's reminder of the reports due: four reports due in December filled four lines
(eight in a narrow window) above the broadcast log, which was left a few rows. Now the
first due (what "Lập báo cáo" opens) is said whole and the others counted on a second line;
the tooltip holds all of them. The reminders are those of the day the test runs: on a day
with fewer due, fewer lines are checked."""

from __future__ import annotations

from console.services.reports.forms import due_reminders
from console.timezone import station_now
from console.ui.pages.reports.page import REMIND_WITHIN_DAYS, ReportsPage

from .conftest import ADMIN, Scene, click_page
from .week_steps import WAIT, wait_idle


def test_the_reports_due_take_two_lines_at_most(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    due = due_reminders(scene.ctx, station_now().date(), REMIND_WITHIN_DAYS)
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "reports")
    assert isinstance(page, ReportsPage)
    wait_idle(qtbot, window)
    if not due:
        assert not page.banner.isVisible()
        return
    qtbot.waitUntil(page.banner.isVisible, timeout=WAIT)
    lines = page.banner_label.text().split("\n")
    assert lines[0].startswith("Báo cáo ") and "phải gửi trước ngày" in lines[0], lines
    if len(due) == 1:
        assert len(lines) == 1
        return
    assert len(lines) == 2 and lines[1].startswith(f"Và {len(due) - 1} báo cáo khác phải gửi "
                                                   "trước ngày"), lines
    listed = page.banner.toolTip().split("\n")
    assert len(listed) == len(due) and listed[0] == lines[0], listed
    # What the lines leave to the log: at least as much as a one-line banner's share.
    assert page.banner.height() <= 3 * page.banner_label.fontMetrics().lineSpacing() + 24
