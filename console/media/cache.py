"""Keeping the media cache within its size.

Least recently used files go first; never a file that a programme which may still air, a
template, a pinned item, a fresh emergency or the station's own content needs. An evicted
file is marked "evicted" before it is deleted (a missing file never looks ready) and the
sync fetches it again only when something comes to need it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from ..db import Database
from ..models import (
    ItemFile,
    ItemPin,
    LoudnessEncode,
    MediaBlob,
    Programme,
    ProgrammeEntry,
    Schedule,
    SourceItem,
)
from ..models.base import utcnow
from ..models.enums import MediaState, Priority, ProgrammeStatus
from ..recurrence import REPEATING, Rule, parse_moment
from ..timezone import STATION_TZ
from . import copies
from .store import MediaStore

log = logging.getLogger(__name__)

#: a programme that aired up to a day ago may still be replayed or reported on
AIRED_GRACE = dt.timedelta(days=1)
#: an emergency without an end date is kept this long after it was published
EMERGENCY_KEEP = dt.timedelta(days=7)


@dataclass(frozen=True)
class CacheStatus:
    """What the media cache holds against its limit, and what it must keep."""

    limit_bytes: int
    used_bytes: int            # verified files on this PC
    files: int
    needed_bytes: int          # of those, what is never evicted
    needed_files: int
    needed_missing_files: int  # needed but not on this PC (the sync fetches them)
    needed_missing_bytes: int
    evicted_files: int         # removed to save space; fetched again on demand
    pinned_items: int

    @property
    def evictable_bytes(self) -> int:
        return self.used_bytes - self.needed_bytes

    def to_json(self) -> dict[str, int]:
        return {**asdict(self), "evictable_bytes": self.evictable_bytes}


@dataclass(frozen=True)
class PruneResult:
    freed_bytes: int = 0
    files: int = 0
    used_bytes: int = 0        # after pruning
    limit_bytes: int = 0

    @property
    def still_over(self) -> bool:
        """True when what is needed alone is more than the limit."""
        return self.used_bytes > self.limit_bytes


def programmes_that_may_air(db: Database, now: dt.datetime | None = None) -> list[int]:
    """Programmes (and templates) whose media must stay: not withdrawn, and with an airing
    still ahead (or within a day behind), or with no start yet because they are being made."""
    now = now or utcnow()
    horizon = now - AIRED_GRACE
    first_day = horizon.astimezone(STATION_TZ).date()
    with db.read() as session:
        rows = session.execute(
            select(Programme.id, Programme.is_template, Programme.start_at, Schedule.repeat,
                   Schedule.end_date, Schedule.extra)
            .outerjoin(Schedule, Schedule.programme_id == Programme.id)
            .where(Programme.status != ProgrammeStatus.WITHDRAWN.value)).all()
    keep: list[int] = []
    for pid, template, start_at, repeat, end_date, extra in rows:
        moved = (parse_moment(m) for m in (extra or ()))
        if (template or start_at is None
                or (repeat in REPEATING and (end_date is None or end_date >= first_day))
                or start_at >= horizon
                or any(isinstance(m, dt.datetime) and m >= horizon for m in moved)):
            keep.append(pid)
    return keep


def _times(values: Iterable[object], first: dt.time | None) -> list[dt.time]:
    out = []
    for value in values or ():
        try:
            hours, minutes = str(value).split(":")[:2]
            out.append(dt.time(int(hours), int(minutes), tzinfo=STATION_TZ))
        except ValueError:
            continue
    if not out and first is not None:
        out.append(first if first.tzinfo else first.replace(tzinfo=STATION_TZ))
    return out


def programmes_airing_within(db: Database, within: dt.timedelta,
                             now: dt.datetime | None = None) -> list[int]:
    """Programmes (not templates, not withdrawn) with an airing in [now, now + within)."""
    now = now or utcnow()
    until = now + within
    with db.read() as session:
        rows = session.execute(
            select(Programme.id, Programme.start_at, Schedule.repeat, Schedule.start_date,
                   Schedule.end_date, Schedule.times, Schedule.time_of_day, Schedule.weekdays,
                   Schedule.skip, Schedule.extra)
            .outerjoin(Schedule, Schedule.programme_id == Programme.id)
            .where(Programme.status != ProgrammeStatus.WITHDRAWN.value,
                   Programme.is_template.is_(False))).all()
    found: list[int] = []
    for pid, start_at, repeat, first, last, times, time_of_day, weekdays, skip, extra in rows:
        if repeat is None or repeat == "now" or (repeat == "once" and first is None):
            if start_at is not None:
                start = start_at if start_at.tzinfo else start_at.replace(tzinfo=dt.UTC)
                if now - AIRED_GRACE / 24 <= start < until:
                    found.append(pid)
            continue
        rule = Rule.of(repeat, first, _times(times, time_of_day), end_date=last,
                       weekdays=weekdays or (), skip=skip or (), extra=extra or ())
        if rule.starts(now, until):
            found.append(pid)
    return found


def programme_hashes(db: Database, programmes: list[int]) -> set[str]:
    """The media these programmes play (their entries' own files and their items' files)."""
    found: list[str | None] = []
    with db.read() as session:
        for chunk in _chunks(programmes, 500):
            found += session.scalars(
                select(ProgrammeEntry.media_sha256).where(
                    ProgrammeEntry.programme_id.in_(chunk),
                    ProgrammeEntry.media_sha256.is_not(None))).all()
            found += session.scalars(
                select(ItemFile.sha256).join(ProgrammeEntry,
                                             ProgrammeEntry.item_id == ItemFile.item_id)
                .where(ProgrammeEntry.programme_id.in_(chunk))).all()
    return {h for h in found if h}


def scheduled_within(db: Database, within: dt.timedelta,
                     now: dt.datetime | None = None) -> set[str]:
    """Media that programmes airing in the next `within` play."""
    return programme_hashes(db, programmes_airing_within(db, within, now))


def protected_hashes(db: Database, now: dt.datetime | None = None) -> set[str]:
    """Never evicted: what a programme that may still air or a template plays, pinned items,
    emergencies still in force, and commune-made media (the cache holds the only copy), with
    the normalised encodes of all these."""
    now = now or utcnow()
    aired = programme_hashes(db, programmes_that_may_air(db, now))
    with db.read() as session:
        found: list[str | None] = list(aired)
        found += session.scalars(
            select(ItemFile.sha256).join(SourceItem, SourceItem.id == ItemFile.item_id)
            .where(SourceItem.local.is_(True))).all()
        found += session.scalars(
            select(ItemFile.sha256).join(ItemPin, ItemPin.item_id == ItemFile.item_id)).all()
        found += session.scalars(
            select(ItemFile.sha256).join(SourceItem, SourceItem.id == ItemFile.item_id)
            .where(SourceItem.priority == Priority.EMERGENCY.value,
                   SourceItem.withdrawn.is_(False),
                   (SourceItem.valid_until > now)
                   | (SourceItem.valid_until.is_(None)
                      & (SourceItem.published_at >= now - EMERGENCY_KEEP)))).all()
        kept = {h for h in found if h}
        # Their loudness-normalised encodes (what the devices are actually sent) stay too.
        for chunk in _chunks(sorted(kept), 500):
            kept.update(session.scalars(select(LoudnessEncode.sha256).where(
                LoudnessEncode.source_sha256.in_(chunk))))
    return kept


def cache_status(db: Database, limit_bytes: int) -> CacheStatus:
    """This PC's cache (its own when the PCs of a shared database each keep one)."""
    needed = protected_hashes(db)
    local = copies.here(db)
    with db.read() as session:
        rows = session.execute(local.with_blobs(MediaBlob.sha256, MediaBlob.size,
                                                local.state)).all()
        pinned = session.scalar(select(func.count()).select_from(ItemPin)) or 0
    used = files = needed_bytes = needed_files = missing_files = missing_bytes = evicted = 0
    for sha, size, state in rows:
        size = size or 0
        if state == MediaState.READY:
            used, files = used + size, files + 1
            if sha in needed:
                needed_bytes, needed_files = needed_bytes + size, needed_files + 1
        else:
            evicted += state == MediaState.EVICTED
            if sha in needed:
                missing_files, missing_bytes = missing_files + 1, missing_bytes + size
    return CacheStatus(limit_bytes, used, files, needed_bytes, needed_files, missing_files,
                       missing_bytes, evicted, pinned)


