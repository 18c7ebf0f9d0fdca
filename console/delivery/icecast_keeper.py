"""Icecast source streams that outlive the command that started them.

An emergency started from the command line must stay on air after `emergency start`
returns, and one started from the window must not end when the window closes. So every
stream runs in a small process of its own, the *keeper*: the console's own executable with a
hidden first argument (`--keep-icecast-source`) when frozen, `python -m` of this module
otherwise. It reads its request (server, mount, password, inputs) as JSON on stdin, answers
one JSON line on stdout once Icecast accepted the source (or why not), and then streams until
it is told to stop, reconnecting with back-off when the link or the server drops it.

The keeper is owned by the data folder, not by a process: `streams/<key>.json` says what it
plays (server, mount, tag, pid), and `streams/<key>.lock` is locked by it for as long as it
runs (the OS drops the lock if it dies, so a stale file is never mistaken for a live stream).
Any console process on that folder stops it by creating `streams/<key>.stop`; after a grace
period the process is killed. Children never open a console window on Windows.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import logging
import os
import queue
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..text.translatable import QT_TRANSLATE_NOOP, ExplainedError, Reason

log = logging.getLogger(__name__)

KEEPER_ARG = "--keep-icecast-source"
CONNECT_TIMEOUT_S = 5.0
STOP_POLL_S = 0.1
MAX_BACKOFF_S = 10.0
STOP_GRACE_S = 8.0


# An input of live sound: "pcm:<rate>:<channels>:<int16|int32|float>", read from stdin.
PCM_INPUT = "pcm:"
LIVE_QUEUE_CHUNKS = 400  # some 20 s of 50 ms chunks waiting for the pipe, at most
_PCM_CODECS = {"int16": "s16le", "int32": "s32le", "float": "f32le"}


def pcm_input(rate: int, channels: int, sample_format: str) -> str:
    """The input that says live PCM of this format comes through feed()."""
    if sample_format not in _PCM_CODECS:
        raise ValueError(f"unknown sample format {sample_format!r}")
    return f"{PCM_INPUT}{int(rate)}:{int(channels)}:{sample_format}"


def pcm_input_args(source: str) -> list[str]:
    rate, channels, sample_format = source[len(PCM_INPUT):].split(":")
    # No probing: ffmpeg would otherwise wait for seconds of sound before the first frame.
    return ["-probesize", "32", "-analyzeduration", "0", "-f", _PCM_CODECS[sample_format],
            "-ar", str(int(rate)), "-ac", str(int(channels)), "-i", "pipe:0"]


class StreamError(ExplainedError):
    """Why the stream could not go on (its reason, as a delivery error carries it)."""


class StreamRefused(StreamError):
    """Icecast said no (password, mount in use): retrying will not help by itself."""


class StreamOffline(StreamError):
    """The server does not answer or broke the connection: worth retrying."""


# -- what Icecast reads ------------------------------------------------------------------
def ice_header_text(text: str, charset: str = "ISO-8859-1") -> bytes:
    """An Ice-Name/Ice-Description value in the mount's charset.

    Icecast reads these headers in the mount's `<charset>` (ISO-8859-1 unless configured):
    raw UTF-8 arrives as mojibake. In Latin-1, what it cannot hold goes as numeric character
    references, as Icecast itself writes such text in its in-stream titles.
    """
    text = " ".join(text.split())  # no CR/LF in a header
    if charset.replace("-", "").replace("_", "").lower() == "utf8":
        return text.encode("utf-8")
    return text.encode("latin-1", "xmlcharrefreplace")


def read_header_text(value: str) -> str:
    """What a status page gives back for such a header, as the operator wrote it."""
    return html.unescape(value)


# -- one source connection ---------------------------------------------------------------
class SourceStream:
    """One source connection: ffmpeg encodes at real-time rate, a thread pumps the bytes."""

    def __init__(self, base: str, mount: str, user: str, password: str,
                 inputs: list[str], *, loop: bool, bitrate: int = 64,
                 name: str = "", description: str = "", charset: str = "ISO-8859-1",
                 ffmpeg: str | None = None, tls_pin: str | None = None) -> None:
        parts = urlsplit(base)
        self.tls = parts.scheme == "https"  # the password then travels encrypted
        self.tls_pin = tls_pin
        self.base = base.rstrip("/")
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (443 if self.tls else 80)
        self.mount = mount
        self._auth = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.inputs = inputs
        self.loop = loop
        self.bitrate = bitrate
        self.name = name
        self.description = description
        self.charset = charset
        self.ffmpeg = ffmpeg
        self.bytes_sent = 0
        self.started_at: float | None = None
        self.error: str | None = None
        self.ended = False  # the input came to its end (a play-now file)
        self._sock: socket.socket | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        # A live input (PCM_INPUT): the sound as it is captured, written to ffmpeg's stdin
        # by a thread of its own, so that feed() never waits for the pipe.
        self.live = any(source.startswith(PCM_INPUT) for source in inputs)
        self._pcm: queue.Queue[bytes | None] = queue.Queue(LIVE_QUEUE_CHUNKS)
        self.dropped = 0  # chunks of live sound dropped because the pipe fell behind

    def announce_title(self) -> None:
        """The mount's title (in-stream and on the status page), through /admin/metadata
        with charset=UTF-8 so that Vietnamese arrives intact. Icecast forgets it whenever
        the source reconnects, so the keeper sends it after every start. The audio matters
        more: a refusal is logged, not raised."""
        if not self.name:
            return
        import requests

        from .adapters.http import device_session  # verified or pinned as the adapter's

        try:
            with device_session(self.base, self.tls_pin) as http:
                resp = http.get(f"{self.base}/admin/metadata",
                                headers={"Authorization": f"Basic {self._auth}",
                                         "User-Agent": "commune-console"},
                                params={"mount": self.mount, "mode": "updinfo",
                                        "charset": "UTF-8", "song": self.name},
                                timeout=CONNECT_TIMEOUT_S)
            if resp.status_code != 200:
                log.warning("title of %s not set: Icecast answered %s", self.mount,
                            resp.status_code)
        except (requests.RequestException, OSError, ValueError) as exc:
            log.warning("title of %s not set: %s", self.mount, exc)

    def _command(self) -> list[str]:
        if self.ffmpeg is None:
            from ..audio.ffmpeg import ffmpeg_path

            self.ffmpeg = str(ffmpeg_path())
        cmd = [self.ffmpeg, "-hide_banner", "-loglevel", "error"]
        if not self.live:  # files at playback speed; live sound comes at its own pace
            cmd[1:1] = ["-nostdin"]
            cmd += ["-re"]
        for source in self.inputs:
            if source.startswith(PCM_INPUT):
                cmd += pcm_input_args(source)
            elif source.startswith("lavfi:"):
                cmd += ["-f", "lavfi", "-i", source[6:]]
            else:
                cmd += (["-stream_loop", "-1"] if self.loop else []) + ["-i", source]
        if len(self.inputs) > 1:
            chain = "".join(f"[{i}:a]" for i in range(len(self.inputs)))
            cmd += ["-filter_complex", f"{chain}concat=n={len(self.inputs)}:v=0:a=1[a]",
                    "-map", "[a]"]
        cmd += ["-vn", "-ac", "1", "-ar", "44100", "-c:a", "libmp3lame",
                "-b:a", f"{self.bitrate}k"]
        if self.live:  # each frame out as it is made: ffmpeg's 32 KB buffer is 4 s at 64k
            cmd += ["-flush_packets", "1"]
        cmd += ["-f", "mp3", "pipe:1"]
        return cmd

    def _handshake(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT_S)
        except OSError as exc:
            raise StreamOffline(QT_TRANSLATE_NOOP("Errors", "the Icecast server {address} does "
                                                  "not answer"),
                                address=f"{self.host}:{self.port}") from exc
        if self.tls:
            from ..tlspin import wrap_socket

            try:
                sock = wrap_socket(sock, self.host, fingerprint=self.tls_pin,
                                   cafile=os.environ.get("REQUESTS_CA_BUNDLE") or None)
            except ssl.SSLError as exc:
                sock.close()
                raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "the certificate of the Icecast "
                                                      "server {host} was not accepted: {error}"),
                                    host=self.host, error=str(exc)) from exc
        lines = [
            f"PUT {self.mount} HTTP/1.1".encode("ascii"),
            f"Host: {self.host}:{self.port}".encode("ascii"),
            f"Authorization: Basic {self._auth}".encode("ascii"),
            b"User-Agent: commune-console", b"Content-Type: audio/mpeg", b"Ice-Public: 0",
            f"Ice-Bitrate: {self.bitrate}".encode("ascii"),
            b"Ice-Name: " + ice_header_text(self.name, self.charset),
            b"Ice-Description: " + ice_header_text(self.description, self.charset),
            b"Expect: 100-continue"]
        answer = b""
        try:
            sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n")
            deadline = time.monotonic() + CONNECT_TIMEOUT_S
            while time.monotonic() < deadline:  # "100 Continue" and/or "200 OK"
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
                codes = _codes(answer)
                if any(code >= 200 for code in codes) or (codes and b"\r\n\r\n" in answer
                                                          and codes[-1] == 100):
                    break
        except OSError as exc:
            sock.close()
            raise StreamOffline(QT_TRANSLATE_NOOP("Errors", "the Icecast server dropped the "
                                                  "source on {mount}: {error}"),
                                mount=self.mount, error=str(exc)) from exc
        codes = _codes(answer)
        final = next((c for c in codes if c >= 200), 100 if codes else 0)
        if final in (100, 200):
            sock.settimeout(30.0)  # a stalled server ends the stream, a slow one does not
            return sock
        sock.close()
        reason = answer.split(b"\r\n\r\n", 1)[-1].decode("utf-8", "replace").strip()
        if final == 401:
            raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "Icecast refused the source "
                                                  "password for {mount}"), mount=self.mount)
        if final == 403 and not reason:
            raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "Icecast refused the source on "
                                                  "{mount}: the mount is in use"),
                                mount=self.mount)
        if final == 403:
            raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "Icecast refused the source on "
                                                  "{mount}: {problem}"),
                                mount=self.mount, problem=reason)
        if not final:
            raise StreamOffline(QT_TRANSLATE_NOOP("Errors", "Icecast gave no answer for "
                                                  "{mount}"), mount=self.mount)
        raise StreamOffline(QT_TRANSLATE_NOOP("Errors", "Icecast answered {status} for "
                                              "{mount}"), status=final, mount=self.mount)

    def start(self) -> SourceStream:
        """Returns once Icecast accepted the source and the first audio is on its way."""
        from ..audio.ffmpeg import silent_popen_kwargs

        self._stop.clear()
        self.ended = False
        self.error = None
        self._sock = self._handshake()
        try:
            self._proc = subprocess.Popen(
                self._command(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                stdin=subprocess.PIPE if self.live else subprocess.DEVNULL,
                **silent_popen_kwargs())
        except OSError as exc:
            self._sock.close()
            raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "ffmpeg could not start: {error}"),
                                error=str(exc)) from exc
        self.started_at = time.monotonic()
        self._thread = threading.Thread(target=self._pump, name=f"icecast{self.mount}",
                                        daemon=True)
        self._thread.start()
        if self.live:
            threading.Thread(target=self._write_live, args=(self._proc,), daemon=True,
                             name=f"icecast-live{self.mount}").start()
        return self

    def feed(self, pcm: bytes) -> None:
        """Live sound for the stream (PCM in the input's format); never waits. Should the
        pipe fall behind by LIVE_QUEUE_CHUNKS chunks, the newest is dropped and counted."""
        try:
            self._pcm.put_nowait(pcm)
        except queue.Full:
            self.dropped += 1

    def finish(self) -> None:
        """No more live sound: ffmpeg encodes what it has and the stream ends."""
        with contextlib.suppress(queue.Full):
            self._pcm.put(None, timeout=1.0)

    def _write_live(self, proc: subprocess.Popen[bytes]) -> None:
        stdin = proc.stdin
        assert stdin is not None
        try:
            while not self._stop.is_set():
                try:
                    chunk = self._pcm.get(timeout=0.2)
                except queue.Empty:
                    continue
                if chunk is None:
                    break
                stdin.write(chunk)
                stdin.flush()
        except (OSError, ValueError):  # ffmpeg gone (the stream stopped or broke)
            pass
        finally:
            with contextlib.suppress(OSError, ValueError):
                stdin.close()

    def _pump(self) -> None:
        proc, sock = self._proc, self._sock  # stop() may clear them meanwhile
        assert proc is not None and proc.stdout is not None
        try:
            while not self._stop.is_set():
                data = proc.stdout.read1(8192)  # type: ignore[attr-defined]
                if not data:
                    self.ended = proc.wait() == 0 and not self._stop.is_set()
                    if not self.ended and not self._stop.is_set():
                        self.error = "ffmpeg stopped"
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


def _codes(answer: bytes) -> list[int]:
    return [int(line.split()[1]) for line in answer.split(b"\r\n")
            if line.startswith(b"HTTP/") and len(line.split()) > 1
            and line.split()[1].isdigit()]


# -- the keeper's files ------------------------------------------------------------------
def stream_key(base: str, mount: str) -> str:
    return hashlib.sha256(f"{base.rstrip('/')}{mount}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class KeptStream:
    """A stream some keeper process plays now."""

    base: str
    mount: str
    tag: str
    pid: int
    started: float
    title: str


def _lock_path(folder: Path, key: str) -> Path:
    return folder / f"{key}.lock"


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _held(folder: Path, key: str) -> bool:
    """True while a keeper holds the stream's lock (no keeper: the lock is free)."""
    path = _lock_path(folder, key)
    if not path.exists():
        return False
    with path.open("a+b") as handle:
        if _try_lock(handle):
            _unlock(handle)
            return False
        return True


def kept_stream(folder: Path, base: str, mount: str) -> KeptStream | None:
    key = stream_key(base, mount)
    if not _held(folder, key):
        return None
    try:
        state = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a keeper that has not written its state yet
    return KeptStream(state["base"], state["mount"], state.get("tag", ""), int(state["pid"]),
                      float(state.get("started", 0)), state.get("title", ""))


def kept_streams(folder: Path) -> Iterator[KeptStream]:
    for state in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        with contextlib.suppress(OSError, ValueError, KeyError):
            data = json.loads(state.read_text(encoding="utf-8"))
            found = kept_stream(folder, data["base"], data["mount"])
            if found is not None:
                yield found


def stop_kept(folder: Path, base: str, mount: str, grace_s: float = STOP_GRACE_S) -> bool:
    """Ask the keeper of (base, mount) to stop, kill it after `grace_s`; True if one ran."""
    key = stream_key(base, mount)
    running = kept_stream(folder, base, mount)
    if running is None and not _held(folder, key):
        return False
    stop_file = folder / f"{key}.stop"
    stop_file.touch()
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and _held(folder, key):
        time.sleep(STOP_POLL_S)
    if _held(folder, key) and running is not None:
        log.warning("the stream keeper %d of %s did not stop: killing it", running.pid, mount)
        _kill(running.pid)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and _held(folder, key):
            time.sleep(STOP_POLL_S)
    with contextlib.suppress(OSError):
        stop_file.unlink()
    return True


def _kill(pid: int) -> None:
    import signal

    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM if os.name == "nt" else signal.SIGKILL)


