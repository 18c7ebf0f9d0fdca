"""Building a programme by the bulletins' codes, and taking a step back: in “Văn bản…” the
editor types two codes (the second with Enter), removes one by mistake, and “Hoàn tác”,
pressed at once (while the removal is still being re-timed), brings it back where it was;
it used to undo the edit before, taking the other bulletin away. “Làm lại” removes it
again, and Ctrl+Z / Ctrl+Y do the same from the keyboard. Only widgets are driven; the
running order is read from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.models import ProgrammeEntry

from .conftest import ADMIN, Scene, type_text
from .week_steps import (
    WAIT,
    create_programme,
    long_lived_audio,
    programmes_page,
    tomorrow_at,
    wait_idle,
)

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def stored(scene: Scene, pid: int) -> list[str | None]:
    """The programme's entries in their order, by the library item each plays."""
    with scene.ctx.db.read() as session:
        return list(session.scalars(select(ProgrammeEntry.item_id).where(
            ProgrammeEntry.programme_id == pid).order_by(ProgrammeEntry.position)))


def test_codes_remove_undo_and_redo(qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    (first, _t1), (second, _t2) = long_lived_audio(scene, 2, tomorrow_at(18))
    window = open_window(ADMIN)
    page = programmes_page(window)
    wait_idle(qtbot, window)
    create_programme(qtbot, page, "Bản tin theo mã", tomorrow_at(17))
    pid = page.controller.selected

    qtbot.mouseClick(page.text_button, Qt.MouseButton.LeftButton)
    assert page.item_edit.isVisible()
    assert page.item_edit.placeholderText() == "Mã bản tin, cách nhau bằng dấu phẩy"
    type_text(page.item_edit, first)
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(scene, pid) == [first], timeout=WAIT)
    type_text(page.item_edit, second)
    qtbot.keyClick(page.item_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(scene, pid) == [first, second], timeout=WAIT)
    qtbot.waitUntil(lambda: len(page._entries) == 2, timeout=WAIT)

    # The first removed by mistake, and brought back where it was.
    rect = page.entry_table.visualRect(page.entry_table.model().index(0, 1))
    qtbot.mouseClick(page.entry_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(scene, pid) == [second], timeout=WAIT)
    qtbot.waitUntil(page.undo_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(scene, pid) == [first, second], timeout=WAIT)
    qtbot.waitUntil(page.redo_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(scene, pid) == [second], timeout=WAIT)

    # The same from the keyboard.
    wait_idle(qtbot, window)
    page.entry_table.setFocus()
    qtbot.keyClick(page.entry_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(scene, pid) == [first, second], timeout=WAIT)
    wait_idle(qtbot, window)
    qtbot.keyClick(page.entry_table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(scene, pid) == [second], timeout=WAIT)
