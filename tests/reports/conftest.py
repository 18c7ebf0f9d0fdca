"""A real source simulator on 127.0.0.1 for the submission and contribution tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.sim.source import SimulatorConfig, SourceSimulator


@pytest.fixture(scope="session")
def source_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated media are shared by the simulators of the session (generation is slow)."""
    return tmp_path_factory.mktemp("reports-sim-media")


@pytest.fixture
def source_sim(source_media: Path) -> Iterator[SourceSimulator]:
    sim = SourceSimulator(SimulatorConfig(media_dir=source_media, items=3, seed=7)).start()
    yield sim
    sim.stop()
