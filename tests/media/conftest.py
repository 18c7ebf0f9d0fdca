"""A station synced from a source simulator that stays up for the test, with its people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.app import open_station
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.service import SyncService
from tests.programmes.conftest import station  # noqa: F401  (a fixture)


@pytest.fixture
def source_sim() -> Iterator[SourceSimulator]:
    sim = SourceSimulator(SimulatorConfig(items=120, seed=7)).start()
    yield sim
    sim.stop()


@pytest.fixture
def synced_copy(source_sim: SourceSimulator, tmp_path: Path) -> Path:
    """Overrides the session's copy: this station can sync again from `source_sim`."""
    data = tmp_path / "station"
    ctx = open_station(data)
    try:
        connect_source(ctx, SYSTEM, source_sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
    finally:
        ctx.close()
    return data
