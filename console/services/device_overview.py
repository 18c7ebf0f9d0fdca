"""What the Devices and Emergency pages show, read from the database as plain rows.

Qt-free: the pages call these from a worker thread and get dataclasses back, never ORM
objects. Nothing here talks to a device; the background service does that and writes what
it learnt to the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, or_, select

from ..db.database import Database
from ..delivery.commands import active_emergencies
from ..delivery.registry import key_name
from ..models import (
    DeliveryJob,
    DeliveryTarget,
    Programme,
    SourceItem,
    TargetGroup,
    TargetGroupMember,
    Village,
)
from ..models.base import utcnow
from ..models.enums import TargetKind
from ..secrets import SecretStore
from ..text.translatable import Reason, kept_reason
from .gateway_watch import UnexpectedPlay, alarm_of
from .transport_security import NO_AUTHENTICATION, target_in_clear

DOWN_STATES = frozenset({"offline", "fault"})
UP_STATES = frozenset({"online", "playing"})
RECENT_PROGRAMMES = 3
HISTORY = dt.timedelta(days=30)  # older programmes are the reports' business, not this page's


@dataclass(frozen=True)
class ProgrammeDelivery:
    """One programme's delivery to one target (the newest version's job)."""

    programme_id: int
    name: str
    start_at: dt.datetime | None
    state: str          # queued | sending | delivered | failed
    detail: str         # in English; `reason` is the same to show translated
    reason: Reason | None = None


@dataclass(frozen=True)
class TargetRow:
    id: str
    kind: str           # TargetKind value
    name: str
    village: str
    latitude: float | None
    longitude: float | None
    protocol: str
    enabled: bool
    status: str         # TargetStatus value
    volume: int | None
    now_playing: str | None
    firmware: str | None
    last_seen: dt.datetime | None
    schedule_version: int | None
    clock_skew_s: float | None
    groups: tuple[str, ...] = ()
    programmes: tuple[ProgrammeDelivery, ...] = ()  # newest first
    next_programme: ProgrammeDelivery | None = None  # the next one due to play here
    # Security: the vendor gateway protocol takes commands from anyone on the network; a
    # key sent over http:// can be read on it; a play the console did not send (alarm).
    no_authentication: bool = False
    key_in_clear: bool = False
    unexpected_play: UnexpectedPlay | None = None

    @property
    def is_board(self) -> bool:
        return self.kind == TargetKind.BOARD.value

    @property
    def down(self) -> bool:
        return self.status in DOWN_STATES


def read_targets(db: Database, *, recent: int = RECENT_PROGRAMMES,
                 now: dt.datetime | None = None,
                 secrets: SecretStore | None = None) -> list[TargetRow]:
    """Every registered cluster and board with its last known state and its programmes.

    With the station's `secrets`, a target whose key would go over http:// to another
    machine is marked `key_in_clear`.
    """

    now = now or utcnow()
    with db.read() as session:
        villages = dict(session.execute(select(Village.id, Village.name)).all())  # type: ignore[arg-type]
        groups: dict[str, list[str]] = {}
        for target_id, name in session.execute(
                select(TargetGroupMember.target_id, TargetGroup.name)
                .join(TargetGroup, TargetGroup.id == TargetGroupMember.group_id)
                .order_by(TargetGroup.name)):
            groups.setdefault(target_id, []).append(name)
        newest = (select(DeliveryJob.programme_id, DeliveryJob.target_id,
                         func.max(DeliveryJob.programme_version).label("version"))
                  .where(DeliveryJob.kind == "programme")
                  .group_by(DeliveryJob.programme_id, DeliveryJob.target_id).subquery())
        deliveries: dict[str, list[ProgrammeDelivery]] = {}
        for job_target, state, detail, reason, pid, name, start in session.execute(
                select(DeliveryJob.target_id, DeliveryJob.state, DeliveryJob.detail,
                       DeliveryJob.reason, Programme.id, Programme.name, Programme.start_at)
                .join(newest, (newest.c.programme_id == DeliveryJob.programme_id)
                      & (newest.c.target_id == DeliveryJob.target_id)
                      & (newest.c.version == DeliveryJob.programme_version))
                .join(Programme, Programme.id == DeliveryJob.programme_id)
                .where(or_(Programme.start_at.is_(None),
                           Programme.start_at >= now - HISTORY))):
            deliveries.setdefault(job_target, []).append(
                ProgrammeDelivery(pid, name, start, state, detail or "",
                                  kept_reason(reason, detail)))
        rows = []
        # Every kind: clusters and boards, Icecast streams and this PC's own loudspeaker.
        for t in session.scalars(select(DeliveryTarget)):
            mine = sorted(deliveries.get(t.id, []), key=_newest_first)
            upcoming = [p for p in mine if p.start_at is not None and _aware(p.start_at) >= now
                        and p.state != "failed"]
            rows.append(TargetRow(
                id=t.id, kind=t.kind, name=t.name, village=villages.get(t.village_id, "")
                if t.village_id is not None else "",
                latitude=t.latitude, longitude=t.longitude, protocol=t.protocol,
                enabled=t.enabled, status=t.status if t.enabled else "disabled",
                volume=t.volume, now_playing=t.now_playing, firmware=t.firmware,
                last_seen=t.last_seen, schedule_version=t.schedule_version,
                clock_skew_s=t.clock_skew_s, groups=tuple(groups.get(t.id, [])),
                programmes=tuple(mine[:recent]),
                next_programme=min(upcoming, key=lambda p: _aware(p.start_at))
                if upcoming else None,
                no_authentication=t.protocol in NO_AUTHENTICATION,
                key_in_clear=secrets is not None and target_in_clear(
                    t.protocol, t.address, secrets.get(key_name(t.id)) is not None),
                unexpected_play=_with_id(t.id, alarm_of(t.options))))
    rows.sort(key=lambda r: (r.is_board, r.village, r.name, r.id))
    return rows


def _with_id(target_id: str, alarm: UnexpectedPlay | None) -> UnexpectedPlay | None:
    if alarm is None:
        return None
    return UnexpectedPlay(target_id, alarm.since, alarm.seen, alarm.playing, alarm.reason,
                          alarm.ongoing, alarm.acknowledged)


def _aware(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _newest_first(p: ProgrammeDelivery) -> tuple[float, int]:
    return (-_aware(p.start_at).timestamp() if p.start_at else 0.0, -p.programme_id)


def newly_down(before: dict[str, str], rows: list[TargetRow]) -> list[TargetRow]:
    """Targets that were up at the previous refresh and are offline or faulty now."""
    return [r for r in rows if r.enabled and r.down and before.get(r.id) in UP_STATES]


# -- emergency ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetAck:
    """How one target answered an emergency: its start command and, later, its stop."""

    target_id: str
    name: str
    village: str
    kind: str
    start_state: str
    start_detail: str                    # in English; the reasons are the same, to translate
    stop_state: str | None = None
    stop_detail: str = ""
    start_reason: Reason | None = None
    stop_reason: Reason | None = None


@dataclass(frozen=True)
class EmergencyView:
    emergency_id: str
    title: str
    text: str | None
    item_id: str | None
    started_at: dt.datetime
    active: bool
    acks: tuple[TargetAck, ...] = field(default_factory=tuple)

    @property
    def acknowledged(self) -> int:
        return sum(a.start_state == "delivered" for a in self.acks)

    @property
    def restored(self) -> int:
        return sum(a.stop_state == "delivered" for a in self.acks)


def read_emergency(db: Database) -> EmergencyView | None:
    """The emergency on air now, else the most recent one (ended), else None."""
    with db.read() as session:
        jobs = session.scalars(select(DeliveryJob).where(DeliveryJob.kind == "command",
                                                         DeliveryJob.lane == "emergency")
                               .order_by(DeliveryJob.id)).all()
        by_id: dict[str, list[DeliveryJob]] = {}
        for job in jobs:
            eid = (job.payload or {}).get("emergency_id")
            if eid:
                by_id.setdefault(eid, []).append(job)
        if not by_id:
            return None
        active = active_emergencies(session)
        # The newest active one, else the newest of all (ids are in creation order).
        chosen = next((eid for eid in reversed(by_id) if eid in active), None)
        chosen = chosen or next(reversed(by_id))
        targets = {t.id: t for t in session.scalars(select(DeliveryTarget))}
        villages = dict(session.execute(select(Village.id, Village.name)).all())  # type: ignore[arg-type]
        starts: dict[str, DeliveryJob] = {}
        stops: dict[str, DeliveryJob] = {}
        command: dict = {}
        started_at = None
        for job in by_id[chosen]:
            cmd = (job.payload or {}).get("command") or {}
            if cmd.get("type") == "emergency_start":
                starts[job.target_id] = job
                command = cmd
                started_at = started_at or job.created_at
            elif cmd.get("type") == "emergency_stop":
                stops[job.target_id] = job
        acks = []
        for target_id, job in starts.items():
            target = targets.get(target_id)
            stop = stops.get(target_id)
            acks.append(TargetAck(
                target_id=target_id, name=target.name if target else target_id,
                village=villages.get(target.village_id, "") if target and target.village_id
                else "", kind=target.kind if target else "",
                start_state=job.state, start_detail=job.detail or "",
                stop_state=stop.state if stop else None,
                stop_detail=(stop.detail or "") if stop else "",
                start_reason=kept_reason(job.reason, job.detail),
                stop_reason=kept_reason(stop.reason, stop.detail) if stop else None))
        # Devices that have not answered come first: they are what the operator must see.
        acks.sort(key=lambda a: (a.start_state == "delivered"
                                 and a.stop_state in (None, "delivered"),
                                 a.kind == TargetKind.BOARD.value, a.village, a.name))
        return EmergencyView(
            emergency_id=chosen, title=str(command.get("title") or ""),
            text=command.get("text"), item_id=command.get("item_id"),
            started_at=started_at or utcnow(), active=chosen in active, acks=tuple(acks))


@dataclass(frozen=True)
class ItemChoice:
    id: str
    title: str
    priority: str
    published_at: dt.datetime


def emergency_items(db: Database, limit: int = 200, *,
                    now: dt.datetime | None = None) -> list[ItemChoice]:
    """Library items to broadcast now (an emergency, or "play now"): emergency-priority
    first, then the newest. Items past their valid_until or not valid yet are left out:
    going on air refuses them, and in an emergency the first choice must be one that goes."""
    moment = now or utcnow()
    rank = case((SourceItem.priority == "emergency", 0),
                (SourceItem.priority == "priority", 1), else_=2)
    with db.read() as session:
        rows = session.execute(select(SourceItem.id, SourceItem.title, SourceItem.priority,
                                      SourceItem.published_at)
                               .where(SourceItem.withdrawn.is_(False),
                                      or_(SourceItem.valid_until.is_(None),
                                          SourceItem.valid_until > moment),
                                      or_(SourceItem.valid_from.is_(None),
                                          SourceItem.valid_from <= moment))
                               .order_by(rank, SourceItem.published_at.desc())
                               .limit(limit)).all()
    return [ItemChoice(*row) for row in rows]


def items_to_broadcast(db: Database, text: str, limit: int = 50, *,
                       now: dt.datetime | None = None) -> list[ItemChoice]:
    """What "play now" offers for the words typed: the library's search (with or without
    accents, best matches first) among the items that may go on air now; with no words,
    emergency_items()'s list. Any item of the library can be found this way, not only the
    newest hundreds."""
    from .library_query import LibraryFilter, Sort, SortKey, Validity, load_ids

    wanted = LibraryFilter(text=text, validity=frozenset({Validity.CURRENT.value}))
    if not wanted.searching:
        return emergency_items(db, limit, now=now)
    ids = load_ids(db, wanted, Sort(SortKey.RELEVANCE), first=limit).ids
    with db.read() as session:
        rows = {row.id: ItemChoice(*row) for row in session.execute(
            select(SourceItem.id, SourceItem.title, SourceItem.priority,
                   SourceItem.published_at).where(SourceItem.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class TargetChoice:
    id: str
    name: str
    village: str
    kind: str
    groups: tuple[str, ...]


def target_choices(db: Database) -> list[TargetChoice]:
    """The enabled clusters and boards an emergency can go to."""
    return [TargetChoice(r.id, r.name, r.village, r.kind, r.groups)
            for r in read_targets(db, recent=0) if r.enabled]
