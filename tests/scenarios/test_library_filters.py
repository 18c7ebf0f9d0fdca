"""The library's filter panel at 1366x768: the choices open at first show their counts in
full, and a choice cut short by a narrow panel says all of it in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle
from sqlalchemy import func, select

from console.models import SourceItem
from console.ui.pages.library import LibraryPage

from .conftest import ADMIN, Scene, click_page
from .week_steps import WAIT, wait_idle


def library_by_click(qtbot, window) -> LibraryPage:  # type: ignore[no-untyped-def]
    """Thư viện in the navigation, clicked; the page once its list and counts are read."""
    page = click_page(qtbot, window, "library")
    assert isinstance(page, LibraryPage)
    qtbot.waitUntil(lambda: not page.model.loading and page.filters._counts is not None,
                    timeout=WAIT)
    wait_idle(qtbot, window)
    return page


def test_the_open_choices_show_their_counts_in_full(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = library_by_click(qtbot, window)
    with scene.ctx.db.read() as session:
        by_priority = dict(session.execute(select(SourceItem.priority, func.count())
                                           .group_by(SourceItem.priority)).all())
    tree = page.filters.tree
    box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    labels = {"emergency": "Khẩn cấp", "priority": "Ưu tiên", "normal": "Thông thường"}
    for value, label in labels.items():
        item = page.filters._items[("priority", value)]
        count = by_priority.get(value, 0)
        assert item.text(0) == f"{label} ({count:,})".replace(",", "."), item.text(0)
        rect = tree.visualItemRect(item)
        assert rect.isValid() and rect.right() <= tree.viewport().width()
        # The text beside its box fits in what the panel gives the row: nothing elided.
        assert tree.fontMetrics().horizontalAdvance(item.text(0)) + box + 8 <= rect.width(), (
            item.text(0), rect.width())
    # A choice that may be cut short (a long category or answer) tells all in its tooltip.
    used = page.filters._items[("used", "yes")]
    assert used.toolTip(0) == used.text(0) and used.text(0).startswith(
        "Đã dùng trong chương trình (")
