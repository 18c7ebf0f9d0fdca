"""Hộp thư đi & đồng bộ on a station that has sent nothing yet (a new one, the demo): the
table of what goes up to the province was a blank grid that said nothing. Now a line says
that nothing was sent and nothing waits, and what will be listed there. Once a play's log
waits to go up, the line gives way to it in the table."""

from __future__ import annotations

from sqlalchemy import delete

from console.db.outbox import enqueue
from console.models import OutboxEntry
from console.ui.pages.outbox import OutboxPage
from tests.support.sync import broadcast_records

from .conftest import ADMIN, Scene, click_page
from .week_steps import WAIT, wait_idle


def test_an_empty_outbox_says_so(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    with scene.ctx.db.write() as session:  # a station that has sent nothing yet
        session.execute(delete(OutboxEntry))
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "outbox")
    assert isinstance(page, OutboxPage)
    qtbot.waitUntil(page.outbox_empty.isVisible, timeout=WAIT)
    assert page.outbox_empty.text() == (
        "Chưa gửi gì lên tỉnh và không có gì đang chờ gửi. Những gì đài gửi lên (nhật ký "
        "phát thanh, báo cáo, tin bài do xã làm) sẽ hiện trong bảng dưới đây, tin đang chờ "
        "đứng đầu.")
    assert page.table.rowCount() == 0

    # A play's log waits to go up (the playout leaves it); the page is opened again.
    with scene.ctx.db.write() as session:
        enqueue(session, "broadcast_logs", broadcast_records("XA-PHULOC", "Bản tin sáng"))
    click_page(qtbot, window, "today")
    page = click_page(qtbot, window, "outbox")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    assert not page.outbox_empty.isVisible()
    assert page.table.item(0, 0).text() == "Nhật ký phát thanh"
    wait_idle(qtbot, window)
