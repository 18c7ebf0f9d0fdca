"""A real source simulator on 127.0.0.1 for the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.sim.source import SimulatorConfig, SourceSimulator


@pytest.fixture(scope="session")
def sim_media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated media are shared by every simulator of the session (generation is slow)."""
    return tmp_path_factory.mktemp("sim-media")


@pytest.fixture
def make_sim(sim_media_dir: Path) -> Iterator:  # type: ignore[type-arg]
    started: list[SourceSimulator] = []

    def make(**kwargs) -> SourceSimulator:  # type: ignore[no-untyped-def]
        kwargs.setdefault("items", 120)
        kwargs.setdefault("seed", 7)
        sim = SourceSimulator(SimulatorConfig(media_dir=sim_media_dir, **kwargs)).start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture
def sim(make_sim) -> SourceSimulator:  # type: ignore[no-untyped-def]
    return make_sim()
