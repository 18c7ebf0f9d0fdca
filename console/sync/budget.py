"""The data budget of a metered link: what today's downloads may spend, and in which order.

Every byte received from the source system is counted per station day (catalogue pages and
media alike) and kept in the sync_state table, so "used today" survives a restart. The
budget covers all of it except emergency media, which are fetched whatever it costs.
Order: emergencies; then media of priority items and of programmes airing in the next 48
hours; then the rest, newest first. On a metered link, videos and large files wait for an unmetered
link or for a person asking for them ("download now"), unless a programme in the next 48
hours plays them: the schedule asked for them, so they count as asked for. Videos count as
large whatever their size (a social page's clip is seldom what the loudspeakers need).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import case, delete, func, select

from ..db import Database
from ..media.cache import scheduled_within
from ..models import ItemFile, SourceItem, SyncState
from ..models.base import utcnow
from ..timezone import STATION_TZ
from . import state
from .catalogue import MEDIA_PRIORITY
from .errors import SyncError

log = logging.getLogger(__name__)

MB = 2**20
USED_PREFIX = "data.used."
#: days of use kept in sync_state (the rows are tiny; a month shows a bill's period)
KEEP_DAYS = 40
#: programmes starting this soon have their media fetched before the rest
SOON = dt.timedelta(hours=48)
#: the meter writes to the database after this many bytes, no more often than every
#: FLUSH_INTERVAL_S, on a thread of its own (and at the end of a run)
FLUSH_EVERY = 512 * 1024
FLUSH_INTERVAL_S = 2.0

EMERGENCY = MEDIA_PRIORITY["emergency"]
PRIORITY = MEDIA_PRIORITY["priority"]

# Tiers of the download order.
TIER_EMERGENCY, TIER_SOON, TIER_REST = 0, 1, 2

# Why a file waits (the window translates these codes).
HELD_LARGE = "large-on-metered"
HELD_BUDGET = "over-budget"


class BudgetSpent(SyncError):
    """Today's budget is spent: this file waits (what it got is kept and resumed)."""


def station_day(now: dt.datetime | None = None) -> dt.date:
    return (now or utcnow()).astimezone(STATION_TZ).date()


def _key(day: dt.date) -> str:
    return f"{USED_PREFIX}{day.isoformat()}"


@dataclass(frozen=True)
class DayUse:
    """Bytes received from the source system on one station day."""

    day: dt.date
    total: int = 0
    emergency: int = 0  # emergency media: outside the budget

    @property
    def budgeted(self) -> int:
        return max(0, self.total - self.emergency)


def read_use(db: Database, day: dt.date | None = None) -> DayUse:
    day = day or station_day()
    value = state.read(db, _key(day), None)
    if not isinstance(value, dict):
        return DayUse(day)
    return DayUse(day, int(value.get("total", 0)), int(value.get("emergency", 0)))


class DataMeter:
    """Counts bytes as they arrive, thread-safe; adds them to the station day's row.

    Counting never waits for the database: the thread that reads an answer would
    otherwise wait for whatever transaction holds the station's write lock (a sync's
    pages, a thousand at a time), and the source system with it. Now and then the counts
    are written by a short-lived thread of their own, and by flush() at the end of a run.
    """

    def __init__(self, db: Database | None) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._pending_total = 0
        self._pending_emergency = 0
        self._flushing: threading.Thread | None = None
        self._flushed_at = -FLUSH_INTERVAL_S  # the first write may come at once
        self.total = 0          # this meter's own figures (one run, one client)
        self.emergency = 0

    @property
    def budgeted(self) -> int:
        return self.total - self.emergency

    def add(self, n: int, *, emergency: bool = False) -> None:
        if n <= 0:
            return
        with self._lock:
            self.total += n
            self._pending_total += n
            if emergency:
                self.emergency += n
                self._pending_emergency += n
            now = time.monotonic()
            flusher = None
            due = (self._pending_total >= FLUSH_EVERY and self._flushing is None
                   and now - self._flushed_at >= FLUSH_INTERVAL_S)
            if due:
                self._flushed_at = now
                self._flushing = threading.Thread(target=self._flush_aside, daemon=True,
                                                  name="data-meter")
                flusher = self._flushing
        if flusher is not None:
            flusher.start()

    def _flush_aside(self) -> None:
        try:
            self.flush()
        except Exception:  # counted again at the next flush, never lost
            log.warning("could not write today's data use yet", exc_info=True)
        finally:
            with self._lock:
                self._flushing = None

    def settle(self, timeout: float | None = None) -> None:
        """Wait for a write started by add() (tests; flush() waits for it too)."""
        flusher = self._flushing
        if flusher is not None:
            flusher.join(timeout)

    def flush(self) -> None:
        """Write what was counted since the last flush into today's row (read-add-write in
        one transaction: two meters at once never lose each other's bytes)."""
        if self._db is None:
            return
        with self._flush_lock:
            with self._lock:
                total, emergency = self._pending_total, self._pending_emergency
                self._pending_total = self._pending_emergency = 0
            if not total:
                return
            day = station_day()
            try:
                with self._db.write() as session:
                    old = state.get(session, _key(day), None)
                    old = old if isinstance(old, dict) else {}
                    state.put(session, _key(day), {
                        "total": int(old.get("total", 0)) + total,
                        "emergency": int(old.get("emergency", 0)) + emergency})
                    oldest = _key(day - dt.timedelta(days=KEEP_DAYS))
                    session.execute(delete(SyncState).where(
                        SyncState.key.like(f"{USED_PREFIX}%"), SyncState.key < oldest))
            except Exception:
                with self._lock:  # counted again at the next flush, never lost
                    self._pending_total += total
                    self._pending_emergency += emergency
                raise


