"""The tray speaks while the window is closed: an emergency published upstream and an item
a programme uses being withdrawn upstream both reach it, in Vietnamese, through the real
live link to a source simulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.app.live import LiveLink
from console.models import SourceItem
from console.services import programmes as svc
from console.services.permissions import Actor
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService
from console.ui.frontdoor import FrontDoor
from console.ui.live_bridge import LiveLinkBridge
from console.ui.main_window import MainWindow
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
def front(qtbot, qapp: QApplication, ctx: StationContext, tasks: TaskRunner,  # type: ignore[no-untyped-def]
          prefs: UiPreferences, sim: SourceSimulator) -> Iterator[FrontDoor]:
    SyncService(ctx).login(sim.url, "demo", "demo")
    live = LiveLinkBridge(LiveLink(ctx))

    def no_window(_actor: Actor) -> MainWindow:
        raise AssertionError("nobody opened the window")

    door = FrontDoor(qapp, ctx, sign_in=lambda: None, make_window=no_window, live=live,
                     tasks=tasks)
    changed: list[bool] = []
    live.catalogue_changed.connect(lambda: changed.append(True))
    live.start()
    qtbot.waitUntil(lambda: bool(changed), timeout=30_000)
    yield door
    live.stop(5.0)
    door.tray.icon.hide()
    qapp.setQuitOnLastWindowClosed(True)
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)


def stored(ctx: StationContext, item_id: str) -> bool:
    with ctx.db.read() as session:
        return session.get(SourceItem, item_id) is not None


def test_emergency_and_withdrawn_items_reach_the_tray(qtbot, front: FrontDoor,  # type: ignore[no-untyped-def]
                                                      ctx: StationContext, admin: Actor,
                                                      sim: SourceSimulator) -> None:
    sim.publish(priority="emergency", title="Khẩn cấp: lũ quét tại bản Nà Hừ, sơ tán ngay")
    qtbot.waitUntil(lambda: front.tray.last_alert is not None, timeout=15_000)
    title, text = front.tray.last_alert  # type: ignore[misc]
    assert title == "Tin khẩn cấp từ tỉnh" and "1 tin khẩn cấp" in text

    # The scene: a programme uses an item; then the province withdraws it.
    item = sim.publish(priority="normal", title="Lịch tiêm phòng cho gia súc tháng 12")
    qtbot.waitUntil(lambda: stored(ctx, item), timeout=15_000)
    svc.create_programme(ctx.db, admin, "Bản tin chiều", item_ids=[item])
    sim.withdraw(item)
    qtbot.waitUntil(lambda: front.tray.last_alert[0] != title, timeout=15_000)  # type: ignore[index]
    title, text = front.tray.last_alert  # type: ignore[misc]
    assert title == "Tin bị tỉnh thu hồi"
    assert text.startswith("Có 1 tin dùng trong chương trình đã bị thu hồi")
