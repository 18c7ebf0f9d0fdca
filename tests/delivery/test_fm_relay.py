"""Tiếp sóng FM: the clusters behind a vendor gateway are told to play an FM station
(PacketType 11, the frequency in MHz as text), the reference clusters are named and left
out; when the time is up the console sends them back to their schedule, unless they were
given another command meanwhile. Quiet hours need a leader's written reason."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select, update

from console.delivery.adapters.gateway import fm_frequency_text
from console.delivery.command_plays import acknowledged_commands, command_plays
from console.delivery.commands import timed_ends
from console.delivery.proof import collect
from console.delivery.status import poll
from console.models import AsRunEntry, AuditEntry, DeliveryJob
from console.models.base import utcnow
from console.models.enums import Role
from console.services.errors import InvalidInput, PermissionDenied
from console.services.fm_relay import fm_relay_now, plan_fm_relay
from console.services.gateway_watch import GatewayState, check_gateways
from console.services.live_commands import QuietHours, QuietOverride, device_command
from console.services.permissions import Actor
from console.services.reports.indicators import airings, load_entries
from console.services.reports.periods import custom_period
from console.services.status import read_status
from console.station import StationContext
from console.timezone import station_now
from tests.support.delivery import (
    ADMIN,
    longest_before_23_59,
    no_quiet_hours,
    quiet_now,
    wait_for,
)

GATEWAY, REFERENCE = ("cl-002", "cl-004"), ("cl-001", "cl-003")
CLUSTERS = sorted(GATEWAY + REFERENCE)
LEADER = Actor("lanhdao", Role.APPROVER)


def minutes_left() -> int:
    """Two minutes, or what is left before the allowed window closes at 23:59."""
    return max(1, int(longest_before_23_59(120.0) // 60))


def ends_of(ctx: StationContext, jobs: list[int]) -> list[int]:
    """The timed ends queued for these FM relay jobs."""
    with ctx.db.read() as session:
        rows = session.execute(select(DeliveryJob.id, DeliveryJob.payload)
                               .where(DeliveryJob.kind == "command")).all()
    return [i for i, payload in rows if payload["command"].get("ends_job") in jobs]


def time_is_up(ctx: StationContext, ends: list[int]) -> None:
    """The relay's minutes have passed: its ends are due now."""
    with ctx.db.write() as session:
        session.execute(update(DeliveryJob).where(DeliveryJob.id.in_(ends))
                        .values(next_attempt_at=utcnow()))


def test_gateway_clusters_relay_fm_until_the_time_is_up(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    no_quiet_hours(ctx)
    minutes = minutes_left()
    plan = plan_fm_relay(ctx, ADMIN, CLUSTERS, 103.7, minutes)
    assert plan.refusal is None and not plan.quiet
    assert [t for t, _n in plan.targets] == list(GATEWAY)
    assert [t for t, _n in plan.left_out] == list(REFERENCE)
    assert plan.title == "FM 103.7 MHz" and plan.length_s == minutes * 60

    jobs = fm_relay_now(ctx, ADMIN, CLUSTERS, 103.7, minutes)
    assert len(jobs) == 2
    states = {v.target_id: v.state for v in dispatcher.drain(jobs, timeout_s=10)}
    assert states == dict.fromkeys(GATEWAY, "delivered")
    for target in GATEWAY:
        device = fleet.devices[target]
        assert device.fm_requests == ["103.7"] and device.now_playing == "FM 103.7 MHz"
        assert device.status()["status"] == "playing"
    for target in REFERENCE:
        assert fleet.devices[target].now_playing is None

    # The ends wait for their time; nothing is sent before it.
    ends = ends_of(ctx, jobs)
    with ctx.db.read() as session:
        due = session.scalars(select(DeliveryJob.next_attempt_at)
                              .where(DeliveryJob.id.in_(ends))).all()
    assert len(due) == 2
    for when in due:
        when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        assert minutes * 60 - 30 < (when - utcnow()).total_seconds() <= minutes * 60
    assert [v.state for v in dispatcher.drain(ends, timeout_s=0.5)] == ["queued"] * 2
    assert fleet.devices[GATEWAY[0]].now_playing == "FM 103.7 MHz"

    # The gateway watch takes the FM for the console's own play, not a foreign one.
    playing = [GatewayState(t, True, fleet.devices[t].now_playing) for t in GATEWAY]
    assert check_gateways(ctx, playing) == []

    time_is_up(ctx, ends)
    assert {v.state for v in dispatcher.drain(ends, timeout_s=10)} == {"delivered"}
    assert wait_for(lambda: all(fleet.devices[t].now_playing is None for t in GATEWAY))
    with ctx.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "device.fm_relay")).one()
    assert entry.subject == ",".join(GATEWAY)
    assert entry.detail["frequency_mhz"] == 103.7 and entry.detail["minutes"] == minutes


