"""A station synced from a source simulator that stays up for the test, with its people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.app import open_station
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.sim.source import SourceSimulator
from console.sync.service import SyncService
from tests.support.programmes import Station, open_with_people


@pytest.fixture
def live_source(make_sim: Callable[..., SourceSimulator]) -> SourceSimulator:
    return make_sim(items=120, seed=7)


@pytest.fixture
def live_station(live_source: SourceSimulator, tmp_path: Path) -> Iterator[Station]:
    """Like `station`, but this one can sync again from `live_source`."""
    data = tmp_path / "station"
    ctx = open_station(data)
    try:
        connect_source(ctx, SYSTEM, live_source.url, "demo", "demo")
        SyncService(ctx).sync_once()
    finally:
        ctx.close()
    with open_with_people(data) as opened:
        yield opened