@dataclass(frozen=True)
class DownloadPolicy:
    """What a run may download: None as budget means no budget."""

    budget_bytes: int | None = None   # what the run may still spend (emergencies aside)
    metered: bool = False
    large_bytes: int = 50 * MB

    @property
    def limited(self) -> bool:
        return self.budget_bytes is not None or self.metered


def policy_for_run(db: Database, *, budget_on: bool, mb_per_day: float, metered: bool,
                   large_mb: float, override_mb: float | None = None) -> DownloadPolicy:
    """The policy of a run starting now: `override_mb` (the CLI's --budget-mb) is what this
    run may spend; else what is left of the day's budget when it is on."""
    budget: int | None = None
    if override_mb is not None:
        budget = max(0, int(override_mb * MB))
    elif budget_on:
        budget = max(0, int(mb_per_day * MB) - read_use(db).budgeted)
    return DownloadPolicy(budget, bool(metered), max(0, int(large_mb * MB)))


class Allowance:
    """The run's budget against the meter: bytes may be taken while there is room."""

    def __init__(self, meter: DataMeter, budget_bytes: int | None) -> None:
        self.meter = meter
        self.budget_bytes = budget_bytes

    def spent(self) -> int:
        return self.meter.budgeted

    def room(self) -> int | None:
        if self.budget_bytes is None:
            return None
        return max(0, self.budget_bytes - self.meter.budgeted)

    def allows(self, n: int) -> bool:
        room = self.room()
        return room is None or n <= room


@dataclass
class PlannedJob:
    sha256: str
    size: int
    url: str
    tier: int
    newest: dt.datetime | None
    have: int = 0            # bytes already in the .part file (not fetched again)
    scheduled: bool = False  # a programme of the next 48 hours plays it
    mime: str | None = None

    @property
    def emergency(self) -> bool:
        return self.tier == TIER_EMERGENCY


@dataclass
class DownloadPlan:
    jobs: list[PlannedJob] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)   # sha256 -> HELD_* reason
    held_bytes: int = 0


def held_on_metered(size: int, mime: str | None, large_bytes: int) -> bool:
    """Videos, and other files above the large size, wait on a metered link."""
    return size > large_bytes or (mime or "").lower().startswith("video/")


def order_jobs(db: Database, jobs: list[PlannedJob], *, now: dt.datetime | None = None
               ) -> list[PlannedJob]:
    """Emergencies, then priority items and programmes of the next 48 hours, then the rest
    newest first (each tier's order is stable: size, then hash)."""
    hashes = [j.sha256 for j in jobs]
    soon = scheduled_within(db, SOON, now=now) & set(hashes)
    newest: dict[str, tuple[dt.datetime | None, int]] = {}
    with db.read() as session:
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            rows = session.execute(
                select(ItemFile.sha256, func.max(SourceItem.published_at),
                       func.max(case((SourceItem.priority == "emergency", 1), else_=0)),
                       func.max(case((SourceItem.priority == "priority", 1), else_=0)))
                .join(SourceItem, SourceItem.id == ItemFile.item_id)
                .where(ItemFile.sha256.in_(chunk), SourceItem.withdrawn.is_(False))
                .group_by(ItemFile.sha256)).all()
            for sha, published, is_emergency, is_priority in rows:
                weight = EMERGENCY if is_emergency else PRIORITY if is_priority else 0
                newest[sha] = (published, weight)
    for job in jobs:
        published, weight = newest.get(job.sha256, (None, 0))
        job.newest = published
        job.scheduled = job.sha256 in soon
        if weight >= EMERGENCY:
            job.tier = TIER_EMERGENCY
        elif weight >= PRIORITY or job.sha256 in soon:
            job.tier = TIER_SOON
        else:
            job.tier = TIER_REST
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)

    def key(job: PlannedJob) -> tuple[int, float, int, str]:
        when = job.newest or floor
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return (job.tier, -when.timestamp() if job.tier == TIER_REST else 0.0,
                job.size, job.sha256)

    return sorted(jobs, key=key)


def plan(db: Database, jobs: list[PlannedJob], policy: DownloadPolicy, allowance: Allowance,
         *, now: dt.datetime | None = None) -> DownloadPlan:
    """The files this run fetches, in order, and those that wait (with why)."""
    out = DownloadPlan()
    ordered = order_jobs(db, jobs, now=now)
    room = allowance.room()
    for job in ordered:
        if job.emergency:
            out.jobs.append(job)
            continue
        if policy.metered and held_on_metered(job.size, job.mime, policy.large_bytes) \
                and not job.scheduled:
            out.held[job.sha256] = HELD_LARGE
            out.held_bytes += job.size - job.have
            continue
        need = job.size - job.have
        if room is not None:
            if need > room:  # a smaller file further down may still fit
                out.held[job.sha256] = HELD_BUDGET
                out.held_bytes += need
                continue
            room -= need
        out.jobs.append(job)
    if out.held:
        log.info("data budget: %d file(s) wait (%d MB)", len(out.held), out.held_bytes // MB)
    return out
