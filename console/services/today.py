"""What the Today page shows, read from the database as plain values. Qt-free, runs in a worker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..media.playout_store import PlayoutStore
from ..models import DeliveryTarget, Programme, SourceItem, User
from ..models.enums import Priority, ProgrammeStatus, TargetKind, TargetStatus
from ..sync.catalogue import ANNOUNCE_WITHIN
from ..timezone import STATION_TZ, to_station
from .programmes.airing_logs import AiringLog, airing_logs
from .programmes.common import on_the_air
from .programmes.requests import Owed, still_owed
from .programmes.schedule import airings_between, occurrences
from .programmes.timing import total_seconds
from .status import StationStatus, read_status
from .withdrawals import RecentWithdrawal, recent_withdrawals

ONLINE_STATES = ("online", "playing")
NEW_ITEMS_SHOWN = 6


@dataclass(frozen=True)
class TodayProgramme:
    """One airing of today (a programme airing twice a day is two)."""

    time: dt.time | None
    name: str
    status: str
    programme_id: int = 0
    log: AiringLog = field(default_factory=AiringLog)  # play logs, once its time has come


@dataclass(frozen=True)
class NewItem:
    title: str
    priority: str
    received_at: dt.datetime


@dataclass(frozen=True)
class Awaiting:
    """A programme sent for approval and not yet approved or sent back."""

    name: str
    submitted_by: str | None          # the editor's display name (else username)
    next_airing: dt.datetime | None   # station time; None when it has no airing left
    programme_id: int = 0             # where the Today page's link opens it


@dataclass(frozen=True)
class TodaySummary:
    day: dt.date
    programmes: list[TodayProgramme] = field(default_factory=list)
    clusters_online: int = 0
    clusters_total: int = 0
    boards_online: int = 0
    boards_total: int = 0
    unchecked: int = 0   # clusters and boards that have not answered yet (status unknown)
    new_items: list[NewItem] = field(default_factory=list)
    new_count: int = 0
    new_emergency: int = 0
    outbox_pending: int = 0
    outbox_emergency: int = 0
    owed: list[Owed] = field(default_factory=list)          # asked by the province, not aired
    power_gaps: list[PowerGap] = field(default_factory=list)  # the PC was off today
    withdrawn: list[RecentWithdrawal] = field(default_factory=list)  # taken off the air lately
    awaiting: list[Awaiting] = field(default_factory=list)  # waiting for a leader, soonest first


def _programmes_on(session: Session, now: dt.datetime) -> list[TodayProgramme]:
    """Every airing of the station's day of `now`, with what the devices' play logs say of
    the ones whose time has come."""
    since = dt.datetime.combine(now.date(), dt.time(), STATION_TZ)
    until = since + dt.timedelta(days=1)
    found: list[tuple[Programme, dt.datetime, dt.datetime]] = []
    for programme in session.scalars(select(Programme).where(on_the_air())):
        starts = airings_between(programme, since, until)
        length = dt.timedelta(seconds=total_seconds(programme)) if starts else dt.timedelta()
        found += [(programme, start, start + length) for start in starts]
    logs = airing_logs(session, [(p.id, start, end) for p, start, end in found], now)
    rows = [TodayProgramme(start.time(), p.name, p.status, p.id, log)
            for (p, start, _end), log in zip(found, logs, strict=True)]
    rows.sort(key=lambda p: (p.time is None, p.time or dt.time(), p.name))
    return rows


def _awaiting(session: Session, now: dt.datetime) -> list[Awaiting]:
    rows = []
    names = {user: name for user, name in session.execute(
        select(User.username, User.display_name))}
    for programme in session.scalars(select(Programme).where(
            Programme.status == ProgrammeStatus.SUBMITTED.value,
            Programme.is_template.is_(False))):
        nxt = next(iter(occurrences(programme, since=now)), None)
        who = programme.submitted_by
        rows.append(Awaiting(programme.name, (names.get(who) or who) if who else None, nxt,
                             programme.id))
    rows.sort(key=lambda a: (a.next_airing is None, a.next_airing or now, a.name))
    return rows


def _targets(session: Session, kind: TargetKind) -> tuple[int, int, int]:
    """(online, not checked yet, total) of the enabled targets of a kind."""
    base = select(func.count()).select_from(DeliveryTarget).where(
        DeliveryTarget.kind == kind.value, DeliveryTarget.enabled.is_(True))
    total = session.scalar(base) or 0
    online = session.scalar(base.where(DeliveryTarget.status.in_(ONLINE_STATES))) or 0
    unknown = session.scalar(base.where(DeliveryTarget.status == TargetStatus.UNKNOWN.value)) or 0
    return online, unknown, total


@dataclass(frozen=True)
class PowerGap:
    """What this computer's speakers missed while the console was off (a power cut)."""

    off_since: dt.datetime | None
    back_at: dt.datetime
    missed: tuple[str, ...]
    resumed: str | None
    resumed_at_s: float | None


