"""After a power cut a device may come back holding an older schedule than it was given;
the running console notices at its next look and sends it again."""

from __future__ import annotations

from console.delivery.dispatcher import Dispatcher
from console.delivery.service import DeliveryService
from console.services.push import create_delivery_jobs
from console.sim.devices import DeviceFleet
from console.station import StationContext
from tests.support.delivery import ADMIN, cache_media, make_programme, wait_for


def test_a_device_that_lost_its_schedule_gets_it_again(ctx: StationContext, fleet: DeviceFleet,
                                                       dispatcher: Dispatcher) -> None:
    shas = cache_media(ctx, [2000, 3000])
    pid = make_programme(ctx, shas, start_in_s=3600)
    with ctx.db.write() as session:
        jobs = create_delivery_jobs(session, pid, ADMIN)
    assert {v.state for v in dispatcher.drain(jobs, timeout_s=20)} == {"delivered"}
    device = fleet.devices["cl-001"]  # a reference cluster
    held = device.schedule["version"]
    assert held > 0
    with device.lock:  # the power went: the device starts again with nothing
        device.schedule = {"version": 0, "entries": []}
    service = DeliveryService(ctx, poll_every_s=0.3, collect_every_s=60, idle_s=0.1).start()
    try:
        assert wait_for(lambda: device.schedule.get("version", 0) >= held, timeout=20)
    finally:
        service.stop()
    assert any(str(e["id"]).startswith(f"prog-{pid}-") for e in device.schedule["entries"])