def keeper_command() -> list[str]:
    """How to start a keeper: the installed executable has no `python -m`.

    Frozen, the console (not the windowed) executable runs it: a windowed one has no
    standard streams to take the request and answer on. CREATE_NO_WINDOW keeps it hidden.
    """
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        cli = exe if exe.stem.endswith("-cli") else exe.with_name(f"{exe.stem}-cli{exe.suffix}")
        return [str(cli if cli.is_file() else exe), KEEPER_ARG]
    return [sys.executable, "-m", "console.delivery.icecast_keeper"]


def spawn_keeper(folder: Path, request: dict[str, Any], timeout_s: float = 20.0) -> KeptStream:
    """Start a keeper for `request` and wait until Icecast took the source (or refused)."""
    from ..audio.ffmpeg import silent_popen_kwargs

    folder.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = silent_popen_kwargs()
    if os.name == "nt":  # no console window, and no Ctrl+C of the command that started it
        kwargs["creationflags"] = kwargs.get("creationflags", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
    else:
        kwargs["start_new_session"] = True  # a closed terminal does not end the emergency
    request = {**request, "folder": str(folder)}
    try:
        proc = subprocess.Popen(keeper_command(), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                close_fds=True, **kwargs)
    except OSError as exc:
        raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "the stream process could not start: "
                                              "{error}"), error=str(exc)) from exc
    assert proc.stdin is not None and proc.stdout is not None
    answer: list[bytes] = []
    reader = threading.Thread(target=lambda: answer.append(proc.stdout.readline()),  # type: ignore[union-attr]
                              daemon=True)
    try:
        proc.stdin.write(json.dumps(request).encode("utf-8"))
        proc.stdin.close()
    except OSError as exc:
        raise StreamRefused(QT_TRANSLATE_NOOP("Errors", "the stream process ended at once: "
                                              "{error}"), error=str(exc)) from exc
    reader.start()
    reader.join(timeout_s)
    line = answer[0] if answer else b""
    proc.stdout.close()
    try:
        reply = json.loads(line or b"{}")
    except ValueError:
        reply = {}
    if reply.get("ok"):
        return KeptStream(request["base"], request["mount"], request.get("tag", ""), proc.pid,
                          time.time(), request.get("title", ""))
    if proc.poll() is None and not answer:
        proc.kill()
    reason = Reason.from_json(reply.get("reason")) or Reason(
        QT_TRANSLATE_NOOP("Errors", "the stream process gave no answer"))
    if reply.get("kind") == "offline":
        raise StreamOffline(reason.message, **reason.params)
    raise StreamRefused(reason.message, **reason.params)


