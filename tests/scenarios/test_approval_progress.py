"""A leader approves a long programme straight from its draft: the sound is made ready
first (the bulletins read out, every file at the station's loudness), which takes a while
the first time. Meanwhile the page says how far it is, with a progress bar, and Duyệt
cannot start a second approval."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .conftest import ADMIN, Scene, shoot
from .week_steps import WAIT, from_template, programmes_page

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]


def test_approval_says_how_far_it_is(qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window(ADMIN)
    from_template(qtbot, window, "Bản tin sáng 05:30")
    page = programmes_page(window)
    page.check_button.click()  # the checks show what the province asks for, with its button
    qtbot.waitUntil(lambda: page.owed_button.isVisible(), timeout=WAIT)
    qtbot.mouseClick(page.owed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page._entries) > 7 and page.owed_label.isHidden(),
                    timeout=WAIT)

    page.approve_button.click()
    assert not page.approve_button.isEnabled()
    assert page.message_label.text().startswith("Đang duyệt")
    said: list[str] = []
    bar_shown = []

    def approved() -> bool:
        if not said or said[-1] != page.message_label.text():
            said.append(page.message_label.text())
            if "tệp" in said[-1] and not any("tệp" in t for t in said[:-1]):
                shoot(page.window(), "programme-approving-vi")
        bar_shown.append(page.progress_bar.isVisible())
        return page.controller.row.status == "scheduled"

    qtbot.waitUntil(approved, timeout=180_000)
    assert any(t.startswith("Đang duyệt: đọc các bản tin chữ") for t in said), said
    assert any(t.startswith("Đang duyệt: đưa âm thanh về độ lớn chuẩn") and "tệp" in t
               for t in said), said
    assert any(bar_shown) and not page.progress_bar.isVisible()
    qtbot.waitUntil(lambda: page.approve_button.isEnabled(), timeout=WAIT)