def test_a_late_end_leaves_what_came_after(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """One cluster is tuned to another station meanwhile: the first relay's end leaves it
    playing; the other cluster, given nothing since, goes back to its schedule."""
    no_quiet_hours(ctx)
    minutes = minutes_left()
    first = fm_relay_now(ctx, ADMIN, list(GATEWAY), 103.7, minutes)
    dispatcher.drain(first, timeout_s=10)
    second = fm_relay_now(ctx, ADMIN, [GATEWAY[0]], 99.0, minutes)
    dispatcher.drain(second, timeout_s=10)
    assert fleet.devices[GATEWAY[0]].now_playing == "FM 99 MHz"

    ends = ends_of(ctx, first)
    time_is_up(ctx, ends)
    views = {v.target_id: v for v in dispatcher.drain(ends, timeout_s=10)}
    assert {v.state for v in views.values()} == {"delivered"}
    assert wait_for(lambda: fleet.devices[GATEWAY[1]].now_playing is None)
    assert fleet.devices[GATEWAY[0]].now_playing == "FM 99 MHz"
    assert fleet.devices[GATEWAY[0]].fm_requests == ["103.7", "99"]
    with ctx.db.read() as session:
        kept = session.get(DeliveryJob, views[GATEWAY[0]].id)
        assert kept is not None and "another command" in (kept.detail or "")


def test_what_an_fm_relay_refuses(ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    no_quiet_hours(ctx)
    plan = plan_fm_relay(ctx, ADMIN, list(REFERENCE), 103.7, 5)
    assert plan.refusal is not None and "FM receiver" in plan.refusal
    with pytest.raises(InvalidInput, match="FM receiver"):
        fm_relay_now(ctx, ADMIN, list(REFERENCE), 103.7, 5)
    for mhz, minutes, why in ((120.0, 5, "FM band"), (103.7, 0, "minutes"),
                              (103.7, 241, "minutes")):
        with pytest.raises(InvalidInput, match=why):
            plan_fm_relay(ctx, ADMIN, list(GATEWAY), mhz, minutes)
    with ctx.db.read() as session:
        assert session.scalar(select(DeliveryJob.id).where(
            DeliveryJob.kind == "command")) is None


def test_quiet_hours_need_a_leaders_reason(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    quiet_now(ctx)  # the allowed window starts two hours from now
    assert plan_fm_relay(ctx, ADMIN, list(GATEWAY), 103.7, 5).quiet
    with pytest.raises(QuietHours):
        fm_relay_now(ctx, ADMIN, list(GATEWAY), 103.7, 5)
    operator = Actor("vanhanh", Role.OPERATOR)
    with pytest.raises(PermissionDenied):
        fm_relay_now(ctx, operator, list(GATEWAY), 103.7, 5,
                     override=QuietOverride(operator, "Bão về, tiếp sóng bản tin VOV"))
    jobs = fm_relay_now(ctx, operator, list(GATEWAY), 103.7, 5,
                        override=QuietOverride(LEADER, "Bão về, tiếp sóng bản tin VOV"))
    dispatcher.drain(jobs, timeout_s=10)
    assert fleet.devices[GATEWAY[0]].now_playing == "FM 103.7 MHz"
    with ctx.db.read() as session:
        rows = dict(session.execute(select(AuditEntry.action, AuditEntry.actor).where(
            AuditEntry.action.in_(("device.quiet_override", "device.fm_relay")))).all())
    assert rows == {"device.quiet_override": "lanhdao", "device.fm_relay": "vanhanh"}


def test_the_frequency_as_field_gateways_take_it() -> None:
    assert [fm_frequency_text(f) for f in (103.7, 99.0, 87.5, 100.04)] == [
        "103.7", "99", "87.5", "100"]


def test_a_stop_ends_the_wait_for_the_end_at_once(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """Stopping a cluster early takes its timed end off the queue there and then; the
    status bar's "FM relay until" goes with the last one."""
    no_quiet_hours(ctx)
    minutes = minutes_left()
    jobs = fm_relay_now(ctx, ADMIN, list(GATEWAY), 103.7, minutes)
    dispatcher.drain(jobs, timeout_s=10)
    until = read_status(ctx.db).fm_relay_until
    assert until is not None and 0 < (until - utcnow()).total_seconds() <= minutes * 60
    stop = device_command(ctx, ADMIN, "stop", [GATEWAY[0]])
    with ctx.db.read() as session:
        assert [j.target_id for j in timed_ends(session)] == [GATEWAY[1]]
    assert read_status(ctx.db).fm_relay_until == until
    dispatcher.drain(stop, timeout_s=10)
    assert fleet.devices[GATEWAY[0]].now_playing is None
    assert fleet.devices[GATEWAY[1]].now_playing == "FM 103.7 MHz"
    device_command(ctx, ADMIN, "stop", [GATEWAY[1]])
    assert read_status(ctx.db).fm_relay_until is None


def test_the_relayed_time_goes_into_the_broadcast_log(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """The gateway keeps no play log: each cluster's FM relay, from its acknowledgement to
    the stop that ended it, is inferred from the status samples taken meanwhile and stored
    as a relay, once, after it is over; the period's statistics count it as relayed."""
    no_quiet_hours(ctx)
    minutes = minutes_left()
    jobs = fm_relay_now(ctx, ADMIN, list(GATEWAY), 103.7, minutes)
    dispatcher.drain(jobs, timeout_s=10)
    assert wait_for(lambda: sum(st.status == "playing" for st in poll(ctx, dispatcher)
                                if st.id in GATEWAY) == 2)
    assert collect(ctx, dispatcher).inferred == 0  # still relaying: not over yet

    stop = device_command(ctx, ADMIN, "stop", list(GATEWAY))
    assert {v.state for v in dispatcher.drain(stop, timeout_s=10)} == {"delivered"}
    assert collect(ctx, dispatcher).inferred == 2
    assert collect(ctx, dispatcher).inferred == 0  # stored once
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.source == "inferred")).all()
        sent = dict(session.execute(select(DeliveryJob.target_id, DeliveryJob.updated_at)
                                    .where(DeliveryJob.id.in_(jobs))).all())
    assert sorted(r.target_id for r in rows) == list(GATEWAY)
    for row in rows:
        assert (row.title, row.item_id, row.content_origin, row.result, row.priority) == (
            "FM 103.7 MHz", None, "relay", "success", "normal")
        assert row.requested_s == minutes * 60
        assert row.started_at.replace(tzinfo=None) == sent[row.target_id].replace(tzinfo=None)
        assert 0 < row.played_s < 60

    today = station_now().date()
    entries = load_entries(ctx, custom_period(today, today))
    relayed = [a for a in airings(entries) if a.first.origin == "relay"]
    assert len(relayed) == 1 and relayed[0].seconds == max(r.played_s for r in rows)
    # Plays over for more than a week are not looked at again (they were stored then).
    with ctx.db.write() as session:
        session.execute(delete(AsRunEntry))
    assert collect(ctx, dispatcher, now=utcnow() + dt.timedelta(days=9)).inferred == 0
    assert collect(ctx, dispatcher).inferred == 2


def test_an_end_taken_off_the_queue_is_no_command_the_cluster_got(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """A relay stopped early: its timed end, marked done without being sent, ends nothing
    (the stop that was sent ends the relay)."""
    no_quiet_hours(ctx)
    jobs = fm_relay_now(ctx, ADMIN, [GATEWAY[0]], 103.7, minutes_left())
    dispatcher.drain(jobs, timeout_s=10)
    stop = device_command(ctx, ADMIN, "stop", [GATEWAY[0]])
    dispatcher.drain(stop, timeout_s=10)
    with ctx.db.read() as session:
        got = acknowledged_commands(session, GATEWAY[0])
        ends = session.scalars(select(DeliveryJob.state).where(
            DeliveryJob.id.in_(ends_of(ctx, jobs)))).all()
    assert ends == ["delivered"]  # taken off the queue, as if done
    assert [(c["type"], "ends_job" in c) for c, _at in got] == [("fm_relay", False),
                                                                ("stop", False)]
    play, = command_plays(got)
    assert play.cut_short and play.end == got[1][1]
