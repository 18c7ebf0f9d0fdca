"""Thư viện in the window's smallest size (900×560), then made large.

Small, the filters step aside: the list takes the room they had (it was squeezed to its
priority column and half a title) beside the preview, and a click on a bulletin shows it
there. "Bộ lọc" brings the filters back in the preview's place; ticking Khẩn cấp lists the
emergencies; "Bộ lọc" again puts the preview back. Made 1366×768 the three panes are side by
side; filters hidden there by the operator stay hidden through a narrow spell. Clicks and
keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from console.models import SourceItem
from console.ui.library.model import Column
from console.ui.library.narrow import LIST_AT_LEAST
from console.ui.main_window import MainWindow
from console.ui.pages.library import LibraryPage

from .conftest import ADMIN, Scene, shoot
from .test_library_filters import library_by_click
from .test_reports_small_window import resize
from .week_steps import WAIT


def three_panes(page: LibraryPage) -> bool:
    return page.filters_area.isVisible() and page.preview.isVisible()


def title_in_sight(page: LibraryPage) -> bool:
    """The title column starts inside the list and has room to be read."""
    header = page.table.horizontalHeader()
    left = header.sectionViewportPosition(Column.TITLE)
    return left >= 0 and left + 120 <= page.table.viewport().width()


def test_the_library_keeps_its_list_readable_in_a_small_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    with scene.ctx.db.read() as session:
        emergencies = set(session.scalars(select(SourceItem.id).where(
            SourceItem.priority == "emergency")))
    window: MainWindow = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = library_by_click(qtbot, window)
    model = page.model
    qtbot.waitUntil(lambda: page.panes.narrow, timeout=WAIT)

    # The list and the preview share the width; the filters wait behind their button.
    assert not page.filters_area.isVisible() and not page.filters_button.isChecked()
    assert page.preview.isVisible()
    qtbot.waitUntil(lambda: page.table.width() >= LIST_AT_LEAST and title_in_sight(page),
                    timeout=WAIT)  # once laid out
    shoot(window, "library-small")
    first = model.index(0, Column.TITLE)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(first).center())
    with scene.ctx.db.read() as session:
        title = session.scalar(select(SourceItem.title).where(SourceItem.id == model.ids()[0]))
    qtbot.waitUntil(lambda: page.preview.title_label.text() == title, timeout=WAIT)

    # "Bộ lọc": the filters in the preview's place; Khẩn cấp ticked lists the emergencies.
    assert page.filters_button.text() == "Bộ lọc"
    qtbot.mouseClick(page.filters_button, Qt.MouseButton.LeftButton)
    assert page.filters_area.isVisible() and not page.preview.isVisible()
    qtbot.waitUntil(lambda: page.table.width() >= LIST_AT_LEAST and title_in_sight(page),
                    timeout=WAIT)
    tree = page.filters.tree
    choice = page.filters._items[("priority", "emergency")]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(choice).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not model.loading and set(model.ids()) == emergencies,
                    timeout=WAIT)
    shoot(window, "library-small-filters")
    qtbot.mouseClick(page.filters_button, Qt.MouseButton.LeftButton)
    assert not page.filters_area.isVisible() and page.preview.isVisible()
    assert set(model.ids()) == emergencies  # the filter stays while its panel is away

    # Made large: the three panes side by side.
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: not page.panes.narrow and three_panes(page), timeout=WAIT)
    assert page.filters_button.isChecked()
    qtbot.waitUntil(lambda: title_in_sight(page), timeout=WAIT)

    # Filters hidden by the operator in the wide window stay hidden after a narrow spell.
    qtbot.mouseClick(page.filters_button, Qt.MouseButton.LeftButton)
    assert not page.filters_area.isVisible()
    resize(qtbot, window, 900, 560)
    qtbot.waitUntil(lambda: page.panes.narrow, timeout=WAIT)
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: not page.panes.narrow, timeout=WAIT)
    assert not page.filters_area.isVisible() and not page.filters_button.isChecked()
    assert page.preview.isVisible()
