"""The morning's new bulletins in the library (Thư viện): the button says how many nobody
has opened yet and shows just those; opening one counts it; “Đánh dấu đã xem hết” marks
what the list shows (here narrowed by a search) as opened and nothing else, and the count
follows. Pressed while another PC of the station is writing, it says the database is busy,
in Vietnamese, and works once the other PC is done. Only widgets are driven; the outcome is
read from the database."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from console.models import SourceItem
from console.ui.pages.library import LibraryPage

from .conftest import ADMIN, Scene, click_page, type_text
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def unseen(scene: Scene) -> set[str]:
    with scene.ctx.db.read() as session:
        return set(session.scalars(select(SourceItem.id).where(
            SourceItem.seen.is_(False), SourceItem.withdrawn.is_(False))))


def test_the_unopened_bulletins_are_counted_shown_and_marked(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    before = unseen(scene)
    assert len(before) > 5
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "library")
    assert isinstance(page, LibraryPage)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.unseen_button.text() == f"{len(before)} mục chưa xem",
                    timeout=WAIT)
    assert page.mark_seen_button.isEnabled()

    # Only what nobody has opened.
    qtbot.mouseClick(page.unseen_button, Qt.MouseButton.LeftButton)
    model = page.model
    qtbot.waitUntil(lambda: not model.loading and set(model.ids()) == before, timeout=WAIT)

    # Opening one counts it.
    first = model.ids()[0]
    page.table.setFocus()
    rect = page.table.visualRect(model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: first not in unseen(scene), timeout=WAIT)
    qtbot.waitUntil(lambda: page.unseen_button.text() == f"{len(before) - 1} mục chưa xem",
                    timeout=WAIT)

    # A search narrows the list; “mark all” marks what is shown, nothing else.
    with scene.ctx.db.read() as session:
        titles = list(session.scalars(select(SourceItem.title).where(
            SourceItem.id.in_(before - {first}))))
    words = Counter(w.lower() for t in titles for w in set(t.split()) if len(w) >= 5)
    word = min(words, key=lambda w: (words[w], w))  # in one title: a narrow search
    listed = set(model.ids())
    type_text(page.search_edit, word)
    qtbot.waitUntil(lambda: not model.loading and set(model.ids()) != listed, timeout=WAIT)
    shown = set(model.ids())
    assert shown and shown < before - {first}, (word, len(shown))
    qtbot.mouseClick(page.mark_seen_button, Qt.MouseButton.LeftButton)
    left = before - {first} - shown
    qtbot.waitUntil(lambda: unseen(scene) == left, timeout=WAIT)
    qtbot.waitUntil(lambda: page.unseen_button.text() == f"{len(left)} mục chưa xem",
                    timeout=WAIT)

    # Without the search, the unopened ones are what is left.
    page.search_edit.clear()
    qtbot.waitUntil(lambda: not model.loading and set(model.ids()) == left, timeout=WAIT)


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The station's connections wait 0.5 s, not 15, for another writer (asked for before
    the scene opens the station, so that its connections are made with it)."""
    monkeypatch.setattr("console.db.database.BUSY_TIMEOUT_MS", 500)


def test_marking_while_another_pc_writes_says_so_in_vietnamese_then_works(  # type: ignore[no-untyped-def]
        qtbot, short_busy_wait: None, scene: Scene, open_window) -> None:
    """The second PC of the station is in the middle of a long write (its lock held) when
    “Đánh dấu đã xem hết” is pressed: a warning says the station's database is busy, in
    Vietnamese and without any SQL, and nothing is marked. Once the other PC is done, the
    same click marks everything."""
    before = unseen(scene)
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "library")
    assert isinstance(page, LibraryPage)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.mark_seen_button.isEnabled()
                    and page.unseen_button.text() == f"{len(before)} mục chưa xem", timeout=WAIT)
    qtbot.mouseClick(page.unseen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.loading and set(page.model.ids()) == before,
                    timeout=WAIT)
    other_pc = sqlite3.connect(scene.ctx.paths.database)
    other_pc.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(page.mark_seen_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(getattr(page, "warning_box", None), QMessageBox)
                        and page.warning_box.isVisible(), timeout=WAIT)
    finally:
        other_pc.rollback()
        other_pc.close()
    box = page.warning_box
    assert (box.windowTitle(), box.text()) == (
        "Thư viện", "Cơ sở dữ liệu của đài đang bận: một máy hoặc một việc khác đang ghi vào "
                    "đó. Hãy thử lại sau giây lát."), box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert unseen(scene) == before                       # nothing half done
    qtbot.mouseClick(page.mark_seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unseen(scene) == set(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.unseen_button.text() == "0 mục chưa xem"
                    or not page.unseen_button.isVisible(), timeout=WAIT)
