"""The demo's past month: a new demo commune opens with a month of broadcasts to report on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.app import open_station
from console.delivery.proof import queue_upload
from console.demo import DEMO_ITEMS, DEMO_SEED, DemoSession, seed_history, seed_station
from console.models import (
    AsRunEntry,
    Contribution,
    DeviceStatusSample,
    OutboxEntry,
    SourceItem,
    Station,
)
from console.models.enums import Role
from console.services.permissions import Actor
from console.services.reports.indicators import compute_statistics
from console.services.reports.periods import current_month, custom_period
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService
from console.timezone import station_now


def _counts(ctx: StationContext) -> tuple[int, ...]:
    with ctx.db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0
                     for model in (AsRunEntry, DeviceStatusSample, SourceItem, Contribution))


@pytest.fixture
def demo(ctx: StationContext) -> Iterator[DemoSession]:
    """A new demo folder with its devices connected (which seeds the past month)."""
    seed_station(ctx)
    session = DemoSession(ctx=ctx, actor=Actor("admin", Role.ADMIN))
    session.connect_devices()
    yield session
    session.stop()


@pytest.mark.slow
def test_the_new_demo_has_a_month_to_report_and_sends_none_of_it(
        ctx: StationContext, demo: DemoSession,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    runs, samples, items, contributions = _counts(ctx)
    assert items == 4  # three commune notices and the province's past warning
    assert runs > 1000 and samples > 14 * 48 * 29 and contributions == 2
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AsRunEntry)
                              .where(AsRunEntry.uploaded.is_(False))) == 0
        results = dict(session.execute(select(AsRunEntry.result, func.count())
                                       .group_by(AsRunEntry.result)).all())
        origins = set(session.scalars(select(AsRunEntry.content_origin).distinct()))
    assert results["success"] > 5 * (results["partial"] + results["failed"]) > 0  # mostly
    assert results["partial"] and results["failed"]
    assert origins == {"own", "relay", "source"}

    # The source simulator of the demo (same seed and size) and one sync: the catalogue
    # arrives, the outbox is drained, and the province receives none of the history.
    media = tmp_path_factory.mktemp("demo-history-media")
    with SourceSimulator(SimulatorConfig(items=DEMO_ITEMS, seed=DEMO_SEED,
                                         media_dir=media)) as sim:
        service = SyncService(ctx)
        service.login(sim.url, "demo", "demo")
        service.sync_once(media=False)
        assert queue_upload(ctx) == 0
        assert sim.received["broadcast_logs"] == []
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)
                              .where(OutboxEntry.kind == "broadcast_logs")) == 0

    today = station_now().date()
    month = compute_statistics(ctx, custom_period(today - dt.timedelta(days=29), today))
    values = month.values()
    assert values["bulletins_broadcast"] > 100
    assert values["hours_own"] > 0 and values["hours_relay"] > 0 and values["hours_source"] > 0
    assert values["hours_total"] == pytest.approx(
        values["hours_own"] + values["hours_relay"] + values["hours_source"], abs=0.05)
    assert 0 < values["cluster_availability_pct"] < 100
    assert 0 < values["board_availability_pct"] <= 100
    assert values["clusters_total"] == values["clusters_operating"] == 12
    assert values["emergency_broadcasts"] >= 1
    assert values["emergencies_within_15min_pct"] == 100.0
    assert values["items_contributed"] == 2
    assert 0 < values["items_received_broadcast"] < values["items_received"]
    assert values["items_received"] > 40  # the catalogue's last month, from the sync
    assert 0 < values["first_airing_delay_median_min"] < 72 * 60
    assert values["plays_succeeded"] < values["plays_requested"]
    assert all(len(v.label) > 0 and v.bulletins > 0 for v in month.by_village)
    assert len(month.by_village) == 6
    assert sum(b.received or 0 for b in month.by_category) == values["items_received"]
    charted = [p.clusters_pct for p in month.availability if p.clusters_pct is not None]
    assert len(charted) >= 29 and min(charted) < 100  # the outage and the 3G spells show

    # The current month, as the Reports page opens it (its first days may be too few).
    current = compute_statistics(ctx, current_month()).values()
    if today.day >= 3:
        assert current["bulletins_broadcast"] > 0 and current["hours_total"] > 0
        assert 0 < current["cluster_availability_pct"] < 100
        assert current["items_received"] >= current["items_received_broadcast"] > 0
    if today.day > 10:  # the emergency was nine days ago
        assert current["emergency_broadcasts"] >= 1


def test_seeding_twice_or_on_a_later_start_adds_nothing(ctx: StationContext,
                                                        demo: DemoSession) -> None:
    before = _counts(ctx)
    assert before[0] > 0
    assert seed_history(ctx) == 0
    demo.connect_devices()  # a later start of the same demo folder
    seed_station(ctx)
    assert seed_history(ctx) == 0
    assert _counts(ctx) == before


def test_an_older_demo_folder_gets_no_invented_past(ctx: StationContext) -> None:
    with ctx.db.write() as session:  # created before the demo had a past
        session.add(Station(code="DTT-24343", name="Đài truyền thanh xã Phú Lộc"))
    seed_station(ctx)
    session = DemoSession(ctx=ctx, actor=Actor("admin", Role.ADMIN))
    try:
        session.connect_devices()
    finally:
        session.stop()
    assert _counts(ctx)[:2] == (0, 0)


def test_the_past_is_the_same_on_every_machine(tmp_path: Path) -> None:
    """Deterministic: the same rows for the same day, whatever the folder."""
    from console.demo import start_demo_devices

    now = station_now().replace(hour=12, minute=0, second=0, microsecond=0)
    seen = []
    for name in ("a", "b"):
        ctx = open_station(tmp_path / name)
        try:
            seed_station(ctx)
            stop = start_demo_devices(ctx)
            stop()
            seed_history(ctx, now=now)
            with ctx.db.read() as session:
                seen.append(session.execute(
                    select(AsRunEntry.id, AsRunEntry.result, AsRunEntry.played_s)
                    .order_by(AsRunEntry.id)).all())
        finally:
            ctx.close()
    assert seen[0] == seen[1] and len(seen[0]) > 1000