def prune(db: Database, store: MediaStore, limit_bytes: int) -> PruneResult:
    """Evict least recently used media until the cache fits its limit."""
    local = copies.here(db)  # this PC's files only: another PC's cache is its own
    ready = local.state == MediaState.READY.value
    with db.read() as session:
        total = session.scalar(local.with_blobs(func.coalesce(func.sum(MediaBlob.size), 0))
                               .where(ready)) or 0
        if total <= limit_bytes:
            return PruneResult(used_bytes=total, limit_bytes=limit_bytes)
        candidates = session.execute(
            local.with_blobs(MediaBlob.sha256, MediaBlob.size).where(ready)
            .order_by(func.coalesce(local.last_used_at, local.verified_at),
                      MediaBlob.sha256)).all()
    keep = protected_hashes(db)
    freed = files = 0
    for sha, size in candidates:
        if total - freed <= limit_bytes:
            break
        if sha in keep:
            continue
        with db.write() as session:  # mark first: a missing file must never look ready
            copies.mark_evicted(session, sha)
        store.path(sha).unlink(missing_ok=True)
        freed, files = freed + size, files + 1
    if files:
        log.info("media cache: evicted %d file(s), %d MB", files, freed // 2**20)
    if total - freed > limit_bytes:
        log.warning("media cache: %d MB still over the limit; what is left is needed by "
                    "programmes, templates or pinned items", (total - freed - limit_bytes)
                    // 2**20)
    return PruneResult(freed, files, total - freed, limit_bytes)


def evict(db: Database, store: MediaStore, limit_bytes: int) -> int:
    """Prune to the limit; returns bytes freed."""
    return prune(db, store, limit_bytes).freed_bytes


def wanted_again(db: Database) -> set[str]:
    """Files evicted from this PC's cache that something needs again (the sync fetches
    them)."""
    local = copies.here(db)
    with db.read() as session:
        evicted = set(session.scalars(select(local.entity.sha256).where(
            local.mine(), local.entity.state == MediaState.EVICTED)).all())
    return evicted & protected_hashes(db) if evicted else set()


def needed_missing(db: Database, store: MediaStore, now: dt.datetime | None = None
                   ) -> set[str]:
    """What must stay in the cache (protected_hashes) and this PC's cache lacks: not
    ready here, or marked ready but gone from its folder."""
    needed = protected_hashes(db, now)
    if not needed:
        return set()
    ready = copies.ready_among(db, needed)
    return {sha for sha in needed if sha not in ready or not store.has(sha)}


def touch(db: Database, hashes: Iterable[str]) -> None:
    """Mark media as used now (rendered, played, pushed): they are evicted last."""
    copies.touch(db, hashes)


def _chunks(values: list, size: int) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start:start + size]
