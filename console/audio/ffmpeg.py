"""Locate and run the ffmpeg binary that ships inside the imageio-ffmpeg wheel.

Every ffmpeg call in the program goes through `run_ffmpeg`: absolute path, no shell,
no console window on Windows, no stdin (a windowed frozen app has no valid stdin
handle, and ffmpeg would otherwise wait for keystrokes), cancellable, with progress.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from console.audio.errors import AudioToolError, Cancelled, FfmpegTimeout
from console.text.translatable import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[float], None]

# How often the caller's thread wakes to check cancel/timeout and report progress.
_POLL_S = 0.05
# SIGTERM lets ffmpeg close its output cleanly; kill it if it dawdles.
_TERMINATE_GRACE_S = 1.5
# Outputs that mean "write the media to our stdout".
_STDOUT_TARGETS = frozenset({"-", "pipe:", "pipe:1"})

_TIME_RE = re.compile(r"time=\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)")
_DURATION_RE = re.compile(r"Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)")
_OUT_TIME_US_RE = re.compile(rb"^out_time_us=(-?\d+)\s*$")
# Stats/progress chatter that is never the reason for a failure.
_NOISE_PREFIXES = ("size=", "frame=", "video:", "[out#", "Press [q]")


@dataclass(frozen=True)
class FfmpegResult:
    """What a finished ffmpeg run left behind (like `subprocess.CompletedProcess`)."""

    args: list[str]
    returncode: int
    stdout: bytes
    stderr: str
    # Last output position ffmpeg reported (seconds), None if it reported none.
    out_time_s: float | None


@functools.cache
def ffmpeg_path() -> Path:
    """Absolute path of the ffmpeg executable from imageio-ffmpeg.

    Honors IMAGEIO_FFMPEG_EXE (imageio's own override). A bare command name found on
    PATH is resolved to an absolute path so that we never depend on PATH lookups later.
    """
    try:
        import imageio_ffmpeg

        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError, OSError) as exc:
        raise AudioToolError(QT_TRANSLATE_NOOP(
            "Errors", "ffmpeg not found: {reason}"), reason=str(exc)) from exc
    path = Path(exe)
    if not path.is_absolute():
        found = shutil.which(exe)
        if found is None:
            raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "ffmpeg not found: {reason}"),
                                 reason=f"{exe!r} is not on PATH")
        path = Path(found)
    if not path.is_file():
        raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "ffmpeg not found: {reason}"),
                             reason=f"{path} does not exist")
    return path.resolve()


def silent_popen_kwargs(*, windows: bool | None = None) -> dict[str, Any]:
    """Popen keyword arguments that keep a child process from opening a console window.

    A windowed (frozen) app has no console, so Windows would give each console child
    its own visible window; CREATE_NO_WINDOW plus a hidden STARTUPINFO prevents that.
    `windows` overrides the platform check (for tests).
    """
    if windows is None:
        windows = os.name == "nt"
    if not windows:
        return {}
    startupinfo = subprocess.STARTUPINFO()  # type: ignore[attr-defined]
    startupinfo.dwFlags |= subprocess.STARTF_USESHOWWINDOW  # type: ignore[attr-defined]
    startupinfo.wShowWindow = subprocess.SW_HIDE  # type: ignore[attr-defined]
    return {
        "creationflags": subprocess.CREATE_NO_WINDOW,  # type: ignore[attr-defined]
        "startupinfo": startupinfo,
    }


def parse_clock(hours: str, minutes: str, seconds: str) -> float:
    """Seconds from the parts of an ffmpeg HH:MM:SS.ss timestamp."""
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def last_reported_time(stderr: str) -> float | None:
    """The final `time=` ffmpeg printed in its stats line, in seconds."""
    matches = list(_TIME_RE.finditer(stderr))
    if not matches:
        return None
    sign, h, m, s = matches[-1].groups()
    value = parse_clock(h, m, s)
    return -value if sign else value


class _Watch:
    """Position and input duration, fed by the pipe reader threads, read by the poller."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.position_s: float | None = None
        self.input_duration_s: float | None = None

    def saw_position(self, seconds: float) -> None:
        with self._lock:
            if self.position_s is None or seconds > self.position_s:
                self.position_s = seconds

    def saw_stderr_line(self, line: str) -> None:
        if self.input_duration_s is None and (d := _DURATION_RE.search(line)):
            self.input_duration_s = parse_clock(*d.groups())
        if (t := _TIME_RE.search(line)) and not t.group(1):
            self.saw_position(parse_clock(*t.groups()[1:]))


def _read_stderr(stream: IO[bytes], chunks: list[bytes], watch: _Watch) -> None:
    # Stats lines end in \r, not \n; split on both to see each update as it comes.
    pending = b""
    while chunk := stream.read1(65536):  # type: ignore[attr-defined]
        chunks.append(chunk)
        *lines, pending = re.split(rb"[\r\n]", pending + chunk)
        for line in lines:
            watch.saw_stderr_line(line.decode("utf-8", "replace"))
    if pending:
        watch.saw_stderr_line(pending.decode("utf-8", "replace"))


def _read_progress(stream: IO[bytes], watch: _Watch) -> None:
    for line in stream:
        if (m := _OUT_TIME_US_RE.match(line)) and int(m.group(1)) >= 0:
            watch.saw_position(int(m.group(1)) / 1_000_000)


def _read_all(stream: IO[bytes], chunks: list[bytes]) -> None:
    while chunk := stream.read1(65536):  # type: ignore[attr-defined]
        chunks.append(chunk)


def _writes_to_stdout(args: Sequence[str]) -> bool:
    """Whether an output of this command line is our stdout (then -progress can't use it)."""
    fmt: str | None = None
    for prev, arg in zip(["", *args], args, strict=False):
        if prev == "-f":
            fmt = arg
        elif arg in _STDOUT_TARGETS and prev != "-i" and fmt != "null":
            return True
    return False


def _failure_reason(stderr: str) -> str:
    lines = [ln.strip() for ln in re.split(r"[\r\n]", stderr)]
    useful = [ln for ln in lines if ln and not ln.startswith(_NOISE_PREFIXES)]
    return useful[-1] if useful else "no error message"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=_TERMINATE_GRACE_S)
    except subprocess.TimeoutExpired:
        logger.warning("ffmpeg (pid %s) ignored terminate; killing it", proc.pid)
        proc.kill()
        proc.wait()


