"""The live link in the window: emergency banner, outbox & sync page, against the simulator."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from console.app.live import LiveLink
from console.db.outbox import enqueue
from console.models.enums import Lane
from console.services.permissions import Actor
from console.sim.source import FeedFault, SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.errors import IncompleteSync
from console.sync.service import SyncService
from console.ui.emergency_banner import EmergencyBanner
from console.ui.live_bridge import LiveLinkBridge
from console.ui.main_window import MainWindow
from console.ui.pages.outbox import OutboxPage
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


@pytest.fixture
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SourceSimulator]:
    media = tmp_path_factory.getbasetemp() / "ui-sim-media"
    with SourceSimulator(SimulatorConfig(items=60, seed=3, media_dir=media)) as simulator:
        yield simulator


@pytest.fixture
def live_window(qtbot, ctx: StationContext, admin: Actor, tasks: TaskRunner,
                prefs: UiPreferences, sim: SourceSimulator) -> Iterator[MainWindow]:
    SyncService(ctx).login(sim.url, "demo", "demo")
    live = LiveLinkBridge(LiveLink(ctx))
    main = MainWindow(ctx, admin, tasks=tasks, prefs=prefs, live=live)
    qtbot.addWidget(main)
    main.show()
    changed: list[bool] = []
    live.catalogue_changed.connect(lambda: changed.append(True))
    live.start()
    qtbot.waitUntil(lambda: bool(changed), timeout=30_000)
    yield main
    live.stop(5.0)
    main.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)


def test_banner_shows_acknowledges_and_links(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = EmergencyBanner()
    qtbot.addWidget(banner)
    banner.announce([("e1", "Cảnh báo bão số 3 đổ bộ vào Đà Nẵng")])
    assert banner.isVisibleTo(None) or not banner.isHidden()
    assert "Đà Nẵng" in banner.message.text()
    banner.announce([("e1", "Cảnh báo bão số 3 đổ bộ vào Đà Nẵng")])  # no duplicate
    assert len(banner.items) == 1
    with qtbot.waitSignal(banner.open_item) as opened:
        banner.open_button.click()
    assert opened.args == ["e1"]
    banner.ack_button.click()
    assert banner.isHidden() and banner.items == []


def test_emergency_published_upstream_reaches_the_banner(qtbot, live_window: MainWindow,
                                                        sim: SourceSimulator) -> None:
    banner = live_window.emergency_banner
    banner.acknowledge()
    start = time.monotonic()
    sim.publish(priority="emergency", title="Khẩn cấp: cháy rừng tại xã Đắk Liêng, sơ tán ngay")
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=10_000)
    assert time.monotonic() - start < 5.0
    assert "Đắk Liêng" in banner.message.text()
    assert banner.message.text().startswith("KHẨN CẤP")  # the window speaks Vietnamese


def test_outbox_page_shows_waiting_messages_and_syncs(qtbot, live_window: MainWindow,
                                                      ctx: StationContext) -> None:
    with ctx.db.write() as session:
        enqueue(session, "report", {"id": "x"}, lane=Lane.EMERGENCY)
    page = live_window.show_page("outbox")
    assert isinstance(page, OutboxPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    assert page.table.item(0, 1).text() == "Khẩn cấp"
    finished: list[object] = []
    live_window.live.sync_finished.connect(finished.append)
    page.sync_button.click()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert "Xong" in page.progress_label.text()
    assert page.sync_button.isEnabled()


def test_outbox_page_says_why_a_sync_stopped_and_what_it_kept(
        qtbot, live_window: MainWindow, sim: SourceSimulator) -> None:  # type: ignore[no-untyped-def]
    page = live_window.show_page("outbox")
    assert isinstance(page, OutboxPage)
    finished: list[object] = []
    live_window.live.sync_finished.connect(finished.append)
    sim.hostile.feed = FeedFault("stuck")  # "more", the same cursor, nothing, for ever
    try:
        page.sync_button.click()
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    finally:
        sim.hostile.clear()
    assert isinstance(finished[0], IncompleteSync)
    assert "Đã dừng giữa chừng" in page.progress_label.text()
    assert page.problem_label.text().startswith("hệ thống nguồn cứ báo còn thay đổi")
    assert page.sync_button.isEnabled()
