"""Tiếp sóng FM: clusters with an FM receiver play a radio station now, for a set time.

Only clusters behind a vendor gateway can be told to (PacketType 11, contracts/devices.md
§2). The packet has no end, so the end is a stop queued with the start, due when the time
is up; any command queued for the cluster meanwhile (a stop, a play-now, an emergency)
takes it off the queue (delivery.commands.queue_commands), so that a late stop never ends
what came after. Quiet hours apply
as to play now: outside the allowed window a leader allows it with a written reason.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update

from ..delivery import lanes
from ..delivery.adapters import tunes_fm
from ..delivery.commands import ENDS_JOB, active_emergencies, queue_commands
from ..models import DeliveryJob, DeliveryTarget
from ..models.base import utcnow
from ..models.enums import Lane
from ..station import StationContext
from . import audit
from .errors import InvalidInput
from .live_commands import (
    RELAY_NOW_MAX_S,
    LivePlan,
    QuietOverride,
    check_override,
    chosen_targets,
    station_moment,
    target_names,
)
from .permissions import Actor, Permission
from .programmes.checks import in_quiet_hours, quiet_window
from .translatable import QT_TRANSLATE_NOOP

FM_BAND_MHZ = (87.0, 108.0)  # the FM broadcast band
FM_MAX_MINUTES = int(RELAY_NOW_MAX_S // 60)  # a forgotten relay must not play into the night
FM_DEFAULT_MINUTES = 30


def fm_title(mhz: float) -> str:
    """How the relay is named in the audit log and on the devices (English, as stored)."""
    return f"FM {mhz:.1f} MHz"


def _check_values(mhz: float, minutes: int) -> None:
    low, high = FM_BAND_MHZ
    if not low <= mhz <= high:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "{frequency} MHz is outside the FM band ({low}–{high} MHz)"),
            frequency=f"{mhz:.1f}", low=f"{low:.1f}", high=f"{high:.1f}")
    if not 1 <= minutes <= FM_MAX_MINUTES:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "an FM relay lasts from 1 to {most} minutes"), most=FM_MAX_MINUTES)


def plan_fm_relay(ctx: StationContext, actor: Actor, target_ids: list[str], mhz: float,
                  minutes: int, *, now: dt.datetime | None = None) -> LivePlan:
    """Which of the chosen devices would relay the station (and which cannot), for how
    long, and whether it falls in quiet hours."""
    actor.require(Permission.OPERATE_DEVICES)
    _check_values(mhz, minutes)
    moment = station_moment(now)
    window = quiet_window(ctx)
    length = minutes * 60.0
    with ctx.db.read() as session:
        chosen = chosen_targets(session, target_ids)
        protocols = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.protocol)
                                         .where(DeliveryTarget.id.in_(chosen))).all())
        able = [t for t in chosen if tunes_fm(protocols.get(t) or "")]
        left_out = target_names(session, [t for t in chosen if t not in able])
        targets = target_names(session, able)
        on_emergency = sorted({t for on in active_emergencies(session).values() for t in on}
                              & set(able))
        busy = target_names(session, on_emergency)
    refusal: tuple[str, dict[str, str]] | None = None
    if not able:
        refusal = (QT_TRANSLATE_NOOP(
            "Errors", "{targets} cannot relay an FM station: only clusters behind a vendor "
                      "gateway have an FM receiver the console can tune"),
            {"targets": ", ".join(name for _i, name in left_out)})
    elif busy:
        refusal = (QT_TRANSLATE_NOOP("Errors", "an emergency is on air on {targets}: end it "
                                               "before relaying FM"),
                   {"targets": ", ".join(name for _i, name in busy)})
    return LivePlan("fm_relay", targets, fm_title(mhz), length, moment,
                    in_quiet_hours(moment, length, window), window,
                    refusal[0] if refusal else None, refusal[1] if refusal else {},
                    relay=True, frequency_mhz=round(mhz, 1), left_out=left_out)


def fm_relay_now(ctx: StationContext, actor: Actor, target_ids: list[str], mhz: float,
                 minutes: int, *, override: QuietOverride | None = None,
                 now: dt.datetime | None = None) -> list[int]:
    """Tune the clusters that can to the station now; returns the jobs that do (their ends
    are queued too, due after `minutes`)."""
    plan = plan_fm_relay(ctx, actor, target_ids, mhz, minutes, now=now)
    if plan.refusal:
        raise InvalidInput(plan.refusal, **plan.refusal_params)
    if plan.quiet:
        check_override(plan.at, plan.window, override)
    length = float(plan.length_s or 0.0)
    targets = [t for t, _name in plan.targets]
    with ctx.db.write() as session:
        command = {"id": str(uuid.uuid4()), "type": "fm_relay",
                   "frequency_mhz": plan.frequency_mhz, "title": plan.title,
                   "durations": [length]}
        jobs = queue_commands(session, targets, command, Lane.ROUTINE)
        ends: list[int] = []
        for job_id, target in zip(jobs, targets, strict=True):
            ends += queue_commands(session, [target], {"id": str(uuid.uuid4()),
                                                       "type": "stop", ENDS_JOB: job_id},
                                   Lane.ROUTINE)
        session.execute(update(DeliveryJob).where(DeliveryJob.id.in_(ends)).values(
            next_attempt_at=utcnow() + dt.timedelta(seconds=length)))
        quiet_by = override.by.username if plan.quiet and override else None
        if quiet_by and override is not None:
            audit.record(session, override.by, "device.quiet_override", ",".join(targets),
                         reason=" ".join(override.reason.split()), at=plan.at.isoformat(),
                         requested_by=actor.username, title=plan.title)
        audit.record(session, actor, "device.fm_relay", ",".join(targets),
                     frequency_mhz=plan.frequency_mhz, minutes=minutes,
                     at=plan.at.isoformat(), quiet_override=quiet_by)
    lanes.wake()
    return jobs
