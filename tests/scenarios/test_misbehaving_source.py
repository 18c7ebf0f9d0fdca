""""Đồng bộ ngay" against a provincial server on a bad day: a change feed that keeps saying
"more" with the same cursor, or a compressed page that would expand past any size a page
may have. The window says why it stopped in Vietnamese, what it kept, the kept items'
media are on this PC, and the next press goes on from there once the server behaves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from console.app import open_station
from console.app.live import LiveLink
from console.models import ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.services.users import UserService
from console.sim.source import FeedFault, SourceSimulator
from console.station import StationContext
from console.ui.live_bridge import LiveLinkBridge
from console.ui.pages.outbox import OutboxPage

from .conftest import ADMIN, PASSWORD, shoot, show_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       extend=True)

ITEMS, PAGE = 60, 20
WAIT = 60_000


@pytest.fixture
def bad_day(make_sim: Callable[..., SourceSimulator], tmp_path: Path
            ) -> Iterator[tuple[StationContext, SourceSimulator]]:
    sim = make_sim(items=ITEMS, page_cap=PAGE, edge_cases=False)
    ctx = open_station(tmp_path / "station")
    UserService(ctx.db).create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
    try:
        yield ctx, sim
    finally:
        ctx.close()


def stored(ctx: StationContext) -> tuple[int, int, int]:
    """(items, their files, of which on this PC and verified)."""
    with ctx.db.read() as session:
        items = session.scalar(select(func.count()).select_from(SourceItem))
        states = session.execute(select(MediaBlob.state).join(
            ItemFile, ItemFile.sha256 == MediaBlob.sha256).distinct()).scalars().all()
    return int(items or 0), len(states), sum(s == MediaState.READY for s in states)


@pytest.mark.parametrize("fault, wrong_answers, words", [
    ("stuck", 3, "gửi lại đúng con trỏ cũ"),
    ("bomb", 1, "giải nén"),
])
def test_sync_now_stops_says_why_keeps_what_it_got_and_goes_on_later(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, bad_day, fault: str, wrong_answers: int,
        words: str) -> None:
    ctx, sim = bad_day
    sim.hostile.feed = FeedFault(fault, after=PAGE)  # the first page is honest
    live = LiveLinkBridge(LiveLink(ctx))
    window = show_window(qtbot, qapp, tasks, translations, ctx, ADMIN, live=live)
    try:
        page = window.show_page("outbox")
        assert isinstance(page, OutboxPage)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled() and page.problem_label.isVisible(),
                        timeout=WAIT)
        # Why, in Vietnamese, naming the server's fault; what was kept.
        assert words in page.problem_label.text()
        assert page.progress_label.text().startswith(
            f"Đã dừng giữa chừng; vẫn giữ: {PAGE} mục mới")
        assert sim.hostile.served.get(f"feed-{fault}") == wrong_answers  # never asked again
        if fault == "stuck":
            shoot(window, "outbox-stopped-vi")
        items, files, ready = stored(ctx)
        assert items == PAGE and files > 0 and ready == files  # their media are here

        # The server behaves again: the next press goes on from the last good page.
        sim.hostile.clear()
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled()
                        and page.progress_label.text().startswith("Xong:"), timeout=WAIT)
        assert f"Xong: {ITEMS - PAGE} tin mới" in page.progress_label.text()
        assert not page.problem_label.isVisible()
        assert stored(ctx)[0] == ITEMS
    finally:
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20_000)
