"""Thiết bị › Phát ngay… finds any item of the library. The list it offered held only the
200 newest items (emergencies first), in a drop-down with no search: an older bulletin
could not be played now at all. Now the operator types words of its title, without
accents as on a keyboard with no Vietnamese input, and the library's search lists the
matches that may go on air now, best first; a click and "Phát ngay…" lead to the usual
confirmation. Words that match nothing say so. Only widgets are driven; the items are
read from the database."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import or_, select

from console.models import SourceItem
from console.models.base import utcnow
from console.ui.dialogs.item_picker import SHOWN, ItemPicker
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.pages.devices import DevicesPage
from tests.support.library import add_items, item_row

from .conftest import ADMIN, Scene, click_page, shoot, type_text
from .test_on_air import click_rows, when_modal
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def unaccented(text: str) -> str:
    """As typed on a keyboard without Vietnamese input: no accents, đ as d."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


def oldest_playable(scene: Scene) -> tuple[str, str]:
    """(id, title) of the oldest province item that may go on air now."""
    now = utcnow()
    with scene.ctx.db.read() as session:
        row = session.execute(
            select(SourceItem.id, SourceItem.title)
            .where(SourceItem.withdrawn.is_(False), SourceItem.priority == "normal",
                   or_(SourceItem.valid_until.is_(None), SourceItem.valid_until > now),
                   or_(SourceItem.valid_from.is_(None), SourceItem.valid_from <= now))
            .order_by(SourceItem.published_at)).first()
    assert row is not None
    return row[0], row[1]


def test_an_older_item_is_found_by_its_words_and_played_now(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    item_id, title = oldest_playable(scene)
    newer = utcnow() + dt.timedelta(minutes=1)
    add_items(scene.ctx, *(item_row(f"tb-{n:03d}", f"Thông báo lịch tiêm chủng đợt {n}",
                                    published_at=newer) for n in range(120)))
    cluster = next(i for i, m in scene.fleet.meta.items() if m["kind"] == "loudspeaker_cluster")
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9, timeout=WAIT)
    wait_idle(qtbot, window)
    click_rows(qtbot, page, [cluster])
    seen: dict[str, object] = {}

    def look_for_it(picker: QWidget) -> None:
        assert isinstance(picker, ItemPicker)
        results = picker.results

        def listed() -> list[str]:
            return [results.item(n).data(Qt.ItemDataRole.UserRole)
                    for n in range(results.count())]

        # Nothing typed: emergencies first, then the newest; the old item is not there.
        qtbot.waitUntil(lambda: results.count() == SHOWN, timeout=WAIT)
        assert item_id not in listed()
        seen["first"] = picker.status.text()
        # Words that match nothing say so, and there is nothing to play.
        type_text(picker.search_edit, "xyzzy")
        qtbot.waitUntil(lambda: results.count() == 0 and "không" in picker.status.text()
                        .lower(), timeout=WAIT)
        seen["nothing"] = picker.status.text()
        assert not picker.ok_button.isEnabled()
        picker.search_edit.clear()
        type_text(picker.search_edit, unaccented(title))
        qtbot.waitUntil(lambda: item_id in listed(), timeout=WAIT)
        assert listed()[0] == item_id, listed()[:3]  # the best match first
        shoot(picker, "play-now-search-vi")
        row = results.item(0)
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                         pos=results.visualItemRect(row).center())
        assert picker.ok_button.text() == "Phát ngay…"

        def cancel(confirm: QWidget) -> None:
            assert isinstance(confirm, LiveConfirmDialog)
            seen["confirm"] = confirm.facts.text()
            confirm.reject()

        when_modal(LiveConfirmDialog, cancel)
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)

    when_modal(ItemPicker, look_for_it)
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "confirm" in seen, timeout=WAIT)
    assert seen["nothing"] == "Không có tin bài nào được phép phát lúc này khớp với các từ này."
    assert str(seen["first"]).startswith(f"{SHOWN} tin bài được phép phát lúc này")
    assert title in str(seen["confirm"])  # the confirmation names the item found
    assert scene.fleet.devices[cluster].now_playing is None  # cancelled: nothing played
    wait_idle(qtbot, window)
