""""Gửi lại các tin đang chờ" on Hộp thư đi & đồng bộ: this morning's broadcast records are
refused by the province, whose registry had the commune under another code. The page says
so in Vietnamese and marks them "Bị tỉnh từ chối"; "Đồng bộ ngay" leaves them alone (they
would only be refused again). Once the province has corrected its registry, the operator
presses "Gửi lại các tin đang chờ", then "Đồng bộ ngay", and the records reach the province.
Only widgets are driven; the province's side is read from its simulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.app import open_station
from console.app.live import LiveLink
from console.db.outbox import enqueue
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.services.users import UserService
from console.sim.source import SourceSimulator
from console.station import StationContext
from console.sync import outbox
from console.ui.live_bridge import LiveLinkBridge
from console.ui.pages.outbox import OutboxPage
from tests.support.sync import broadcast_records

from .conftest import ADMIN, PASSWORD, show_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       extend=True)

WAIT = 30_000
TITLE = "Bản tin sáng: lịch cắt điện thôn Đông"
RECORDS = "Nhật ký phát thanh"


@pytest.fixture
def station(make_sim: Callable[..., SourceSimulator], tmp_path: Path
            ) -> Iterator[tuple[StationContext, SourceSimulator]]:
    sim = make_sim(items=10, edge_cases=False)
    ctx = open_station(tmp_path / "station")
    UserService(ctx.db).create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
    with ctx.db.write() as session:
        enqueue(session, "broadcast_logs", broadcast_records(sim.station_code, TITLE))
    try:
        yield ctx, sim
    finally:
        ctx.close()


def _row(page: OutboxPage) -> dict[str, str]:
    """The records' row of the outbox table, by its column titles."""
    table = page.table
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for r in range(table.rowCount()):
        cells = {titles[c]: table.item(r, c).text() for c in range(table.columnCount())}
        if cells[titles[0]] == RECORDS:
            return cells
    return {}


def test_refused_records_are_sent_again_when_the_operator_asks(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, station, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, sim = station
    monkeypatch.setattr(outbox, "MAX_PERMANENT_FAILURES", 1)  # no waiting for three refusals
    code = sim.station_code
    sim.station_code = "XA-KHAC-0000"  # the province's registry: the commune under another code
    live = LiveLinkBridge(LiveLink(ctx))
    window = show_window(qtbot, qapp, tasks, translations, ctx, ADMIN, live=live)
    try:
        page = window.show_page("outbox")
        assert isinstance(page, OutboxPage)
        assert page.retry_button.text() == "Gửi lại các tin đang chờ"

        def sync_now() -> None:
            with qtbot.waitSignal(live.sync_finished, timeout=WAIT):
                qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(page.sync_button.isEnabled, timeout=WAIT)

        sync_now()
        qtbot.waitUntil(lambda: _row(page).get("Trạng thái") == "Bị tỉnh từ chối", timeout=WAIT)
        problem = _row(page)["Lỗi gần nhất"]
        assert problem.startswith("hệ thống nguồn từ chối yêu cầu (422: "), problem
        assert not sim.received["broadcast_logs"]

        sim.station_code = code  # the province corrects its registry
        sync_now()  # a refused message is not sent by itself: it would be refused again
        assert _row(page).get("Trạng thái") == "Bị tỉnh từ chối"
        assert not sim.received["broadcast_logs"]

        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _row(page).get("Trạng thái") == "Đang chờ", timeout=WAIT)
        sync_now()
        qtbot.waitUntil(lambda: _row(page).get("Trạng thái") == "Đã gửi", timeout=WAIT)
        assert _row(page)["Lỗi gần nhất"] == ""
        [sent] = sim.received["broadcast_logs"]
        assert [e["title"] for e in sent["entries"]] == [TITLE]
    finally:
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20_000)
