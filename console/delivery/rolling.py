"""Keeping devices' schedules current without a new push.

- Devices that know only date ranges (the vendor gateway) get a repeating programme with
  chosen weekdays or skipped days as single days, a week at a time: their requests carry the
  whole playlist in the URL, and a month of single days does not fit. Once a station day,
  such targets are sent their schedule again, so the week ahead is always on them.
- A device that answers with an older schedule than it was given (it lost power, or was
  replaced) is sent its schedule again.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import DeliveryJob, DeliveryTarget, Programme, SyncState
from ..models.enums import JobState
from ..station import StationContext
from ..timezone import station_now
from .adapters.runs import needs_runs
from .jobs import PUSHABLE, queue_schedule_refresh

log = logging.getLogger(__name__)

ROLLING_PROTOCOLS = ("gateway",)
VERSIONED_PROTOCOLS = ("reference",)  # devices that answer with the version they hold
STATE_KEY = "delivery.rolled_on"   # the station day the rolling targets were last refreshed


def rolling_targets(session: Session, today: dt.date) -> list[str]:
    """Rolling-window targets holding a programme whose airings go on past today."""
    rows = session.execute(
        select(DeliveryJob.target_id, DeliveryJob.payload)
        .join(DeliveryTarget, DeliveryTarget.id == DeliveryJob.target_id)
        .join(Programme, Programme.id == DeliveryJob.programme_id)
        .where(DeliveryTarget.protocol.in_(ROLLING_PROTOCOLS),
               DeliveryTarget.enabled.is_(True), DeliveryJob.kind == "programme",
               DeliveryJob.state == JobState.DELIVERED.value,
               Programme.status.in_(PUSHABLE))).all()
    found: set[str] = set()
    for target_id, payload in rows:
        for entry in (payload or {}).get("entries", []):
            end = entry.get("end_date")
            if needs_runs(entry) and (end is None or str(end) >= today.isoformat()):
                found.add(target_id)
    return sorted(found)


def refresh_rolling(ctx: StationContext, today: dt.date | None = None) -> list[int]:
    """Once a station day: queue a schedule refresh for each rolling-window target."""
    today = today or station_now().date()
    with ctx.db.write() as session:
        row = session.get(SyncState, STATE_KEY)
        if row is not None and row.value == today.isoformat():
            return []
        session.merge(SyncState(key=STATE_KEY, value=today.isoformat()))
        targets = rolling_targets(session, today)
        jobs = queue_schedule_refresh(session, targets) if targets else []
    if jobs:
        log.info("the week ahead sent again to %d date-range device(s)", len(jobs))
    return jobs


def lagging_targets(session: Session) -> list[str]:
    """Devices whose last answer names an older schedule than the one they were given (a
    device that lost power, or was replaced) and that have nothing queued already."""
    delivered = dict(session.execute(
        select(DeliveryJob.target_id, func.max(DeliveryJob.id))
        .where(DeliveryJob.kind.in_(("programme", "schedule")),
               DeliveryJob.state == JobState.DELIVERED.value)
        .group_by(DeliveryJob.target_id)).all())
    waiting = set(session.scalars(select(DeliveryJob.target_id).where(
        DeliveryJob.state.in_((JobState.QUEUED.value, JobState.SENDING.value)))))
    rows = session.execute(select(DeliveryTarget.id, DeliveryTarget.schedule_version).where(
        DeliveryTarget.enabled.is_(True), DeliveryTarget.protocol.in_(VERSIONED_PROTOCOLS),
        DeliveryTarget.status.in_(("online", "playing")))).all()
    return sorted(t for t, held in rows
                  if t in delivered and t not in waiting and held is not None
                  and int(held) < int(delivered[t]))


def catch_up(ctx: StationContext) -> list[int]:
    """Give devices that came back with an older schedule the one they lack."""
    with ctx.db.write() as session:
        targets = lagging_targets(session)
        jobs = queue_schedule_refresh(session, targets) if targets else []
    if jobs:
        log.info("%d device(s) came back with an older schedule: sent again", len(jobs))
    return jobs