def power_gaps(db: Database, data_root: Path, day: dt.date) -> list[PowerGap]:
    """Today's gaps of the local players (their own record, console/playout)."""
    with db.read() as session:
        local = list(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "local", DeliveryTarget.enabled.is_(True))))
    gaps = []
    for target_id in local:
        gap = PlayoutStore(data_root, target_id).read_gap()
        try:
            back = dt.datetime.fromisoformat(str(gap.get("back_at")))
            since = dt.datetime.fromisoformat(gap["off_since"]) if gap.get("off_since") \
                else None
        except (TypeError, ValueError):
            continue
        if to_station(back).date() != day:
            continue
        gaps.append(PowerGap(to_station(since) if since else None, to_station(back),
                             tuple(str(m) for m in gap.get("missed") or []),
                             gap.get("resumed"), gap.get("resumed_at_s")))
    return gaps


def read_today(db: Database, now: dt.datetime,
               data_root: Path | None = None) -> TodaySummary:
    """Today's programmes, devices online, arrivals since yesterday, and the waiting outbox.

    `now` is an aware datetime in station time; "since yesterday" starts at yesterday 00:00.
    """
    tz = now.tzinfo or dt.UTC
    day = now.date()
    since = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(), tzinfo=tz)
    with db.read() as session:
        programmes = _programmes_on(session, now)
        awaiting = _awaiting(session, now)
        clusters_online, clusters_unknown, clusters_total = _targets(session, TargetKind.CLUSTER)
        boards_online, boards_unknown, boards_total = _targets(session, TargetKind.BOARD)
        fresh = (SourceItem.received_at >= since, SourceItem.withdrawn.is_(False),
                 SourceItem.local.is_(False))
        new_count = session.scalar(select(func.count()).select_from(SourceItem).where(*fresh))
        # An emergency counts as one only while it is in force and recent (the banner's
        # rule): a first sync brings last year's storms too, received "today".
        current = (SourceItem.priority == Priority.EMERGENCY.value,
                   SourceItem.published_at >= now - ANNOUNCE_WITHIN,
                   or_(SourceItem.valid_until.is_(None), SourceItem.valid_until > now))
        new_emergency = session.scalar(select(func.count()).select_from(SourceItem).where(
            *fresh, *current))
        rank = {p.value: p.rank for p in Priority}
        items = session.execute(
            select(SourceItem.title, SourceItem.priority, SourceItem.received_at,
                   SourceItem.published_at, SourceItem.valid_until).where(*fresh)
            .order_by(SourceItem.received_at.desc()).limit(200)
        ).all()
    status: StationStatus = read_status(db)

    def sort_priority(r: Any) -> str:
        if r.priority != Priority.EMERGENCY.value:
            return str(r.priority)
        in_force = r.valid_until is None or r.valid_until > now
        return r.priority if in_force and r.published_at >= now - ANNOUNCE_WITHIN \
            else Priority.NORMAL.value  # a past emergency is listed, not raised to the top

    newest = sorted(items, key=lambda r: (-rank.get(sort_priority(r), 0),
                                          -r.received_at.timestamp()))
    return TodaySummary(
        day=day, programmes=programmes,
        clusters_online=clusters_online, clusters_total=clusters_total,
        boards_online=boards_online, boards_total=boards_total,
        unchecked=clusters_unknown + boards_unknown,
        new_items=[NewItem(r.title, r.priority, r.received_at)
                   for r in newest[:NEW_ITEMS_SHOWN]],
        new_count=new_count or 0, new_emergency=new_emergency or 0,
        outbox_pending=status.outbox_pending, outbox_emergency=status.outbox_emergency,
        owed=still_owed(db, now=now),
        withdrawn=recent_withdrawals(db, now),
        power_gaps=power_gaps(db, data_root, day) if data_root is not None else [],
        awaiting=awaiting,
    )