def run_ffmpeg(
    args: Sequence[str | os.PathLike[str]],
    *,
    timeout: float | None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    total_s: float | None = None,
    check: bool = True,
) -> FfmpegResult:
    """Run ffmpeg with `args` (everything after the program name) and wait for it.

    - `-nostdin -hide_banner` are always added; stdin is closed, stdout and stderr are
      captured (stdout holds the media if an output is `-`/`pipe:1`).
    - `timeout` is required on purpose so every caller decides; None means no limit.
      On expiry the process is stopped and FfmpegTimeout is raised.
    - `cancel`: when set, the process is terminated and Cancelled is raised (within
      about 50 ms plus ffmpeg's shutdown).
    - `progress(fraction)` is called on the caller's thread with strictly increasing
      values in [0, 1], and with 1.0 on success. `total_s` is the expected output
      length; without it the first input's `Duration:` is used, and if that is unknown
      too, progress is only called at the end. Positions come from `-progress pipe:1`
      (out_time_us) when stdout is free, else from the stderr stats `time=`.
    - `check`: raise AudioToolError with ffmpeg's last error line on a non-zero exit.
    """
    str_args = [os.fspath(a) for a in args]
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled before ffmpeg started")
    use_progress_pipe = (
        progress is not None and "-progress" not in str_args and not _writes_to_stdout(str_args)
    )
    cmd = [str(ffmpeg_path()), "-nostdin", "-hide_banner"]
    if progress is not None:
        cmd += ["-stats_period", "0.1"]
    if use_progress_pipe:
        cmd += ["-progress", "pipe:1"]
    cmd += str_args
    logger.debug("running %s", subprocess.list2cmdline(cmd))

    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            **silent_popen_kwargs(),
        )
    except OSError as exc:
        raise AudioToolError(QT_TRANSLATE_NOOP(
            "Errors", "could not start ffmpeg: {reason}"), reason=str(exc)) from exc

    watch = _Watch()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    assert proc.stdout is not None and proc.stderr is not None
    readers = [
        threading.Thread(target=_read_stderr, args=(proc.stderr, err_chunks, watch), daemon=True),
        threading.Thread(
            target=_read_progress if use_progress_pipe else _read_all,
            args=(proc.stdout, watch) if use_progress_pipe else (proc.stdout, out_chunks),
            daemon=True,
        ),
    ]
    for reader in readers:
        reader.start()

    deadline = None if timeout is None else time.monotonic() + timeout
    reported = -1.0

    def report() -> None:
        nonlocal reported
        total = total_s or watch.input_duration_s
        if progress is None or not total or watch.position_s is None:
            return
        fraction = min(1.0, max(0.0, watch.position_s / total))
        if fraction > reported:
            reported = fraction
            progress(fraction)

    try:
        while True:
            try:
                proc.wait(timeout=_POLL_S)
                break
            except subprocess.TimeoutExpired:
                pass
            if cancel is not None and cancel.is_set():
                logger.info("cancelling ffmpeg (pid %s)", proc.pid)
                _stop(proc)
                raise Cancelled("ffmpeg was cancelled")
            if deadline is not None and time.monotonic() > deadline:
                logger.warning("ffmpeg (pid %s) timed out after %s s", proc.pid, timeout)
                _stop(proc)
                raise FfmpegTimeout(QT_TRANSLATE_NOOP(
                    "Errors", "ffmpeg took longer than {seconds} s and was stopped"),
                                    seconds=f"{timeout:g}")
            report()
    finally:
        if proc.poll() is None:  # an exception (e.g. from the progress callback)
            _stop(proc)
        for reader in readers:
            reader.join(timeout=5)
        proc.stdout.close()
        proc.stderr.close()

    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    result = FfmpegResult(
        args=cmd,
        returncode=proc.returncode,
        stdout=b"".join(out_chunks),
        stderr=stderr,
        out_time_s=watch.position_s,
    )
    if proc.returncode != 0:
        reason = _failure_reason(stderr)
        logger.debug("ffmpeg exited %s: %s", proc.returncode, reason)
        if check:
            raise AudioToolError(QT_TRANSLATE_NOOP(
                "Errors", "the sound could not be processed (ffmpeg, exit {code}): {reason}"),
                code=proc.returncode, reason=reason)
        return result
    report()
    if progress is not None and reported < 1.0:
        progress(1.0)
    return result


def configure_pydub() -> Path:
    """Point pydub at our ffmpeg and return its path. Safe to call repeatedly.

    There is no ffprobe next to this ffmpeg, and pydub asks ffprobe about any file it
    is not told enough about. So when using pydub directly:

    - always pass `format=` to `AudioSegment.from_file` and `.export`;
    - for compressed input also pass the decoder, e.g.
      `from_file(p, format="mp3", codec="mp3")`; with `format=` alone pydub still
      runs ffprobe and fails with FileNotFoundError: 'ffprobe';
    - `.export()` returns the open output file: close it;
    - prefer `console.audio.segment.load_segment`, which decodes through
      `run_ffmpeg`: pydub's own Popen calls do not hide the console window on Windows.
    """
    path = ffmpeg_path()
    with warnings.catch_warnings():
        # pydub warns at import time when no ffmpeg is on PATH (we are about to set
        # it) and, on 3.11-3.12, that its audioop dependency is deprecated.
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment
    AudioSegment.converter = str(path)  # AudioSegment.ffmpeg is an alias of this
    return path
