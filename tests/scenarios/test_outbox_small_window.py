"""Hộp thư đi & đồng bộ in the window's smallest size (900×560): the page scrolled sideways
(the media cache's and the mobile data's rows of choices were wider than it), cutting
"Đổi tài khoản…". Now nothing is cut at the right: the cache's buttons wrap, the data
budget's choices go one pair a line. The administrator scrolls down with the wheel, turns
the daily budget on, types 150 MB and saves it. Made 1366×768 the choices are two pairs a
line again. Clicks, keys and the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from console.settings import DATA_BUDGET_MB, DATA_BUDGET_ON
from console.ui.pages.outbox import OutboxPage

from .conftest import ADMIN, Scene, click_page, shoot
from .test_reports_small_window import (
    below,
    in_sight,
    page_area,
    resize,
    same_line,
    wheel_down_to,
    whole,
)
from .week_steps import WAIT, wait_idle


def test_the_outbox_fits_the_smallest_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = click_page(qtbot, window, "outbox")
    assert isinstance(page, OutboxPage)
    box, cache = page.budget_box, page.cache_box
    qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
    wait_idle(qtbot, window)
    area = page_area(page)

    # Nothing cut at the right; the choices one pair a line, each whole.
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: box.side_by_side is False, timeout=WAIT)
    qtbot.waitUntil(lambda: below(box.preset_combo, box.on_check)
                    and same_line(box.preset_caption, box.preset_combo)
                    and below(box.large_spin, box.metered_check), timeout=WAIT)  # laid out
    for widget in (box.on_check, box.metered_check, cache.prune_button, cache.save_button):
        qtbot.waitUntil(lambda w=widget: whole(w), timeout=WAIT)
    assert box.width() <= area.viewport().width()

    # Down with the wheel to the budget: on, 150 MB a day, saved.
    wheel_down_to(qtbot, area, box.save_button)
    bar = area.verticalScrollBar()
    assert in_sight(box.save_button, area), (bar.value(), bar.maximum())
    shoot(window, "outbox-small-budget")
    qtbot.mouseClick(box.on_check, Qt.MouseButton.LeftButton,  # on its box
                     pos=QPoint(8, box.on_check.height() // 2))
    assert box.on_check.isChecked()
    box.mb_spin.setFocus()
    box.mb_spin.selectAll()
    qtbot.keyClicks(box.mb_spin, "150")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scene.ctx.settings.get(DATA_BUDGET_MB) == 150, timeout=WAIT)
    assert scene.ctx.settings.get(DATA_BUDGET_ON)

    # Made large: two pairs a line.
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: box.side_by_side is True, timeout=WAIT)
    qtbot.waitUntil(lambda: same_line(box.on_check, box.preset_combo), timeout=WAIT)
    assert same_line(box.metered_check, box.large_spin)
