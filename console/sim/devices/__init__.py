"""Simulators of delivery targets: reference-protocol clusters and boards, and a vendor
base64-JSON gateway fronting more clusters. Real HTTP servers on 127.0.0.1, Qt-free::

    from console.sim.devices import DeviceFleet, FleetConfig

    with DeviceFleet(FleetConfig(clusters=12, boards=2)) as fleet:
        rows = fleet.registry_rows()     # what `devices import` takes
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .device import SimDevice
from .fleet import DeviceFleet, FleetConfig, serve_forever
from .gateway import GatewaySimulator
from .reference import ReferenceSimulator

if TYPE_CHECKING:
    from ...station import StationContext

log = logging.getLogger("console.sim.devices")


def start_demo_devices(ctx: StationContext) -> Callable[[], None]:
    """The demo commune's 12 clusters in its villages (both protocols) and 2 boards,
    started and registered in the station database; returns the function that stops them.
    """
    from sqlalchemy import select

    from ...models import Village
    from ...services.device_registry import import_device_rows
    from ...services.permissions import SYSTEM

    with ctx.db.read() as session:
        villages = tuple(session.scalars(select(Village.name).order_by(Village.id)))
    config = FleetConfig(clusters=12, boards=2, protocol="both",
                         villages=villages or FleetConfig().villages)
    fleet = DeviceFleet(config).start()
    report = import_device_rows(ctx, fleet.registry_rows(), SYSTEM, name="demo-devices")
    log.info("demo: %d devices at %s (%d imported, %d updated)", len(fleet.devices), fleet.url,
             report.imported, report.updated)
    return fleet.stop


__all__ = ["DeviceFleet", "FleetConfig", "GatewaySimulator", "ReferenceSimulator", "SimDevice",
           "serve_forever", "start_demo_devices"]
