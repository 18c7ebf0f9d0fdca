"""Clocks: a source server and devices whose clocks are hours off.

The console measures the server's skew from the HTTP Date header and each device's from its
status, stores both, and shows anything over a minute plainly; schedules and messages
upward always carry explicit +07:00 offsets, so a wrong clock elsewhere changes no moment.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from console.cli.main import build_parser
from console.delivery import proof, status
from console.delivery.dispatcher import Dispatcher
from console.models import DeliveryJob, DeliveryTarget, OutboxEntry
from console.services.clock import SKEW_LIMIT_S, read_field_warnings
from console.services.push import create_delivery_jobs
from console.services.status import read_bar_status
from console.settings import STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync import state
from console.sync.service import SyncService
from console.ui.status_bar import StationStatusBar
from tests.support.delivery import (
    ADMIN,
    FAST_RETRY,
    cache_media,
    make_programme,
    register,
    wait_for,
)

THREE_HOURS = 3 * 3600.0
WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\+07:00$")
TIMESTAMP_KEYS = {"start", "started_at", "ended_at", "at", "clock", "scheduled_at",
                  "reported_at", "valid_from", "valid_until"}

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


def _timestamps(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every (key, value) whose key names a moment, anywhere in a JSON document."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _timestamps(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _timestamps(v, key)
    elif isinstance(value, str) and (key in TIMESTAMP_KEYS or key.endswith("_at")):
        yield key, value


@pytest.mark.parametrize("offset", [THREE_HOURS, -THREE_HOURS, 20.0],
                         ids=["server-3h-ahead", "server-3h-behind", "server-20s-ahead"])
def test_source_server_skew_is_measured_stored_and_shown(qtbot, ctx: StationContext,
                                                         offset: float) -> None:
    with SourceSimulator(SimulatorConfig(items=20, seed=5, clock_offset_s=offset)) as sim:
        service = SyncService(ctx)
        service.login(sim.url, "demo", "demo")
        result = service.sync_once(media=False)
    assert result.items_added > 0                      # the wrong clock stops nothing
    stored = state.read(ctx.db, state.CLOCK_SKEW)
    assert stored == pytest.approx(offset, abs=5.0)
    warnings = read_field_warnings(ctx.db)
    bar = StationStatusBar(ADMIN)
    qtbot.addWidget(bar)
    bar.show_status(read_bar_status(ctx.db))
    if abs(offset) <= SKEW_LIMIT_S:
        assert warnings.source_skew_s is None and not bar.warning_label.isVisibleTo(bar)
        return
    assert warnings.source_skew_s == pytest.approx(offset, abs=5.0)
    text, tip = bar.warning_label.full_text(), bar.warning_label.toolTip()
    assert ("PC clock 3 h 0 min slow" if offset > 0 else "PC clock 3 h 0 min fast") in text
    assert ("3 h 0 min behind the province server" if offset > 0
            else "3 h 0 min ahead of the province server") in tip
    assert bar.warning_label.isVisibleTo(bar)


@pytest.fixture
def skewed_fleet(ctx: StationContext) -> Iterator[DeviceFleet]:
    """Clusters and a board whose clocks are 3 hours behind (a device that lost its RTC)."""
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    with DeviceFleet(FleetConfig(clusters=2, boards=1, protocol="reference",
                                 clock_offset_s=-THREE_HOURS)) as fleet:
        register(ctx, fleet)
        yield fleet


def test_device_skew_is_stored_and_shown(qtbot, ctx: StationContext,
                                         skewed_fleet: DeviceFleet) -> None:
    states = status.poll(ctx)
    assert len(states) == 3
    for st in states:
        assert st.clock_skew_s == pytest.approx(-THREE_HOURS, abs=5.0)
        assert "clock" in st.detail                      # said plainly with the state
    with ctx.db.read() as session:
        skews = list(session.scalars(select(DeliveryTarget.clock_skew_s)))
    assert all(s == pytest.approx(-THREE_HOURS, abs=5.0) for s in skews)
    warnings = read_field_warnings(ctx.db)
    assert {d.id for d in warnings.devices} == {s.id for s in states}
    bar = StationStatusBar(ADMIN)
    qtbot.addWidget(bar)
    bar.show_status(read_bar_status(ctx.db))
    assert "Wrong clock on 3 device(s)" in bar.warning_label.full_text()
    assert "clock 3 h 0 min behind" in bar.warning_label.toolTip()


def test_schedules_and_messages_upward_carry_explicit_offsets(
        ctx: StationContext, skewed_fleet: DeviceFleet) -> None:
    shas = cache_media(ctx, [4096, 2048])
    programme = make_programme(ctx, shas, start_in_s=2.0)
    with ctx.db.write() as session:
        jobs = create_delivery_jobs(session, programme, ADMIN)
    dispatcher = Dispatcher(ctx, workers=4, policy=FAST_RETRY, timeout_s=3.0)
    try:
        views = dispatcher.drain(jobs, timeout_s=30.0)
        assert all(v.state == "delivered" for v in views), views
        # The job payloads fixed at push time.
        with ctx.db.read() as session:
            payloads = list(session.scalars(select(DeliveryJob.payload)
                                            .where(DeliveryJob.id.in_(jobs))))
        moments = [v for p in payloads for _k, v in _timestamps(p)]
        assert moments and all(WITH_OFFSET.match(m) for m in moments), moments
        # What the devices (3 h behind) received: the same moments, same offsets.
        received = [dev.schedule for dev in skewed_fleet.reference_devices]
        device_moments = [v for sched in received for _k, v in _timestamps(sched)]
        assert device_moments and all(WITH_OFFSET.match(m) for m in device_moments)
        assert {m for m in device_moments if m in moments}    # the start, unchanged
        # Play logs (stamped by the devices' wrong clocks) go upward with offsets too.
        assert wait_for(lambda: all(dev.play_log for dev in skewed_fleet.reference_devices),
                        timeout=30.0)                 # the 2-entry programme played
        proof.collect(ctx, dispatcher)
    finally:
        dispatcher.close()
    with ctx.db.read() as session:
        outbox = list(session.scalars(select(OutboxEntry.payload)))
    upward = [v for p in outbox for _k, v in _timestamps(p)]
    print(f"offsets checked: {len(moments)} in jobs, {len(device_moments)} on devices, "
          f"{len(upward)} upward")
    assert upward, "no as-run entries queued upward"
    assert all(WITH_OFFSET.match(m) for m in upward), upward[:5]
    json.dumps(outbox)                                 # plain JSON on the wire


def test_simulators_take_a_clock_offset_on_the_command_line() -> None:
    parser = build_parser()
    src = parser.parse_args(["simulate", "source", "--clock-offset", "-10800"])
    dev = parser.parse_args(["simulate", "devices", "--clock-offset", "10800"])
    assert src.clock_offset == -10800.0 and dev.clock_offset == 10800.0
