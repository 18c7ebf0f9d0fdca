"""Real peers: the Anthias server from its own source, Debian's icecast2."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.delivery.icecast_keeper import kept_streams, stop_kept
from console.paths import DataPaths
from console.station import StationContext

from .anthias_peer import AnthiasPeer, PeerUnavailable, running_anthias
from .icecast_server import IcecastServer, IcecastUnavailable, running_icecast


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


@pytest.fixture
def icecast(ctx: StationContext) -> Iterator[IcecastServer]:
    """Debian's icecast2 with the documented mount layout (skipped where it is not
    installed); the station's kept streams are stopped after the test."""
    try:
        with running_icecast() as server:
            try:
                yield server
            finally:
                folder = DataPaths(ctx.paths.root).streams
                for kept in list(kept_streams(folder)):
                    stop_kept(folder, kept.base, kept.mount)
    except IcecastUnavailable as exc:
        pytest.skip(str(exc))
