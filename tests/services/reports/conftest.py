"""A small source simulator on 127.0.0.1 for the submission and contribution tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from console.sim.source import SourceSimulator


@pytest.fixture
def small_source(make_sim: Callable[..., SourceSimulator]) -> SourceSimulator:
    """Three items: enough to submit and contribute, quick to start."""
    return make_sim(items=3)
