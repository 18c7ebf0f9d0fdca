"""Simulator of the provincial source information system (contracts/source-api.yaml).

A real HTTP server (stdlib ``http.server``, Qt-free) with a deterministic Vietnamese catalogue,
real cached media, idempotent uploads, long polls and optional faults::

    from console.sim.source import SimulatorConfig, SourceSimulator

    with SourceSimulator(SimulatorConfig(items=2000, fail_rate=0.1)) as sim:
        base = sim.url              # http://127.0.0.1:<port>/api/v1
        sim.publish(title="Khẩn cấp: bão số 3")
"""

from .config import SimulatorConfig
from .hostile import FeedFault, HostileBody, HostileOverlay
from .server import SourceSimulator, serve_forever
from .state import SimulatorStats

__all__ = ["FeedFault", "HostileBody", "HostileOverlay", "SimulatorConfig", "SimulatorStats",
           "SourceSimulator", "serve_forever"]
