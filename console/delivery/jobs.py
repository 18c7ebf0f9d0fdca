"""Approved programme → one delivery job per target, in the caller's transaction.

The job's payload is everything an adapter needs, fixed at push time: the programme's
version, its entries with the sha256 of each file, the start with its +07:00 offset and
the repeat rule. The idempotency key is fixed here too, so a retry after a crash is the
same push, never a second one.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.as_run import entry_id
from ..models import (
    DeliveryJob,
    DeliveryTarget,
    MediaBlob,
    Programme,
    ProgrammeTarget,
    SourceItem,
    TargetGroupMember,
)
from ..models.enums import EntryKind, ItemKind, JobState, Lane, ProgrammeStatus, TargetKind
from ..timezone import STATION_TZ, station_now
from .adapters import relays_on_schedule
from .entry_sound import (
    item_media,
    item_picture,
    item_speech_text,
    prepared_speech,
    relay_url,
)
from .job_reason import set_reason, superseded

log = logging.getLogger(__name__)

PUSHABLE = {ProgrammeStatus.APPROVED.value, ProgrammeStatus.SCHEDULED.value}
PUSHED_KINDS = (TargetKind.CLUSTER.value, TargetKind.BOARD.value, TargetKind.LOCAL.value)


def resolve_targets(session: Session, programme: Programme) -> list[str]:
    if programme.all_targets:
        return list(session.scalars(
            select(DeliveryTarget.id).where(DeliveryTarget.enabled.is_(True),
                                            DeliveryTarget.kind.in_(PUSHED_KINDS))
            .order_by(DeliveryTarget.id)))
    ids: dict[str, None] = {}
    for row in session.scalars(select(ProgrammeTarget)
                               .where(ProgrammeTarget.programme_id == programme.id)):
        if row.target_id:
            ids.setdefault(row.target_id, None)
        if row.group_id is not None:
            for member in session.scalars(select(TargetGroupMember.target_id)
                                          .where(TargetGroupMember.group_id == row.group_id)):
                ids.setdefault(member, None)
        if row.village_id is not None:  # the village's clusters and boards as they are now
            for member in session.scalars(
                    select(DeliveryTarget.id).where(DeliveryTarget.village_id == row.village_id,
                                                    DeliveryTarget.kind.in_(PUSHED_KINDS))
                    .order_by(DeliveryTarget.id)):
                ids.setdefault(member, None)
    if not ids:
        return []
    enabled = set(session.scalars(select(DeliveryTarget.id).where(
        DeliveryTarget.id.in_(list(ids)), DeliveryTarget.enabled.is_(True))))
    return [i for i in ids if i in enabled]


def start_of(programme: Programme, now: dt.datetime | None = None) -> dt.datetime:
    """When the programme first airs, in station time."""
    sched = programme.schedule
    if sched is not None and sched.repeat == "now":
        return (now or station_now()).astimezone(STATION_TZ).replace(microsecond=0)
    if programme.start_at is not None:
        return programme.start_at.astimezone(STATION_TZ)
    if sched is not None and sched.time_of_day is not None:
        day = sched.start_date or station_now().date()
        return dt.datetime.combine(day, sched.time_of_day, STATION_TZ)
    raise NoStartTime(f"programme {programme.id} has no start time")


def entry_starts(programme: Programme) -> list[tuple[str, dt.datetime, str]]:
    """(entry id suffix, first start, repeat) of each schedule entry the devices get: one per
    time of day, and a one-off entry for each airing moved by hand."""
    sched = programme.schedule
    times = [dt.time.fromisoformat(t) for t in (sched.times or [])] if sched else []
    if sched is None or sched.repeat == "now" or not times:
        return [("", start_of(programme), sched.repeat if sched is not None else "once")]
    day = sched.start_date or start_of(programme).astimezone(STATION_TZ).date()
    out = [(f"-t{n}" if n else "", dt.datetime.combine(day, t, STATION_TZ), sched.repeat)
           for n, t in enumerate(times)]
    for n, moved in enumerate(sched.extra or []):
        moment = dt.datetime.fromisoformat(moved)
        out.append((f"-x{n}", moment if moment.tzinfo else moment.replace(tzinfo=STATION_TZ),
                    "once"))
    return out


def build_payload(session: Session, programme: Programme) -> dict[str, Any]:
    media: list[str] = []
    durations: list[float] = []
    titles: list[str] = []
    items: list[str | None] = []
    texts: list[str] = []
    pictures: list[str] = []  # of `media`, the ones only boards get (drop_pictures())
    relay: dict[str, Any] | None = None  # a relay programme's stream (checks: it is alone)
    for entry in programme.entries:
        url = relay_url(session, entry)
        if url is not None:
            if relay is None:
                relay = {"url": url, "duration_s": float(entry.duration_s or 0.0),
                         "title": entry.title or "", "item": entry.item_id}
            continue
        sha = entry.media_sha256
        if entry.kind == EntryKind.SPEECH and entry.text:
            texts.append(entry.text)  # the boards show the words; clusters play their speech
        if sha is None and entry.item_id:  # a library item: its audio or video file
            sha = item_media(session, entry.item_id)
            item = session.get(SourceItem, entry.item_id) if sha is None else None
            words = (item_speech_text(item) if item is not None and item.kind == ItemKind.TEXT
                     else "")  # no sound file of its own (item_media): its words are read
            if words:  # a text item: its words on the boards, read out by the clusters
                texts.append(words)
                sha = prepared_speech(entry, words)
                if sha is None:
                    log.warning("programme %s: the speech of %r was not made for its current "
                                "words; it is shown on boards but not read out", programme.id,
                                entry.item_id)
            elif sha is None:  # a picture item: a slide on the boards
                sha = item_picture(session, entry.item_id)
                if sha is not None:
                    pictures.append(sha)
        if sha is None:  # nothing to play (speech not made yet: its words still go)
            continue
        length = entry.duration_s
        if length is None:
            length = session.scalar(select(MediaBlob.duration_s).where(MediaBlob.sha256 == sha))
        if entry.cue_out_s is not None:
            length = max(0.0, entry.cue_out_s - entry.cue_in_s)
        media.append(sha)
        durations.append(float(length or 0.0))
        titles.append(entry.title or "")
        items.append(entry.item_id)
    sched = programme.schedule
    replays = max(1, sched.replay_count if sched is not None else 1)
    interval = sched.replay_interval_min if sched is not None else 0
    entries = []
    for suffix, start, repeat in entry_starts(programme):
        for n in range(replays):
            entries.append({
                "id": entry_id(programme.id, programme.version, n) + suffix,
                "start": (start + dt.timedelta(minutes=interval * n)).isoformat(),
                "media": media, "durations": durations, "titles": titles, "items": items,
                "text": texts, "priority": programme.priority, "repeat": repeat,
                "weekdays": list(sched.weekdays or []) if sched is not None else [],
                "end_date": sched.end_date.isoformat() if sched and sched.end_date else None,
                "skip": list(sched.skip or []) if sched is not None else [],
                "volume": None, "title": programme.name, "pictures": pictures,
                "relay": relay,
            })
    return {"programme_id": programme.id, "version": programme.version,
            "name": programme.name, "priority": programme.priority, "entries": entries}


def boards_among(session: Session, targets: list[str]) -> set[str]:
    """The bulletin boards of these targets (the ones shown pictures)."""
    if not targets:
        return set()
    return set(session.scalars(select(DeliveryTarget.id).where(
        DeliveryTarget.id.in_(targets), DeliveryTarget.kind == TargetKind.BOARD.value)))


def is_relay(payload: dict[str, Any]) -> bool:
    """Whether a programme's payload is a relay (tiếp sóng)."""
    return any(e.get("relay") for e in payload.get("entries") or [])


