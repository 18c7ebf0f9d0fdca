"""A programme's places changed (Nơi phát): re-approved for one village, it leaves the
devices of the others. Before, they kept playing the old version, since nothing told them;
now each is sent its schedule without it, and its as-run stops expecting those plays. And
a programme pushed at its first version can be withdrawn."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from console.delivery.proof import collect
from console.models import DeliveryJob, Programme
from console.models.base import utcnow
from console.services import programmes as svc
from console.services.programmes import lifecycle
from console.services.push import create_delivery_jobs
from console.station import StationContext
from tests.support.delivery import ADMIN, cache_media, make_programme, wait_for


def approved_push(ctx: StationContext, dispatcher, pid: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        session.get(Programme, pid).status = "approved"  # as a leader's Duyệt leaves it
    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    return {v.target_id: v.state for v in dispatcher.drain(ids, timeout_s=10)}


def test_devices_left_out_drop_the_programme(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [3_000])
    pid = make_programme(ctx, shas, start_in_s=3600)
    first = approved_push(ctx, dispatcher, pid)
    assert set(first.values()) == {"delivered"} and len(first) == len(fleet.devices)
    assert all(d.schedule.get("entries") for d in fleet.devices.values())

    svc.set_targets(ctx.db, ADMIN, pid, "cl-001")  # back to draft, then approved again
    states = approved_push(ctx, dispatcher, pid)
    assert states == {"cl-001": "delivered"}
    others = [t for t in fleet.devices if t != "cl-001"]
    with ctx.db.read() as session:
        refresh = list(session.scalars(select(DeliveryJob.id).where(
            DeliveryJob.programme_id == pid, DeliveryJob.kind == "schedule")))
    assert len(refresh) == len(others)
    assert {v.state for v in dispatcher.drain(refresh, timeout_s=10)} == {"delivered"}
    assert wait_for(lambda: all(not fleet.devices[t].schedule.get("entries") for t in others))
    assert fleet.devices["cl-001"].schedule.get("entries")
    # Pushing again tells no one twice.
    with ctx.db.write() as session:
        assert create_delivery_jobs(session, pid, ADMIN) == []
    with ctx.db.read() as session:
        again = list(session.scalars(select(DeliveryJob.id).where(
            DeliveryJob.programme_id == pid, DeliveryJob.kind == "schedule")))
    assert again == refresh

    # The devices left out are not blamed for not playing it.
    stats = collect(ctx, dispatcher, now=utcnow() + dt.timedelta(hours=2))
    assert stats.missed <= 1 and stats.inferred == 0, stats  # cl-001 alone may miss it


def test_a_programme_pushed_at_its_first_version_can_be_withdrawn(
        ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """Made with its items in one go (from a template), it is pushed at version 1; its
    withdrawal's refresh jobs took the same key as the pushes and the withdrawal failed."""
    pid = make_programme(ctx, cache_media(ctx, [3_000]), start_in_s=7200)
    assert set(approved_push(ctx, dispatcher, pid).values()) == {"delivered"}
    refresh = lifecycle.withdraw(ctx.db, ADMIN, pid, reason="Tỉnh đề nghị dừng phát")
    assert len(refresh) == len(fleet.devices)
    assert {v.state for v in dispatcher.drain(refresh, timeout_s=10)} == {"delivered"}
    assert wait_for(lambda: not any(d.schedule.get("entries") for d in fleet.devices.values()))
