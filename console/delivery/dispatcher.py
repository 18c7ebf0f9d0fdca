"""Drain delivery jobs: bounded parallelism, per-target states, back-off, emergency lane.

State lives in the database (`delivery_job`), so a killed console resumes where it was:
jobs left `sending` by a dead process go back to `queued` and are sent again, which is
safe because every step is idempotent on the device (files are asked for first, the
schedule carries a version, commands carry an id). The emergency lane has a pool of its
own and is claimed first, so routine pushes in flight never hold an emergency back.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..context import ConsoleContext
from ..models import DeliveryJob, DeliveryTarget, Programme
from ..models.base import utcnow
from ..models.enums import JobState, Lane
from ..sync.media import MediaStore
from ..sync.retry import RetryPolicy
from . import lanes
from .adapters import (
    DeliveryError,
    DeliveryOutcome,
    DeviceAdapter,
    TargetInfo,
    make_adapter,
)
from .fileserver import FileServer
from .jobs import PUSHABLE
from .registry import key_name, target_info

log = logging.getLogger(__name__)

DELIVERY_RETRY = RetryPolicy(attempts=1_000_000, base_s=2.0, cap_s=15 * 60.0)
MAX_REFUSALS = 3          # a device that keeps saying no: the operator must look
OPEN_STATES = (JobState.QUEUED.value, JobState.SENDING.value)
FINAL_STATES = (JobState.DELIVERED.value, JobState.FAILED.value)
KEEP_PAST_ONCE = dt.timedelta(days=1)  # one-off entries older than this leave the schedule


@dataclass(frozen=True)
class JobView:
    id: int
    target_id: str
    state: str
    detail: str | None
    lane: str
    attempts: int
    bytes_sent: int
    programme_id: int | None


def job_views(ctx: ConsoleContext, job_ids: list[int]) -> list[JobView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(DeliveryJob).where(DeliveryJob.id.in_(job_ids))
                               .order_by(DeliveryJob.target_id, DeliveryJob.id)).all()
        return [JobView(j.id, j.target_id, j.state, j.detail, j.lane, j.attempts, j.bytes_sent,
                        j.programme_id) for j in rows]


class Dispatcher:
    def __init__(self, ctx: ConsoleContext, *, workers: int = 8, emergency_workers: int = 16,
                 policy: RetryPolicy = DELIVERY_RETRY, fileserver: FileServer | None = None,
                 timeout_s: float = 15.0, cancel: threading.Event | None = None) -> None:
        self.ctx = ctx
        self.store = MediaStore(ctx.paths.media)
        self.sizes = {Lane.EMERGENCY: max(1, emergency_workers), Lane.ROUTINE: max(1, workers)}
        self.policy = policy
        self.timeout_s = timeout_s
        self.cancel = cancel or threading.Event()
        self._fileserver = fileserver
        self._own_fileserver = False
        # Cleared while an emergency is prepared or in flight: routine uploads pause.
        self.routine_gate = lanes.routine_gate
        # Workers hand their results to the drain loop, which writes them in one transaction
        # per round (emergencies first): the single database writer is then never a queue
        # of a hundred routine commits in front of an emergency acknowledgement.
        self._results: queue.SimpleQueue[tuple[Lane, Callable[[Session], None]]] = (
            queue.SimpleQueue())
        self._fs_lock = threading.Lock()

    # -- lifecycle -----------------------------------------------------------------------
    def recover(self) -> int:
        """Jobs a dead process left `sending` are queued again (idempotent on the device)."""
        with self.ctx.db.write() as session:
            result = session.execute(update(DeliveryJob).where(
                DeliveryJob.state == JobState.SENDING).values(
                state=JobState.QUEUED.value, next_attempt_at=utcnow(),
                detail="resumed after a restart"))
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            log.info("%d delivery jobs resumed after a restart", count)
        return count

    def close(self) -> None:
        if self._own_fileserver and self._fileserver is not None:
            self._fileserver.stop()
            self._fileserver = None

    def fileserver(self, info: TargetInfo) -> FileServer:
        with self._fs_lock:
            if self._fileserver is None:
                host = str(info.options.get("fileserver_host") or "127.0.0.1")
                port = int(info.options.get("fileserver_port") or 0)
                self._fileserver = FileServer(self.store, host, port).start()
                self._own_fileserver = True
            return self._fileserver

    # -- draining ------------------------------------------------------------------------
    def drain(self, job_ids: list[int] | None = None,
              timeout_s: float | None = None) -> list[JobView]:
        """Send until the given jobs (default: all) are delivered or failed, or time is up.

        Jobs still waiting for an offline target stay `queued` and are reported as such.
        """
        self.recover()
        deadline = None if timeout_s is None else utcnow() + dt.timedelta(seconds=timeout_s)
        pools = {lane: ThreadPoolExecutor(size, thread_name_prefix=f"deliver-{lane.value}")
                 for lane, size in self.sizes.items()}
        inflight: dict[Future[None], tuple[Lane, str]] = {}
        try:
            while not self.cancel.is_set():
                for lane in (Lane.EMERGENCY, Lane.ROUTINE):  # emergencies claimed first
                    busy = {t for (ln, t) in inflight.values() if ln == lane}
                    room = self.sizes[lane] - len(busy)
                    claimed = self._claim(lane, room, busy, job_ids)
                    if lane == Lane.EMERGENCY and claimed:
                        lanes.emergency_in_flight(len(claimed))
                    for job_id, target_id in claimed:
                        future = pools[lane].submit(self._run, job_id, lane)
                        inflight[future] = (lane, target_id)
                if inflight:
                    done, _ = wait(list(inflight), timeout=0.05, return_when=FIRST_COMPLETED)
                    for future in done:
                        if inflight.pop(future)[0] == Lane.EMERGENCY:
                            lanes.emergency_in_flight(-1)
                        if future.exception() is not None:
                            log.error("delivery worker crashed: %s", future.exception())
                    self._flush()
                    continue
                self._flush()
                next_due = self._next_due(job_ids)
                if next_due is None:
                    break  # nothing open any more
                now = utcnow()
                if deadline is not None and now >= deadline:
                    break
                until = next_due if deadline is None else min(next_due, deadline)
                pause = min(max((until - now).total_seconds(), 0.02), 0.5)
                self.cancel.wait(pause)  # short: a new emergency must not wait long
        finally:
            for pool in pools.values():
                pool.shutdown(wait=True)
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
            stop.wait(idle_s)

    def _flush(self) -> None:
        items: list[tuple[Lane, Callable[[Session], None]]] = []
        while True:
            try:
                items.append(self._results.get_nowait())
            except queue.Empty:
                break
        if not items:
            return
        items.sort(key=lambda item: item[0] != Lane.EMERGENCY)
        with self.ctx.db.write() as session:
            for _lane, apply in items:
                apply(session)

    def _claim(self, lane: Lane, room: int, busy: set[str],
               job_ids: list[int] | None) -> list[tuple[int, str]]:
        if room <= 0:
            return []
        now = utcnow()
        with self.ctx.db.write() as session:
            query = (select(DeliveryJob.id, DeliveryJob.target_id)
                     .where(DeliveryJob.state == JobState.QUEUED, DeliveryJob.lane == lane.value,
                            DeliveryJob.next_attempt_at <= now)
                     .order_by(DeliveryJob.id).limit(room * 4 + len(busy)))
            if job_ids is not None:
                query = query.where(DeliveryJob.id.in_(job_ids))
            picked: list[tuple[int, str]] = []
            targets = set(busy)
            for job_id, target_id in session.execute(query):
                if target_id in targets:
                    continue  # one job per target at a time: schedules must not race
                targets.add(target_id)
                picked.append((job_id, target_id))
                if len(picked) >= room:
                    break
            if picked:
                session.execute(update(DeliveryJob).where(
                    DeliveryJob.id.in_([p[0] for p in picked])).values(
                    state=JobState.SENDING.value, attempts=DeliveryJob.attempts + 1,
                    updated_at=now))
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
    def adapter_for(self, info: TargetInfo, lane: Lane = Lane.EMERGENCY) -> DeviceAdapter:
        key = self.ctx.secrets.get(key_name(info.id))
        media_url = self.fileserver(info).url if info.protocol == "gateway" else None
        adapter = make_adapter(info, key, self.store, media_url, timeout_s=self.timeout_s)
        if lane == Lane.ROUTINE:
            adapter.gate = self.routine_gate  # type: ignore[attr-defined]
        if info.protocol == "gateway" and self._fileserver is not None:
            adapter.fileserver = self._fileserver  # type: ignore[attr-defined]
        return adapter

    def _run(self, job_id: int, lane: Lane = Lane.ROUTINE) -> None:
        with self.ctx.db.read() as session:
            job = session.get(DeliveryJob, job_id)
            if job is None:
                return
            target = session.get(DeliveryTarget, job.target_id)
            if target is None or not target.enabled:
                self._retry(job_id, "the target was removed or disabled", permanent=True,
                            final=True, lane=lane)
                return
            info = target_info(target)
            kind, payload = job.kind, dict(job.payload or {})
        try:
            adapter = self.adapter_for(info, lane)
            if kind == "programme":
                schedule = self.compose_schedule(info.id, job_id)
                outcome = adapter.deliver(schedule)
                self._delivered(job_id, info, outcome, adapter, lane)
            else:
                command = dict(payload.get("command") or {})
                if command.get("type") in ("stop", "emergency_stop"):
                    command["schedule"] = self.compose_schedule(info.id, None)
                sent = adapter.ensure_media(list(command.get("media") or []))
                answer = adapter.command(command)
                self._delivered(job_id, info, DeliveryOutcome(
                    version=None, bytes_sent=sent, detail=f"{command.get('type')} acknowledged"
                    + ("" if answer.get("accepted", True) else " (not accepted)")), adapter, lane)
        except DeliveryError as exc:
            self._retry(job_id, str(exc), permanent=exc.permanent, lane=lane)
        except Exception as exc:  # an unexpected answer: keep the job, say what happened
            log.exception("delivery job %d failed unexpectedly", job_id)
            self._retry(job_id, f"{type(exc).__name__}: {exc}", permanent=False, lane=lane)

    def compose_schedule(self, target_id: str, job_id: int | None) -> dict[str, Any]:
        """Everything the target should hold: the newest job of each pushable programme.

        The version is the highest job id included, so it only ever grows, and sending the
        same jobs again sends the same version (the device then changes nothing).
        """
        with self.ctx.db.read() as session:
            rows = session.execute(
                select(DeliveryJob.id, DeliveryJob.programme_id, DeliveryJob.programme_version,
                       DeliveryJob.payload, DeliveryJob.state)
                .join(Programme, Programme.id == DeliveryJob.programme_id)
                .where(DeliveryJob.target_id == target_id, DeliveryJob.kind == "programme",
                       Programme.status.in_(PUSHABLE))
                .order_by(DeliveryJob.programme_id, DeliveryJob.programme_version,
                          DeliveryJob.id)).all()
        newest: dict[int, tuple[int, dict[str, Any]]] = {}
        for jid, pid, _version, payload, state in rows:
            if state == JobState.FAILED and jid != job_id:
                continue
            newest[pid] = (jid, payload)
        horizon = utcnow() - KEEP_PAST_ONCE
        entries = []
        version = 0
        for jid, payload in newest.values():
            version = max(version, jid)
            for entry in payload.get("entries", []):
                start = dt.datetime.fromisoformat(entry["start"])
                if entry.get("repeat") in ("once", "now") and start < horizon:
                    continue
                entries.append({k: entry.get(k) for k in (
                    "id", "start", "media", "priority", "repeat", "volume", "durations",
                    "title", "weekdays", "end_date", "text")})
        entries.sort(key=lambda e: (e["start"], e["id"]))
        return {"version": version, "timezone": "Asia/Ho_Chi_Minh", "entries": entries}

    def _delivered(self, job_id: int, info: TargetInfo, outcome: DeliveryOutcome,
                   adapter: DeviceAdapter, lane: Lane = Lane.ROUTINE) -> None:
        now = utcnow()
        parts = []
        if outcome.version is not None:
            parts.append(f"schedule version {outcome.version}")
        if outcome.media_sent or outcome.media_skipped:
            parts.append(f"{len(outcome.media_sent)} files sent, "
                         f"{len(outcome.media_skipped)} already there")
        if outcome.detail:
            parts.append(outcome.detail)
        held = getattr(adapter, "held", None)

        def apply(session: Session) -> None:
            job = session.get(DeliveryJob, job_id)
            if job is None:
                return
            job.state = JobState.DELIVERED.value
            job.detail = "; ".join(parts) or "delivered"
            job.bytes_sent += outcome.bytes_sent
            target = session.get(DeliveryTarget, info.id)
            if target is not None:
                target.last_seen = now
                if target.status in ("offline", "unknown"):
                    target.status = "online"
                if outcome.version is not None:
                    target.schedule_version = outcome.version
                if held is not None:  # the gateway cannot be asked: remember what it holds
                    target.options = {**(target.options or {}), "held_media": sorted(held)}

        self._results.put((lane, apply))
        log.info("job %d → %s delivered (%s)", job_id, info.id, "; ".join(parts))

    def _retry(self, job_id: int, reason: str, *, permanent: bool, final: bool = False,
               lane: Lane = Lane.ROUTINE) -> None:
        self._results.put((lane, lambda session: self._apply_retry(
            session, job_id, reason, permanent, final)))

    def _apply_retry(self, session: Session, job_id: int, reason: str, permanent: bool,
                     final: bool) -> None:
        job = session.get(DeliveryJob, job_id)
        if job is None:
            return
        refusals = int((job.payload or {}).get("_refusals", 0)) + (1 if permanent else 0)
        if permanent:
            job.payload = {**(job.payload or {}), "_refusals": refusals}
        if final or (permanent and refusals >= MAX_REFUSALS):
            job.state = JobState.FAILED.value
            job.detail = reason[:1000]
            log.error("job %d → %s failed: %s", job_id, job.target_id, reason)
            return
        delay = self.policy.delay(min(job.attempts, 20))
        job.state = JobState.QUEUED.value
        job.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
        job.detail = f"waiting to retry (try {job.attempts}): {reason}"[:1000]
        target = session.get(DeliveryTarget, job.target_id)
        if target is not None and not permanent:
            target.status = "offline"
        log.info("job %d will be retried in %.1f s: %s", job_id, delay, reason)
