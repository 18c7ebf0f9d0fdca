"""A relay (tiếp sóng): a programme of its own that the clusters behind a vendor gateway play
from the stream at its time (PlayType 2 in their playlist). The reference protocol's
schedule holds files only, so those clusters are named and left out; the as-run counts the
relay as relayed, and the gateway watch does not take it for a foreign play."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.delivery.jobs import build_payload
from console.delivery.proof import collect
from console.models import AsRunEntry, DeliveryJob, Programme, ProgrammeEntry, SourceItem
from console.models.base import utcnow
from console.services import programmes as svc
from console.services.errors import InvalidInput
from console.services.gateway_watch import GatewayState, check_gateways
from console.services.live_commands import emergency_start, plan_play_now, play_item_now
from console.services.programmes.checks import check_programme
from console.services.push import create_delivery_jobs
from console.station import StationContext
from tests.support.delivery import (
    ADMIN,
    cache_media,
    longest_before_23_59,
    make_programme,
    no_quiet_hours,
    wait_for,
)
from tests.support.programmes import tomorrow_at


def seconds_until(when: dt.datetime) -> float:
    """A start at a set hour of the station's day: the checks' quiet hours never depend on
    the hour the test runs at."""
    return (when - utcnow()).total_seconds()

STREAM = "http://127.0.0.1:9/vov1.mp3"  # never fetched: the simulated devices only note it
GATEWAY, REFERENCE = ("cl-002", "cl-004"), ("cl-001", "cl-003")


def relay_programme(ctx: StationContext, start: dt.datetime, seconds: float = 4.0) -> int:
    with ctx.db.write() as session:
        programme = Programme(name="Tiếp sóng thời sự", status="approved", all_targets=True,
                              start_at=start, approved_by="lanhdao")
        programme.entries.append(ProgrammeEntry(
            position=0, kind="stream", title="Thời sự VOV1", stream_url=STREAM,
            duration_s=seconds))
        session.add(programme)
        session.flush()
        return programme.id


def test_a_relay_is_played_by_gateway_clusters_and_counted_as_relayed(
        ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    no_quiet_hours(ctx)  # it plays in three seconds, at whatever hour the test runs
    start = utcnow().replace(microsecond=0) + dt.timedelta(seconds=3)
    pid = relay_programme(ctx, start)
    report = check_programme(ctx, pid, for_air=True)
    assert report.ok, report.problems
    skipped = [p for p in report.problems if p.code == "relay_skips"]
    assert skipped and all(fleet.devices[t].name in skipped[0].params["targets"]
                           for t in REFERENCE)

    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    states = {v.target_id: v.state for v in dispatcher.drain(ids, timeout_s=10)}
    assert states == dict.fromkeys(GATEWAY, "delivered")  # no board, no reference cluster
    device = fleet.devices[GATEWAY[0]]
    entry = device.schedule["entries"][0]
    assert entry["stream"] == STREAM and entry["media"] == []
    assert wait_for(lambda: STREAM in device.titles_played, timeout=10)
    played = [r for r in device.play_log if r.get("stream") == STREAM]
    assert played and played[0]["result"] == "success"

    # What a gateway cluster plays while its relay is due is the console's.
    during = start + dt.timedelta(seconds=2)
    assert check_gateways(ctx, [GatewayState(GATEWAY[0], True, STREAM)], now=during) == []

    collect(ctx, dispatcher, now=start + dt.timedelta(minutes=5))
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.programme_id == pid)).all()
    assert {r.target_id for r in rows} == set(GATEWAY)
    assert {(r.content_origin, r.title, r.requested_s, r.source) for r in rows} == {
        ("relay", "Thời sự VOV1", 4.0, "inferred")}


def test_checks_keep_a_relay_alone_and_on_clusters_that_can_play_it(
        ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    pid = relay_programme(ctx, tomorrow_at(9, 0), seconds=1800)
    svc.set_targets(ctx.db, ADMIN, pid, ",".join(REFERENCE))
    codes = {p.code: p.blocking for p in check_programme(ctx, pid).problems}
    assert codes.get("relay_no_target") is True
    with ctx.db.write() as session:  # approved all the same: the push refuses it too
        session.get(Programme, pid).status = "approved"
    with pytest.raises(InvalidInput, match="relay a stream"), ctx.db.write() as session:
        create_delivery_jobs(session, pid, ADMIN)
    with ctx.db.read() as session:
        assert not session.scalars(select(DeliveryJob).where(
            DeliveryJob.programme_id == pid)).all()

    svc.set_targets(ctx.db, ADMIN, pid, ",".join(GATEWAY))
    assert check_programme(ctx, pid).ok
    sha = cache_media(ctx, [3_000])[0]
    svc.add_entry(ctx.db, ADMIN, pid, "file", media_sha256=sha)
    blocking = {p.code for p in check_programme(ctx, pid).blocking}
    assert "relay_not_alone" in blocking


def test_a_relay_from_the_library_takes_its_stream_from_the_item(ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        session.add(SourceItem(id="ts-vov", kind="stream", title="Thời sự tối VOV1",
                               priority="normal", published_at=utcnow(), stream_url=STREAM,
                               duration_s=1800.0, reviewed=True))
    pid = make_programme(ctx, [], start_in_s=seconds_until(tomorrow_at(9, 0)))
    svc.add_items(ctx.db, ADMIN, pid, ["ts-vov"])
    svc.set_targets(ctx.db, ADMIN, pid, ",".join(GATEWAY))
    report = check_programme(ctx, pid)
    assert report.ok and "not_cached" not in report.codes(), report.problems
    with ctx.db.read() as session:
        payload = build_payload(session, session.get(Programme, pid))
    relay = payload["entries"][0]["relay"]
    assert relay == {"url": STREAM, "duration_s": 1800.0, "title": "Thời sự tối VOV1",
                     "item": "ts-vov"}
    assert payload["entries"][0]["media"] == []


def test_a_relay_item_without_a_length_is_stopped_by_the_checks(ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:  # the contract lets duration_s be null
        session.add(SourceItem(id="ts-open", kind="stream", title="Tiếp sóng không rõ giờ",
                               priority="normal", published_at=utcnow(), stream_url=STREAM,
                               reviewed=True))
    pid = make_programme(ctx, [], start_in_s=seconds_until(tomorrow_at(9, 0)))
    svc.add_items(ctx.db, ADMIN, pid, ["ts-open"])
    svc.set_targets(ctx.db, ADMIN, pid, ",".join(GATEWAY))
    report = check_programme(ctx, pid)
    assert {p.code for p in report.blocking} == {"relay_no_length"}, report.problems


def test_a_relay_played_now_goes_to_devices_that_can_play_a_stream(
        ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    no_quiet_hours(ctx)
    with ctx.db.write() as session:  # ten minutes, or what is left before 23:59
        session.add(SourceItem(id="ts-now", kind="stream", title="Tiếp sóng VOV1",
                               priority="normal", published_at=utcnow(), stream_url=STREAM,
                               duration_s=longest_before_23_59(600.0), reviewed=True))
    # Not read out as text, and not sent to a cluster that cannot play a stream.
    plan = plan_play_now(ctx, ADMIN, "ts-now", [GATEWAY[0], REFERENCE[0]])
    assert plan.refusal and fleet.devices[REFERENCE[0]].name in plan.refusal_params["targets"]
    with pytest.raises(InvalidInput, match="cannot relay a stream"):
        play_item_now(ctx, ADMIN, "ts-now", [GATEWAY[0], REFERENCE[0]])
    with pytest.raises(InvalidInput, match="relay cannot be the emergency"):
        emergency_start(ctx, ADMIN, item_id="ts-now", target_ids=[GATEWAY[0]])

    ids = play_item_now(ctx, ADMIN, "ts-now", [GATEWAY[0]])
    assert {v.state for v in dispatcher.drain(ids, timeout_s=10)} == {"delivered"}
    device = fleet.devices[GATEWAY[0]]
    assert wait_for(lambda: device.now_playing == STREAM, timeout=10)
    assert not device.media  # the stream's address, no file fetched
    # A stream has no end: it goes out as a playlist song that stops after the item's
    # 10 minutes (a play-now packet would play it until someone stops it).
    assert not [r for r in fleet.gateway.requests if r["PacketType"] == 5]
    [song] = [e for e in device.schedule["entries"] if e.get("stream") == STREAM]
    assert song["durations"] == [600.0]
