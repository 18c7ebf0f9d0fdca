"""Drain delivery jobs: bounded parallelism, per-target states, back-off, emergency lane.

State lives in the database (`delivery_job`), so a killed console resumes where it was:
jobs left `sending` by a dead process go back to `queued` and are sent again, which is
safe because every step is idempotent on the device (files are asked for first, the
schedule carries a version, commands carry an id). The emergency lane has a pool of its
own and is claimed first, so routine pushes in flight never hold an emergency back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_all
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select, update
from sqlalchemy.orm import Session

from ..db.as_run import as_run_id
from ..media.store import SHA256, MediaStore
from ..models import AsRunEntry, DeliveryJob, DeliveryTarget, Programme
from ..models.base import utcnow
from ..models.enums import JobState, Lane, PlayResult
from ..retry import RetryPolicy
from ..station import StationContext
from ..text.translatable import QT_TRANSLATE_NOOP, Reason, kept_reason
from . import lanes
from .adapters import (
    DeliveryError,
    DeliveryOutcome,
    DeviceAdapter,
    TargetInfo,
    make_adapter,
)
from .adapters.base import schedule_media
from .claims import RECOVER_EVERY_S, Claims
from .fileserver import FileServer, MediaGrant
from .job_reason import (
    RESUMED,
    TARGET_GONE,
    command_name,
    reason_columns,
    set_reason,
)
from .jobs import PUSHABLE
from .registry import key_name

log = logging.getLogger(__name__)

DELIVERY_RETRY = RetryPolicy(attempts=1_000_000, base_s=2.0, cap_s=15 * 60.0)
MAX_REFUSALS = 3          # a device that keeps saying no: the operator must look
OPEN_STATES = (JobState.QUEUED.value, JobState.SENDING.value)
FINAL_STATES = (JobState.DELIVERED.value, JobState.FAILED.value)
KEEP_PAST_ONCE = dt.timedelta(days=1)  # one-off entries older than this leave the schedule


@dataclass(frozen=True)
class _Ack:
    """A delivered job, written with the others of its round in one statement."""

    job_id: int
    target_id: str
    reason: Reason
    bytes_sent: int
    version: int | None
    at: dt.datetime


# A job with its target, as plain columns: what a worker needs to start.
_JOB_AND_TARGET = (
    select(DeliveryJob.id, DeliveryJob.target_id, DeliveryJob.kind, DeliveryJob.payload,
           DeliveryTarget.id, DeliveryTarget.kind, DeliveryTarget.protocol,
           DeliveryTarget.address, DeliveryTarget.device_id, DeliveryTarget.options,
           DeliveryTarget.enabled)
    .select_from(DeliveryJob)
    .outerjoin(DeliveryTarget, DeliveryTarget.id == DeliveryJob.target_id))
_JOBS = DeliveryJob.__table__
_TARGETS = DeliveryTarget.__table__


def _write_acks(session: Session, acks: list[_Ack]) -> None:
    """Plain executemany UPDATEs: a hundred acknowledgements cost two statements, not two
    hundred ORM loads (which held the single writer, and the interpreter, for ~0.4 s)."""
    conn = session.connection()
    conn.execute(_JOBS.update().where(_JOBS.c.id == bindparam("b_id")).values(
        state=JobState.DELIVERED.value, detail=bindparam("b_detail"),
        reason=bindparam("b_reason"),
        bytes_sent=_JOBS.c.bytes_sent + bindparam("b_bytes"), updated_at=bindparam("b_at")),
        [{"b_id": a.job_id, "b_detail": columns["detail"], "b_reason": columns["reason"],
          "b_bytes": a.bytes_sent, "b_at": a.at}
         for a in acks for columns in (reason_columns(a.reason),)])
    conn.execute(_TARGETS.update().where(_TARGETS.c.id == bindparam("b_id")).values(
        last_seen=bindparam("b_at"), status=case(
            (or_(_TARGETS.c.status == "offline", _TARGETS.c.status == "unknown"), "online"),
            else_=_TARGETS.c.status)),
        [{"b_id": a.target_id, "b_at": a.at} for a in acks])
    versions = [{"b_id": a.target_id, "b_version": a.version} for a in acks
                if a.version is not None]
    if versions:
        conn.execute(_TARGETS.update().where(_TARGETS.c.id == bindparam("b_id")).values(
            schedule_version=bindparam("b_version")), versions)


def _play_length(command: dict[str, Any]) -> float:
    """How long a played file's URL must keep working: its length and a minute."""
    total = sum(float(d or 0) for d in command.get("durations") or []) or 600.0
    return min(total + 60.0, 3 * 3600.0)


