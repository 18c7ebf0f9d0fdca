"""As-run entries from the devices reach the source simulator through the outbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from console.delivery.proof import collect
from console.models import OutboxEntry
from console.models.base import utcnow
from console.services.push import create_delivery_jobs
from console.settings import STATION_CODE
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.outbox import OutboxWorker
from console.sync.service import SyncService
from tests.support.delivery import ADMIN, cache_media, make_programme, wait_for


@pytest.mark.slow
def test_as_run_reaches_the_source_system(ctx, fleet, dispatcher,  # type: ignore[no-untyped-def]
                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    media_dir: Path = tmp_path_factory.mktemp("src-media")
    with SourceSimulator(SimulatorConfig(items=10, seed=3, media_dir=media_dir)) as sim:
        service = SyncService(ctx)
        service.login(sim.url, "demo", "demo")
        ctx.settings.set(STATION_CODE, sim.station_code)  # the fleet fixture set another
        shas = cache_media(ctx, [2_000])
        pid = make_programme(ctx, shas, start_in_s=0.8, durations=0.2)
        with ctx.db.write() as s:
            ids = create_delivery_jobs(s, pid, ADMIN)
        assert {v.state for v in dispatcher.drain(ids, timeout_s=10)} == {"delivered"}
        assert wait_for(lambda: all(d.play_log for d in fleet.reference_devices), 8)
        stats = collect(ctx, dispatcher, now=utcnow() + dt.timedelta(minutes=2))
        assert stats.queued == stats.collected + stats.inferred >= 3
        client = service.make_client()
        try:
            sent = OutboxWorker(ctx.db, client).drain()
        finally:
            client.close()
        with ctx.db.read() as s:
            errors = s.scalars(select(OutboxEntry.last_error)).all()
        assert sent.sent == 1 and sent.failed == 0, errors
        body = sim.received["broadcast_logs"][0]
        assert body["station_code"] == sim.station_code
        assert len(body["entries"]) == stats.queued
        with ctx.db.read() as s:
            assert s.scalars(select(OutboxEntry.state)).all() == ["done"]
