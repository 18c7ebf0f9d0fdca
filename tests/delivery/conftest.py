"""A small simulated commune on 127.0.0.1, registered in the test station."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.delivery.dispatcher import Dispatcher
from console.settings import STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from tests.support.delivery import FAST_RETRY, register


@pytest.fixture
def fleet(ctx: StationContext) -> Iterator[DeviceFleet]:
    """2 reference clusters, 2 gateway clusters, 1 board."""
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    with DeviceFleet(FleetConfig(clusters=4, boards=1, protocol="both")) as fleet:
        register(ctx, fleet)
        yield fleet


@pytest.fixture
def dispatcher(ctx: StationContext) -> Iterator[Dispatcher]:
    d = Dispatcher(ctx, workers=4, emergency_workers=8, policy=FAST_RETRY, timeout_s=3.0)
    yield d
    d.close()
