"""The verified, resumable download queue that fills the media store from the source system.

A file becomes visible only after its sha256 was verified and it was renamed into
place; until then it is a `.part` file in the store's private folder, resumed with Range
after a failure or a crash. Names from the server are never used as paths.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import requests
from sqlalchemy import func, select

from ..db import Database
from ..media import copies
from ..media.cache import wanted_again
from ..media.store import CHUNK, MediaStore, hash_file
from ..models import ItemFile, MediaBlob
from ..models.enums import MediaState
from ..text.translatable import QT_TRANSLATE_NOOP
from .budget import Allowance, BudgetSpent, DataMeter, DownloadPolicy, PlannedJob, plan
from .client import SourceClient, read_body
from .errors import Cancelled, PermanentError, SourceUnavailable, SyncError

log = logging.getLogger(__name__)

ATTEMPTS_PER_RUN = 4
FREE_SPACE_MARGIN = 200 * 1024 * 1024


class DiskFull(SyncError):
    pass


@dataclass
class DownloadStats:
    files_downloaded: int = 0
    files_failed: int = 0
    bytes: int = 0
    errors: list[str] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)  # sha256 -> why it waits (budget)
    held_bytes: int = 0

    @property
    def held_back(self) -> int:
        return len(self.held)


@dataclass(frozen=True)
class DownloadJob:
    sha256: str
    size: int
    url: str
    mime: str | None = None


class MediaDownloader:
    def __init__(self, db: Database, client: SourceClient, store: MediaStore, *,
                 concurrency: int = 3, cancel: threading.Event | None = None,
                 progress: Callable[[DownloadStats], None] | None = None,
                 only: set[str] | None = None, policy: DownloadPolicy | None = None,
                 meter: DataMeter | None = None,
                 on_bytes: Callable[[int], None] | None = None) -> None:
        self.db = db
        self.only = only  # fetch just these files (the library's "download now")
        # The data budget: asked-for files ("only") and emergencies are outside it.
        self.policy = policy or DownloadPolicy()
        self.meter = meter or DataMeter(db)
        self.allowance = Allowance(self.meter, self.policy.budget_bytes)
        self.on_bytes = on_bytes  # every piece received (the library's progress)
        self.client = client
        self.store = store
        self.concurrency = max(1, concurrency)
        self.cancel = cancel  # the caller's: cancels the whole run
        self._stop = threading.Event()  # ours: stops the remaining files of this run
        self.progress = progress
        self._stats_lock = threading.Lock()

    def pending(self) -> list[DownloadJob]:
        """Files still to fetch, emergencies and upcoming programmes first."""
        local = copies.here(self.db)  # this PC's cache, never another PC's
        with self.db.read() as session:
            url = (select(func.min(ItemFile.url)).where(ItemFile.sha256 == MediaBlob.sha256)
                   .correlate(MediaBlob).scalar_subquery())
            wanted = (MediaBlob.sha256.in_(sorted(self.only)) if self.only is not None
                      else local.state != MediaState.READY.value)
            rows = session.execute(
                local.with_blobs(MediaBlob.sha256, MediaBlob.size, url, local.state,
                                 MediaBlob.mime)
                .where(wanted)
                .order_by(MediaBlob.priority.desc(), MediaBlob.created_at, MediaBlob.sha256)
            ).all()
        if self.only is not None:
            # Ready in the database and on this PC's disk: a file deleted by hand is
            # fetched again.
            return [DownloadJob(sha, size, u, mime) for sha, size, u, state, mime in rows
                    if u and not (state == MediaState.READY and self.store.has(sha))]
        # Evicted files come back only when a programme, template or pin needs them again.
        again = wanted_again(self.db) if any(
            state == MediaState.EVICTED for _, _, _, state, _ in rows) else set()
        return [DownloadJob(sha, size, u, mime) for sha, size, u, state, mime in rows
                if u and (state != MediaState.EVICTED or sha in again)]

    def planned(self, stats: DownloadStats) -> list[PlannedJob]:
        """The pending files in the budget's order, without those that must wait."""
        jobs = [PlannedJob(j.sha256, j.size, j.url, 2, None, self.have(j.sha256), mime=j.mime)
                for j in self.pending()]
        if self.only is not None or not jobs:
            return jobs
        chosen = plan(self.db, jobs, self.policy, self.allowance)
        stats.held, stats.held_bytes = dict(chosen.held), chosen.held_bytes
        return chosen.jobs

    def have(self, sha256: str) -> int:
        """Bytes of this file already on disk (a download that resumes)."""
        part = self.store.part_path(sha256)
        try:
            return part.stat().st_size
        except OSError:
            return 0

    def run(self) -> DownloadStats:
        stats = DownloadStats()
        try:
            jobs = self.planned(stats)
            if not jobs:
                return stats
            return self._run(jobs, stats)
        finally:
            self.meter.flush()

    def _run(self, jobs: list[PlannedJob], stats: DownloadStats) -> DownloadStats:
        self.store.partial.mkdir(parents=True, exist_ok=True)
        disk_full: DiskFull | None = None
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="media") as pool:
            futures = {pool.submit(self._fetch_one, job, stats): job for job in jobs}
            for future in as_completed(futures):
                exc = future.exception()
                if isinstance(exc, DiskFull):
                    disk_full = disk_full or exc
                    self._stop.set()  # every other file would fail the same way
                elif isinstance(exc, Cancelled):
                    self._stop.set()
                elif exc is not None:
                    log.error("download of %s failed: %s", futures[future].sha256[:12], exc)
        if disk_full is not None:
            raise disk_full
        return stats

    # -- one file -----------------------------------------------------------------------

    def _stopped(self) -> bool:
        return self._stop.is_set() or (self.cancel is not None and self.cancel.is_set())

    def _fetch_one(self, job: PlannedJob, stats: DownloadStats) -> None:
        if self._stopped():
            raise Cancelled("cancelled")
        final = self.store.path(job.sha256)
        if final.is_file() and hash_file(final).hexdigest() == job.sha256:
            self._mark_ready(job)  # renamed before a crash, not yet recorded
            return
        last_error = ""
        for _attempt in range(ATTEMPTS_PER_RUN):
            try:
                got = self._download(job)
            except (DiskFull, Cancelled):
                raise
            except BudgetSpent:
                with self._stats_lock:  # what it got stays in .part for tomorrow
                    stats.held[job.sha256] = "over-budget"
                    stats.held_bytes += job.size
                return
            except (SourceUnavailable, PermanentError) as exc:
                last_error = str(exc)
                if isinstance(exc, SourceUnavailable):
                    self._stop.set()  # the link is gone: the other files wait for the next run
                break
            except (requests.RequestException, OSError, SyncError) as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                continue
            if got is not None:
                with self._stats_lock:
                    stats.files_downloaded += 1
                    stats.bytes += got
                if self.progress is not None:
                    self.progress(stats)
                return
            last_error = "the file did not match its sha256"
        with self._stats_lock:
            stats.files_failed += 1
            stats.errors.append(f"{job.sha256[:12]}: {last_error}")
        self._mark_failed(job, last_error)

    def _download(self, job: PlannedJob) -> int | None:
        """Fetch (resuming) into the .part file; returns bytes received, None on bad hash."""
        part = self.store.part_path(job.sha256)
        offset = part.stat().st_size if part.exists() else 0
        if offset > job.size:
            part.unlink()
            offset = 0
        self._check_space(job.size - offset)
        hasher = hash_file(part) if offset else hashlib.sha256()
        received = 0
        if offset < job.size or job.size == 0:
            resp = self.client.open_file(job.url, offset)
            try:
                if offset and resp.status_code == 200:  # the server ignored Range
                    offset, hasher = 0, hashlib.sha256()
                    part.unlink(missing_ok=True)
                elif resp.status_code == 206 and not resp.headers.get(
                        "Content-Range", "").startswith(f"bytes {offset}-"):
                    raise PermanentError(QT_TRANSLATE_NOOP(
                        "Errors", "the server answered a different range"), 206)
                received = self._write(resp, part, hasher, job.size - offset, job)
            finally:
                resp.close()
        done = offset + received
        if done < job.size:
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "transfer stopped at {done} of {size} "
                                              "bytes"), done=done, size=job.size)
        if hasher.hexdigest() != job.sha256:
            log.warning("file %s failed verification; discarded", job.sha256[:12])
            part.unlink(missing_ok=True)
            return None
        final = self.store.path(job.sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, final)
        self._mark_ready(job)
        return received

    def _write(self, resp: requests.Response, part: Path, hasher: hashlib._Hash,
               remaining: int, job: PlannedJob) -> int:
        written = 0
        budgeted = self.only is None and not job.emergency
        try:
            with part.open("ab") as fh:
                for chunk in read_body(resp, CHUNK):
                    self.meter.add(len(chunk), emergency=job.emergency)
                    if self.on_bytes is not None:
                        self.on_bytes(len(chunk))
                    if self._stopped():
                        raise Cancelled("cancelled")
                    if written + len(chunk) > remaining:
                        raise PermanentError(QT_TRANSLATE_NOOP(
                            "Errors", "the server sent more bytes than the file's size"))
                    fh.write(chunk)  # received, so paid for: kept even past the budget
                    hasher.update(chunk)
                    written += len(chunk)
                    if budgeted and written < remaining and self._over_budget():
                        fh.flush()
                        os.fsync(fh.fileno())
                        raise BudgetSpent(QT_TRANSLATE_NOOP("Errors",
                                                            "today's data budget is spent"))
                fh.flush()
                os.fsync(fh.fileno())  # verified bytes must be on disk before the rename
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            # The half file goes: its bytes would keep the station's database from writing.
            part.unlink(missing_ok=True)
            raise DiskFull(QT_TRANSLATE_NOOP("Errors", "the disk is full while saving media "
                                             "in {folder}"), folder=str(part.parent)) from exc
        return written

    def _over_budget(self) -> bool:
        limit = self.allowance.budget_bytes
        return limit is not None and self.meter.budgeted >= limit

    def _check_space(self, needed: int) -> None:
        free = shutil.disk_usage(self.store.root).free
        if free < needed + FREE_SPACE_MARGIN:
            raise DiskFull(QT_TRANSLATE_NOOP(
                "Errors", "not enough disk space for media: {free} MB free, {needed} MB "
                "needed in {folder}"), free=free // 2**20,
                needed=(needed + FREE_SPACE_MARGIN) // 2**20, folder=str(self.store.root))


    def _mark_ready(self, job: DownloadJob | PlannedJob) -> None:
        with self.db.write() as session:
            copies.mark_ready(session, job.sha256, job.size)

    def _mark_failed(self, job: PlannedJob, reason: str) -> None:
        part = self.store.part_path(job.sha256)
        done = part.stat().st_size if part.exists() else 0
        with self.db.write() as session:
            items = session.scalars(select(ItemFile.item_id).distinct().where(
                ItemFile.sha256 == job.sha256).limit(3)).all()
            log.warning("file %s of item %s not fetched: %s", job.sha256[:12],
                        ", ".join(repr(i[:80]) for i in items) or "(none)", reason[:300])
            copies.mark_failed(session, job.sha256, done, reason)