def relay_targets(session: Session, targets: list[str]) -> tuple[list[str], list[str]]:
    """Of these targets: (those that can play a relay at a set time, the loudspeakers that
    cannot). Boards are in neither: a relay has nothing to show."""
    able, unable = [], []
    for target_id, kind, protocol in session.execute(
            select(DeliveryTarget.id, DeliveryTarget.kind, DeliveryTarget.protocol)
            .where(DeliveryTarget.id.in_(targets)).order_by(DeliveryTarget.id)):
        if kind == TargetKind.BOARD.value:
            continue
        (able if relays_on_schedule(protocol) else unable).append(target_id)
    return able, unable


def reaches_a_board(session: Session, programme: Programme) -> bool:
    """Whether a push of the programme goes to at least one bulletin board."""
    return bool(boards_among(session, resolve_targets(session, programme)))


def drop_pictures(entry: dict[str, Any]) -> dict[str, Any]:
    """A payload entry as a loudspeaker gets it: without the pictures meant for the boards
    (and their lengths, titles and items), which it could not play."""
    pictures = set(entry.get("pictures") or [])
    if not pictures:
        return entry
    keep = [n for n, sha in enumerate(entry["media"]) if sha not in pictures]
    out = dict(entry, pictures=[])
    for key in ("media", "durations", "titles", "items"):
        if key in entry:
            out[key] = [entry[key][n] for n in keep]
    return out


