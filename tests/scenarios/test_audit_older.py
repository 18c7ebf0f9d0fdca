"""A station's audit log after months of use (Cài đặt › Nhật ký thao tác): the viewer shows
the newest 500 entries and says how many there are; “Xem các mục cũ hơn” brings the older
ones, page by page, down to the very first, and then goes away. Only widgets are driven;
the months of history are written into the database beforehand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from console.models import AuditEntry
from console.services import audit
from console.ui.settings.audit import PAGE

from .conftest import ADMIN, Scene, click_settings_section
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)

HISTORY = 2 * PAGE + 40  # three pages


def test_older_entries_page_by_page_down_to_the_first(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    with scene.ctx.db.write() as session:
        for n in range(HISTORY):
            audit.record(session, ADMIN, "device.set_volume", "cl-001", volume=n % 11)
    with scene.ctx.db.read() as session:
        total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        first_id = session.scalar(select(func.min(AuditEntry.id)))
    assert total > 2 * PAGE

    window = open_window(ADMIN)
    viewer = click_settings_section(qtbot, window, "audit")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: viewer.table.rowCount() == PAGE, timeout=WAIT)
    assert viewer.count_label.text() == f"{PAGE} trên {total} mục"
    assert viewer.more_button.isVisible() and viewer.more_button.text() == "Xem các mục cũ hơn"

    for shown in (2 * PAGE, total):
        qtbot.mouseClick(viewer.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda shown=shown: viewer.table.rowCount() == shown, timeout=WAIT)
        assert viewer.count_label.text() == f"{shown} trên {total} mục"
    # Newest first, down to the very first entry; nothing twice; no more to ask for.
    ids = [row.id for row in viewer.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total
    assert ids[-1] == first_id
    assert not viewer.more_button.isVisible()
