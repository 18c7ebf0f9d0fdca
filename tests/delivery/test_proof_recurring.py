"""Proof of play for daily and weekly programmes: each day's play is its own as-run entry,
and each day a device did not play is missed once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from console.delivery.proof import collect
from console.models import AsRunEntry, DeliveryTarget, Programme, Schedule
from console.services.push import create_delivery_jobs
from console.timezone import STATION_TZ
from tests.support.delivery import ADMIN, cache_media, make_programme, wait_for


def daily(ctx, shas: list[str], first: dt.datetime, repeat: str = "daily",  # type: ignore[no-untyped-def]
          weekdays: list[int] | None = None) -> int:
    pid = make_programme(ctx, shas, durations=0.2)
    local = first.astimezone(STATION_TZ)
    with ctx.db.write() as session:
        programme = session.get(Programme, pid)
        programme.start_at = first
        programme.schedule = Schedule(repeat=repeat, start_date=local.date(),
                                      time_of_day=local.time().replace(tzinfo=None),
                                      weekdays=weekdays or [])
    return pid


def push(ctx, dispatcher, pid: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    return {v.target_id: v.state for v in dispatcher.drain(ids, timeout_s=10)}


def test_each_day_missed_is_logged_once(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [3_000, 3_000])
    first = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=1)
    pid = daily(ctx, shas, first)
    assert set(push(ctx, dispatcher, pid).values()) == {"delivered"}
    later = first + dt.timedelta(days=1, hours=1)  # two days' plays are over, none logged
    stats = collect(ctx, dispatcher, now=later)
    # 3 reference devices (2 clusters, 1 board) x 2 days x 2 files; 2 gateways inferred.
    assert (stats.missed, stats.inferred) == (3 * 2 * 2, 2 * 2 * 2)
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.target_id == "cl-001")).all()
        days = sorted({r.scheduled_at for r in rows})
    assert days == [first, first + dt.timedelta(days=1)]
    assert {r.result for r in rows} == {"failed"}
    again = collect(ctx, dispatcher, now=later)
    assert (again.missed, again.inferred) == (0, 0)


def test_a_days_play_is_recorded_against_that_day(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [3_000])
    soon = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=3)
    pid = daily(ctx, shas, soon - dt.timedelta(days=2))  # started two days ago
    assert set(push(ctx, dispatcher, pid).values()) == {"delivered"}
    device = fleet.devices["cl-001"]
    assert wait_for(lambda: any(r["sha256"] == shas[0] for r in device.play_log), timeout=8)
    collect(ctx, dispatcher, now=soon + dt.timedelta(minutes=2))
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.target_id == "cl-001")).all()
    # Today's play, not the entry's first day; the days before it arrived are not "missed".
    assert [(r.result, r.source, r.scheduled_at) for r in rows] == [("success", "device", soon)]


def test_weekly_only_on_its_weekdays(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [3_000])
    first = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=1)
    weekday = first.astimezone(STATION_TZ).isoweekday()
    pid = daily(ctx, shas, first, repeat="weekly", weekdays=[weekday])
    with ctx.db.write() as session:  # the vendor gateway has no weekday rule: leave it out
        for target in session.scalars(select(DeliveryTarget).where(
                DeliveryTarget.protocol == "gateway")):
            target.enabled = False
    assert set(push(ctx, dispatcher, pid).values()) == {"delivered"}
    collect(ctx, dispatcher, now=first + dt.timedelta(days=7, hours=1))
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.target_id == "cl-001")).all()
    assert sorted(r.scheduled_at for r in rows) == [first, first + dt.timedelta(days=7)]
