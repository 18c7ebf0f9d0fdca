"""One simulated device (cluster or board): its media, schedule, player and play log.

Protocol-neutral: the reference and gateway servers translate their wire formats into
calls on this object. Time is wall-clock UTC inside; the wire uses +07:00.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("console.sim.devices")

ICT = dt.timezone(dt.timedelta(hours=7), "ICT")
DEFAULT_PLAY_S = 2.0  # a file with no known length "plays" this long


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(ICT).isoformat(timespec="milliseconds")


@dataclass
class Occurrence:
    entry_id: str
    start: dt.datetime
    media: list[str]
    durations: list[float]
    priority: str = "normal"
    title: str | None = None
    stream: str | None = None  # a relay: the stream played instead of files


@dataclass
class SimDevice:
    device_id: str
    name: str
    kind: str = "loudspeaker_cluster"   # or bulletin_board
    key: str = ""
    firmware: str = "sim-1.4.2"
    volume: int = 7
    storage_bytes: int = 2 * 1024**3
    online: bool = True
    fail_rate: float = 0.0
    media: dict[str, int] = field(default_factory=dict)  # sha -> size (bytes not kept)
    schedule: dict[str, Any] = field(default_factory=lambda: {"version": 0, "entries": []})
    play_log: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[str, dict[str, Any]] = field(default_factory=dict)
    # what the wire carried, for tests and benchmarks
    media_bytes_received: int = 0
    media_wire_bytes: int = 0  # every media byte read, complete files or not (retries count)
    media_puts: dict[str, int] = field(default_factory=dict)
    schedule_applied: list[int] = field(default_factory=list)
    command_calls: dict[str, int] = field(default_factory=dict)  # id → times received
    # what it began to play, in order: a short play is over before a busy test looks
    titles_played: list[str] = field(default_factory=list)
    fm_requests: list[str] = field(default_factory=list)  # FM frequencies asked (gateway)
    # player state
    now_playing: str | None = None
    emergency: dict[str, Any] | None = None
    _playing_until: dt.datetime | None = None
    _done: set[tuple[str, str]] = field(default_factory=set)
    _since: dt.datetime = field(default_factory=now_utc)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    clock_offset_s: float = 0.0  # the device's clock is this far off (reported in status)
    keep_dir: Path | None = None  # --keep-files: received files go to keep_dir/<id>/

    def clock(self) -> dt.datetime:
        return now_utc() + dt.timedelta(seconds=self.clock_offset_s)

    # -- storage -----------------------------------------------------------------------
    def has(self, sha: str) -> bool:
        with self.lock:
            return sha in self.media

    def store(self, sha: str, body: bytes) -> bool:
        """Keep a file if its bytes match its name; False on mismatch (the caller says 422)."""
        return self.store_checked(sha, len(body), hashlib.sha256(body).hexdigest() == sha)

    def store_checked(self, sha: str, size: int, ok: bool) -> bool:
        """Record a file whose hash the caller checked while streaming it in."""
        if not ok:
            return False
        with self.lock:
            self.media_bytes_received += size
            self.media_puts[sha] = self.media_puts.get(sha, 0) + 1
            self.media[sha] = size
        return True

    def storage_free(self) -> int:
        with self.lock:
            return self.storage_bytes - sum(self.media.values())

    # -- schedule ------------------------------------------------------------------------
    def replace_schedule(self, schedule: dict[str, Any]) -> int:
        """Idempotent: the same or an older version changes nothing."""
        with self.lock:
            version = int(schedule.get("version", 0))
            if version > int(self.schedule.get("version", 0)):
                self.schedule = schedule
                self.schedule_applied.append(version)
            return int(self.schedule["version"])

    def occurrences(self, day_from: dt.datetime, day_to: dt.datetime) -> list[Occurrence]:
        """Scheduled plays with a start in [day_from, day_to)."""
        out: list[Occurrence] = []
        with self.lock:
            entries = list(self.schedule.get("entries", []))
        for entry in entries:
            try:
                start = dt.datetime.fromisoformat(entry["start"])
            except (KeyError, ValueError):
                continue
            if start.tzinfo is None:
                start = start.replace(tzinfo=ICT)
            repeat = str(entry.get("repeat") or "once")
            durations = [float(d) for d in entry.get("durations") or []]
            starts: list[dt.datetime] = []
            if repeat in ("once", "now"):
                starts = [start]
            else:  # daily / weekdays / weekly: the same wall-clock time on each matching day
                local_from = day_from.astimezone(ICT).date() - dt.timedelta(days=1)
                end = str(entry.get("end_date") or "")
                skip = {str(v) for v in entry.get("skip") or []}
                clock = start.astimezone(ICT).timetz()
                for n in range((day_to - day_from).days + 3):
                    day = local_from + dt.timedelta(days=n)
                    if day < start.astimezone(ICT).date() or (end and day.isoformat() > end):
                        continue
                    weekdays = entry.get("weekdays") or []
                    if repeat == "weekly" and weekdays and day.isoweekday() not in weekdays:
                        continue
                    if repeat == "weekdays" and day.isoweekday() > 5:
                        continue
                    airing = f"{day.isoformat()}T{clock.strftime('%H:%M')}"
                    if day.isoformat() in skip or airing in skip:
                        continue
                    starts.append(dt.datetime.combine(day, clock))
            for moment in starts:
                if day_from <= moment < day_to:
                    out.append(Occurrence(
                        str(entry.get("id")), moment, list(entry.get("media") or []),
                        durations, str(entry.get("priority") or "normal"), entry.get("title"),
                        entry.get("stream")))
        return out

    # -- player --------------------------------------------------------------------------
    def tick(self, now: dt.datetime) -> None:
        """Play what is due; an emergency pre-empts the schedule until stopped."""
        with self.lock:
            if self._playing_until is not None and now >= self._playing_until:
                self._playing_until = None
                self.now_playing = None
            if self.emergency is not None:
                self.now_playing = self.emergency.get("title") or "emergency"
                return
            due = self.occurrences(max(self._since, now - dt.timedelta(minutes=5)), now)
            for occ in due:
                key = (occ.entry_id, occ.start.isoformat())
                if key in self._done:
                    continue
                self._done.add(key)
                self._play(occ)
            self._since = max(self._since, now - dt.timedelta(minutes=5))

    def _play(self, occ: Occurrence) -> None:
        at = occ.start
        if occ.stream:  # a relay plays for its length whatever the device holds
            at += dt.timedelta(seconds=occ.durations[0] if occ.durations else DEFAULT_PLAY_S)
            self.play_log.append({"entry_id": occ.entry_id, "sha256": None,
                                  "stream": occ.stream, "started_at": iso(occ.start),
                                  "ended_at": iso(at), "result": "success"})
        for i, sha in enumerate(occ.media):
            length = occ.durations[i] if i < len(occ.durations) else DEFAULT_PLAY_S
            held = sha in self.media
            ended = at + dt.timedelta(seconds=length if held else 0)
            self.play_log.append({
                "entry_id": occ.entry_id, "sha256": sha, "started_at": iso(at),
                "ended_at": iso(ended), "result": "success" if held else "failed",
            })
            at = ended
        self.now_playing = occ.title or occ.entry_id
        self.titles_played.append(self.now_playing)
        self._playing_until = at

    def log_since(self, since: dt.datetime | None) -> list[dict[str, Any]]:
        with self.lock:
            rows = list(self.play_log)
        if since is None:
            return rows
        return [r for r in rows if dt.datetime.fromisoformat(r["started_at"]) >= since]

    # -- commands ------------------------------------------------------------------------
    def command(self, cmd: dict[str, Any]) -> dict[str, Any]:
        """Idempotent by id: a repeated command answers what it answered the first time."""
        with self.lock:
            ident = str(cmd.get("id") or "")
            if ident:
                self.command_calls[ident] = self.command_calls.get(ident, 0) + 1
            if ident and ident in self.commands:
                return self.commands[ident]
            kind = cmd.get("type")
            now = now_utc()
            if kind == "set_volume":
                self.volume = max(0, min(10, int(cmd.get("volume", self.volume))))
            elif kind == "stop":
                self.now_playing, self._playing_until = None, None
            elif kind == "play_now":
                media = list(cmd.get("media") or [])
                self._play(Occurrence(ident or "play_now", now, media,
                                      list(cmd.get("durations") or []), "normal", cmd.get("title")))
            elif kind == "emergency_start":
                self.emergency = {"id": ident, "title": cmd.get("title") or cmd.get("text"),
                                  "media": list(cmd.get("media") or []), "started_at": now}
                self.now_playing = self.emergency["title"] or "emergency"
            elif kind == "emergency_stop":
                if self.emergency is not None:
                    started = self.emergency["started_at"]
                    for sha in self.emergency["media"] or [""]:
                        self.play_log.append({
                            "entry_id": self.emergency["id"], "sha256": sha or None,
                            "started_at": iso(started), "ended_at": iso(now),
                            "result": "success"})
                self.emergency, self.now_playing = None, None
            else:
                return {"id": ident, "accepted": False, "error": f"unknown command {kind!r}"}
            answer = {"id": ident, "accepted": True, "type": kind}
            if ident:
                self.commands[ident] = answer
            return answer

    def status(self) -> dict[str, Any]:
        with self.lock:
            playing = self.emergency is not None or self.now_playing is not None
            return {
                "device_id": self.device_id, "name": self.name, "firmware": self.firmware,
                "status": "playing" if playing else "idle", "volume": self.volume,
                "now_playing": self.now_playing, "storage_free": self.storage_free(),
                "schedule_version": int(self.schedule.get("version", 0)),
                "clock": iso(self.clock()), "emergency": self.emergency is not None,
            }
