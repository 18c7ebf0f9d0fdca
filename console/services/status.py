"""What the status bar shows: link state, outbox size, last sync, an FM relay running."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from ..db import Database
from ..delivery.commands import timed_ends
from ..models import OutboxEntry, SyncState
from ..sync.state import LAST_SUCCESS as LAST_SYNC_KEY
from ..sync.state import LINK_STATE as LINK_STATE_KEY  # online | degraded | offline | unknown
from .clock import FieldWarnings, read_field_warnings


@dataclass(frozen=True)
class StationStatus:
    link_state: str
    outbox_pending: int
    outbox_emergency: int
    last_sync_at: dt.datetime | None
    # Clusters relay an FM station until then (the last of their queued ends), or None.
    fm_relay_until: dt.datetime | None = None


def read_status(db: Database) -> StationStatus:
    with db.read() as session:
        state = dict(session.execute(
            select(SyncState.key, SyncState.value).where(
                SyncState.key.in_([LINK_STATE_KEY, LAST_SYNC_KEY]))
        ).all())
        pending = session.execute(
            select(OutboxEntry.lane, func.count()).where(OutboxEntry.state == "pending")
            .group_by(OutboxEntry.lane)
        ).all()
        ends = [_aware(job.next_attempt_at) for job in timed_ends(session)]
    by_lane = {lane: count for lane, count in pending}
    last = state.get(LAST_SYNC_KEY)
    return StationStatus(
        link_state=state.get(LINK_STATE_KEY) or "unknown",
        outbox_pending=sum(by_lane.values()),
        outbox_emergency=by_lane.get("emergency", 0),
        last_sync_at=dt.datetime.fromisoformat(last) if last else None,
        fm_relay_until=max(ends, default=None),
    )


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class BarStatus(StationStatus):
    """The station status plus what must stay on screen until fixed (TLS off, wrong clocks)."""

    warnings: FieldWarnings | None = None
    # Several PCs on one server: work another PC runs for the station ("sync",
    # "delivery", "playout") → that PC's name.
    elsewhere: tuple[tuple[str, str], ...] = ()


def read_bar_status(db: Database) -> BarStatus:
    from .workstation import worker_holders

    status = read_status(db)
    values = {f.name: getattr(status, f.name) for f in fields(status)}
    elsewhere = tuple(sorted((name, who) for name, who in
                             worker_holders(db, elsewhere=True).items() if who))
    return BarStatus(**values, warnings=read_field_warnings(db), elsewhere=elsewhere)


@dataclass(frozen=True)
class TraySummary:
    """What the icon near the clock says: the outbox, the next programme, devices down."""

    outbox_pending: int
    next_programme: str | None     # "05:30 Bản tin sáng"
    devices_down: tuple[str, ...]  # names of clusters and boards that do not answer
    # Gateway clusters playing what the console did not send (alarm not yet acknowledged).
    unexpected_plays: tuple[str, ...] = ()


def read_tray_summary(db: Database, now: dt.datetime | None = None) -> TraySummary:
    from ..models import DeliveryTarget
    from .gateway_watch import alarm_of
    from .programmes.queries import list_programmes

    status = read_status(db)
    rows = [r for r in list_programmes(db, status="active", now=now)
            if r.next_airing is not None and r.status in ("approved", "scheduled")]
    nearest = min(rows, key=lambda r: r.next_airing, default=None)  # type: ignore[arg-type,return-value]
    with db.read() as session:
        down = tuple(session.scalars(select(DeliveryTarget.name).where(
            DeliveryTarget.enabled.is_(True),
            DeliveryTarget.status.in_(("offline", "fault"))).order_by(DeliveryTarget.name)))
        foreign = tuple(t.name for t in session.scalars(select(DeliveryTarget).where(
            DeliveryTarget.protocol == "gateway").order_by(DeliveryTarget.name))
            if (alarm := alarm_of(t.options)) is not None and not alarm.acknowledged)
    text = (f"{nearest.next_airing:%d/%m %H:%M} {nearest.name}"  # type: ignore[union-attr]
            if nearest is not None else None)
    return TraySummary(status.outbox_pending, text, down, foreign)
