"""The library's filter panel at 1366x768: the choices open at first show their counts in
full, and a choice cut short by a narrow panel says all of it in its tooltip. Its saved
filters: the preset of the emergencies still in force, and one of the editor's own, saved,
used and deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QWidget,
)
from sqlalchemy import func, select

from console.models import SourceItem
from console.models.library import SavedFilter
from console.ui.pages.library import LibraryPage
from tests.support.library import add_items, item_row

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, press_yes, type_text
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


IN_FORCE = "Khẩn cấp: sạt lở đất đe dọa các hộ ven suối Thôn Đông"
OVER = "Khẩn cấp: bão số 9 đổ bộ (đã qua)"


def _emergencies(scene: Scene) -> set[str]:
    with scene.ctx.db.read() as session:
        return set(session.scalars(select(SourceItem.id).where(
            SourceItem.priority == "emergency", SourceItem.withdrawn.is_(False))))


def _saved_names(scene: Scene) -> list[str]:
    with scene.ctx.db.read() as session:
        return list(session.scalars(select(SavedFilter.name)))


def _saved_texts(page: LibraryPage) -> list[str]:
    """The saved filters' list as it reads on screen, counts included."""
    listed = page.filters.saved_list
    return [listed.item(row).text() for row in range(listed.count())]


def _saved_row(page: LibraryPage, label: str) -> QListWidgetItem:
    listed = page.filters.saved_list
    for row, text in enumerate(_saved_texts(page)):
        if text.startswith(label + " ("):
            return listed.item(row)
    raise AssertionError(_saved_texts(page))


def _click_saved(qtbot, page: LibraryPage, label: str) -> None:  # type: ignore[no-untyped-def]
    listed = page.filters.saved_list
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton,
                     pos=listed.visualItemRect(_saved_row(page, label)).center())


