"""The rules of local playout, without Qt: which plays a schedule holds, which are due,
which were missed, what is coming up, and how a play is written to the as-run log.

One scheduled play (an entry on one day) is an `Occurrence`. Its as-run rows have ids
derived from the target, the entry, the file and the *scheduled* start, so a play and a
miss of the same occurrence can never both be stored, and logging twice stores once.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..db.as_run import PlayRecord, as_run_id, as_run_row, scheduled_entries
from ..media.playout_store import PlayoutStore
from ..models import AsRunEntry, DeliveryTarget
from ..models.enums import PlayResult, TargetKind
from ..recurrence import rule_of_entry
from ..station import StationContext
from ..timezone import STATION_TZ

log = logging.getLogger(__name__)

LATE_START = dt.timedelta(minutes=10)   # a play this late still goes out; later is missed
LOOK_BACK = dt.timedelta(days=7)        # misses older than this are not looked for
PARTIAL_BELOW = 0.95                    # less of the file than this is a partial play
DEFAULT_LENGTH_S = 60.0


@dataclass(frozen=True)
class Occurrence:
    """One scheduled play of one entry."""

    entry_id: str
    start: dt.datetime
    media: tuple[str | None, ...]  # a relay: (None,), its stream played in its place
    durations: tuple[float, ...]
    title: str
    priority: str = "normal"
    stream: str | None = None      # a relay's (tiếp sóng) stream

    @property
    def key(self) -> str:
        return f"{self.entry_id}@{self.start.astimezone(dt.UTC).isoformat()}"

    @property
    def length_s(self) -> float:
        return sum(self.durations) or DEFAULT_LENGTH_S


@dataclass(frozen=True)
class UpcomingPlay:
    target_id: str
    start: dt.datetime  # station time
    title: str


@dataclass
class PlayOutcome:
    """What happened to one file of an occurrence (or of an emergency / play-now)."""

    target_id: str
    entry_id: str
    sha256: str | None
    scheduled_at: dt.datetime | None
    started_at: dt.datetime
    played_s: float
    requested_s: float | None
    result: str  # PlayResult
    reason: str = ""
    title: str = ""
    priority: str = "normal"
    extra: dict[str, Any] = field(default_factory=dict)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=STATION_TZ)


def _parse(value: Any) -> dt.datetime | None:
    try:
        return _aware(dt.datetime.fromisoformat(str(value)))
    except (TypeError, ValueError):
        return None


def occurrences(schedule: dict[str, Any], since: dt.datetime,
                until: dt.datetime) -> list[Occurrence]:
    """Plays with a start in [since, until), oldest first.

    Daily and weekly entries repeat at the same station wall-clock time from their first
    day to their end date (weekdays 1 = Monday … 7 = Sunday); a play is never before the
    console received its entry (it cannot have been missed by this computer).
    """
    received = schedule.get("received") or {}
    out: list[Occurrence] = []
    for entry in schedule.get("entries", []):
        rule = rule_of_entry(entry)
        relay = entry.get("relay") or {}
        media: tuple[str | None, ...] = tuple(str(m) for m in entry.get("media") or [])
        durations = tuple(float(d or 0.0) for d in entry.get("durations") or [])
        if relay.get("url"):  # tiếp sóng: the stream in the place of files
            media, durations = (None,), (float(relay.get("duration_s") or 0.0),)
        if rule is None or not media:
            continue  # text-only entries are for boards; this computer plays sound
        arrived = _parse(received.get(str(entry.get("id"))))
        first = max(since, arrived - LATE_START) if arrived is not None else since
        starts = rule.starts(first, until)
        for moment in starts:
            out.append(Occurrence(str(entry.get("id")), moment, media, durations,
                                  str(entry.get("title") or entry.get("id")),
                                  str(entry.get("priority") or "normal"),
                                  str(relay["url"]) if relay.get("url") else None))
    out.sort(key=lambda o: (o.start, o.entry_id))
    return out


def local_target_ids(ctx: StationContext) -> list[str]:
    """Enabled local playout targets (normally one: this computer)."""
    with ctx.db.read() as session:
        return list(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.enabled.is_(True), DeliveryTarget.protocol == "local")
            .order_by(DeliveryTarget.id)))


def next_local_entries(ctx: StationContext, within: dt.timedelta,
                       now: dt.datetime | None = None) -> list[UpcomingPlay]:
    """Plays through this computer's speakers starting in the next `within`, soonest first
    (closing the window now would miss them)."""
    now = now or dt.datetime.now(dt.UTC)
    upcoming = []
    for target_id in local_target_ids(ctx):
        schedule = PlayoutStore(ctx.paths.root, target_id).load_schedule()
        upcoming += upcoming_plays(target_id, schedule, now, within)
    return sorted(upcoming, key=lambda u: (u.start, u.title))


def upcoming_plays(target_id: str, schedule: dict[str, Any], now: dt.datetime,
                   within: dt.timedelta) -> list[UpcomingPlay]:
    """The same, from a schedule already read (the player holds it in memory)."""
    schedule = {**schedule, "received": {}}  # coming plays: when they arrived is moot
    return [UpcomingPlay(target_id, occ.start.astimezone(STATION_TZ), occ.title)
            for occ in occurrences(schedule, now, now + within)]


def logged_ids(ctx: StationContext, target_id: str, since: dt.datetime) -> set[str]:
    """As-run ids already stored for a target (plays and misses)."""
    with ctx.db.read() as session:
        return set(session.scalars(select(AsRunEntry.id).where(
            AsRunEntry.target_id == target_id, AsRunEntry.started_at >= since - LATE_START)))


def as_run_key(target_id: str, occ: Occurrence, sha: str | None) -> str:
    return as_run_id(target_id, occ.entry_id, sha, occ.start)


def missed_outcomes(target_id: str, occ: Occurrence, reason: str) -> list[PlayOutcome]:
    return [PlayOutcome(target_id, occ.entry_id, sha, occ.start, occ.start, 0.0,
                        occ.durations[i] if i < len(occ.durations) else None,
                        PlayResult.FAILED.value, reason, occ.title, occ.priority,
                        {"missed": True})
            for i, sha in enumerate(occ.media)]


def result_for(played_s: float, file_s: float | None, finished: bool) -> str:
    """success: the file played to its end; partial: some of it; failed: none."""
    if played_s <= 0.05:
        return PlayResult.FAILED.value
    if finished or (file_s and played_s >= PARTIAL_BELOW * file_s):
        return PlayResult.SUCCESS.value
    return PlayResult.PARTIAL.value


def store_outcomes(ctx: StationContext, outcomes: list[PlayOutcome]) -> int:
    """Write as-run rows (source "local") and the player's log; returns rows added.

    A row for the same play already stored is left alone, except that a real play
    replaces a miss recorded for it (the console came back within the late-start window).
    """
    if not outcomes:
        return 0
    added = 0
    stores: dict[str, PlayoutStore] = {}
    with ctx.db.write() as session:
        lookups: dict[str, dict[str, dict[str, Any]]] = {}
        for out in outcomes:
            target = session.get(DeliveryTarget, out.target_id)
            kind = target.kind if target is not None else TargetKind.LOCAL.value
            if out.target_id not in lookups:
                lookups[out.target_id] = scheduled_entries(session, out.target_id)
            sched = lookups[out.target_id].get(out.entry_id)
            started = out.started_at.astimezone(dt.UTC)
            ended = started + dt.timedelta(seconds=out.played_s)
            rec = PlayRecord(out.entry_id, out.sha256, started, ended, out.result)
            holder = target if target is not None else DeliveryTarget(id=out.target_id,
                                                                       kind=kind)
            row = as_run_row(holder, rec, sched, "local")
            row.id = as_run_id(out.target_id, out.entry_id, out.sha256,
                               out.scheduled_at or out.started_at)
            row.scheduled_at = out.scheduled_at
            row.played_s = round(out.played_s, 3)
            row.requested_s = out.requested_s if out.requested_s else row.requested_s
            if sched is None:
                row.title = out.title or row.title
                row.priority = out.priority
            existing = session.get(AsRunEntry, row.id)
            if existing is None:
                session.add(row)
                added += 1
            elif (existing.result == PlayResult.FAILED.value and existing.played_s == 0
                  and out.played_s > 0 and not existing.uploaded):
                for name in ("started_at", "ended_at", "played_s", "result"):
                    setattr(existing, name, getattr(row, name))
    for out in outcomes:
        store = stores.setdefault(out.target_id, PlayoutStore(ctx.paths.root, out.target_id))
        store.append_log({
            "entry_id": out.entry_id, "sha256": out.sha256, "title": out.title,
            "scheduled_at": out.scheduled_at.astimezone(STATION_TZ).isoformat()
            if out.scheduled_at else None,
            "started_at": out.started_at.astimezone(STATION_TZ).isoformat(),
            "played_s": round(out.played_s, 3), "result": out.result, "reason": out.reason,
            **out.extra})
        level = logging.INFO if out.result == PlayResult.SUCCESS.value else logging.WARNING
        log.log(level, "local playout %s: %s %s (%.1f s)%s", out.target_id, out.title,
                out.result, out.played_s, f": {out.reason}" if out.reason else "")
    return added