class NoStartTime(ValueError):
    """The programme has no time to air at."""


def queue_programme_jobs(session: Session, programme: Programme, targets: list[str],
                         payload: dict[str, Any],
                         per_target: dict[str, dict[str, Any]] | None = None
                         ) -> list[DeliveryJob]:
    """One queued job per target that has none for this programme version yet.

    `per_target` gives a target its own payload (its files encoded in its format); the
    others get `payload`. A re-push of the same version creates nothing; older queued
    versions are superseded.
    """
    lane = Lane.EMERGENCY if programme.priority == "emergency" else Lane.ROUTINE
    existing = set(session.scalars(select(DeliveryJob.target_id).where(
        DeliveryJob.programme_id == programme.id,
        DeliveryJob.programme_version == programme.version)))
    for old in session.scalars(select(DeliveryJob).where(
            DeliveryJob.programme_id == programme.id,
            DeliveryJob.programme_version < programme.version,
            DeliveryJob.state == JobState.QUEUED)):
        old.state = JobState.FAILED.value
        set_reason(old, superseded(programme.version))
    created = []
    for target_id in targets:
        if target_id in existing:
            continue
        job = DeliveryJob(programme_id=programme.id, programme_version=programme.version,
                          target_id=target_id, kind="programme", lane=lane.value,
                          state=JobState.QUEUED.value,
                          payload=(per_target or {}).get(target_id, payload))
        session.add(job)
        created.append(job)
    session.flush()
    log.info("programme %d v%d: %d new delivery jobs (%d targets)", programme.id,
             programme.version, len(created), len(targets))
    return created


def queue_schedule_refresh(session: Session, target_ids: list[str],
                           programme_id: int | None = None, *, reason: str = "withdrawn",
                           version: int | None = None) -> list[int]:
    """A job per target that sends it its whole schedule again (after a programme was
    withdrawn, or no longer goes to it: the device then drops it). `version`: the
    programme's version from which the target holds none of it (its as-run stops
    expecting the older versions' plays there)."""
    jobs = []
    for target_id in target_ids:
        job = DeliveryJob(programme_id=programme_id, target_id=target_id, kind="schedule",
                          programme_version=version or 1,  # one a version and target
                          lane=Lane.ROUTINE.value, state=JobState.QUEUED.value,
                          payload={"reason": reason, "programme_id": programme_id,
                                   "version": version})
        session.add(job)
        jobs.append(job)
    session.flush()
    return [j.id for j in jobs]


def dropped_targets(session: Session, programme: Programme, targets: list[str]) -> list[str]:
    """Targets that hold an earlier version of the programme and no longer get it (its
    targets changed), not told yet at this version."""
    held = set(session.scalars(select(DeliveryJob.target_id).where(
        DeliveryJob.programme_id == programme.id, DeliveryJob.kind == "programme")))
    told = {target for target, payload in session.execute(
        select(DeliveryJob.target_id, DeliveryJob.payload).where(
            DeliveryJob.programme_id == programme.id, DeliveryJob.kind == "schedule"))
        if (payload or {}).get("version") == programme.version}
    return sorted(held - set(targets) - told)


def programme_jobs(session: Session, programme_id: int) -> list[DeliveryJob]:
    """The newest version's jobs of a programme."""
    version = session.scalar(select(Programme.version).where(Programme.id == programme_id))
    return list(session.scalars(select(DeliveryJob).where(
        DeliveryJob.programme_id == programme_id, DeliveryJob.kind == "programme",
        DeliveryJob.programme_version == version).order_by(DeliveryJob.target_id)))