def test_saved_filters_emergencies_in_force_then_one_of_our_own(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """The preset "Khẩn cấp còn hiệu lực" lists the emergencies that may still go on air
    (not last month's storm, which the list marks Khẩn cấp too); the editor then ticks
    Khẩn cấp, saves that as "Mọi tin khẩn cấp", comes back to it from Tất cả; "tất cả" as a
    name is refused; her name typed again replaces her filter only after a yes; she
    deletes it (yes to the question)."""
    now = dt.datetime.now(dt.UTC)
    add_items(scene.ctx,
              item_row("kc-sat-lo", IN_FORCE, priority="emergency", published_at=now,
                       valid_until=now + dt.timedelta(days=1)),
              item_row("kc-bao-9", OVER, priority="emergency", published_at=now,
                       valid_until=now - dt.timedelta(hours=1)))
    with scene.ctx.db.read() as session:
        everything = set(session.scalars(select(SourceItem.id).where(
            SourceItem.withdrawn.is_(False))))
    emergencies = _emergencies(scene)
    assert {"kc-sat-lo", "kc-bao-9"} <= emergencies
    window = open_window(ADMIN)
    page = library_by_click(qtbot, window)
    model = page.model

    def shows(ids: set[str]) -> bool:
        return not model.loading and set(model.ids()) == ids

    # 1. The preset: what may still be broadcast, counted beside its name.
    _click_saved(qtbot, page, "Khẩn cấp còn hiệu lực")
    qtbot.waitUntil(lambda: not model.loading and "kc-sat-lo" in model.ids(), timeout=WAIT)
    in_force = set(model.ids())
    assert "kc-bao-9" not in in_force and in_force <= emergencies
    qtbot.waitUntil(lambda: _saved_row(page, "Khẩn cấp còn hiệu lực").text()
                    == f"Khẩn cấp còn hiệu lực ({len(in_force)})", timeout=WAIT)

    # 2. Every emergency, the storm's too: Khẩn cấp ticked in the filter tree (Tất cả
    #    first, then the choice clicked and Space), saved under a name of her own.
    _click_saved(qtbot, page, "Tất cả")
    qtbot.waitUntil(lambda: shows(everything), timeout=WAIT)
    tree = page.filters.tree
    choice = page.filters._items[("priority", "emergency")]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(choice).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shows(emergencies), timeout=WAIT)
    asked: dict[str, str] = {}

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked["title"], asked["label"] = dialog.windowTitle(), dialog.labelText()
        line = dialog.findChild(QLineEdit)
        assert line is not None
        type_text(line, "Mọi tin khẩn cấp")
        qtbot.keyClick(line, Qt.Key.Key_Return)

    answer_next_dialog(name_it)
    qtbot.mouseClick(page.filters.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_names(scene) == ["Mọi tin khẩn cấp"], timeout=WAIT)
    assert asked == {"title": "Lưu bộ lọc này", "label": "Tên bộ lọc:"}, asked
    qtbot.waitUntil(lambda: f"Mọi tin khẩn cấp ({len(emergencies)})" in _saved_texts(page),
                    timeout=WAIT)

    # 3. Tất cả, then her filter again: every emergency.
    _click_saved(qtbot, page, "Tất cả")
    qtbot.waitUntil(lambda: shows(everything), timeout=WAIT)
    _click_saved(qtbot, page, "Mọi tin khẩn cấp")
    qtbot.waitUntil(lambda: shows(emergencies), timeout=WAIT)

    # 4. The name of a filter every station has is kept for it; her own name, typed again
    #    (in lower case) with Ưu tiên ticked too, is replaced only after a yes.
    messages: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            messages.append(dialog.text())
            qtbot.mouseClick(dialog.button(button), Qt.MouseButton.LeftButton)
        return act

    def save_as(name: str, then: Callable[[QWidget], None] | None) -> None:
        def typed(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            line = dialog.findChild(QLineEdit)
            assert line is not None
            type_text(line, name)
            qtbot.keyClick(line, Qt.Key.Key_Return)
            if then is not None:
                answer_next_dialog(then)

        answer_next_dialog(typed)
        qtbot.mouseClick(page.filters.save_button, Qt.MouseButton.LeftButton)

    save_as("tất cả", answer(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=WAIT)
    assert messages[0] == "“tất cả” là tên một bộ lọc có sẵn ở mọi đài: hãy chọn tên khác."
    priority = page.filters._items[("priority", "priority")]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(priority).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    with scene.ctx.db.read() as session:
        urgent = set(session.scalars(select(SourceItem.id).where(
            SourceItem.priority.in_(("emergency", "priority")),
            SourceItem.withdrawn.is_(False))))
    assert urgent > emergencies
    qtbot.waitUntil(lambda: shows(urgent), timeout=WAIT)
    save_as("mọi tin khẩn cấp", answer(QMessageBox.StandardButton.No))
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=WAIT)
    assert messages[1] == ("Đã có bộ lọc lưu với tên “Mọi tin khẩn cấp”. Thay nó bằng các "
                           "lựa chọn lọc hiện tại?")
    wait_idle(qtbot, window)
    assert _saved_names(scene) == ["Mọi tin khẩn cấp"]
    _click_saved(qtbot, page, "Mọi tin khẩn cấp")           # unchanged: emergencies only
    qtbot.waitUntil(lambda: shows(emergencies), timeout=WAIT)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(priority).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shows(urgent), timeout=WAIT)
    save_as("mọi tin khẩn cấp", answer(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: f"Mọi tin khẩn cấp ({len(urgent)})" in _saved_texts(page),
                    timeout=WAIT)
    assert _saved_names(scene) == ["Mọi tin khẩn cấp"]      # replaced, not a second one
    _click_saved(qtbot, page, "Tất cả")
    qtbot.waitUntil(lambda: shows(everything), timeout=WAIT)
    _click_saved(qtbot, page, "Mọi tin khẩn cấp")
    qtbot.waitUntil(lambda: shows(urgent), timeout=WAIT)

    # 5. Deleted: chosen (it is), Xóa, yes.
    assert page.filters.delete_button.isEnabled()
    questions: list[str] = []

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        questions.append(dialog.text())
        press_yes(dialog)

    answer_next_dialog(yes)
    qtbot.mouseClick(page.filters.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_names(scene) == [], timeout=WAIT)
    assert questions == ["Xóa bộ lọc đã lưu “Mọi tin khẩn cấp”?"]
    qtbot.waitUntil(lambda: not any(text.startswith("Mọi tin khẩn cấp")
                                    for text in _saved_texts(page)), timeout=WAIT)
