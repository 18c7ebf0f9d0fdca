"""The media cache from the window: a leader keeps an item on this PC from the library,
frees space on the Outbox & sync page (the kept item and what programmes need stay, the rest
goes least recently used first), sees in the library that a removed file can be fetched
again; the administrator changes the limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.models import AuditEntry, ItemFile, ItemPin, MediaBlob, SourceItem
from console.models.enums import MediaState, Role
from console.services.permissions import Actor
from console.settings import MEDIA_CACHE_MB
from console.ui.main_window import MainWindow
from console.ui.pages.library import LibraryPage
from console.ui.pages.outbox import OutboxPage

from .conftest import ADMIN, Scene, type_text

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]

LEADER = Actor("lanhdao", Role.APPROVER, "Trần Văn Thủ")
WAIT = 30_000


def two_audio_items(scene: Scene) -> list[tuple[str, str]]:
    """(id, title) of two cached audio items with no file in common."""
    with scene.ctx.db.read() as session:
        rows = session.execute(
            select(SourceItem.id, SourceItem.title, ItemFile.sha256)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(SourceItem.kind == "audio", SourceItem.local.is_(False),
                   SourceItem.withdrawn.is_(False), SourceItem.priority == "normal",
                   MediaBlob.state == MediaState.READY).order_by(SourceItem.id)).all()
    first = rows[0]
    second = next(r for r in rows if r.sha256 != first.sha256 and r.id != first.id)
    return [(first.id, first.title), (second.id, second.title)]


def states(scene: Scene, item_id: str) -> set[str]:
    with scene.ctx.db.read() as session:
        return set(session.scalars(select(MediaBlob.state).join(
            ItemFile, ItemFile.sha256 == MediaBlob.sha256).where(ItemFile.item_id == item_id)))


def open_item(qtbot, window: MainWindow, item_id: str, title: str) -> LibraryPage:  # type: ignore[no-untyped-def]
    page = window.show_page("library")
    assert isinstance(page, LibraryPage)
    page.search_edit.clear()
    type_text(page.search_edit, " ".join(title.split()[:6]))
    # The search applies after a pause in typing: wait for the short list it gives.
    qtbot.waitUntil(lambda: not page.model.loading and page.model.row_of(item_id) >= 0
                    and page.model.rowCount() < 10, timeout=WAIT)
    rect = page.table.visualRect(page.model.index(page.model.row_of(item_id), 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.preview.details is not None
                    and page.preview.details.id == item_id, timeout=WAIT)
    return page


def test_keep_an_item_free_space_and_change_the_limit(qtbot, scene: Scene,  # type: ignore[no-untyped-def]
                                                      open_window) -> None:
    # The scene: a PC whose cache is already over a tight limit.
    scene.ctx.settings.set(MEDIA_CACHE_MB, 0)
    (kept, kept_title), (other, other_title) = two_audio_items(scene)
    window = open_window(LEADER)

    # Keep one item on this PC from its preview.
    page = open_item(qtbot, window, kept, kept_title)
    button = page.preview.keep_button
    assert button.isVisible() and not button.isChecked()
    assert button.text() == "Giữ trên máy này"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pin_of(scene, kept) is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: button.isChecked() and button.isEnabled(), timeout=WAIT)

    # Free space now on the Outbox & sync page.
    outbox = window.show_page("outbox")
    assert isinstance(outbox, OutboxPage)
    box = outbox.cache_box
    qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
    assert box.usage_label.text().startswith("Đã dùng ")
    assert not box.limit_spin.isEnabled()  # a leader does not change settings
    qtbot.mouseClick(box.prune_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.result_label.isVisible(), timeout=WAIT)
    assert "tệp" in box.result_label.text()
    assert states(scene, kept) == {MediaState.READY}
    assert states(scene, other) == {MediaState.EVICTED}
    qtbot.waitUntil(lambda: box.status is not None and box.status.evicted_files > 0,
                    timeout=WAIT)

    # The library says the removed file can come back, and offers to fetch it.
    page = open_item(qtbot, window, other, other_title)
    qtbot.waitUntil(lambda: page.preview.download_button.isVisible(), timeout=WAIT)
    assert "tiết kiệm dung lượng" in page.preview.missing_label.text()

    # The administrator raises the limit: typed into the box, saved, audited.
    admin_window = open_window(ADMIN)
    outbox = admin_window.show_page("outbox")
    assert isinstance(outbox, OutboxPage)
    box = outbox.cache_box
    qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
    box.limit_spin.setFocus()
    box.limit_spin.selectAll()
    qtbot.keyClicks(box.limit_spin, "25")
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: limit_change(scene) is not None, timeout=WAIT)
    assert limit_change(scene) == {"before_mb": 0, "after_mb": 25 * 1024}
    assert pin_of(scene, kept) == LEADER.username


def pin_of(scene: Scene, item_id: str) -> str | None:
    with scene.ctx.db.read() as session:
        return session.scalar(select(ItemPin.pinned_by).where(ItemPin.item_id == item_id))


def limit_change(scene: Scene) -> dict | None:  # type: ignore[type-arg]
    with scene.ctx.db.read() as session:
        return session.scalar(select(AuditEntry.detail).where(
            AuditEntry.action == "settings.media_cache"))
