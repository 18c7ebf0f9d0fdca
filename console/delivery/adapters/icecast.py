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

Streams run in background threads owned by this module (one per server and mount), so a
later job (emergency stop) can end what an earlier one started; `stop_all_streams()` ends
them at exit. Metadata goes through /admin/metadata with charset=UTF-8, or Icecast stores
Vietnamese titles as Latin-1 mojibake; status-json.xsl returns them as HTML entities.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import datetime as dt
import html
import logging
import os
import socket
import ssl
import subprocess
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import requests

from ...audio.ffmpeg import ffmpeg_path
from ...tlspin import wrap_socket
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

CONNECT_TIMEOUT_S = 5.0
ALERT_TONE = "sine=frequency=880:beep_factor=4:sample_rate=44100"  # when no voice exists


class SourceStream:
    """One source connection: ffmpeg encodes at real-time rate, a thread pumps the bytes."""

    def __init__(self, base: str, mount: str, user: str, password: str,
                 inputs: list[str], *, loop: bool, bitrate: int = 64,
                 name: str = "", description: str = "", tls_pin: str | None = None) -> None:
        parts = urlsplit(base)
        self.host = parts.hostname or "127.0.0.1"
        self.tls = parts.scheme == "https"  # the password then travels encrypted
        self.tls_pin = tls_pin
        self.port = parts.port or (443 if self.tls else 80)
        self.mount = mount
        self._auth = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.inputs = inputs
        self.loop = loop
        self.bitrate = bitrate
        self.name = name
        self.description = description
        self.bytes_sent = 0
        self.tag = ""  # what it plays (the emergency id): a retry keeps the same stream
        self.started_at: float | None = None
        self.error: str | None = None
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def _command(self) -> list[str]:
        cmd = [str(ffmpeg_path()), "-nostdin", "-hide_banner", "-loglevel", "error", "-re"]
        for source in self.inputs:
            if source.startswith("lavfi:"):
                cmd += ["-f", "lavfi", "-i", source[6:]]
            else:
                cmd += (["-stream_loop", "-1"] if self.loop else []) + ["-i", source]
        if len(self.inputs) > 1:
            chain = "".join(f"[{i}:a]" for i in range(len(self.inputs)))
            cmd += ["-filter_complex", f"{chain}concat=n={len(self.inputs)}:v=0:a=1[a]",
                    "-map", "[a]"]
        cmd += ["-vn", "-ac", "1", "-ar", "44100", "-c:a", "libmp3lame",
                "-b:a", f"{self.bitrate}k", "-f", "mp3", "pipe:1"]
        return cmd

    def _handshake(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT_S)
        except OSError as exc:
            raise TargetOffline(f"the Icecast server {self.host}:{self.port} does not answer"
                                ) from exc
        if self.tls:
            try:
                sock = wrap_socket(sock, self.host, fingerprint=self.tls_pin,
                                   cafile=os.environ.get("REQUESTS_CA_BUNDLE") or None)
            except ssl.SSLError as exc:
                sock.close()
                raise TargetRefused(f"the certificate of the Icecast server {self.host} "
                                    f"was not accepted: {exc}") from exc
        headers = [
            f"PUT {self.mount} HTTP/1.1", f"Host: {self.host}:{self.port}",
            f"Authorization: Basic {self._auth}", "User-Agent: commune-console",
            "Content-Type: audio/mpeg", "Ice-Public: 0", f"Ice-Bitrate: {self.bitrate}",
            f"Ice-Name: {self.name}", f"Ice-Description: {self.description}",
            "Expect: 100-continue"]
        sock.sendall(("\r\n".join(headers) + "\r\n\r\n").encode("utf-8"))
        answer = b""
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while time.monotonic() < deadline:  # "100 Continue" and/or "200 OK"
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
            lines = [line for line in answer.split(b"\r\n") if line.startswith(b"HTTP/")]
            codes = [int(line.split()[1]) for line in lines if len(line.split()) > 1]
            if any(code >= 200 for code in codes) or (codes and b"\r\n\r\n" in answer
                                                      and codes[-1] == 100):
                break
        codes = [int(line.split()[1]) for line in answer.split(b"\r\n")
                 if line.startswith(b"HTTP/") and len(line.split()) > 1]
        final = next((c for c in codes if c >= 200), 100 if codes else 0)
        if final in (100, 200):
            sock.settimeout(30.0)  # a stalled server ends the stream, a slow one does not
            return sock
        sock.close()
        reason = answer.split(b"\r\n\r\n", 1)[-1].decode("utf-8", "replace").strip()
        if final == 401:
            raise TargetRefused(f"Icecast refused the source password for {self.mount}")
        if final == 403:
            raise TargetRefused(f"Icecast refused the source on {self.mount}: "
                                f"{reason or 'mount in use'}")
        raise TargetOffline(f"Icecast answered {final or 'nothing'} for {self.mount}")

    def start(self) -> SourceStream:
        """Returns once Icecast accepted the source and the first audio is on its way."""
        self._sock = self._handshake()
        try:
            self._proc = subprocess.Popen(self._command(), stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL)
        except OSError as exc:
            self._sock.close()
            raise DeliveryError(f"ffmpeg could not start: {exc}") from exc
        self.started_at = time.monotonic()
        self._thread = threading.Thread(target=self._pump, name=f"icecast{self.mount}",
                                        daemon=True)
        self._thread.start()
        return self

    def _pump(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        sock = self._sock
        try:
            while not self._stop.is_set():
                data = self._proc.stdout.read1(8192)  # type: ignore[attr-defined]
                if not data:
                    break  # the file ended (play now) or ffmpeg died
                assert sock is not None
                sock.sendall(data)
                self.bytes_sent += len(data)
        except (OSError, ValueError) as exc:  # ValueError: stdout closed by stop()
            if not self._stop.is_set():
                self.error = f"the source connection to {self.mount} broke: {exc}"
                log.warning(self.error)
        finally:
            self._close()

    def _close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()
            with contextlib.suppress(subprocess.SubprocessError):
                proc.wait(5)
            if proc.stdout is not None:
                proc.stdout.close()
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        self._close()  # unblocks the pump (stdout closes, the socket dies)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


_streams: dict[tuple[str, str], SourceStream] = {}
_streams_lock = threading.Lock()


def running_stream(base: str, mount: str) -> SourceStream | None:
    with _streams_lock:
        stream = _streams.get((base, mount))
    return stream if stream is not None and stream.alive else None


def stop_stream(base: str, mount: str) -> bool:
    with _streams_lock:
        stream = _streams.pop((base, mount), None)
    if stream is None:
        return False
    stream.stop()
    return True


def stop_all_streams() -> None:
    with _streams_lock:
        streams = list(_streams.values())
        _streams.clear()
    for stream in streams:
        stream.stop()


atexit.register(stop_all_streams)


class IcecastAdapter(DeviceAdapter):
    protocol = "icecast"
    has_play_log = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.base = self.target.address.rstrip("/")
        opts = self.target.options
        self.mount = str(opts.get("mount") or "")
        if not self.mount.startswith("/"):
            raise TargetRefused(f"{self.target.id}: an Icecast target needs mount=/… "
                                "in its options")
        self.emergency_mount = str(opts.get("emergency_mount") or "")
        user, sep, password = (self.key or "").partition(":")
        if not sep:
            user, password = str(opts.get("source_user") or "source"), self.key or ""
        self.user, self.password = user, password
        self.bitrate = int(opts.get("bitrate") or 64)
        self.http = device_session(self.base, self.target.options.get("tls_pin"))

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

    def start_stream(self, mount: str, inputs: list[str], title: str, *, loop: bool,
                     description: str = "", tag: str = "") -> SourceStream:
        stop_stream(self.base, mount)  # a new play replaces the old one on that mount
        stream = SourceStream(self.base, mount, self.user, self.password, inputs, loop=loop,
                              bitrate=self.bitrate, name=title[:200],
                              description=description[:200],
                              tls_pin=self.target.options.get("tls_pin"))
        stream.tag = tag
        stream.start()
        with _streams_lock:
            _streams[(self.base, mount)] = stream
        if title:
            try:
                self.set_title(mount, title)
            except DeliveryError as exc:  # the audio matters more than its title
                log.warning("title of %s not set: %s", mount, exc)
        return stream

    def set_title(self, mount: str, title: str) -> None:
        """Icecast stores the title as sent: charset=UTF-8 makes Vietnamese arrive intact."""
        try:
            resp = self.http.get(f"{self.base}/admin/metadata", auth=(
                self.user.encode("utf-8"), self.password.encode("utf-8")),
                params={"mount": mount, "mode": "updinfo", "charset": "UTF-8", "song": title},
                timeout=self.timeout_s)
        except requests.RequestException as exc:
            raise TargetOffline(f"the Icecast server at {self.base} does not answer") from exc
        if resp.status_code in (401, 403):
            raise TargetRefused(f"Icecast refused the metadata update on {mount}")
        if resp.status_code != 200:
            raise DeliveryError(f"metadata update on {mount} answered {resp.status_code}")

    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        kind = command.get("type")
        title = str(command.get("title") or command.get("text") or "")[:200]
        if kind == "emergency_start":
            if not self.emergency_mount:
                raise TargetRefused(f"{self.target.id}: no emergency_mount in its options")
            tag = str(command.get("emergency_id") or command.get("id") or "")
            running = running_stream(self.base, self.emergency_mount)
            if running is None or running.tag != tag:  # a retry keeps the running source
                inputs = self._inputs(command) or [f"lavfi:{ALERT_TONE}"]
                self.start_stream(self.emergency_mount, inputs, title, loop=True,
                                  description=str(command.get("text") or "")[:200], tag=tag)
        elif kind == "play_now":
            inputs = self._inputs(command)
            if not inputs:
                raise TargetRefused("nothing to stream: choose a sound file or a relay URL")
            self.start_stream(self.mount, inputs, title, loop=False)
        elif kind == "emergency_stop":
            stop_stream(self.base, self.emergency_mount)
        elif kind == "stop":
            stop_stream(self.base, self.mount)
        else:
            raise TargetRefused(f"an Icecast stream cannot {kind}")
        return {"id": command.get("id"), "accepted": True, "type": kind}

    # -- status --------------------------------------------------------------------------
    def status_json(self) -> dict[str, dict[str, Any]]:
        """Mount → its stats (listeners, title, …), titles with HTML entities undone."""
        for attempt in range(3):
            try:
                resp = self.http.get(f"{self.base}/status-json.xsl", timeout=self.timeout_s)
            except requests.RequestException as exc:
                raise TargetOffline(f"the Icecast server at {self.base} does not answer"
                                    ) from exc
            if resp.status_code != 200:
                raise TargetOffline(f"Icecast status answered {resp.status_code}")
            try:
                stats = resp.json().get("icestats", {})
                break
            except ValueError:
                # Icecast 2.4 writes broken JSON while its statistics are being filled in
                # (just after it starts, or a source comes or goes): ask again shortly.
                if attempt == 2:
                    raise DeliveryError(f"Icecast's status is not JSON: {resp.text[:200]!r}"
                                        ) from None
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