# -- the keeper process ------------------------------------------------------------------
def _answer(out: IO[bytes], **reply: Any) -> None:
    with contextlib.suppress(OSError, ValueError):
        out.write(json.dumps(reply).encode("utf-8") + b"\n")
        out.flush()
        out.close()


def _refused(out: IO[bytes], exc: StreamError) -> None:
    _answer(out, ok=False, kind="offline" if isinstance(exc, StreamOffline) else "refused",
            message=str(exc), reason=exc.reason.to_json())


def keeper_main() -> int:

    """Run one stream until stopped; the request is JSON on stdin (see spawn_keeper)."""
    out = sys.stdout.buffer
    try:
        request = json.loads(sys.stdin.buffer.read() or b"{}")
        folder = Path(request["folder"])
        if not all(key in request for key in ("base", "mount", "inputs")):
            raise KeyError("base, mount and inputs are required")
    except (ValueError, KeyError, TypeError):
        _refused(out, StreamRefused(QT_TRANSLATE_NOOP("Errors", "not a stream request")))
        return 2
    key = stream_key(request["base"], request["mount"])
    logging.basicConfig(filename=str(folder / f"{key}.log"), filemode="w",
                        level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    handle = _lock_path(folder, key).open("a+b")
    deadline = time.monotonic() + 5
    while not _try_lock(handle):  # a keeper that is stopping lets go in a moment
        if time.monotonic() > deadline:
            _refused(out, StreamRefused(QT_TRANSLATE_NOOP("Errors", "another stream already "
                                                          "plays on {mount}"),
                                        mount=str(request["mount"])))
            return 1
        time.sleep(STOP_POLL_S)
    stop_file = folder / f"{key}.stop"
    with contextlib.suppress(OSError):
        stop_file.unlink()
    state = folder / f"{key}.json"
    stream = SourceStream(request["base"], request["mount"], request["user"],
                          request["password"], list(request["inputs"]),
                          loop=bool(request.get("loop")), bitrate=int(request.get("bitrate", 64)),
                          name=str(request.get("title", "")),
                          description=str(request.get("description", "")),
                          charset=str(request.get("charset") or "ISO-8859-1"),
                          tls_pin=request.get("tls_pin") or None)
    try:
        try:
            stream.start()
        except (StreamRefused, StreamOffline) as exc:
            _refused(out, exc)
            return 1
        stream.announce_title()
        state.write_text(json.dumps({
            "base": request["base"], "mount": request["mount"], "tag": request.get("tag", ""),
            "title": request.get("title", ""), "pid": os.getpid(), "started": time.time()}),
            encoding="utf-8")
        _answer(out, ok=True, pid=os.getpid())
        log.info("streaming to %s%s", request["base"], request["mount"])
        return _keep(stream, stop_file, float(request.get("max_s") or 0))
    finally:
        stream.stop()
        for path in (state, stop_file):
            with contextlib.suppress(OSError):
                path.unlink()
        _unlock(handle)
        handle.close()


GIVE_UP_S = 120.0  # a play-now stream that cannot reconnect for this long is given up


def _keep(stream: SourceStream, stop_file: Path, max_s: float) -> int:
    """Stream until the stop file appears, the input ends or `max_s` passed; reconnect
    (an emergency until it is stopped, a play-now stream for GIVE_UP_S)."""
    started = last_up = time.monotonic()
    backoff = 1.0
    while True:
        if stop_file.exists():
            log.info("stopped by the console")
            return 0
        if max_s and time.monotonic() - started > max_s:
            log.info("ended after %.0f s, the longest a stream is kept", max_s)
            return 0
        if stream.alive:
            last_up = time.monotonic()
            time.sleep(STOP_POLL_S)
            continue
        if not stream.loop and time.monotonic() - last_up > GIVE_UP_S:
            log.warning("given up: %s", stream.error)
            return 1
        if stream.ended:
            log.info("the input came to its end")
            return 0
        log.warning("%s; reconnecting in %.0f s", stream.error or "the stream ended", backoff)
        wait_until = time.monotonic() + backoff
        while time.monotonic() < wait_until and not stop_file.exists():
            time.sleep(STOP_POLL_S)
        if stop_file.exists():
            continue
        try:
            stream.start()
            stream.announce_title()  # a new source connection starts with no title
            log.info("back on air on %s", stream.mount)
            backoff = 1.0
        except StreamRefused as exc:
            stream.error = str(exc)  # e.g. the mount is in use for a moment: try again
            backoff = min(backoff * 2, MAX_BACKOFF_S)
        except StreamOffline as exc:
            stream.error = str(exc)
            backoff = min(backoff * 2, MAX_BACKOFF_S)


if __name__ == "__main__":
    sys.exit(keeper_main())
