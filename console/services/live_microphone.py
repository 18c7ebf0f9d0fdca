"""Nói trực tiếp: the microphone on air, live, through the station's Icecast stream.

The sound goes to the normal mount of every enabled Icecast target (contracts/devices.md
§3), where the clusters listen (they tune to the emergency mount, which plays the normal
one between emergencies). It is streamed from this process, not by a keeper: the
microphone is in the window, and when the window goes, so does the live sound. Whatever
was playing on the mount now (a play-now, a relay) is stopped first.

The rules of any sound played now: the person needs OPERATE_DEVICES; quiet hours refuse it
unless a leader allows it with a written reason; an emergency on air comes first (the
clusters would not hear the live sound, and the emergency must not be cut). Start and end
go into the audit log, with how long it lasted, and the broadcast log gets a line for each
stream (the commune's own content, as the console streamed it: source `console`), so the
reports count the time spoken.

`start()` and `stop()` do network I/O (the window runs them in its task runner); `feed()`
only hands the captured sound on and never waits.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.as_run import as_run_id
from ..delivery.adapters.icecast import IcecastAdapter
from ..delivery.icecast_keeper import SourceStream, pcm_input
from ..delivery.registry import key_name, target_info
from ..media.store import MediaStore
from ..models import AsRunEntry, DeliveryTarget
from ..models.base import utcnow
from ..models.enums import PlayResult
from ..station import StationContext
from ..timezone import station_now
from . import audit
from .errors import InvalidInput
from .live_commands import QuietOverride, active_emergency_ids, check_override
from .permissions import Actor, Permission
from .programmes.checks import in_quiet_hours, quiet_window
from .programmes.recording import PcmFormat
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

END_WAIT_S = 3.0  # after the last words, for ffmpeg to send what it holds


@dataclass(frozen=True)
class LivePlan:
    """Where live sound would go now, and whether it is quiet hours (station time)."""

    targets: list[tuple[str, str]]  # (id, name) of the Icecast streams
    at: dt.datetime
    quiet: bool
    window: tuple[dt.time, dt.time]
    emergency: bool  # an emergency is on air: live sound must wait


def _stream_targets(ctx: StationContext) -> list[DeliveryTarget]:
    with ctx.db.read() as session:
        targets = list(session.scalars(
            select(DeliveryTarget).where(DeliveryTarget.protocol == "icecast",
                                         DeliveryTarget.enabled.is_(True))
            .order_by(DeliveryTarget.id)))
        session.expunge_all()
    return targets


def plan_live(ctx: StationContext, actor: Actor, *, now: dt.datetime | None = None
              ) -> LivePlan:
    return _plan(ctx, actor, _stream_targets(ctx), now)


def _plan(ctx: StationContext, actor: Actor, targets: list[DeliveryTarget],
          now: dt.datetime | None) -> LivePlan:
    actor.require(Permission.OPERATE_DEVICES)
    moment = now or station_now()
    window = quiet_window(ctx)
    return LivePlan([(t.id, t.name) for t in targets], moment,
                    in_quiet_hours(moment, 0.0, window), window, bool(active_emergency_ids(ctx)))


def check_plan(plan: LivePlan, override: QuietOverride | None) -> None:
    """Raise why live sound cannot start now (InvalidInput, QuietHours)."""
    check_reachable(plan)
    if plan.quiet:
        check_override(plan.at, plan.window, override)


def check_reachable(plan: LivePlan) -> None:
    """Raise why live sound cannot start now whatever a leader allows: no stream to go
    to, or an emergency on air."""
    if not plan.targets:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "no Icecast stream is set up: live sound goes out through the "
                      "station's Icecast server (Thiết bị, protocol icecast)"))
    if plan.emergency:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "an emergency is on air: end it before speaking live"))


class LiveBroadcast:
    """One live broadcast: started, fed with the microphone's sound, stopped."""

    def __init__(self, ctx: StationContext, actor: Actor, fmt: PcmFormat, *, title: str,
                 override: QuietOverride | None = None) -> None:
        self.ctx, self.actor, self.format = ctx, actor, fmt
        self.title = " ".join(title.split())[:200]
        self.override = override
        self.streams: list[SourceStream] = []
        self.targets: list[str] = []
        self._kinds: list[str] = []
        self._started: float | None = None
        self._started_at = utcnow()  # set again when on air

    def start(self, *, now: dt.datetime | None = None) -> LivePlan:
        """On air once every stream's server took the source (all or none)."""
        targets = _stream_targets(self.ctx)  # read once: the plan and the streams agree
        plan = _plan(self.ctx, self.actor, targets, now)
        check_plan(plan, self.override)
        pcm = pcm_input(self.format.sample_rate, self.format.channels,
                        self.format.sample_format)
        media = MediaStore(self.ctx.paths.media)
        try:
            for target in targets:
                adapter = IcecastAdapter(target_info(target),
                                         self.ctx.secrets.get(key_name(target.id)), media,
                                         timeout_s=5.0)
                self.streams.append(adapter.start_live(pcm, self.title))
                self.targets.append(target.id)
                self._kinds.append(target.kind)
        except Exception:
            self._end_streams()
            raise
        self._started, self._started_at = time.monotonic(), utcnow()
        override = self.override if plan.quiet else None
        with self.ctx.db.write() as session:
            if override is not None:
                audit.record(session, override.by, "device.quiet_override",
                             ",".join(self.targets), reason=" ".join(override.reason.split()),
                             at=plan.at.isoformat(), requested_by=self.actor.username)
            audit.record(session, self.actor, "device.live_start", ",".join(self.targets),
                         title=self.title, at=plan.at.isoformat(),
                         quiet_override=override.by.username if override else None)
        log.info("live sound on air on %s: %s", ",".join(self.targets), self.title)
        return plan

    @property
    def on_air(self) -> bool:
        return self._started is not None

    @property
    def seconds(self) -> float:
        return 0.0 if self._started is None else time.monotonic() - self._started

    def feed(self, pcm: bytes) -> None:
        """The microphone's latest sound, in `format` (never waits)."""
        for stream in self.streams:
            stream.feed(pcm)

    def problem(self) -> str | None:
        """Why a stream stopped by itself (the server dropped it), if one did."""
        for stream in self.streams:
            if stream.error or not stream.alive:
                return stream.error or "the stream ended"
        return None

    def stop(self) -> float:
        """Off air: what was said is sent, the streams end; returns the seconds on air."""
        if self._started is None:
            return 0.0
        seconds = self.seconds
        self._started = None
        cut = [bool(stream.error or not stream.alive) for stream in self.streams]
        self._end_streams()
        dropped = sum(stream.dropped for stream in self.streams)
        with self.ctx.db.write() as session:
            audit.record(session, self.actor, "device.live_stop", ",".join(self.targets),
                         title=self.title, seconds=round(seconds, 1),
                         **({"dropped_chunks": dropped} if dropped else {}))
            self._log_broadcast(session, seconds, cut)
        log.info("live sound off air after %.0f s", seconds)
        return seconds

    def _log_broadcast(self, session: Session, seconds: float, cut: list[bool]) -> None:
        """A line of the broadcast log for each stream: a stream the server dropped before
        the end counts as played in part."""
        entry = f"live-{uuid.uuid4()}"
        ended = self._started_at + dt.timedelta(seconds=seconds)
        for target_id, kind, broken in zip(self.targets, self._kinds, cut, strict=True):
            session.add(AsRunEntry(
                id=as_run_id(target_id, entry, None, self._started_at), item_id=None,
                programme_id=None, title=self.title, target_id=target_id, target_kind=kind,
                started_at=self._started_at, ended_at=ended, played_s=round(seconds, 3),
                result=(PlayResult.PARTIAL if broken else PlayResult.SUCCESS).value,
                priority="normal", content_origin="own", source="console"))

    def _end_streams(self) -> None:
        for stream in self.streams:
            stream.finish()
        deadline = time.monotonic() + END_WAIT_S
        for stream in self.streams:
            while stream.alive and time.monotonic() < deadline:
                time.sleep(0.05)
            stream.stop()
