"""A real source simulator on 127.0.0.1 for the sync tests (`make_sim` is in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from console.sim.source import SourceSimulator


@pytest.fixture
def sim(make_sim: Callable[..., SourceSimulator]) -> SourceSimulator:
    return make_sim()
