"""Chương trình in the window's smallest size (900×560): the list of programmes and the
editor show one at a time (side by side, the editor was a strip of 220 px with its buttons
three to a row). The editor makes a programme and has the width for it; "‹ Danh sách chương
trình" goes back to the list, where a click or the arrow keys choose without leaving it (so
that Delete or the menu act on the one chosen) and Enter or a double-click opens it. Made
1366×768 both are side by side again. Clicks and keys only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from console.timezone import STATION_TZ, station_now

from .conftest import ADMIN, Scene, shoot
from .test_reports_small_window import resize, whole
from .week_steps import WAIT, create_programme, programmes_page, wait_idle

MORNING, EVENING = "Bản tin sáng mai", "Bản tin chiều mai"


def test_the_programme_editor_has_the_width_in_a_small_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    tomorrow = station_now().date() + dt.timedelta(days=1)
    window = open_window(ADMIN)
    resize(qtbot, window, 900, 560)
    page = programmes_page(window)
    wait_idle(qtbot, window)
    panes = page.panes
    listing, editor = page.programme_list, page.detail_area
    qtbot.waitUntil(lambda: panes.narrow, timeout=WAIT)
    assert listing.isVisible() and not editor.isVisible()

    # A new programme opens in the editor, which has the page's width.
    create_programme(qtbot, page, MORNING,
                     dt.datetime.combine(tomorrow, dt.time(6), STATION_TZ))
    qtbot.waitUntil(lambda: editor.isVisible() and not listing.isVisible(), timeout=WAIT)
    assert page.list_button.isVisible() and page.list_button.text() == "‹ Danh sách chương trình"
    # (laid out at the page's width once the events settle)
    qtbot.waitUntil(lambda: editor.width() > 0.9 * page.main_splitter.width(), timeout=WAIT)
    for button in (page.library_button, page.record_button, page.text_button,
                   page.pause_button, page.jingle_button, page.relay_button):
        qtbot.waitUntil(lambda b=button: whole(b), timeout=WAIT)
    # the buttons of adding in two rows at most, not three
    assert len({b.y() for b in (page.library_button, page.relay_button)}) <= 2
    shoot(window, "programmes-small-editor")

    # Back to the list; a second programme; back again.
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert listing.isVisible() and not editor.isVisible()
    qtbot.waitUntil(lambda: whole(page.create_button),
                    timeout=WAIT)  # the list laid out at the page's width
    qtbot.waitUntil(lambda: listing.width() > 0.9 * page.main_splitter.width(), timeout=WAIT)
    create_programme(qtbot, page, EVENING,
                     dt.datetime.combine(tomorrow, dt.time(17), STATION_TZ))
    qtbot.waitUntil(lambda: editor.isVisible(), timeout=WAIT)
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    table = listing.table
    qtbot.waitUntil(lambda: table.width() > 0.9 * page.main_splitter.width(), timeout=WAIT)
    qtbot.waitUntil(lambda: {r.name for r in page._rows} >= {MORNING, EVENING}, timeout=WAIT)
    shoot(window, "programmes-small-list")

    # The arrow keys move in the list without leaving it; Enter opens the one chosen.
    table.setFocus()
    row_of = {r.name: n for n, r in enumerate(page._rows)}
    current = table.currentRow()
    target = row_of[MORNING] if current != row_of[MORNING] else row_of[EVENING]
    key = Qt.Key.Key_Down if target > current else Qt.Key.Key_Up
    for _step in range(abs(target - current)):
        qtbot.keyClick(table, key)
    assert listing.isVisible() and not editor.isVisible()
    wanted = page._rows[target].name
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.isVisible() and page.controller.row is not None
                    and page.controller.row.name == wanted, timeout=WAIT)

    # A click chooses without leaving the list; a double-click opens.
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.width() > 0.9 * page.main_splitter.width(), timeout=WAIT)
    other = row_of[EVENING] if wanted == MORNING else row_of[MORNING]
    cell = table.visualRect(table.model().index(other, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: table.currentRow() == other, timeout=WAIT)
    assert listing.isVisible() and not editor.isVisible()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: editor.isVisible() and page.controller.row is not None
                    and page.controller.row.name == page._rows[other].name, timeout=WAIT)

    # Made large: both side by side, no way back needed.
    resize(qtbot, window, 1366, 768)
    qtbot.waitUntil(lambda: not panes.narrow, timeout=WAIT)
    assert listing.isVisible() and editor.isVisible() and not page.list_button.isVisible()
