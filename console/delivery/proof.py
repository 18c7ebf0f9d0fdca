"""Proof of play: device play logs → as-run entries → the outbox ('broadcast_logs').

Reference devices keep a play log. Gateway devices do not: for them a scheduled play is
inferred from status samples taken while it was due (`source='inferred'`), and the UI
must say so. Entry ids are derived from what was played, so collecting twice stores once.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.as_run import (
    GRACE,
    RECURRING_LOOK_BACK,
    PlayRecord,
    as_run_row,
    occurrence_starts,
    parse_entry_id,
    planned_length,
    scheduled_entries,
)
from ..db.outbox import enqueue
from ..models import AsRunEntry, DeliveryTarget, DeviceStatusSample
from ..models.base import utcnow
from ..models.enums import JobState, Lane
from ..recurrence import REPEATING
from ..settings import STATION_CODE
from ..station import StationContext
from ..timezone import STATION_TZ
from .adapters import DeliveryError
from .command_plays import acknowledged_commands, command_plays
from .dispatcher import Dispatcher
from .registry import target_info

log = logging.getLogger(__name__)

BATCH = 1000  # the contract's maxItems per POST /broadcast-logs


@dataclass
class ProofStats:
    collected: int = 0
    inferred: int = 0
    missed: int = 0  # scheduled, over, and absent from a log fetched after it ended
    queued: int = 0
    unreachable: list[str] | None = None   # "target: reason": asked, and it failed
    quiet: list[str] | None = None         # target ids that answered with nothing new



def collect(ctx: StationContext, dispatcher: Dispatcher | None = None,
            now: dt.datetime | None = None) -> ProofStats:
    """Fetch new play logs (or infer them), store as-run entries, queue them upward."""
    now = now or utcnow()
    stats = ProofStats(unreachable=[], quiet=[])
    own = dispatcher is None
    dispatcher = dispatcher or Dispatcher(ctx, timeout_s=5.0)
    with ctx.db.read() as session:
        targets = list(session.scalars(select(DeliveryTarget).where(
            DeliveryTarget.enabled.is_(True))))
    try:
        for target in targets:
            info = target_info(target)
            try:
                adapter = dispatcher.adapter_for(info)
                since = info.options.get("play_log_since")
                records = adapter.play_log(dt.datetime.fromisoformat(since) if since else None)
                if getattr(adapter, "logs_own_plays", False):
                    continue  # local playout: the player stores its plays and misses itself
                if adapter.has_play_log:
                    added = _store(ctx, target, records, "device")
                    stats.collected += added
                    stats.missed += _reconcile(ctx, target, now)
                else:
                    added = _infer(ctx, target, now)
                    stats.inferred += added
            except DeliveryError as exc:
                stats.unreachable.append(f"{target.id}: {exc}")  # type: ignore[union-attr]
                continue
            except (ValueError, TypeError, KeyError) as exc:  # a log this console cannot read
                log.warning("play log of %s not stored: %r", target.id, exc)
                stats.unreachable.append(  # type: ignore[union-attr]
                    f"{target.id}: its play log could not be read ({exc})")
                continue
            if not added:
                stats.quiet.append(target.id)  # type: ignore[union-attr]
    finally:
        if own:
            dispatcher.close()
    stats.queued = queue_upload(ctx)
    return stats


def _store(ctx: StationContext, target: DeliveryTarget, records: list[PlayRecord],
           source: str) -> int:
    if not records:
        return 0
    added = 0
    with ctx.db.write() as session:
        lookup = scheduled_entries(session, target.id)
        for rec in records:
            row = as_run_row(target, rec, lookup.get(rec.entry_id), source)
            if session.get(AsRunEntry, row.id) is None:
                session.add(row)
                added += 1
        newest = max(r.started_at for r in records)
        fresh = session.get(DeliveryTarget, target.id)
        if fresh is not None:  # next time ask only for newer lines (the device filters >=)
            fresh.options = {**(fresh.options or {}),
                             "play_log_since": newest.astimezone(STATION_TZ).isoformat()}
    return added


def _due_entries(lookup: dict[str, dict[str, Any]], now: dt.datetime
                 ) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """Delivered plays that are over (with grace): (entry id, start, end).

    One-off entries once; daily and weekly entries once per day they were due after the
    device received them (within the last week).
    """
    out = []
    for entry_id, sched in lookup.items():
        if sched["_state"] != JobState.DELIVERED.value or sched.get("_replaced"):
            continue
        length = dt.timedelta(seconds=planned_length(sched))
        if sched.get("repeat") in REPEATING:
            delivered = sched.get("_delivered_at")
            if delivered is None:
                continue
            if delivered.tzinfo is None:
                delivered = delivered.replace(tzinfo=dt.UTC)
            since = max(delivered, now - RECURRING_LOOK_BACK)
            starts = occurrence_starts(sched, since, now)
        elif sched.get("repeat") in ("once", "now"):
            starts = [dt.datetime.fromisoformat(sched["start"])]
        else:
            continue
        out += [(entry_id, start, start + length) for start in starts
                if start + length + GRACE <= now]
    return out


def _reconcile(ctx: StationContext, target: DeliveryTarget, now: dt.datetime) -> int:
    """Scheduled plays missing from the device's log (fetched just now) are 'missed':
    stored as failed, inferred, with nothing played."""
    added = 0
    with ctx.db.write() as session:
        lookup = scheduled_entries(session, target.id)
        logged = {(pid, at.astimezone(dt.UTC) if at else None) for pid, at in session.execute(
            select(AsRunEntry.programme_id, AsRunEntry.scheduled_at).where(
                AsRunEntry.target_id == target.id))}
        for entry_id, start, _end in _due_entries(lookup, now):
            parsed = parse_entry_id(entry_id)
            if parsed is None or (parsed[0], start.astimezone(dt.UTC)) in logged:
                continue
            sched = lookup[entry_id]
            for sha in sched.get("media") or []:
                row = as_run_row(target, PlayRecord(entry_id, sha, start, start, "failed"),
                                 sched, "inferred")
                if session.get(AsRunEntry, row.id) is None:
                    session.add(row)
                    added += 1
    return added


def _infer(ctx: StationContext, target: DeliveryTarget, now: dt.datetime) -> int:
    """A gateway device played an entry if a status sample saw it playing while it was due;
    what a command played (play now, relay, FM relay, emergency) is inferred the same way,
    over the time it played (command_plays.py)."""
    added = 0
    with ctx.db.write() as session:
        lookup = scheduled_entries(session, target.id)
        plays = [(entry_id, start, end, False) for entry_id, start, end
                 in _due_entries(lookup, now)]
        plays += _commands_over(session, target.id, now)
        for entry_id, start, end, commanded in plays:
            sched = lookup.get(entry_id)
            if sched is None:
                continue
            # A command's own times are the console's clock, as the samples' are: no grace.
            margin = dt.timedelta(0) if commanded else GRACE
            seen = session.scalars(select(DeviceStatusSample.status).where(
                DeviceStatusSample.target_id == target.id,
                DeviceStatusSample.at >= start - margin, DeviceStatusSample.at <= end + margin)
            ).all()
            result = ("success" if "playing" in seen
                      # acknowledged, and no sample in its time says otherwise
                      else "success" if commanded and not seen
                      else "partial" if any(s == "online" for s in seen) else "failed")
            played = [None] if sched.get("relay") else sched.get("media") or []
            for i, sha in enumerate(played):  # a relay: one row, for its stream
                rec = PlayRecord(entry_id, sha, start, end if result != "failed" else start,
                                 result)
                row = as_run_row(target, rec, sched, "inferred")
                if i:  # one row per file, but the time split is unknown: keep the total once
                    row.played_s = 0.0
                if session.get(AsRunEntry, row.id) is None:
                    session.add(row)
                    added += 1
    return added


def _commands_over(session: Session, target_id: str, now: dt.datetime
                   ) -> list[tuple[str, dt.datetime, dt.datetime, bool]]:
    """(entry id, start, end, True) of the plays the target's commands started that are
    over: cut short by a later command, or their length up (with grace: the device ends
    those on its own clock). Those over for more than a week were stored long ago."""
    out = []
    for play in command_plays(acknowledged_commands(session, target_id)):
        if play.end is None or (play.end + (dt.timedelta(0) if play.cut_short else GRACE)
                                > now):
            continue  # still playing
        if play.end < now - RECURRING_LOOK_BACK:
            continue
        out.append((str(play.command.get("id")), play.start, play.end, True))
    return out


def queue_upload(ctx: StationContext) -> int:
    """As-run entries not yet handed to the outbox go up in batches, emergencies first."""
    station = ctx.settings.get(STATION_CODE)
    if not station:
        log.info("no station code yet: as-run entries wait")
        return 0
    count = 0
    with ctx.db.write() as session:
        rows = session.scalars(select(AsRunEntry).where(AsRunEntry.uploaded.is_(False))
                               .order_by(AsRunEntry.started_at)).all()
        for lane in (Lane.EMERGENCY, Lane.ROUTINE):
            mine = [r for r in rows if (r.priority == "emergency") == (lane == Lane.EMERGENCY)]
            for i in range(0, len(mine), BATCH):
                chunk = mine[i:i + BATCH]
                enqueue(session, "broadcast_logs",
                        {"station_code": station, "entries": [wire(r) for r in chunk]},
                        lane=lane)
                for row in chunk:
                    row.uploaded = True  # handed to the outbox, which guarantees delivery
                count += len(chunk)
    return count


def wire(row: AsRunEntry) -> dict[str, Any]:
    """An AsRunEntry as contracts/source-api.yaml has it (times with +07:00)."""
    def ts(value: dt.datetime | None) -> str | None:
        return value.astimezone(STATION_TZ).isoformat() if value is not None else None
    return {"id": row.id, "item_id": row.item_id, "title": row.title,
            "target_id": row.target_id,
            "target_kind": row.target_kind if row.target_kind in (
                "loudspeaker_cluster", "bulletin_board", "stream") else "loudspeaker_cluster",
            "scheduled_at": ts(row.scheduled_at), "started_at": ts(row.started_at),
            "ended_at": ts(row.ended_at), "played_s": round(row.played_s, 3),
            "requested_s": row.requested_s, "result": row.result, "priority": row.priority}
