"""Kế hoạch và đội ngũ on a new station: the team, its activities and its trainings are empty
tables, and each says so over the table, with the button that fills it; the headers run to
the table's right edge, the team's note last. The first person added and the first training
recorded take the line away. Someone who may only look is told what is missing, not which
button to press (theirs are greyed). Clicks and keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from sqlalchemy import select

from console.models import Propagandist, Training
from console.services.permissions import Actor, Role
from console.ui.pages.channels.common import CUT_FLOOR
from console.ui.pages.channels.dialogs import PersonDialog, TrainingDialog

from .conftest import ADMIN, Scene, shoot, type_text
from .test_team_training import click_tab, open_plan, tick
from .week_steps import WAIT, wait_idle

VIEWER = Actor("xem", Role.VIEWER, "Cán bộ xem")
NO_TEAM = "Tổ tuyên truyền chưa có ai."
NO_ACTIVITY = "Chưa ghi hoạt động nào của tổ trong 400 ngày qua."
NO_TRAINING = "Chưa ghi buổi tập huấn nào trong 400 ngày qua."
LONG_TITLE = "Tập huấn sử dụng loa truyền thanh thông minh cho tổ tuyên truyền"


def header_reaches_the_edge(table: QTableWidget) -> bool:
    return table.horizontalHeader().length() >= table.viewport().width()


def said_when_shown(qtbot, line: QLabel) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(line.isVisible, timeout=WAIT)
    return line.text()


def test_empty_team_tables_say_how_to_fill_them(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    page = open_plan(qtbot, window)
    click_tab(qtbot, page.tabs, "Tổ tuyên truyền")
    team = page.team_tab
    assert said_when_shown(qtbot, team.empty) == (
        NO_TEAM + " Bấm “Nhập từ Excel…” để nhập danh sách của xã (họ và tên, thôn, điện "
        "thoại, Zalo, vai trò, ghi chú), hoặc “Thêm người…” để thêm từng người.")
    assert header_reaches_the_edge(team.table)
    shoot(window, "team-empty-vi")

    # The first person, added with the dialog: the line goes.
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(team.dialog, PersonDialog) and team.dialog.isVisible(),
                    timeout=WAIT)
    dialog = team.dialog
    type_text(dialog.name_edit, "Lò Thị Mai")
    dialog.note_edit.setFocus()
    type_text(dialog.note_edit, "Phụ trách loa lưu động")
    qtbot.mouseClick(dialog.box.button(dialog.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.table.rowCount() == 1, timeout=WAIT)
    assert not team.empty.isVisible() and team.table.item(0, 1).text() == "Lò Thị Mai"
    # The note last, where the table's spare width is.
    last = team.table.columnCount() - 1
    assert team.table.horizontalHeaderItem(last).text() == "Ghi chú"
    assert team.table.item(0, last).text() == "Phụ trách loa lưu động"
    assert header_reaches_the_edge(team.table)  # also with a row's contents
    with scene.ctx.db.read() as session:
        assert session.scalars(select(Propagandist.name)).all() == ["Lò Thị Mai"]

    click_tab(qtbot, page.tabs, "Hoạt động")
    assert said_when_shown(qtbot, page.activities_tab.empty).startswith(
        NO_ACTIVITY + " Bấm “Ghi hoạt động…” để ghi một buổi họp")
    assert header_reaches_the_edge(page.activities_tab.table)

    # Tập huấn: the line, then the first training recorded takes it away.
    click_tab(qtbot, page.tabs, "Tập huấn")
    trainings = page.trainings_tab
    assert said_when_shown(qtbot, trainings.empty) == (
        NO_TRAINING + " Bấm “Ghi buổi tập huấn…” để ghi một buổi tập huấn và những người "
        "trong tổ đã dự: kế hoạch và báo cáo sẽ tính buổi đó.")
    qtbot.mouseClick(trainings.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(trainings.dialog, TrainingDialog)
                    and trainings.dialog.isVisible(), timeout=WAIT)
    dialog = trainings.dialog
    type_text(dialog.title_edit, LONG_TITLE)
    tick(qtbot, dialog.attendees, "Lò Thị Mai")
    qtbot.mouseClick(dialog.box.button(dialog.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    table = trainings.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=WAIT)
    assert not trainings.empty.isVisible()
    # A long title is shown whole where the table has the room, without sideways scrolling.
    assert table.columnWidth(1) >= table.sizeHintForColumn(1) > 280
    assert header_reaches_the_edge(table) and table.horizontalScrollBar().maximum() == 0
    # A narrower window takes the room back: the title is cut (whole in its tooltip) before
    # the table would scroll sideways.
    wide = table.columnWidth(1)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: table.columnWidth(1) < wide, timeout=WAIT)
    assert table.columnWidth(1) >= CUT_FLOOR
    assert header_reaches_the_edge(table) and table.horizontalScrollBar().maximum() == 0
    assert table.item(0, 1).toolTip() == LONG_TITLE
    with scene.ctx.db.read() as session:
        assert session.scalars(select(Training.title)).all() == [LONG_TITLE]


def test_someone_who_only_looks_is_not_sent_to_a_greyed_button(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(VIEWER)
    page = open_plan(qtbot, window)
    wait_idle(qtbot, window)
    for title, tab, said in (("Tổ tuyên truyền", page.team_tab, NO_TEAM),
                             ("Hoạt động", page.activities_tab, NO_ACTIVITY),
                             ("Tập huấn", page.trainings_tab, NO_TRAINING)):
        click_tab(qtbot, page.tabs, title)
        assert said_when_shown(qtbot, tab.empty) == said
