"""Simulators of delivery targets: reference-protocol clusters and boards, and a vendor
base64-JSON gateway fronting more clusters. Real HTTP servers on 127.0.0.1, Qt-free::

    from console.sim.devices import DeviceFleet, FleetConfig

    with DeviceFleet(FleetConfig(clusters=12, boards=2)) as fleet:
        rows = fleet.registry_rows()     # what `devices import` takes
"""

from __future__ import annotations

from .device import SimDevice
from .fleet import DeviceFleet, FleetConfig, serve_forever
from .gateway import GatewaySimulator
from .reference import ReferenceSimulator

__all__ = ["DeviceFleet", "FleetConfig", "GatewaySimulator", "ReferenceSimulator", "SimDevice",
           "serve_forever"]
