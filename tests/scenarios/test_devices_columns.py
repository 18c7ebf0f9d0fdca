"""The Devices table at 1366x768: what an operator checks each morning (state, the next
programme, whether the last push arrived) is in view without scrolling sideways; a
right-click on the header chooses the columns, and the choice is there the next time the
window opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFontMetrics
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console.models import SettingRow
from console.ui.pages.devices import DevicesPage
from console.ui.pages.devices_model import TargetTableModel as Columns
from console.ui.pages.devices_model import state_label

from .conftest import ADMIN, VILLAGES, Scene, click_page
from .week_steps import WAIT, wait_idle


def devices_page(qtbot, window) -> DevicesPage:  # type: ignore[no-untyped-def]
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=WAIT)
    wait_idle(qtbot, window)
    return page


def in_view(page: DevicesPage, column: int) -> bool:
    header = page.table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (not page.table.isColumnHidden(column) and left >= 0
            and left + header.sectionSize(column) <= header.viewport().width())


def right_click_header(qtbot, page: DevicesPage):  # type: ignore[no-untyped-def]
    """The header's menu, opened as a right click opens it."""
    header = page.table.horizontalHeader()
    pos = QPoint(20, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                              header.viewport().mapToGlobal(pos))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: page.columns.menu is not None and page.columns.menu.isVisible(),
                    timeout=WAIT)
    return page.columns.menu


def click_entry(qtbot, menu, title: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == title)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def hidden_setting(scene: Scene) -> str | None:
    with scene.ctx.db.read() as session:
        return session.scalar(select(SettingRow.value).where(
            SettingRow.key == "ui.devices_hidden_columns"))


def test_the_morning_columns_fit_and_the_choice_of_columns_is_kept(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = devices_page(qtbot, window)
    assert page.table.horizontalScrollBar().value() == 0
    for column in (Columns.NAME, Columns.VILLAGE, Columns.STATE, Columns.SCHEDULED,
                   Columns.DELIVERY):
        assert in_view(page, column), Columns.column_title(column)
    assert page.table.isColumnHidden(Columns.FIRMWARE)  # a technician's detail, left out
    # The names, which tell the rows apart, are whole (the programmes' titles are cut
    # first: devices_page's squeeze).
    cells, header = QFontMetrics(page.table.font()), page.table.horizontalHeader()
    names = [page.model.target(row).name for row in range(page.model.rowCount())]
    assert max(cells.horizontalAdvance(n) for n in names) > 210  # past the old cap
    for name in names:
        assert cells.horizontalAdvance(name) + page.cell_margins() <= header.sectionSize(
            Columns.NAME), (name, header.sectionSize(Columns.NAME))
    # The map beside the table names every state in its legend, on a second line when
    # one is too narrow for the four (it dropped "Lỗi").
    metrics = QFontMetrics(page.map.font())
    legend = page.map._legend()
    assert [state for state, _x, _line in legend] == ["online", "playing", "offline", "fault"]
    assert all(x + 13 + metrics.horizontalAdvance(state_label(state)) <= page.map.width()
               for state, x, _line in legend), (legend, page.map.width())
    # Each hamlet's name once beside its devices (written beside every device, a hamlet's
    # three showed it three times), none over another.
    page.map.grab()  # painted as on screen
    labels = page.map.village_labels
    assert sorted(labels) == sorted(VILLAGES), labels
    boxes = list(labels.values())
    assert not any(a.intersects(b) for n, a in enumerate(boxes) for b in boxes[n + 1:])
    assert page.table.horizontalHeader().toolTip() == "Bấm chuột phải vào đây để chọn các cột"

    # The header's menu: every column but the name, ticked when shown, in Vietnamese.
    menu = right_click_header(qtbot, page)
    entries = {a.text(): a.isChecked() for a in menu.actions()}
    assert entries == {"Thôn/ấp": True, "Trạng thái": True, "Sắp phát": True,
                       "Gửi gần nhất": True, "Liên lạc lần cuối": True,
                       "Âm lượng": True, "Loại": True, "Bảo mật": True,
                       "Phần mềm thiết bị": False}, entries
    click_entry(qtbot, menu, "Âm lượng")
    qtbot.waitUntil(lambda: page.table.isColumnHidden(Columns.VOLUME), timeout=WAIT)
    qtbot.waitUntil(lambda: hidden_setting(scene) == "firmware,volume", timeout=WAIT)

    menu = right_click_header(qtbot, page)
    click_entry(qtbot, menu, "Phần mềm thiết bị")
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(Columns.FIRMWARE), timeout=WAIT)
    assert page.table.columnWidth(Columns.FIRMWARE) >= 40
    qtbot.waitUntil(lambda: hidden_setting(scene) == "volume", timeout=WAIT)
    wait_idle(qtbot, window)
    window.close()

    # The next window shows the same columns.
    again = devices_page(qtbot, open_window(ADMIN))
    assert again.table.isColumnHidden(Columns.VOLUME)
    assert not again.table.isColumnHidden(Columns.FIRMWARE)
    assert in_view(again, Columns.SCHEDULED)


def names_whole(page: DevicesPage) -> bool:
    cells, header = QFontMetrics(page.table.font()), page.table.horizontalHeader()
    widest = max(cells.horizontalAdvance(page.model.target(row).name)
                 for row in range(page.model.rowCount()))
    return widest + page.cell_margins() <= header.sectionSize(Columns.NAME)


def test_the_names_stay_whole_when_loaded_behind_another_page_or_the_window_grows(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """The devices are read in the background for the alarm, before the page is ever shown:
    their columns were then fitted to a splitter of Qt's default 640 pixels, and the names
    cut to 150. Likewise a window opened small and then maximised kept the small window's
    columns."""
    window = open_window(ADMIN)
    hidden = next(p for p in window.pages if p.key == "devices")
    assert isinstance(hidden, DevicesPage)
    qtbot.waitUntil(lambda: hidden.model.rowCount() == 9, timeout=WAIT)  # read, not shown
    assert not hidden.isVisible()
    page = devices_page(qtbot, window)
    qtbot.waitUntil(lambda: names_whole(page), timeout=WAIT)
    for column in (Columns.STATE, Columns.SCHEDULED, Columns.DELIVERY):
        assert in_view(page, column), Columns.column_title(column)

    # the window made smaller (the map still beside the list), then maximised again
    window.resize(1160, 700)
    qtbot.waitUntil(lambda: not names_whole(page) or not in_view(page, Columns.DELIVERY),
                    timeout=WAIT)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: names_whole(page) and in_view(page, Columns.DELIVERY),
                    timeout=WAIT)

    # Once the person drags the splitter, the columns are theirs: a resize leaves them be.
    handle, table_width = page.splitter.handle(1), page.splitter.sizes()[0]
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(-120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-120, 0))
    qtbot.waitUntil(lambda: page.splitter.sizes()[0] <= table_width - 100, timeout=WAIT)
    name_width = page.table.columnWidth(Columns.NAME)
    window.resize(1200, 768)
    qtbot.wait(100)
    assert page.table.columnWidth(Columns.NAME) == name_width
    wait_idle(qtbot, window)
