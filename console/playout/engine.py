"""The local player: plays a local target's schedule through this computer's sound card.

Lives in the window's process (QtCore + QtMultimedia, no widgets). A timer looks at the
schedule the delivery adapter stored and at the commands it queued:

- a scheduled play starts at its time (up to `plan.LATE_START` late, e.g. right after
  the console was opened); later than that it is logged as missed, once;
- an emergency pre-empts whatever plays, at once, and holds the schedule back until it
  is stopped; play-now pre-empts a routine play; stop stops; volume sets the volume;
- every file played (or not) becomes an as-run entry, source "local": success when it
  played to its end, partial when it was cut, failed with the plain reason when it could
  not play (no sound device, a file that does not decode, not in the cache).

Database writes go to one background thread in order; the UI thread never waits for the
database. The clock, the player and the sound-device check are seams for tests.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from ..media.playout_store import PlayoutStore
from ..media.store import SHA256, MediaStore
from ..models.enums import PlayResult
from ..settings import PLAYOUT_GRACE_MIN, PLAYOUT_RESUME
from ..station import StationContext
from . import plan
from .plan import Occurrence, PlayOutcome

log = logging.getLogger(__name__)

HEARTBEAT_S = 5.0
NO_DEVICE = "no sound device on this computer"
NOT_RUNNING = "the console was not open at that time"
STALE_S = 600.0  # an emergency or play-now older than this when first seen is not played
UNTIMED_RELAY_S = 4 * 3600.0  # a relay played now without a length: until stopped, at most


def has_audio_output() -> bool:
    """True when the system offers at least one audio output (Qt's own answer)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AudioPlayer(QObject):
    """One file at a time through QMediaPlayer; `ended` when it finishes or fails."""

    ended = Signal(float, bool, str)  # seconds played, reached the end, error ("" if none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaPlayer

        from ..qtmedia import media_player

        self._status = QMediaPlayer.MediaStatus
        self.player, self.output = media_player(self)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.errorOccurred.connect(self._error)
        self._active = False
        self._start_ms = 0          # where this file started (a resumed play starts late)
        self._seek_ms: int | None = None  # applied once the file is loaded
        # A relay: a live stream has no end of its own; it is played for its length.
        self._stream_since: float | None = None  # time.monotonic() at its start
        self._stream_timer = QTimer(self)
        self._stream_timer.setSingleShot(True)
        self._stream_timer.timeout.connect(self._stream_over)

    @property
    def active(self) -> bool:
        return self._active

    def set_volume(self, level: int) -> None:
        self.output.setVolume(max(0, min(10, level)) / 10.0)

    # The player is driven through queued calls (console/qtmedia.py): they run in order
    # from the event loop, where waiting for the backend's threads cannot deadlock.

    def play(self, path: Path, start_s: float = 0.0) -> None:
        from ..qtmedia import queued

        self._active = True
        self._start_ms = max(0, int(start_s * 1000))
        self._seek_ms = self._start_ms or None
        queued(self.player, "setSource", QUrl.fromLocalFile(str(path)))
        queued(self.player, "play")

    def play_stream(self, url: str, seconds: float) -> None:
        """A relay (tiếp sóng): the stream at `url` for `seconds`, then `ended` as if it
        reached its end."""
        from ..qtmedia import queued

        self._active = True
        self._start_ms, self._seek_ms = 0, None
        self._stream_since = time.monotonic()
        self._stream_timer.start(max(1, int(seconds * 1000)))
        queued(self.player, "setSource", QUrl(url))
        queued(self.player, "play")

    def stop(self) -> float:
        """Stop now; returns the seconds played (no `ended` for a stop asked for)."""
        from ..qtmedia import queued

        played = self._played_s()
        self._active = False
        self._stream_since = None
        self._stream_timer.stop()
        queued(self.player, "stop")
        queued(self.player, "setSource", QUrl())
        return played

    def _played_s(self) -> float:
        if self._stream_since is not None:
            return time.monotonic() - self._stream_since
        return max(0, self.player.position() - self._start_ms) / 1000.0

    def _stream_over(self) -> None:
        if self._active and self._stream_since is not None:
            played = self.stop()
            self.ended.emit(played, True, "")

    def _status_changed(self, status: Any) -> None:
        if not self._active:
            return
        if self._seek_ms is not None and status in (self._status.LoadedMedia,
                                                    self._status.BufferedMedia):
            from ..qtmedia import queued

            seek, self._seek_ms = self._seek_ms, None
            queued(self.player, "setPosition", ("qint64", seek))
        if status == self._status.EndOfMedia:
            self._finish(True, "")
        elif status == self._status.InvalidMedia:
            self._finish(False, self.player.errorString() or "the file cannot be played")

    def _error(self, _error: Any, message: str) -> None:
        if self._active:
            self._finish(False, message or "the file cannot be played")

    def _finish(self, reached_end: bool, error: str) -> None:
        if self._stream_since is not None:  # the stream ended or broke before its time
            played_s = self.stop()
            self.ended.emit(played_s, False, error or "the stream ended before its time")
            return
        played = max(self.player.position(), self.player.duration() if reached_end else 0)
        played = max(0, played - self._start_ms)
        self._active = False
        self.ended.emit(played / 1000.0, reached_end, error)


@dataclass
class PlayJob:
    """What the player works through: a scheduled play, an emergency or a play-now."""

    kind: str  # schedule | emergency | play_now
    entry_id: str
    title: str
    priority: str
    media: list[str | None]   # a relay: [None], its stream played in its place
    durations: list[float]
    scheduled_at: dt.datetime | None = None
    stream: str | None = None  # a relay's (tiếp sóng) stream
    index: int = 0
    started_at: dt.datetime | None = None
    outcomes: list[PlayOutcome] = field(default_factory=list)
    resume_s: float = 0.0       # seconds into the programme to begin at (after a power cut)
    offset_s: float = 0.0       # seconds into the current file it began at

    def requested(self, i: int) -> float | None:
        return self.durations[i] if i < len(self.durations) and self.durations[i] else None


class PlayoutEngine(QObject):
    """The player of one local target."""

    logged = Signal(int)        # as-run rows stored (from the writer thread, queued here)
    state_changed = Signal()

    def __init__(self, ctx: StationContext, target_id: str, *,
                 clock: Callable[[], dt.datetime] = utc_now,
                 player: AudioPlayer | None = None,
                 has_output: Callable[[], bool] = has_audio_output,
                 tick_ms: int = 1000, parent: QObject | None = None,
                 fetch: Callable[[list[str]], object] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target_id = target_id
        self.clock = clock
        self.has_output = has_output
        self.store = PlayoutStore(ctx.paths.root, target_id)
        self.media = MediaStore(ctx.paths.media)
        self.player = player or AudioPlayer(self)
        self.player.ended.connect(self._file_ended)
        self.volume = 10
        self.player.set_volume(self.volume)
        self.detail = ""
        self.emergency_id: str | None = None
        self.current: PlayJob | None = None
        self._schedule: dict[str, Any] = {"entries": []}
        self._stamp: float | None = None
        self._done: set[str] = set()
        self._logged: set[str] = set()  # as-run ids stored before this start
        self.grace = plan.LATE_START
        self.resume_at_place = True
        self._off_since: dt.datetime | None = None
        self._gap: dict[str, Any] | None = None
        self._ready = False
        self._started_at: dt.datetime | None = None
        self._beat = 0.0
        self._writer = ThreadPoolExecutor(1, thread_name_prefix=f"playout-{target_id}")
        # A PC of a shared database keeps its own cache: the files of a schedule it lacks
        # are fetched in the background as soon as the schedule arrives (None: the sync
        # fetches them, as on a station with one PC).
        self.fetch = fetch
        self._fetcher: ThreadPoolExecutor | None = None
        self.fetching: Future[object] | None = None
        self._prepared: Future[set[str]] | None = None
        self._pending: list[Future[int]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> PlayoutEngine:
        self._started_at = self.clock()
        since = self._started_at - plan.LOOK_BACK
        self._prepared = self._writer.submit(plan.logged_ids, self.ctx, self.target_id, since)
        self._off_since = self._previous_heartbeat()
        self.grace = dt.timedelta(minutes=float(self.ctx.settings.get(PLAYOUT_GRACE_MIN)))
        self.resume_at_place = str(self.ctx.settings.get(PLAYOUT_RESUME)) != "top"
        self.timer.start()
        self._write_state(running=True)  # commands are accepted from now on
        log.info("local playout %s started", self.target_id)
        return self

    def stop(self) -> None:
        """Stop playing (what was cut is logged) and write what is left to write."""
        self.timer.stop()
        if self.current is not None:
            self._cut(self.current, "the console was closed")
        self._write_state(running=False)
        self.wait_idle()
        self._writer.shutdown(wait=True)
        if self._fetcher is not None:
            self._fetcher.shutdown(wait=False, cancel_futures=True)
        log.info("local playout %s stopped", self.target_id)

    def wait_idle(self, timeout_s: float = 10.0) -> None:
        """Until the as-run rows handed to the writer are stored (tests, shutdown)."""
        end = time.monotonic() + timeout_s
        for future in list(self._pending):
            future.result(timeout=max(0.0, end - time.monotonic()))

    def upcoming(self, within: dt.timedelta) -> list[plan.UpcomingPlay]:
        """Plays due in the next `within` (from memory: asked while the window closes)."""
        self._reload()
        return plan.upcoming_plays(self.target_id, self._schedule, self.clock(), within)

    @property
    def now_playing(self) -> str | None:
        return self.current.title if self.current is not None else None

    # -- the timer -----------------------------------------------------------------------
    def tick(self) -> None:
        if self._prepared is None or not self._prepared.done():
            return
        if not self._ready:
            self._ready = True
            try:
                self._logged = self._prepared.result()
            except Exception:  # the database was busy: start anyway (ids keep rows single)
                log.exception("local playout %s: as-run not read", self.target_id)
        now = self.clock()
        self._reload()
        for command in self.store.pending_commands():
            try:
                if not self._stale(command):
                    self._command(command, now)
            except Exception:  # one bad command must not stop the player
                log.exception("local playout %s: command %s failed", self.target_id,
                              command.get("type"))
            self.store.command_done(str(command.get("id")))
        self._schedule_due(now)
        self._aim(now)
        if time.monotonic() - self._beat >= HEARTBEAT_S:
            self._write_state(running=True)

    def _reload(self) -> None:
        stamp = self.store.schedule_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            self._schedule = self.store.load_schedule()
            self._fetch_absent()

    def _fetch_absent(self) -> None:
        """Fetch (in the background) the schedule's files this PC's cache lacks."""
        if self.fetch is None or (self.fetching is not None and not self.fetching.done()):
            return
        wanted = {sha for entry in self._schedule.get("entries") or []
                  for sha in entry.get("media") or [] if SHA256.match(str(sha))}
        absent = sorted(sha for sha in wanted if not self.media.has(sha))
        if not absent:
            return
        if self._fetcher is None:
            self._fetcher = ThreadPoolExecutor(1, thread_name_prefix=f"fetch-{self.target_id}")
        fetch = self.fetch

        def run() -> object:
            try:
                return fetch(absent)
            except Exception as exc:  # played as missing if it is still absent then
                log.warning("local playout %s: %d file(s) not fetched: %s", self.target_id,
                            len(absent), exc)
                return None

        self.fetching = self._fetcher.submit(run)

    def _schedule_due(self, now: dt.datetime) -> None:
        since = max(now - plan.LOOK_BACK, (self._started_at or now) - plan.LOOK_BACK)
        missed: list[PlayOutcome] = []
        for occ in plan.occurrences(self._schedule, since, now + dt.timedelta(seconds=1)):
            if occ.key in self._done:
                continue
            if plan.as_run_key(self.target_id, occ, occ.media[0]) in self._logged:
                self._done.add(occ.key)
                continue
            late = now - occ.start
            over = late.total_seconds() >= occ.length_s
            if late > self.grace or (over and self._was_off_at(occ.start)):
                self._done.add(occ.key)
                missed += plan.missed_outcomes(self.target_id, occ, self._miss_reason(occ))
                self._note_gap(missed=occ.title)
                continue
            if self.current is None and self.emergency_id is None and occ.start <= now:
                self._done.add(occ.key)
                job = PlayJob("schedule", occ.entry_id, occ.title, occ.priority,
                              list(occ.media), list(occ.durations), occ.start,
                              stream=occ.stream)
                if self._was_off_at(occ.start) and self.resume_at_place \
                        and late.total_seconds() >= 1:
                    job.resume_s = late.total_seconds()  # the power came back mid-programme
                    self._note_gap(resumed=occ.title, at_s=round(job.resume_s, 1))
                self._begin(job)
        self._save(missed)

    def _aim(self, now: dt.datetime) -> None:
        """A play starting before the next tick gets a tick of its own at its second."""
        step = dt.timedelta(milliseconds=self.timer.interval())
        for occ in plan.occurrences(self._schedule, now, now + step):
            if occ.key not in self._done and occ.start > now:
                wait_ms = (occ.start - now).total_seconds() * 1000
                QTimer.singleShot(max(0, int(wait_ms) + 5), self.tick)
                return

    def _was_off_at(self, moment: dt.datetime) -> bool:
        """True when this player was not running at that moment (it started later)."""
        return self._started_at is not None and moment < self._started_at

    def _previous_heartbeat(self) -> dt.datetime | None:
        """When the player last said it was running, if it never said it stopped: the
        console was killed, or the power went."""
        state = self.store.read_state()
        if not state.get("running") or not state.get("updated_at"):
            return None
        return dt.datetime.fromtimestamp(float(state["updated_at"]), dt.UTC)

    def _note_gap(self, **what: Any) -> None:
        """Remember what the time the player was off cost: the Today page says it."""
        if self._started_at is None:
            return
        if self._gap is None:
            self._gap = {"target": self.target_id,
                         "off_since": self._off_since.isoformat() if self._off_since else None,
                         "back_at": self._started_at.isoformat(), "missed": [],
                         "resumed": None, "resumed_at_s": None}
        if "missed" in what:
            self._gap["missed"].append(what["missed"])
        if "resumed" in what:
            self._gap["resumed"], self._gap["resumed_at_s"] = what["resumed"], what["at_s"]
        try:
            self.store.write_gap(self._gap)
        except OSError as exc:
            log.warning("local playout %s: gap not written: %s", self.target_id, exc)

    def _miss_reason(self, occ: Occurrence) -> str:
        if self._was_off_at(occ.start):  # it began, and was missed, while the console was off
            return NOT_RUNNING
        if self.emergency_id is not None:
            return "an emergency was on the air"
        return "something else was still playing"

    # -- commands ------------------------------------------------------------------------
    def _stale(self, command: dict[str, Any]) -> bool:
        """A play left from before the window was closed is not played hours later."""
        age_s = (time.time_ns() - int(command.get("queued_ns") or time.time_ns())) / 1e9
        if command.get("type") not in ("emergency_start", "play_now") or age_s <= STALE_S:
            return False
        job = PlayJob(str(command.get("type")), str(command.get("id")),
                      str(command.get("title") or command.get("id")),
                      "emergency" if command.get("type") == "emergency_start" else "normal",
                      list(command.get("media") or []), [])
        job.started_at = self.clock()
        self._save([self._outcome(job, sha, 0.0, PlayResult.FAILED.value, NOT_RUNNING)
                    for sha in job.media or [None]])
        return True

    def _command(self, command: dict[str, Any], now: dt.datetime) -> None:
        kind = command.get("type")
        ident = str(command.get("id"))
        log.info("local playout %s: %s", self.target_id, kind)
        if kind == "emergency_start":
            if self.current is not None:
                self._cut(self.current, "pre-empted by an emergency")
            self.emergency_id = str(command.get("emergency_id") or ident)
            self._begin(PlayJob("emergency", ident, str(command.get("title") or "khẩn cấp"),
                                "emergency", list(command.get("media") or []),
                                [float(d or 0) for d in command.get("durations") or []]))
        elif kind == "emergency_stop":
            if self.current is not None and self.current.kind == "emergency":
                self._cut(self.current, "")
            self.emergency_id = None
        elif kind == "stop":
            if self.current is not None and self.current.kind != "emergency":
                self._cut(self.current, "stopped by the operator")
        elif kind == "play_now":
            if self.emergency_id is not None:
                self.detail = "play-now ignored: an emergency is on the air"
                return
            if self.current is not None:
                self._cut(self.current, "replaced by a play-now")
            stream = command.get("stream_url") or None  # a relay: the stream, no file
            self._begin(PlayJob("play_now", ident, str(command.get("title") or ident),
                                "normal", list(command.get("media") or []) or (
                                    [None] if stream else []),
                                [float(d or 0) for d in command.get("durations") or []],
                                stream=stream))
        elif kind == "set_volume":
            self.volume = max(0, min(10, int(command.get("volume", self.volume))))
            self.player.set_volume(self.volume)
        self._write_state(running=True)

    # -- playing -------------------------------------------------------------------------
    def _begin(self, job: PlayJob) -> None:
        self.current = job
        if not job.media:
            job.outcomes.append(self._outcome(job, None, 0.0, PlayResult.FAILED.value,
                                              "nothing to play: the message has no sound"))
            self._end_job(job)
            return
        if job.resume_s > 0:  # files that ended while the console was off are missed
            left = job.resume_s
            while job.index < len(job.media) and left >= (job.requested(job.index) or 0.0):
                left -= job.requested(job.index) or 0.0
                job.started_at = job.scheduled_at
                job.outcomes.append(self._outcome(job, job.media[job.index], 0.0,
                                                  PlayResult.FAILED.value, NOT_RUNNING))
                job.index += 1
            job.offset_s = max(0.0, left)
        self._next_file()

    def _next_file(self) -> None:
        job = self.current
        while job is not None and job.index < len(job.media):
            sha = job.media[job.index]
            job.started_at = self.clock()
            reason = ""
            path = None
            if sha is None:  # a relay: no file
                reason = "" if job.stream else "nothing to play"
            else:
                try:
                    path = self.media.path(sha)
                except ValueError:
                    reason = "not a file name"
                if not reason and not path.is_file():
                    reason = "the file is not in the media cache"
            if not reason and not self.has_output():
                reason = NO_DEVICE
            if reason:
                self.detail = reason
                job.outcomes.append(self._outcome(job, sha, 0.0, PlayResult.FAILED.value,
                                                  reason))
                job.index += 1
                continue
            self.detail = ""
            if path is None and job.stream:  # a live stream cannot seek: what is left of it
                length = job.requested(job.index) or UNTIMED_RELAY_S
                self.player.play_stream(job.stream, max(1.0, length - job.offset_s))
            else:
                assert path is not None
                self.player.play(path, job.offset_s)
            self._write_state(running=True)
            return
        if job is not None:
            self._end_job(job)

    def _file_ended(self, played_s: float, reached_end: bool, error: str) -> None:
        job = self.current
        if job is None or job.index >= len(job.media):
            return
        sha = job.media[job.index]
        resumed = job.offset_s > 0
        result = plan.result_for(played_s, job.requested(job.index),
                                 reached_end and not error and not resumed)
        if error:
            self.detail = f"cannot play {(sha or job.stream or '')[:40]}: {error}"
        reason = error or (f"resumed {job.offset_s:.0f} s in, after the console was off"
                           if resumed else "")
        job.outcomes.append(self._outcome(job, sha, played_s, result, reason))
        job.offset_s = 0.0
        job.index += 1
        # Not from inside the media player's own signal: the next file starts right after.
        QTimer.singleShot(0, lambda: self._continue(job))

    def _continue(self, job: PlayJob) -> None:
        if self.current is job and not self.player.active:
            self._next_file()

    def _cut(self, job: PlayJob, reason: str) -> None:
        """Stop a job now: the file playing is logged as played so far, the rest as not."""
        if self.player.active and job.index < len(job.media):
            played = self.player.stop()
            job.offset_s = 0.0
            sha = job.media[job.index]
            job.outcomes.append(self._outcome(job, sha, played, plan.result_for(
                played, job.requested(job.index), False), reason))
            job.index += 1
        for i in range(job.index, len(job.media)):
            job.started_at = self.clock()
            job.outcomes.append(self._outcome(job, job.media[i], 0.0, PlayResult.FAILED.value,
                                              reason or "stopped"))
        job.index = len(job.media)
        self._end_job(job)

    def _end_job(self, job: PlayJob) -> None:
        if self.current is job:
            self.current = None
        self._save(job.outcomes)
        job.outcomes = []
        self._write_state(running=self.timer.isActive())
        if self.timer.isActive():
            QTimer.singleShot(0, self.tick)  # the next due play need not wait a tick

    def _outcome(self, job: PlayJob, sha: str | None, played_s: float, result: str,
                 reason: str) -> PlayOutcome:
        return PlayOutcome(self.target_id, job.entry_id, sha, job.scheduled_at,
                           job.started_at or self.clock(), played_s,
                           job.requested(job.index), result, reason, job.title, job.priority,
                           {"kind": job.kind})

    # -- writing -------------------------------------------------------------------------
    def _save(self, outcomes: list[PlayOutcome]) -> None:
        if not outcomes:
            return
        future = self._writer.submit(plan.store_outcomes, self.ctx, list(outcomes))
        self._pending = [f for f in self._pending if not f.done()] + [future]
        future.add_done_callback(self._written)

    def _written(self, future: Future[int]) -> None:  # on the writer thread
        try:
            self.logged.emit(future.result())
        except Exception:
            log.exception("local playout %s: as-run not stored", self.target_id)

    def _write_state(self, *, running: bool) -> None:
        self._beat = time.monotonic()
        try:
            self.store.write_state({
                "running": running, "now_playing": self.now_playing if running else None,
                "volume": self.volume, "emergency": self.emergency_id is not None,
                "detail": self.detail})
        except OSError as exc:
            log.warning("local playout %s: state not written: %s", self.target_id, exc)
        self.state_changed.emit()


def start_engines(ctx: StationContext, target_ids: list[str],
                  parent: QObject | None = None,
                  fetch: Callable[[list[str]], object] | None = None) -> list[PlayoutEngine]:
    """One running player per local target (the window calls this after reading them)."""
    engines = [PlayoutEngine(ctx, target_id, parent=parent, fetch=fetch).start()
               for target_id in target_ids]
    if engines and not has_audio_output():
        log.warning("local playout: %s; scheduled plays will be logged as failed", NO_DEVICE)
    return engines
