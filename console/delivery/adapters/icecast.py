"""Live audio, relays and emergency takeover through an Icecast server (contracts §3).

The target's address is the server's base URL (http://host:8000); its options name the
normal mount (`mount`, e.g. /xa.mp3, where clusters and web listeners tune in) and the
emergency mount (`emergency_mount`, e.g. /khancap.mp3). The keyring key is the source
password ("password" or "user:password"; the user defaults to "source").

How a stream gets there: the console is an Icecast *source client*. It opens an HTTP
`PUT <mount>` with Basic auth, `Content-Type: audio/mpeg`, `Ice-Name`/`Ice-Description`/
`Ice-Public` headers and `Expect: 100-continue`; Icecast answers `100 Continue` then
`200 OK` (401: wrong password, 403: the mount is already in use) and from then on takes
the raw MP3 bytes until the connection closes. No chunked encoding, no Content-Length.
Icecast relays what it gets as it gets it, so the bytes must come at the real-time rate
(ffmpeg `-re` encodes the file at playback speed); a source that sends nothing for
<source-timeout> seconds is dropped.

Emergency takeover needs the server configured so (docs/delivery.md):

    <mount><mount-name>/khancap.mp3</mount-name>
           <fallback-mount>/xa.mp3</fallback-mount>
           <fallback-override>1</fallback-override></mount>

When the console's emergency source connects to /khancap.mp3, Icecast moves every
listener of /xa.mp3 onto it at once; when the source leaves, they fall back to /xa.mp3.
A listener that connects to /xa.mp3 *during* an emergency hears the normal programme,
so clusters tune to the emergency mount: between emergencies it plays /xa.mp3 through the
fallback, and one that reconnects during an emergency hears the alert (docs/delivery.md,
"Icecast mount layout"). `check_layout()` verifies that on the server (`doctor`).

Streams run in keeper processes of their own (console/delivery/icecast_keeper.py), so an
emergency started from the command line stays on air after the command returns, and one
started from the window outlives the window; `emergency_stop` / `stop` end them, from
any console process on the same data folder. Ice-Name goes in the mount's charset
(`charset` option, ISO-8859-1 by default, as Icecast reads it). Metadata goes through
/admin/metadata with charset=UTF-8 (the keeper sends it after every (re)connect), or Icecast
stores Vietnamese titles as Latin-1 mojibake;
status-json.xsl returns them as HTML entities.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from ...paths import DataPaths
from ...text.translatable import QT_TRANSLATE_NOOP
from ..icecast_keeper import (
    KeptStream,
    SourceStream,
    StreamOffline,
    StreamRefused,
    kept_stream,
    spawn_keeper,
    stop_kept,
)
from ..job_reason import command_name
from .base import (
    DeliveryError,
    DeviceAdapter,
    DeviceStatus,
    PlayRecord,
    TargetOffline,
    TargetRefused,
)
from .http import device_session

log = logging.getLogger(__name__)

MAX_STREAM_S = 24 * 3600  # a looping (emergency) stream ends by itself after a day
ALERT_TONE = "sine=frequency=880:beep_factor=4:sample_rate=44100"  # when no voice exists


class IcecastAdapter(DeviceAdapter):
    protocol = "icecast"
    has_play_log = False
    relays_now = True  # the keeper pulls the stream and sends it on to the mount
    sets_volume = False  # each listener sets its own
    audio_format = "mp3"  # re-encoded into the stream as it goes out

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.base = self.target.address.rstrip("/")
        opts = self.target.options
        self.mount = str(opts.get("mount") or "")
        if not self.mount.startswith("/"):
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target}: an Icecast target needs "
                                                  "mount=/… in its options"),
                                target=self.target.id)
        self.emergency_mount = str(opts.get("emergency_mount") or "")
        user, sep, password = (self.key or "").partition(":")
        if not sep:
            user, password = str(opts.get("source_user") or "source"), self.key or ""
        self.user, self.password = user, password
        self.bitrate = int(opts.get("bitrate") or 64)
        self.charset = str(opts.get("charset") or "ISO-8859-1")
        self.tls_pin = self.target.options.get("tls_pin")
        self.http = device_session(self.base, self.tls_pin)

    # -- no storage, no schedule: the console streams at air time -----------------------
    def has_media(self, sha256: str) -> bool:
        return True

    def push_media(self, sha256: str) -> int:
        return 0

    def ensure_media(self, shas: list[str]) -> int:
        return 0

    def push_schedule(self, schedule: dict[str, Any]) -> int:
        self.status_json()  # the server must at least be there
        return int(schedule.get("version", 0))

    # -- streams -------------------------------------------------------------------------
    def _inputs(self, command: dict[str, Any]) -> list[str]:
        inputs = [str(self.local_file(sha)) for sha in command.get("media") or []]
        if command.get("stream_url"):
            inputs = [str(command["stream_url"])]  # a relay (tiếp sóng)
        return inputs

    @property
    def streams_dir(self) -> Path:
        """Where the keepers of this station's streams leave their files."""
        return DataPaths(Path(self.media.root).parent).streams

    def running(self, mount: str) -> KeptStream | None:
        return kept_stream(self.streams_dir, self.base, mount)

    def start_stream(self, mount: str, inputs: list[str], title: str, *, loop: bool,
                     description: str = "", tag: str = "", max_s: float = 0.0
                     ) -> KeptStream:
        """Hand the stream to a keeper process; returns once Icecast took the source."""
        stop_kept(self.streams_dir, self.base, mount)  # a new play replaces the old one
        request = {"base": self.base, "mount": mount, "user": self.user,
                   "password": self.password, "inputs": inputs, "loop": loop,
                   "bitrate": self.bitrate, "title": title[:200],
                   "description": description[:200], "charset": self.charset, "tag": tag,
                   "tls_pin": self.tls_pin,
                   "max_s": MAX_STREAM_S if loop else max_s}
        try:
            kept = spawn_keeper(self.streams_dir, request, timeout_s=max(20.0, self.timeout_s))
        except StreamRefused as exc:
            raise TargetRefused(exc.message, **exc.params) from exc
        except StreamOffline as exc:
            raise TargetOffline(exc.message, **exc.params) from exc
        return kept  # the keeper has set the title (and sets it again after a reconnect)

    def start_live(self, pcm: str, title: str) -> SourceStream:
        """Live sound (a `pcm_input()`, fed by the caller) on the normal mount, streamed
        from this process: it ends with the program that captures it, unlike the kept
        streams. What was playing there now (a play-now, a relay) is stopped first."""
        stop_kept(self.streams_dir, self.base, self.mount)
        stream = SourceStream(self.base, self.mount, self.user, self.password, [pcm],
                              loop=False, bitrate=self.bitrate, name=title[:200],
                              charset=self.charset, tls_pin=self.tls_pin)
        try:
            stream.start()
        except StreamRefused as exc:
            raise TargetRefused(exc.message, **exc.params) from exc
        except StreamOffline as exc:
            raise TargetOffline(exc.message, **exc.params) from exc
        stream.announce_title()
        return stream

    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        kind = command.get("type")
        title = str(command.get("title") or command.get("text") or "")[:200]
        if kind == "emergency_start":
            if not self.emergency_mount:
                raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target}: no emergency_mount "
                                                      "in its options"), target=self.target.id)
            tag = str(command.get("emergency_id") or command.get("id") or "")
            running = self.running(self.emergency_mount)
            if running is None or running.tag != tag:  # a retry keeps the running source
                inputs = self._inputs(command) or [f"lavfi:{ALERT_TONE}"]
                self.start_stream(self.emergency_mount, inputs, title, loop=True,
                                  description=str(command.get("text") or "")[:200], tag=tag)
        elif kind == "play_now":
            inputs = self._inputs(command)
            if not inputs:
                raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "nothing to stream: choose a "
                                                      "sound file or a relay URL"))
            # A relay (a live stream has no end of its own) for its length; a file to its end.
            relay_s = (float((command.get("durations") or [0.0])[0] or 0.0)
                       if command.get("stream_url") else 0.0)
            self.start_stream(self.mount, inputs, title, loop=False, max_s=relay_s)
        elif kind == "emergency_stop":
            stop_kept(self.streams_dir, self.base, self.emergency_mount)
        elif kind == "stop":
            stop_kept(self.streams_dir, self.base, self.mount)
        else:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "an Icecast stream cannot "
                                                  "{command}"), command=command_name(kind))
        return {"id": command.get("id"), "accepted": True, "type": kind}

    # -- status --------------------------------------------------------------------------
    def status_json(self) -> dict[str, dict[str, Any]]:
        """Mount → its stats (listeners, title, …), titles with HTML entities undone."""
        for attempt in range(3):
            try:
                resp = self.http.get(f"{self.base}/status-json.xsl", timeout=self.timeout_s)
            except requests.RequestException as exc:
                raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "the Icecast server {address} "
                                                      "does not answer"),
                                    address=self.base) from exc
            if resp.status_code != 200:
                raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "Icecast's status answered "
                                                      "HTTP {status}"), status=resp.status_code)
            try:
                stats = resp.json().get("icestats", {})
                break
            except ValueError:
                # Icecast 2.4 writes broken JSON while its statistics are being filled in
                # (just after it starts, or a source comes or goes): ask again shortly.
                if attempt == 2:
                    raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "Icecast's status is not "
                                                          "JSON: {answer}"),
                                        answer=repr(resp.text[:200])) from None

                time.sleep(0.2)
        sources = stats.get("source") or []
        if isinstance(sources, dict):
            sources = [sources]
        mounts = {}
        for source in sources:
            if not any(k in source for k in ("stream_start", "stream_start_iso8601",
                                             "server_type")):
                continue  # what a source leaves behind for a moment after it disconnects
            mount = urlsplit(str(source.get("listenurl") or "")).path
            mounts[mount] = {k: html.unescape(v) if isinstance(v, str) else v
                             for k, v in source.items()}
        return mounts

    def status(self) -> DeviceStatus:
        try:
            mounts = self.status_json()
        except DeliveryError as exc:
            return DeviceStatus(online=False, status="offline", detail=str(exc))
        main = mounts.get(self.mount)
        urgent = mounts.get(self.emergency_mount) if self.emergency_mount else None
        live = urgent or main
        listeners = sum(int(m.get("listeners") or 0) for m in (main, urgent) if m)
        return DeviceStatus(
            online=True, status="playing" if live else "online",
            now_playing=str(live.get("title") or live.get("server_name") or "") if live
            else None,
            clock=dt.datetime.now(dt.UTC),
            detail=f"{listeners} listener(s); "
                   + ("emergency mount on air" if urgent else
                      "normal mount on air" if main else "no source connected"))

    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]:
        return []  # Icecast keeps no log of what was streamed: inferred from status

    # -- the server's mount layout (doctor) ----------------------------------------------
    def check_layout(self) -> tuple[str, str]:
        """("ok" | "warn" | "fail", why): do clusters tuned to the emergency mount hear the
        normal programme between emergencies, and the alert during one?

        Icecast does not show its mount configuration, so this listens: with the normal
        mount on air, a listener of the emergency mount must get audio (fallback-mount).
        With nothing on air, a few seconds of silence go to the normal mount and then to the
        emergency mount, and the listener must be moved onto it (fallback-override).
        """
        urgent, main = self.emergency_mount, self.mount
        fix = (f"icecast.xml needs <mount><mount-name>{urgent}</mount-name><fallback-mount>"
               f"{main}</fallback-mount><fallback-override>1</fallback-override></mount>")
        if not urgent:
            return "fail", (f"{self.target.id}: no emergency_mount option: an emergency "
                            "cannot take over the clusters")
        try:
            mounts = self.status_json()
        except DeliveryError as exc:
            return "warn", f"{self.target.id}: not checked: {exc}"
        if urgent in mounts:
            return "warn", f"{self.target.id}: not checked: an emergency is on air on {urgent}"
        if main in mounts:
            with _Listener(f"{self.base}{urgent}") as listener:
                heard = listener.wait_audio(5.0)
            if not heard:
                return "fail", (f"{self.target.id}: a listener of {urgent} hears nothing while "
                                f"{main} is on air ({listener.problem}); {fix}")
            return "ok", (f"{self.target.id}: {urgent} plays {main} between emergencies "
                          "(fallback-override is checked when nothing is on air)")
        return self._probe_idle(urgent, main, fix)

    def _probe_idle(self, urgent: str, main: str, fix: str) -> tuple[str, str]:
        silence = ["lavfi:anullsrc=r=44100:cl=mono"]
        normal = SourceStream(self.base, main, self.user, self.password, silence, loop=True,
                              bitrate=32, name="commune-console doctor", charset=self.charset)
        alert = SourceStream(self.base, urgent, self.user, self.password, silence, loop=True,
                             bitrate=32, name="commune-console doctor", charset=self.charset)
        try:
            normal.start()
        except (StreamRefused, StreamOffline) as exc:
            return "fail", f"{self.target.id}: the console cannot stream to {main}: {exc}"
        try:
            with _Listener(f"{self.base}{urgent}") as listener:
                if not listener.wait_audio(5.0):
                    return "fail", (f"{self.target.id}: {urgent} does not fall back to {main}:"
                                    f" clusters tuned to it hear nothing between emergencies "
                                    f"({listener.problem}); {fix}")
                try:
                    alert.start()
                except (StreamRefused, StreamOffline) as exc:
                    return "fail", (f"{self.target.id}: the console cannot stream to "
                                    f"{urgent}: {exc}")
                moved = _wait(lambda: int((self.status_json().get(urgent) or {}).get(
                    "listeners") or 0) >= 1, 5.0)
                if not moved:
                    return "fail", (f"{self.target.id}: an emergency on {urgent} does not reach "
                                    f"listeners already on {main} (no fallback-override); "
                                    f"{fix}")
        finally:
            alert.stop()
            normal.stop()
        return "ok", (f"{self.target.id}: clusters tuned to {urgent} hear {main} between "
                      "emergencies and the alert during one")


def _wait(predicate: Any, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except DeliveryError:
            pass
        time.sleep(0.2)
    return False


class _Listener:
    """A short listener (the doctor's ear) that keeps reading so Icecast keeps it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.audio = 0
        self.problem = "no answer"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="icecast-listen")

    def _run(self) -> None:
        try:
            with requests.get(self.url, stream=True, timeout=5) as resp:
                if resp.status_code != 200:
                    self.problem = f"HTTP {resp.status_code}"
                    return
                for chunk in resp.iter_content(4096):
                    self.audio += len(chunk)
                    if self._stop.is_set():
                        return
        except requests.RequestException as exc:
            self.problem = type(exc).__name__

    def wait_audio(self, timeout_s: float) -> bool:
        return _wait(lambda: self.audio > 0, timeout_s)

    def __enter__(self) -> _Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(6)
