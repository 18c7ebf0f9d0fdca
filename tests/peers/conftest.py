"""Real peers: the Anthias server from its own source, Debian's icecast2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .anthias_peer import AnthiasPeer, PeerUnavailable, running_anthias


@pytest.fixture
def anthias(tmp_path: Path) -> Iterator[AnthiasPeer]:
    """The real Anthias server and its Celery worker on loopback ports, in UTC (its
    default), its environment built once and cached outside the repository."""
    try:
        with running_anthias(tmp_path / "anthias") as peer:
            yield peer
    except PeerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def anthias_api(tmp_path: Path) -> Iterator[AnthiasPeer]:
    """The real Anthias server without its worker (no video processing): API answers only."""
    try:
        with running_anthias(tmp_path / "anthias", worker=False) as peer:
            yield peer
    except PeerUnavailable as exc:
        pytest.skip(str(exc))
