"""The demo's delivery flow end to end: approve and push a programme, every simulated
cluster and board gets it (the Devices page says so), the play logs come back as as-run
entries and reach the source simulator through the outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from console.delivery.proof import collect
from console.delivery.service import DeliveryService
from console.demo import DemoSession, seed_station
from console.models import AsRunEntry, DeliveryJob, DeliveryTarget, OutboxEntry
from console.models.base import utcnow
from console.models.enums import Role
from console.services.permissions import Actor
from console.services.programmes.approval import approve
from console.sim.devices import DeviceFleet
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.outbox import OutboxWorker
from console.sync.service import SyncService
from console.ui.pages.base import PageEnv
from console.ui.pages.devices import DevicesPage
from console.ui.pages.devices_link import DeliveryLink
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.delivery import (
    cache_tones,
    device_format,
    encoded,
    make_programme,
    wait_for,
)

APPROVER = Actor("lanhdao", Role.APPROVER, "Trần Văn Đức")


@pytest.fixture
def demo(ctx: StationContext, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[DemoSession, SourceSimulator]]:
    """The demo's station, users and 14 devices, and a (small) source simulator."""
    seed_station(ctx)
    session = DemoSession(ctx=ctx, actor=Actor("admin", Role.ADMIN, "Quản trị viên"))
    session.connect_devices()
    media_dir: Path = tmp_path_factory.mktemp("src-media")
    with SourceSimulator(SimulatorConfig(items=10, seed=5, media_dir=media_dir)) as sim:
        SyncService(ctx).login(sim.url, "demo", "demo")
        try:
            yield session, sim
        finally:
            session.stop()


@pytest.mark.slow
def test_demo_programme_reaches_every_device_and_its_log_the_province(  # type: ignore[no-untyped-def]
        qtbot, qapp: QApplication, ctx: StationContext, tasks: TaskRunner,
        english_prefs: UiPreferences, demo: tuple[DemoSession, SourceSimulator]) -> None:
    session, sim = demo
    with ctx.db.read() as s:
        targets = {t.id: t.kind for t in s.scalars(select(DeliveryTarget))}
    assert len(targets) == 14 and list(targets.values()).count("bulletin_board") == 2
    service = DeliveryService(ctx, poll_every_s=0.3, collect_every_s=0.5, idle_s=0.2)
    link = DeliveryLink(ctx, service)
    page = DevicesPage(PageEnv(ctx=ctx, actor=APPROVER, tasks=tasks, prefs=english_prefs,
                               delivery=link))
    qtbot.addWidget(page)
    page.show()
    service.start()
    try:
        shas = cache_tones(ctx, [1.0])
        pid = make_programme(ctx, shas, status="draft", start_in_s=4.0, durations=0.3,
                             name="Bản tin sáng Xã Phú Lộc")
        result = approve(ctx, APPROVER, pid, quiet_reason="Thử hệ thống phát thanh")
        assert result.status == "scheduled" and len(result.jobs) == 14
        service.wake()

        def delivered() -> bool:
            with ctx.db.read() as s:
                return set(s.scalars(select(DeliveryJob.state).where(
                    DeliveryJob.programme_id == pid))) == {"delivered"}

        assert wait_for(delivered, 30)
        # Every simulated cluster and board holds the programme's file and schedule.
        for device in demo_fleet(session).devices.values():
            # gateways fetch the file by URL in their own time
            # (at the station's loudness, in the device's format)
            sent = encoded(ctx, shas[0], device_format(demo_fleet(session), device.device_id))
            assert wait_for(lambda d=device, f=sent: d.has(f), 10), device.device_id
            assert device.schedule.get("entries"), device.device_id
        page.reload()
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() == 14 and all(
            model.data(model.index(r, model.DELIVERY)).startswith("Delivered")
            for r in range(14)), timeout=15_000)

        def device_logs() -> int:
            with ctx.db.read() as s:
                return len(s.scalars(select(AsRunEntry.target_id).where(
                    AsRunEntry.programme_id == pid, AsRunEntry.source == "device")).all())

        assert wait_for(lambda: device_logs() >= 8, 30)  # 6 reference clusters + 2 boards
    finally:
        service.stop()
    # Gateway clusters keep no log: once the slot is over their plays are inferred.
    stats = collect(ctx, now=utcnow() + dt.timedelta(minutes=5))
    with ctx.db.read() as s:
        played = set(s.scalars(select(AsRunEntry.target_id).where(AsRunEntry.programme_id == pid)))
        pending = s.scalars(select(OutboxEntry).where(OutboxEntry.kind == "broadcast_logs")).all()
        assert pending, stats
    assert played == set(targets)
    client = SyncService(ctx).make_client()
    try:
        sent = OutboxWorker(ctx.db, client).drain()
    finally:
        client.close()
    assert sent.failed == 0 and sent.sent >= 1
    uploaded = {e["target_id"] for body in sim.received["broadcast_logs"] for e in body["entries"]}
    assert set(targets) <= uploaded, uploaded
    with ctx.db.read() as s:
        assert set(s.scalars(select(OutboxEntry.state).where(
            OutboxEntry.kind == "broadcast_logs"))) == {"done"}
        assert all(s.scalars(select(AsRunEntry.uploaded)))
    page.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)


def demo_fleet(session: DemoSession) -> DeviceFleet:
    """The demo's fleet: `connect_devices` keeps its bound `stop`."""
    fleet = getattr(session.stoppers[0], "__self__", None)
    assert isinstance(fleet, DeviceFleet)
    return fleet
