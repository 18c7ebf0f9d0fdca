"""The budget's download order and the daily budget against the source simulator, in
process: emergencies, then priority items and programmes of the next 48 hours, then the
rest newest first; a day's budget spent leaves the rest for tomorrow; changes audited."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from console.media.store import MediaStore
from console.models import AuditEntry, ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState, Role
from console.services import programmes as svc
from console.services.data_budget import (
    PRESET_3G,
    PRESETS,
    BudgetSettings,
    read_budget,
    save_budget,
    why_waiting,
)
from console.services.errors import PermissionDenied, ServiceError
from console.services.permissions import Actor
from console.settings import DATA_BUDGET_MB, DATA_BUDGET_ON
from console.station import StationContext
from console.sync.budget import (
    HELD_BUDGET,
    HELD_LARGE,
    TIER_EMERGENCY,
    TIER_REST,
    TIER_SOON,
    DataMeter,
    PlannedJob,
    order_jobs,
    read_use,
)
from console.sync.downloads import MediaDownloader
from console.timezone import STATION_TZ, station_now
from tests.support.sync import logged_in

MB = 2**20
ADMIN = Actor("boss", Role.ADMIN)
EDITOR = Actor("ed", Role.EDITOR)


def files_of_items(ctx: StationContext, priority: str) -> list[tuple[str, str]]:
    """(item id, sha256) of missing files whose items have this priority, oldest first."""
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(SourceItem.id, ItemFile.sha256)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(SourceItem.priority == priority, SourceItem.withdrawn.is_(False),
                   MediaBlob.state != MediaState.READY)
            .order_by(SourceItem.published_at)).all()]


def test_order_emergencies_then_priority_and_next_48_hours_then_newest(
        make_sim, ctx: StationContext) -> None:  # type: ignore[no-untyped-def]
    sim = make_sim()
    sim.publish(priority="emergency", kind="audio", title="Cảnh báo lũ")
    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    priority_files = {sha for _, sha in files_of_items(ctx, "priority")}
    emergency_files = {sha for _, sha in files_of_items(ctx, "emergency")}
    by_item: dict[str, set[str]] = {}
    for item, sha in files_of_items(ctx, "normal"):
        by_item.setdefault(item, set()).add(sha)
    taken = priority_files | emergency_files
    chosen: list[tuple[str, str]] = []  # three items with files of their own
    for item, shas in by_item.items():
        if not shas & taken and len(chosen) < 3:
            taken |= shas
            chosen.append((item, min(shas)))
    (tomorrow_item, tomorrow_sha), (daily_item, daily_sha), (later_item, later_sha) = chosen
    today = station_now().date()
    at = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(5, 30), STATION_TZ)
    svc.create_programme(ctx.db, EDITOR, "Ngày mai", start_at=at, item_ids=[tomorrow_item])
    daily = svc.create_programme(ctx.db, EDITOR, "Hằng ngày", item_ids=[daily_item])
    svc.set_schedule(ctx.db, EDITOR, daily, "daily", times=["17:00"],
                     start_date=today - dt.timedelta(days=30))
    far = dt.datetime.combine(today + dt.timedelta(days=5), dt.time(5, 30), STATION_TZ)
    svc.create_programme(ctx.db, EDITOR, "Tuần sau", start_at=far, item_ids=[later_item])

    client = service.make_client()
    try:
        downloader = MediaDownloader(ctx.db, client, MediaStore(ctx.paths.media))
        jobs = order_jobs(ctx.db, [PlannedJob(j.sha256, j.size, j.url, TIER_REST, None,
                                              mime=j.mime) for j in downloader.pending()])
    finally:
        client.close()
    tiers = {job.sha256: job.tier for job in jobs}
    assert [job.tier for job in jobs] == sorted(job.tier for job in jobs)
    assert emergency_files and all(tiers[s] == TIER_EMERGENCY for s in emergency_files)
    assert all(tiers[s] == TIER_SOON for s in priority_files - emergency_files)
    assert tiers[tomorrow_sha] == TIER_SOON and tiers[daily_sha] == TIER_SOON
    assert tiers[later_sha] == TIER_REST  # five days ahead: with the rest
    rest = [job.newest for job in jobs if job.tier == TIER_REST]
    assert len(rest) > 3 and rest == sorted(rest, reverse=True)


def test_a_spent_daily_budget_leaves_the_rest_for_tomorrow(make_sim,  # type: ignore[no-untyped-def]
                                                          ctx: StationContext) -> None:
    sim = make_sim()
    ctx.settings.set_many({DATA_BUDGET_ON: True, DATA_BUDGET_MB: 2})
    service = logged_in(ctx, sim)
    first = service.sync_once()
    use = read_use(ctx.db)
    assert first.held_back > 0 and first.files_downloaded > 0
    assert use.budgeted <= 2 * MB and use.total == sim.stats.snapshot()["bytes_sent"]
    with ctx.db.read() as session:
        waiting = session.scalars(select(MediaBlob.size).where(
            MediaBlob.state != MediaState.READY)).all()
    assert len(waiting) == first.held_back
    assert min(waiting) > 2 * MB - use.budgeted  # filled until no waiting file fits
    second = service.sync_once()
    assert second.files_downloaded == 0 and second.held_back == first.held_back
    status = read_budget(ctx)
    assert status.left_bytes is not None and status.left_bytes < 2 * MB
    # Tomorrow: nothing used yet, the day's budget is whole again.
    tomorrow = station_now().date() + dt.timedelta(days=1)
    assert read_use(ctx.db, tomorrow).total == 0
    assert read_budget(ctx, tomorrow).left_bytes == 2 * MB


def test_meters_add_up_and_survive_a_restart(ctx: StationContext) -> None:
    one, two = DataMeter(ctx.db), DataMeter(ctx.db)
    one.add(1000)
    two.add(500, emergency=True)
    one.add(24)
    one.flush()
    two.flush()
    use = read_use(ctx.db)
    assert (use.total, use.emergency, use.budgeted) == (1524, 500, 1024)


def test_counting_never_waits_for_the_database(ctx: StationContext) -> None:
    """The thread reading an answer counts its bytes while a long transaction holds the
    write lock (a sync's pages); the meter writes them once the lock is free."""
    meter = DataMeter(ctx.db)
    held, release = threading.Event(), threading.Event()

    def long_transaction() -> None:
        with ctx.db.write():
            held.set()
            release.wait(10)

    holder = threading.Thread(target=long_transaction)
    holder.start()
    assert held.wait(10)
    counted = threading.Thread(target=lambda: [meter.add(MB) for _ in range(3)])
    counted.start()
    counted.join(5)
    alive = counted.is_alive()
    release.set()
    holder.join(10)
    assert not alive  # counting did not wait for the transaction
    meter.settle(10)
    meter.flush()
    assert read_use(ctx.db).total == 3 * MB


def test_budget_changes_are_audited_and_checked(ctx: StationContext) -> None:
    assert save_budget(ctx, ADMIN, PRESETS[PRESET_3G])
    assert not save_budget(ctx, ADMIN, PRESETS[PRESET_3G])  # nothing changed: no entry
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "settings.data_budget")).all()
    assert len(entries) == 1 and entries[0].actor == "boss"
    assert entries[0].detail == {
        "before": {"on": False, "preset": "", "metered": False},
        "after": {"on": True, "preset": "3g", "metered": True}}
    with pytest.raises(PermissionDenied):
        save_budget(ctx, EDITOR, BudgetSettings())
    with pytest.raises(ServiceError):
        save_budget(ctx, ADMIN, BudgetSettings(True, 0))
    status = read_budget(ctx)
    assert status.settings == PRESETS[PRESET_3G] and status.limit_bytes == 100 * MB
    assert why_waiting(status, [(3 * MB, "video/mp4")]) == HELD_LARGE
    assert why_waiting(status, [(3 * MB, "audio/mpeg")]) is None
    assert why_waiting(status, [(60 * MB, "audio/mpeg")]) == HELD_LARGE
    ctx.settings.set(DATA_BUDGET_MB, 1)
    meter = DataMeter(ctx.db)
    meter.add(2 * MB)  # written at once (aside): over FLUSH_EVERY
    meter.settle(10)
    assert why_waiting(read_budget(ctx), [(MB, "audio/mpeg")]) == HELD_BUDGET
