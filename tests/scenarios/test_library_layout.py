"""Thư viện: the operator widens the title column by dragging its edge, drags the "Loại"
column next to it and widens the preview by dragging the splitter; the console is closed
and started again, and the library is arranged as it was left. Mouse drags only."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from console.settings import UI_LIBRARY_COLUMNS, UI_LIBRARY_PANES, Settings
from console.ui.library.model import Column
from console.ui.pages.library import LibraryPage

from .conftest import ADMIN, Scene, click_page, shoot
from .week_steps import WAIT, wait_idle


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint,  # type: ignore[no-untyped-def]
         frame: QWidget | None = None) -> None:
    """Press, move there in small steps with the button held, let go. The points are in
    `frame`'s coordinates (by default the widget's own); a splitter's handle moves under
    the pointer, so its drag is given in the splitter's."""
    frame = frame or widget

    def at(point: QPoint) -> QPoint:
        return widget.mapFrom(frame, point)

    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     at(start))
    steps = 12
    for n in range(1, steps + 1):
        QTest.mouseMove(widget, at(start + (end - start) * n / steps))
        qtbot.wait(5)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       at(end))


def open_library(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "library")
    assert isinstance(page, LibraryPage)
    wait_idle(qtbot, window)
    qtbot.wait(50)  # the panes put back as they were, once laid out
    return window, page


def order(page: LibraryPage) -> list[Column]:
    header = page.table.horizontalHeader()
    return sorted(Column, key=header.visualIndex)


def test_the_library_is_arranged_as_it_was_left(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window, page = open_library(qtbot, open_window)
    header = page.table.horizontalHeader()
    assert order(page)[:3] == [Column.PRIORITY, Column.TITLE, Column.PUBLISHED]
    title_width = header.sectionSize(Column.TITLE)
    middle = header.height() // 2

    # The title's right edge, dragged 120 px to the right.
    edge = header.sectionViewportPosition(Column.TITLE) + title_width - 1
    drag(qtbot, header.viewport(), QPoint(edge, middle), QPoint(edge + 120, middle))
    assert header.sectionSize(Column.TITLE) == title_width + 120

    # "Loại", dragged by its heading onto "Phát hành": it comes before it.
    page.table.horizontalScrollBar().setValue(0)
    kind = header.sectionViewportPosition(Column.KIND) + header.sectionSize(Column.KIND) // 2
    published = header.sectionViewportPosition(Column.PUBLISHED) + 10
    drag(qtbot, header.viewport(), QPoint(kind, middle), QPoint(published, middle))
    assert order(page)[:4] == [Column.PRIORITY, Column.TITLE, Column.KIND, Column.PUBLISHED]

    # The handle between the list and the preview, dragged 90 px to the left.
    handle = page.splitter.handle(2)
    preview_width = page.splitter.sizes()[2]
    centre = handle.geometry().center()  # in the splitter
    drag(qtbot, handle, centre, centre - QPoint(90, 0), frame=page.splitter)
    assert page.splitter.sizes()[2] == preview_width + 90
    arranged = page.splitter.sizes()
    shoot(window, "library-arranged-vi")

    qtbot.waitUntil(lambda: not window.prefs.saving and Settings(scene.ctx.db).get(
        UI_LIBRARY_PANES) != "", timeout=WAIT)
    saved = Settings(scene.ctx.db)
    assert saved.get(UI_LIBRARY_COLUMNS).startswith(
        f"priority:{header.sectionSize(Column.PRIORITY)},title:{title_width + 120},kind:")
    assert saved.get(UI_LIBRARY_PANES) == f"{arranged[0]},{arranged[2]}"
    window.close()

    # Started again: as it was left.
    window, page = open_library(qtbot, open_window)
    header = page.table.horizontalHeader()
    assert header.sectionSize(Column.TITLE) == title_width + 120
    assert order(page)[:4] == [Column.PRIORITY, Column.TITLE, Column.KIND, Column.PUBLISHED]
    qtbot.waitUntil(lambda: page.splitter.sizes() == arranged, timeout=WAIT)
