"""A theme of the annual plan added from the window: the dialog's fields show their hints in
full at 1366x768, what is typed is what is stored, the plan lists it, and the audit log
says so in Vietnamese words (not "plan.theme_save", "year: 2026; new: True")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from console.models import PlanTheme
from console.ui.pages.settings import SettingsPage

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, press_yes, type_text
from .test_team_training import open_plan
from .week_steps import WAIT, wait_idle


def press_no(box) -> None:  # type: ignore[no-untyped-def]
    box.button(box.StandardButton.No).click()


def theme_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    """Kế hoạch và đội ngũ, then "Thêm chủ đề…": the plan's tab and its open dialog."""
    page = open_plan(qtbot, window)
    wait_idle(qtbot, window)
    tab = page.plan_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=WAIT)
    return tab, tab.dialog


def test_add_a_theme_with_its_tags_and_planned_airings(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    tab, dialog = theme_dialog(qtbot, window)
    assert dialog is not None
    # The empty tags field's hint is read whole, not cut short.
    hint = dialog.tags_edit.placeholderText()
    assert hint == "thẻ của các tin thuộc chủ đề, cách nhau bởi dấu phẩy", hint
    assert dialog.tags_edit.width() >= dialog.tags_edit.fontMetrics().horizontalAdvance(hint) + 16
    assert dialog.frameGeometry().width() <= 1366

    type_text(dialog.title_edit, "Phòng chống cháy rừng mùa khô")
    type_text(dialog.tags_edit, "cháy rừng, mùa khô")
    airings = dialog.spins["airings"]
    airings.selectAll()
    type_text(airings, "24")
    ok = dialog.box.button(dialog.box.StandardButton.Ok)
    assert ok.text() == "Đồng ý"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() and tab.table.rowCount() == 1, timeout=WAIT)

    with scene.ctx.db.read() as session:
        theme = session.scalars(select(PlanTheme)).one()
    assert (theme.title, theme.tags, theme.planned_airings, theme.period_kind) == (
        "Phòng chống cháy rừng mùa khô", ["cháy rừng", "mùa khô"], 24, "month")
    assert tab.table.item(0, 1).text() == "Phòng chống cháy rừng mùa khô"

    # The audit log, by its kind, in words.
    settings = click_page(qtbot, window, "settings")
    assert isinstance(settings, SettingsPage)
    sections = settings.section_list
    row = next(r for r in range(sections.count()) if sections.item(r).text() == "Nhật ký thao tác")
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton,
                     pos=sections.visualItemRect(sections.item(row)).center())
    viewer = settings.current_section()
    wait_idle(qtbot, window)
    kinds = [viewer.kind_combo.itemText(i) for i in range(viewer.kind_combo.count())]
    assert "Kế hoạch năm" in kinds and not [k for k in kinds if "." in k or "_" in k], kinds
    viewer.kind_combo.setCurrentIndex(kinds.index("Kế hoạch năm"))
    qtbot.waitUntil(lambda: viewer.table.rowCount() == 1, timeout=WAIT)
    assert viewer.table.item(0, 2).text() == "Lưu chủ đề kế hoạch"
    # On what: the theme by its title; the id it was recorded under, in the tooltip.
    subject = viewer.table.item(0, 3)
    assert subject.text() == "Chủ đề kế hoạch “Phòng chống cháy rừng mùa khô”"
    assert subject.toolTip() == f"{subject.text()}\ntheme:{theme.id}"
    assert viewer.table.item(0, 4).text() == (
        f"tiêu đề: Phòng chống cháy rừng mùa khô; năm: {theme.year}; mới: có")


def test_change_and_delete_act_on_a_chosen_theme_and_delete_asks_first(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    window = open_window(ADMIN)
    tab, dialog = theme_dialog(qtbot, window)
    type_text(dialog.title_edit, "Tuyên truyền bầu cử")
    qtbot.mouseClick(dialog.box.button(dialog.box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT)

    # Nothing chosen: nothing to change or delete.
    tab.table.clearSelection()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    cell = tab.table.visualItemRect(tab.table.item(0, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()

    # Delete asks first, naming the theme; No keeps it.
    asked: list[str] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def act(box) -> None:  # type: ignore[no-untyped-def]
            asked.append(box.text())
            (press_yes if yes else press_no)(box)
        return act

    answer_next_dialog(answer(False))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)
    assert asked[0].startswith("Xóa “Tuyên truyền bầu cử” khỏi kế hoạch năm"), asked[0]
    wait_idle(qtbot, window)
    with scene.ctx.db.read() as session:
        assert session.scalars(select(PlanTheme.title)).all() == ["Tuyên truyền bầu cử"]

    answer_next_dialog(answer(True))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=WAIT)
    with scene.ctx.db.read() as session:
        assert session.scalars(select(PlanTheme)).all() == []
    assert not tab.delete_button.isEnabled()
