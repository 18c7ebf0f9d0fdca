"""In an emergency the first item offered must be one that goes on air: Khẩn cấp lists
only items valid now (an expired warning from last month, or one valid only from
tomorrow, would be refused after the operator pressed "Phát khẩn cấp"), emergencies
first; the same list serves Thiết bị › "Phát ngay…". An item the list of 200 does not
hold is found with "Tìm trong thư viện…" by words typed without accents."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from console.models import DeliveryJob, SourceItem
from console.models.base import utcnow
from console.ui.dialogs.item_picker import ItemPicker
from console.ui.pages.emergency import EmergencyPage
from tests.support.library import add_items, item_row

from .conftest import ADMIN, Scene, answer_next_dialog, click_page, noting, shoot, type_text
from .test_on_air import when_modal
from .test_play_now_search import oldest_playable, unaccented
from .week_steps import WAIT, wait_idle


def add_emergency(scene: Scene, ident: str, title: str, *, since: dt.timedelta,
                  until: dt.timedelta | None) -> None:
    now = utcnow()
    with scene.ctx.db.write() as session:
        session.add(SourceItem(id=ident, kind="text", title=title, body=title,
                               priority="emergency", published_at=now - dt.timedelta(days=1),
                               valid_from=now + since,
                               valid_until=None if until is None else now + until))


@pytest.fixture
def warnings(scene: Scene) -> Scene:
    """Three warnings from the province: last month's, tomorrow's drill, today's flood."""
    add_emergency(scene, "kc-cu", "Khẩn cấp: bão số 9 (tháng trước)",
                  since=-dt.timedelta(days=40), until=-dt.timedelta(days=30))
    add_emergency(scene, "kc-mai", "Khẩn cấp: diễn tập ngày mai",
                  since=dt.timedelta(days=1), until=dt.timedelta(days=2))
    add_emergency(scene, "kc-nay", "Khẩn cấp: lũ quét Thôn Tây",
                  since=-dt.timedelta(hours=1), until=dt.timedelta(hours=6))
    return scene


def test_only_items_that_can_go_on_air_now_are_offered(  # type: ignore[no-untyped-def]
        qtbot, warnings: Scene, open_window) -> None:
    scene = warnings
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    combo = page.item_combo
    qtbot.waitUntil(lambda: combo.findData("kc-nay") >= 0, timeout=WAIT)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "kc-cu" not in offered and "kc-mai" not in offered
    assert combo.currentData() == "kc-nay"  # the current emergency comes first
    assert combo.currentText() == "⚠ Khẩn cấp: lũ quét Thôn Tây"
    with scene.ctx.db.read() as session:
        expired = [i.id for i in session.query(SourceItem).filter(
            SourceItem.valid_until <= utcnow())]
    assert not set(expired) & set(offered)
    wait_idle(qtbot, window)


def test_with_no_emergency_on_file_the_operator_picks_the_item(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """No emergency item is current: nothing is chosen for the operator, "Phát khẩn cấp"
    asks for an item and sends nothing; the item picked from the list is the one the
    confirmation names."""
    with scene.ctx.db.write() as session:  # the province's emergencies are over
        for item in session.scalars(select(SourceItem).where(
                SourceItem.priority == "emergency")):
            item.withdrawn = True
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    combo = page.item_combo
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=WAIT)
    assert combo.currentText() == "— chọn một tin —" and combo.currentData() is None

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Hãy chọn một tin bài trước." and page.message.isVisible()
    with scene.ctx.db.read() as session:
        assert not session.scalars(select(DeliveryJob).where(
            DeliveryJob.lane == "emergency")).all()

    # The next one down the list, chosen with the keyboard, is what the confirmation names.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    chosen = combo.currentText()
    assert combo.currentData() and not chosen.startswith("⚠ ")
    asked: list[str] = []
    answer_next_dialog(noting(asked, QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert chosen in asked[0], asked[0]
    with scene.ctx.db.read() as session:
        assert not session.scalars(select(DeliveryJob).where(
            DeliveryJob.lane == "emergency")).all()
    wait_idle(qtbot, window)


def test_an_item_beyond_the_list_is_found_in_the_library(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """The list holds 200 items; an older warning is found by its words, without accents,
    chosen with Enter, stays chosen when the page reloads its list, and is the one the
    confirmation names."""
    item_id, title = oldest_playable(scene)
    newer = utcnow() + dt.timedelta(minutes=1)
    add_items(scene.ctx, *(item_row(f"tb-{n:03d}", f"Thông báo lịch tiêm chủng đợt {n}",
                                    published_at=newer) for n in range(210)))
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "emergency")
    assert isinstance(page, EmergencyPage)
    combo = page.item_combo
    qtbot.waitUntil(lambda: combo.count() > 200, timeout=WAIT)
    assert combo.findData(item_id) < 0  # not among the 200
    assert page.find_button.text() == "Tìm trong thư viện…"
    seen: dict[str, str] = {}

    def search(picker: ItemPicker) -> None:
        seen["title"], seen["ok"] = picker.windowTitle(), picker.ok_button.text()
        type_text(picker.search_edit, unaccented(title))
        results = picker.results
        qtbot.waitUntil(lambda: results.count() > 0 and results.item(0).data(
            Qt.ItemDataRole.UserRole) == item_id, timeout=WAIT)
        shoot(picker, "emergency-find-vi")
        qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # the best match, chosen

    when_modal(ItemPicker, search)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert seen == {"title": "Chọn tin phát khẩn cấp", "ok": "Chọn"}
    assert combo.currentData() == item_id and combo.currentText() == title

    # Back on the page later: its list is read again, and the item found is still chosen.
    click_page(qtbot, window, "today")
    page = click_page(qtbot, window, "emergency")
    wait_idle(qtbot, window)
    assert page.item_combo.currentData() == item_id

    asked: list[str] = []
    answer_next_dialog(noting(asked, QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert f"“{title}”" in asked[0], asked[0]
    assert re.search(r"\nThời lượng: \d+:\d\d\n", asked[0]), asked[0]  # read beforehand
    with scene.ctx.db.read() as session:
        assert not session.scalars(select(DeliveryJob).where(
            DeliveryJob.lane == "emergency")).all()
    wait_idle(qtbot, window)
