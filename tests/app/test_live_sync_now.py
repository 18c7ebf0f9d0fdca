"""Đồng bộ ngay pressed again the moment the window hears that the last sync finished: the
sync thread has posted its last event by then, so the press starts the next sync rather
than being refused as "one is running" (which left the page waiting with nothing said)."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from typing import Any

import pytest

from console.app.live import LiveLink
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.service import SyncResult, SyncService


@pytest.fixture
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SourceSimulator]:
    media = tmp_path_factory.getbasetemp() / "live-sync-now-media"
    with SourceSimulator(SimulatorConfig(items=20, seed=3, media_dir=media)) as simulator:
        yield simulator


def test_the_next_press_right_after_sync_finished_starts_a_sync(
        ctx: StationContext, sim: SourceSimulator) -> None:
    SyncService(ctx).login(sim.url, "demo", "demo")
    events: queue.Queue[tuple[str, tuple[Any, ...]]] = queue.Queue()

    def post(name: str, *args: Any) -> None:
        if name == "catalogue_changed":
            time.sleep(0.5)  # the sync's after-work (withdrawn items off the air) takes time
        events.put((name, args))

    def until_finished() -> list[tuple[str, tuple[Any, ...]]]:
        seen = []
        while True:
            name, args = events.get(timeout=60)
            seen.append((name, args))
            if name == "sync_finished":
                return seen

    link = LiveLink(ctx)
    assert link.sync_now(post)
    first = until_finished()
    names = [name for name, _args in first]
    assert "catalogue_changed" in names and names[-1] == "sync_finished"  # last of all
    assert isinstance(first[-1][1][0], SyncResult)

    assert link.sync_now(post)  # at once, as a quick second press
    second = until_finished()
    assert isinstance(second[-1][1][0], SyncResult)