@dataclass(frozen=True)
class JobView:
    id: int
    target_id: str
    state: str
    detail: str | None  # in English; `reason` is the same to show translated
    lane: str
    attempts: int
    bytes_sent: int
    programme_id: int | None
    reason: Reason | None = None


def job_views(ctx: StationContext, job_ids: list[int]) -> list[JobView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(DeliveryJob).where(DeliveryJob.id.in_(job_ids))
                               .order_by(DeliveryJob.target_id, DeliveryJob.id)).all()
        return [JobView(j.id, j.target_id, j.state, j.detail, j.lane, j.attempts, j.bytes_sent,
                        j.programme_id, kept_reason(j.reason, j.detail)) for j in rows]


class Dispatcher:
    def __init__(self, ctx: StationContext, *, workers: int = 8, emergency_workers: int = 128,
                 policy: RetryPolicy = DELIVERY_RETRY, fileserver: FileServer | None = None,
                 timeout_s: float = 15.0, cancel: threading.Event | None = None,
                 fetch: Callable[[list[str]], object] | None = None) -> None:
        self.ctx = ctx
        self.store = MediaStore(ctx.paths.media)
        # Files a job needs that this PC's own cache lacks are fetched through `fetch`
        # first (the PCs of a shared database each keep a cache: what another PC holds
        # is no use here). None: they wait for the sync, as on a station with one PC.
        self.fetch = fetch
        self.sizes = {Lane.EMERGENCY: max(1, emergency_workers), Lane.ROUTINE: max(1, workers)}
        self.policy = policy
        self.timeout_s = timeout_s
        self.cancel = cancel or threading.Event()
        self._given_fileserver = fileserver
        self._fileservers: dict[tuple[str, int], FileServer] = {}
        # Cleared while an emergency is prepared or in flight: routine uploads pause.
        self.routine_gate = lanes.routine_gate
        # Workers hand their results to the drain loop, which writes them in one transaction
        # per round (emergencies first): the single database writer is then never a queue
        # of a hundred routine commits in front of an emergency acknowledgement.
        self._results: queue.SimpleQueue[tuple[Lane, Callable[[Session], None] | _Ack]] = (
            queue.SimpleQueue())
        self._fs_lock = threading.Lock()
        # Set when a worker finishes or an emergency is written: the drain loop looks at once.
        self._wake = threading.Event()
        lanes.listen(self._wake)
        self._pools: dict[Lane, ThreadPoolExecutor] | None = None
        # Several workstations on one PostgreSQL database: claims with SKIP LOCKED, each
        # under this dispatcher's own lock (taken at the first drain).
        self._claims = Claims(ctx.db) if ctx.db.is_postgres else None
        self._recovered_at = 0.0

    # -- lifecycle -----------------------------------------------------------------------
    def recover(self) -> int:
        """Jobs a dead process left `sending` are queued again (idempotent on the device).

        On PostgreSQL only those whose claimer is gone (claims.py): another workstation's
        dispatcher may be sending the rest right now.
        """
        if self._claims is not None:
            self._recovered_at = time.monotonic()
            count = self._claims.recover()
            if count:
                log.info("%d delivery jobs of a stopped workstation queued again", count)
            return count
        with self.ctx.db.write() as session:
            result = session.execute(update(DeliveryJob).where(
                DeliveryJob.state == JobState.SENDING).values(
                state=JobState.QUEUED.value, next_attempt_at=utcnow(),
                **reason_columns(RESUMED)))
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            log.info("%d delivery jobs resumed after a restart", count)
        return count

    def close(self) -> None:
        if self._claims is not None:
            self._claims.release()
        pools, self._pools = self._pools, None
        for pool in (pools or {}).values():
            pool.shutdown(wait=True)
        with self._fs_lock:
            servers, self._fileservers = list(self._fileservers.values()), {}
        for server in servers:
            server.stop()

    def _executors(self) -> dict[Lane, ThreadPoolExecutor]:
        """The lanes' thread pools, kept between drains.

        The emergency pool's threads are started before any emergency exists: starting a
        hundred threads while a hundred routine uploads hold the interpreter took ~0.8 s,
        which the first emergency paid in full.
        """
        if self._pools is None:
            self._pools = {lane: ThreadPoolExecutor(size,
                                                    thread_name_prefix=f"deliver-{lane.value}")
                           for lane, size in self.sizes.items()}
            with self.ctx.db.read() as session:
                targets = session.scalar(select(func.count()).select_from(DeliveryTarget)
                                         .where(DeliveryTarget.enabled.is_(True))) or 0
            warm = min(self.sizes[Lane.EMERGENCY], int(targets))
            if warm > 1:
                barrier = threading.Barrier(warm)

                def hold() -> None:  # each waits for the others: one thread per task
                    with contextlib.suppress(threading.BrokenBarrierError):
                        barrier.wait(5.0)

                for _ in range(warm):
                    self._pools[Lane.EMERGENCY].submit(hold)
        return self._pools

    def fileserver(self, info: TargetInfo) -> FileServer:
        """The file server for this gateway's address (it listens only while a push to a
        gateway there holds a grant; see fileserver.py)."""
        if self._given_fileserver is not None:
            return self._given_fileserver
        host = str(info.options.get("fileserver_host") or "127.0.0.1")
        port = int(info.options.get("fileserver_port") or 0)
        with self._fs_lock:
            server = self._fileservers.get((host, port))
            if server is None:
                server = self._fileservers[(host, port)] = FileServer(self.store, host, port)
            return server

    # -- draining ------------------------------------------------------------------------
    def drain(self, job_ids: list[int] | None = None,
              timeout_s: float | None = None) -> list[JobView]:
        """Send until the given jobs (default: all) are delivered or failed, or time is up.

        Jobs still waiting for an offline target stay `queued` and are reported as such.
        """
        self.recover()
        deadline = None if timeout_s is None else utcnow() + dt.timedelta(seconds=timeout_s)
        pools = self._executors()
        inflight: dict[Future[None], tuple[Lane, str]] = {}
        try:
            while not self.cancel.is_set():
                for lane in (Lane.EMERGENCY, Lane.ROUTINE):  # emergencies claimed first
                    busy = {t for (ln, t) in inflight.values() if ln == lane}
                    room = self.sizes[lane] - len(busy)
                    claimed = self._claim(lane, room, busy, job_ids)
                    if lane == Lane.EMERGENCY and claimed:
                        lanes.emergency_in_flight(len(claimed))
                    for job_id, target_id, row in claimed:
                        future = pools[lane].submit(self._run, job_id, lane, row)
                        future.add_done_callback(lambda _f: self._wake.set())
                        inflight[future] = (lane, target_id)
                if inflight:
                    self._wake.wait(0.05)
                    self._wake.clear()
                    done = [future for future in inflight if future.done()]
                    finished = 0
                    for future in done:
                        if inflight.pop(future)[0] == Lane.EMERGENCY:
                            finished += 1
                        if future.exception() is not None:
                            log.error("delivery worker crashed: %s", future.exception())
                    self._flush()
                    if finished:  # acknowledgements written first, then routine resumes
                        lanes.emergency_in_flight(-finished)
                    continue
                self._flush()
                if (self._claims is not None
                        and time.monotonic() - self._recovered_at > RECOVER_EVERY_S):
                    self.recover()  # jobs of a workstation that stopped meanwhile
                next_due = self._next_due(job_ids)
                if next_due is None:
                    break  # nothing open any more
                now = utcnow()
                if deadline is not None and now >= deadline:
                    break
                until = next_due if deadline is None else min(next_due, deadline)
                pause = min(max((until - now).total_seconds(), 0.02), 0.5)
                self._wake.wait(pause)  # a new emergency wakes it at once
                self._wake.clear()
        finally:
            wait_all(list(inflight))  # the pools stay: their threads are already started
            left = sum(ln == Lane.EMERGENCY for ln, _ in inflight.values())
            if left:
                lanes.emergency_in_flight(-left)
            self._flush()
        if job_ids is None:
            return []
        return job_views(self.ctx, job_ids)

    def run_forever(self, stop: threading.Event, idle_s: float = 1.0) -> None:
        """The console's background sender: drains, then looks again every `idle_s`."""
        self.cancel = stop
        while not stop.is_set():
            try:
                self.drain(timeout_s=idle_s)
            except Exception:  # the sender must outlive one bad job or database hiccup
                log.exception("delivery dispatcher failed; retrying")
            end = utcnow() + dt.timedelta(seconds=idle_s)
            while not stop.is_set() and utcnow() < end:
                if self._wake.wait(0.1):  # an emergency was written: drain now
                    break

    def _flush(self) -> None:
        items: list[tuple[Lane, Callable[[Session], None] | _Ack]] = []
        while True:
            try:
                items.append(self._results.get_nowait())
            except queue.Empty:
                break
        if not items:
            return
        with self.ctx.db.write() as session:
            for lane in (Lane.EMERGENCY, Lane.ROUTINE):  # emergencies written first
                acks = [item for ln, item in items if ln == lane and isinstance(item, _Ack)]
                if acks:
                    _write_acks(session, acks)
                for ln, item in items:
                    if ln == lane and not isinstance(item, _Ack):
                        item(session)

    def _claim(self, lane: Lane, room: int, busy: set[str],
               job_ids: list[int] | None) -> list[tuple[int, str, Any]]:
        """Jobs to start now, each with what its worker needs (read here in one query, so a
        hundred emergency workers do not each open the database first)."""
        if room <= 0:
            return []
        now = utcnow()
        with self.ctx.db.write() as session:
            query = (_JOB_AND_TARGET
                     .where(DeliveryJob.state == JobState.QUEUED, DeliveryJob.lane == lane.value,
                            DeliveryJob.next_attempt_at <= now)
                     .order_by(DeliveryJob.id).limit(room * 4 + len(busy)))
            if job_ids is not None:
                query = query.where(DeliveryJob.id.in_(job_ids))
            if self._claims is not None:  # what another workstation is claiming: skipped
                query = self._claims.lock_rows(query)
            picked: list[tuple[int, str, Any]] = []
            targets = set(busy)
            for row in session.connection().execute(query):
                job_id, target_id = row[0], row[1]
                if target_id in targets:
                    continue  # one job per target at a time: schedules must not race
                targets.add(target_id)
                picked.append((job_id, target_id, row))
                if len(picked) >= room:
                    break
            if picked:
                session.execute(update(DeliveryJob).where(
                    DeliveryJob.id.in_([p[0] for p in picked])).values(
                    state=JobState.SENDING.value, attempts=DeliveryJob.attempts + 1,
                    updated_at=now,
                    claimed_by=None if self._claims is None else self._claims.number))
        return picked

    def _next_due(self, job_ids: list[int] | None) -> dt.datetime | None:
        with self.ctx.db.read() as session:
            query = select(func.min(DeliveryJob.next_attempt_at)).where(
                DeliveryJob.state.in_(OPEN_STATES))
            if job_ids is not None:
                query = query.where(DeliveryJob.id.in_(job_ids))
            value = session.scalar(query)
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value

    # -- one job -------------------------------------------------------------------------
    def adapter_for(self, info: TargetInfo, lane: Lane = Lane.EMERGENCY,
                    grant: MediaGrant | None = None) -> DeviceAdapter:
        """An adapter for one target; `grant` publishes a gateway push's files."""
        key = self.ctx.secrets.get(key_name(info.id))
        adapter = make_adapter(info, key, self.store, grant, timeout_s=self.timeout_s)
        if lane == Lane.ROUTINE:
            adapter.gate = self.routine_gate  # type: ignore[attr-defined]
        if grant is not None:
            adapter.fileserver = grant  # type: ignore[attr-defined]
        return adapter

    def _run(self, job_id: int, lane: Lane = Lane.ROUTINE, row: Any = None) -> None:
        if row is None:
            with self.ctx.db.read() as session:  # plain rows: cheaper than ORM objects
                row = session.connection().execute(
                    _JOB_AND_TARGET.where(DeliveryJob.id == job_id)).first()
        if row is None:
            return
        kind, payload = row[2], dict(row[3] or {})
        if row[4] is None or not row[10]:
            self._retry(job_id, TARGET_GONE, permanent=True, final=True, lane=lane)
            return
        info = TargetInfo(id=row[4], kind=row[5], protocol=row[6], address=row[7],
                          device_id=row[8], options=dict(row[9] or {}))
        grant: MediaGrant | None = None
        linger = 0.0
        try:
            if info.protocol == "gateway":  # files fetched by URL: this job's own URLs
                try:
                    grant = self.fileserver(info).grant(info.id)
                except OSError as exc:
                    raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "cannot publish files for "
                                                          "the gateway: {error}"),
                                        error=str(exc)) from exc
            adapter = self.adapter_for(info, lane, grant)
            if kind in ("programme", "schedule"):
                schedule = self.compose_schedule(info.id, job_id, refresh=kind == "schedule")
                self._fetch_absent(schedule_media(schedule))
                outcome = adapter.deliver(schedule)
                self._delivered(job_id, info, outcome, adapter, lane)
                if payload.get("removed_items"):
                    self._results.put((lane, removal_rows(job_id, info, payload)))
            else:
                command = dict(payload.get("command") or {})
                if command.get("type") in ("play_now", "emergency_start"):
                    linger = _play_length(command)  # the device may stream what it plays
                if command.get("type") in ("stop", "emergency_stop") or (
                        command.get("type") == "play_now" and command.get("stream_url")):
                    # A stop sends the schedule back; a relay goes out inside it (gateway)
                    command["schedule"] = self.compose_schedule(info.id, None)
                self._fetch_absent(list(command.get("media") or []))
                sent = adapter.ensure_media(list(command.get("media") or []))
                answer = adapter.command(command)
                acknowledged = (
                    QT_TRANSLATE_NOOP("Errors", "{command} acknowledged")
                    if answer.get("accepted", True) else
                    QT_TRANSLATE_NOOP("Errors", "{command} acknowledged (not accepted)"))
                self._delivered(job_id, info, DeliveryOutcome(
                    version=None, bytes_sent=sent,
                    notes=[Reason(acknowledged, {"command": command_name(command.get("type"))})]),
                    adapter, lane)
        except DeliveryError as exc:
            self._retry(job_id, exc.reason, permanent=exc.permanent, lane=lane)
        except Exception as exc:  # an unexpected answer: keep the job, say what happened
            log.exception("delivery job %d failed unexpectedly", job_id)
            self._retry(job_id, Reason(QT_TRANSLATE_NOOP("Errors", "unexpected answer: {error}"),
                                       {"error": f"{type(exc).__name__}: {exc}"}),
                        permanent=False, lane=lane)
        finally:
            if grant is not None:
                grant.release(linger)

    def _fetch_absent(self, shas: list[str]) -> None:
        """Fetch into this PC's cache the files of a job that it lacks (see `fetch`)."""
        if self.fetch is None:
            return
        absent = sorted({s for s in shas if SHA256.match(s or "") and not self.store.has(s)})
        if not absent:
            return
        try:
            self.fetch(absent)
        except Exception as exc:  # the job waits and is tried again
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "{count} file(s) not on this "
                                                  "computer and not fetched: {error}"),
                                count=len(absent), error=exc) from exc
        still = [s for s in absent if not self.store.has(s)]
        if still:
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "{count} file(s) not on this "
                                                  "computer and not available from the "
                                                  "source system"), count=len(still))

    def compose_schedule(self, target_id: str, job_id: int | None, *,
                         refresh: bool = False) -> dict[str, Any]:
        """Everything the target should hold: the newest job of each pushable programme.

        The version is the highest job id included, so it only ever grows, and sending the
        same jobs again sends the same version (the device then changes nothing). A
        refresh job (after a withdrawal) counts its own id, so the smaller schedule is newer.
        """
        with self.ctx.db.read() as session:
            rows = session.execute(
                select(DeliveryJob.id, DeliveryJob.programme_id, DeliveryJob.programme_version,
                       DeliveryJob.payload, DeliveryJob.state, Programme.version)
                .join(Programme, Programme.id == DeliveryJob.programme_id)
                .where(DeliveryJob.target_id == target_id, DeliveryJob.kind == "programme",
                       Programme.status.in_(PUSHABLE))
                .order_by(DeliveryJob.programme_id, DeliveryJob.programme_version,
                          DeliveryJob.id)).all()
            refreshed = session.scalar(select(func.max(DeliveryJob.id)).where(
                DeliveryJob.target_id == target_id, DeliveryJob.kind == "schedule",
                DeliveryJob.state == JobState.DELIVERED.value)) or 0
        newest: dict[int, tuple[int, dict[str, Any]]] = {}
        current: set[int] = set()  # programmes whose current version has a job here
        for jid, pid, version, payload, state, programme_version in rows:
            if version == programme_version:
                current.add(pid)
            if state == JobState.FAILED and jid != job_id:
                continue
            newest[pid] = (jid, payload)
        # A programme whose current version goes elsewhere (its places changed) is left out;
        # one whose current version failed here keeps the version before.
        newest = {pid: job for pid, job in newest.items() if pid in current}
        horizon = utcnow() - KEEP_PAST_ONCE
        entries = []
        version = 0
        for jid, payload in newest.values():
            version = max(version, jid)
            for entry in payload.get("entries", []):
                start = dt.datetime.fromisoformat(entry["start"])
                if entry.get("repeat") in ("once", "now") and start < horizon:
                    continue
                held = {k: entry.get(k) for k in (
                    "id", "start", "media", "priority", "repeat", "volume", "durations",
                    "title", "weekdays", "end_date", "skip", "text")}
                if entry.get("relay"):  # only targets that relay on schedule get these
                    held["relay"] = entry["relay"]
                entries.append(held)
        if refresh and job_id is not None:
            version = max(version, job_id)
        version = max(version, refreshed)  # never below a refresh the device already took
        entries.sort(key=lambda e: (e["start"], e["id"]))
        return {"version": version, "timezone": "Asia/Ho_Chi_Minh", "entries": entries}

    def _delivered(self, job_id: int, info: TargetInfo, outcome: DeliveryOutcome,
                   adapter: DeviceAdapter, lane: Lane = Lane.ROUTINE) -> None:
        now = utcnow()
        parts = []
        if outcome.version is not None:
            parts.append(Reason(QT_TRANSLATE_NOOP("Errors", "schedule version {version}"),
                                {"version": outcome.version}))
        if outcome.media_sent or outcome.media_skipped:
            parts.append(Reason(QT_TRANSLATE_NOOP("Errors", "{sent} files sent, {skipped} "
                                                  "already there"),
                                {"sent": len(outcome.media_sent),
                                 "skipped": len(outcome.media_skipped)}))
        parts.extend(outcome.notes)
        said = (Reason("{parts}", {"parts": parts}) if parts
                else Reason(QT_TRANSLATE_NOOP("Errors", "delivered")))
        held = getattr(adapter, "held", None)

        self._results.put((lane, _Ack(job_id, info.id, said, outcome.bytes_sent,
                                      outcome.version, now)))
        if held is not None:  # the gateway cannot be asked: remember what it holds
            def remember(session: Session) -> None:
                target = session.get(DeliveryTarget, info.id)
                if target is not None:
                    target.options = {**(target.options or {}), "held_media": sorted(held)}

            self._results.put((lane, remember))
        log.info("job %d → %s delivered (%s)", job_id, info.id, said)

    def _retry(self, job_id: int, reason: Reason, *, permanent: bool, final: bool = False,
               lane: Lane = Lane.ROUTINE) -> None:
        self._results.put((lane, lambda session: self._apply_retry(
            session, job_id, reason, permanent, final)))

    def _apply_retry(self, session: Session, job_id: int, reason: Reason, permanent: bool,
                     final: bool) -> None:
        job = session.get(DeliveryJob, job_id)
        if job is None:
            return
        refusals = int((job.payload or {}).get("_refusals", 0)) + (1 if permanent else 0)
        if permanent:
            job.payload = {**(job.payload or {}), "_refusals": refusals}
        if final or (permanent and refusals >= MAX_REFUSALS):
            job.state = JobState.FAILED.value
            set_reason(job, reason)
            log.error("job %d → %s failed: %s", job_id, job.target_id, reason)
            return
        delay = self.policy.delay(min(job.attempts, 20))
        job.state = JobState.QUEUED.value
        job.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
        set_reason(job, Reason(QT_TRANSLATE_NOOP("Errors", "waiting to retry (try {attempts}): "
                                                 "{reason}"),
                               {"attempts": job.attempts, "reason": reason}))
        target = session.get(DeliveryTarget, job.target_id)
        if target is not None and not permanent:
            target.status = "offline"
        log.info("job %d will be retried in %.1f s: %s", job_id, delay, reason)


def removal_rows(job_id: int, info: TargetInfo, payload: dict[str, Any]
                 ) -> Callable[[Session], None]:
    """The broadcast log's record that a device dropped withdrawn items: when, and where."""
    def write(session: Session) -> None:
        now = utcnow()
        titles = payload.get("titles") or {}
        for item_id in payload.get("removed_items") or []:
            row_id = as_run_id(info.id, f"removed-{job_id}", item_id, now)
            if session.get(AsRunEntry, row_id) is None:
                session.add(AsRunEntry(
                    id=row_id, item_id=item_id, programme_id=payload.get("programme_id"),
                    title=str(titles.get(item_id) or item_id), target_id=info.id,
                    target_kind=info.kind, started_at=now, ended_at=now, played_s=0.0,
                    result=PlayResult.REMOVED.value, source="console"))
    return write
