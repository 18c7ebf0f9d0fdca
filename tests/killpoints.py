"""Kill -9 the console at a point chosen from its own progress, not after a delay.

`ConsoleRunner().kill_at(args, At(...), ...)` runs the console's command line
(`commune-console ARGS`) in a process of its own under this file's runner. The runner
watches the real work through hooks the platform already has (no test code in the product)
and writes each event as one line (the command's own output is dropped):

    request GET /api/v1/items/changes   an HTTP request about to go out (audit hook)
    commit                              a database transaction about to commit (SQLAlchemy)
    rename SHA.part -> SHA              a file about to be renamed (audit hook)
    spawn ffmpeg-…                      a program about to start (audit hook)
    progress 40                         the command's own "rendering… 40%" line
    partial SHA.part 1048576            a file in a watched folder has grown to that size
    exit 0                              the command returned: its work is done

Once the events have met the stops (each `At` in turn), every thread of the run halts at its
next event, the runner says so, and the test kills the run and what it started (SIGKILL to
its process group, as a power cut takes them). A kill therefore always lands, and lands where
it was meant to, on a fast machine or a loaded one; a stop the run never reaches fails the
test with the events seen.

Where the platform can fork, one server process imports the console once and forks each
run from it, so a run starts in milliseconds instead of the seconds a fresh interpreter
spends importing on a loaded machine; elsewhere each run is a fresh interpreter.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import queue
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

RUNNER = Path(__file__).resolve()
WATCH_EVERY_S = 0.005
CAN_FORK = hasattr(os, "fork")
# Imported by the server before it forks, as the commands would import them in each run (a
# name that no longer exists only costs the runs its import time). keyring's macOS backend
# looks for its libraries with ldconfig, gcc and ld at import, nine programs on Linux.
PRELOAD = ("console.app", "console.sync.service", "console.services.push",
           "console.delivery.dispatcher", "console.services.programmes.rendering",
           "keyring.backends.macOS")
_REQUEST = re.compile(rb"([A-Z]+) (\S+) HTTP/1\.[01]\r\n")
_PROGRESS = re.compile(r"rendering… (\d+)%")
_EOF = "\0"  # the server's output ended


@dataclass(frozen=True)
class At:
    """The `nth` event matching the regular expression `match` (searched, not anchored).

    With `at_least`, a match whose group `n` holds a number below it does not count (a match
    without that group does): `At(r"progress (?P<n>\\d+)", at_least=40)`.
    """

    match: str
    nth: int = 1
    at_least: float | None = None

    def hit(self, event: str) -> bool:
        found = re.search(self.match, event)
        if found is None:
            return False
        number = found.groupdict().get("n")
        return self.at_least is None or number is None or float(number) >= self.at_least


@dataclass
class Stopped:
    """Where a killed run was: the event it stopped at and every event before it."""

    event: str
    trail: list[str] = field(default_factory=list)


@dataclass
class Finished:
    """A run that went to its end."""

    returncode: int
    stdout: str
    stderr: str


class ConsoleRunner:
    """Runs `commune-console ARGS` until chosen points and kills it there (a context manager)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self._forks = False  # the server forks each run (else it is the run)
        self._lines: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._err: list[str] = []

    def __enter__(self) -> ConsoleRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if CAN_FORK:
                _kill_group(proc.pid)
            else:
                proc.kill()  # TerminateProcess
            proc.wait(30)

    def _server(self) -> subprocess.Popen[str]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._lines = queue.SimpleQueue()
        self._err = []
        proc = subprocess.Popen([sys.executable, "-P", str(RUNNER)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", start_new_session=CAN_FORK)
        threading.Thread(target=_read_lines, args=(proc.stdout, self._lines), daemon=True).start()
        threading.Thread(target=_read_all, args=(proc.stderr, self._err), daemon=True).start()
        self._proc = proc
        ready = self._next(time.monotonic() + 300)
        if ready is None or not ready.startswith("ready "):
            self.close()
            raise AssertionError(f"the runner did not start: {''.join(self._err)[-2000:]}")
        self._forks = ready == "ready fork"
        return proc

    def kill_at(self, args: Sequence[str], *stops: At, stdin: str = "",
                watch: Sequence[Path] = (), timeout: float = 180.0) -> Stopped:
        """Run `commune-console ARGS` until its events meet `stops`, then kill it.

        `stdin`: what the command reads from standard input. `watch`: folders whose growing
        files are events too. Fails when the run ends first or is not there in `timeout` s.
        """
        assert stops, "a run killed nowhere is `finish`"
        trail, stopped, ended = self._run(args, stops, stdin, watch, None, timeout)
        if stopped is None:
            raise AssertionError(
                f"the run did not reach {list(stops)} ({ended}; one still running after "
                f"{timeout} s is killed); last events: {trail[-15:]}; "
                f"stderr: {''.join(self._err)[-2000:]}")
        if os.name == "posix":
            assert ended == f"ended {-signal.SIGKILL}", ended  # it died by the kill
        return Stopped(stopped, trail)

    def finish(self, args: Sequence[str], stdin: str = "",
               timeout: float = 300.0) -> Finished:
        """Run `commune-console ARGS` to its end (killed after `timeout` s)."""
        err_from = len(self._err)
        with tempfile.TemporaryDirectory() as folder:
            output = Path(folder) / "stdout"
            _, _, ended = self._run(args, (), stdin, (), output, timeout)
            return Finished(int((ended or "ended -1").split()[1]),
                            output.read_text("utf-8") if output.exists() else "",
                            "".join(self._err[err_from:])[-3000:])

    def _run(self, args: Sequence[str], stops: Sequence[At], stdin: str,
             watch: Sequence[Path], output: Path | None,
             timeout: float) -> tuple[list[str], str | None, str | None]:
        """Start a run; returns its events, the one it stopped at, and how it ended."""
        server = self._server()
        assert server.stdin is not None
        server.stdin.write(json.dumps({
            "stops": [asdict(s) for s in stops], "args": list(args), "stdin": stdin,
            "watch": [str(w) for w in watch], "output": str(output) if output else None}) + "\n")
        server.stdin.flush()
        deadline = time.monotonic() + timeout
        pid: int | None = None
        trail: list[str] = []
        stopped = ended = None
        while stopped is None and ended is None and time.monotonic() < deadline:
            line = self._next(deadline)
            if line is None:
                continue  # no answer in time
            if line == _EOF:  # the server is gone: it was the run itself
                ended = f"ended {server.wait(30)}"
            elif line.startswith("ended "):
                ended = line
            elif line.startswith("pid "):
                pid = int(line[4:])
            elif line.startswith("stop "):
                stopped = line[5:]
            else:
                trail.append(line)
        if ended is None:  # stopped as asked, or stalled: the kill
            if self._forks and pid is not None:
                _kill_group(pid)
                ended = self._next(time.monotonic() + 30)  # the server saw it die
            else:
                self.close()  # the run is the server itself
                ended = f"ended {server.returncode}"
        return trail, stopped, ended

    def _next(self, deadline: float) -> str | None:
        try:
            return self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # type: ignore[attr-defined]


def _read_lines(stream: TextIO, lines: queue.SimpleQueue[str]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(_EOF)


def _read_all(stream: TextIO, chunks: list[str]) -> None:
    for line in stream:
        chunks.append(line)


# -- the runner's side ----------------------------------------------------------------------

class _Runner:
    """Turns what the command does into events and halts every thread once the stops are met."""

    def __init__(self) -> None:
        self.stops: list[At] | None = None  # None: not running a command (the server itself)
        self.seen = 0  # matches of the current stop
        self.out: TextIO = sys.__stdout__  # type: ignore[assignment]
        self.lock = threading.Lock()
        self.halted = threading.Event()

    def event(self, text: str) -> None:
        if self.stops is None:
            return
        with self.lock:
            if not self.halted.is_set():
                self._note(text)
        if self.halted.is_set():
            while True:  # until the kill
                time.sleep(3600)

    def _note(self, text: str) -> None:
        assert self.stops is not None
        self.out.write(text + "\n")
        if self.stops and self.stops[0].hit(text):
            self.seen += 1
            if self.seen == self.stops[0].nth:
                self.stops.pop(0)
                self.seen = 0
                if not self.stops:
                    self.halted.set()
                    self.out.write(f"stop {text}\n")
        self.out.flush()

    def audit(self, name: str, args: tuple[Any, ...]) -> None:
        if self.stops is None:
            return
        if name == "http.client.send":
            data = args[1]
            if isinstance(data, bytes | bytearray) and (m := _REQUEST.match(data)):
                path = m.group(2).decode("latin-1").split("?", 1)[0]
                self.event(f"request {m.group(1).decode()} {path}")
        elif name == "os.rename":
            self.event(f"rename {Path(os.fsdecode(args[0])).name} -> "
                       f"{Path(os.fsdecode(args[1])).name}")
        elif name == "subprocess.Popen":
            program = args[1][0] if args[1] else args[0]
            self.event(f"spawn {Path(os.fsdecode(program)).stem}")

    def watch(self, folders: list[Path]) -> None:
        sizes: dict[str, int] = {}
        while True:
            for folder in folders:
                try:
                    entries = list(os.scandir(folder))
                except OSError:
                    continue
                for entry in entries:
                    try:
                        size = entry.stat().st_size
                    except OSError:
                        continue
                    if entry.is_file() and sizes.get(entry.path) != size:
                        sizes[entry.path] = size
                        self.event(f"partial {entry.name} {size}")
            time.sleep(WATCH_EVERY_S)


class _ProgressLines:
    """Standard error as it was; each "rendering… N%" line the command prints is an event."""

    def __init__(self, stream: TextIO, runner: _Runner) -> None:
        self._stream = stream
        self._runner = runner

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        for match in _PROGRESS.finditer(text):
            self._stream.flush()
            self._runner.event(f"progress {match.group(1)}")
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _run_command(runner: _Runner, request: dict[str, Any]) -> int:
    """One run, in the process that is to be killed: the console's `main` with `args`."""
    read, write = os.pipe()  # standard input: what the test gave (a password), then EOF
    os.write(write, request["stdin"].encode("utf-8"))
    os.close(write)
    os.dup2(read, 0)
    os.close(read)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    runner.out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    output = request["output"] or os.devnull  # the command's own output is not events
    os.dup2(os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = _ProgressLines(sys.stderr, runner)  # type: ignore[assignment]
    runner.out.write(f"pid {os.getpid()}\n")
    runner.out.flush()
    runner.stops = [At(**s) for s in request["stops"]]
    if request["watch"]:
        threading.Thread(target=runner.watch, args=([Path(w) for w in request["watch"]],),
                         daemon=True).start()

    from console.cli.main import main

    code = main(request["args"])
    runner.event(f"exit {code}")
    return code


def _serve() -> None:
    runner = _Runner()

    from sqlalchemy import Engine, event

    event.listen(Engine, "commit", lambda _conn: runner.event("commit"))
    sys.addaudithook(runner.audit)
    from console.cli.main import build_parser

    build_parser()  # imports the command modules
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    fork = CAN_FORK and threading.active_count() == 1  # forking a threaded process is unsafe
    print(f"ready {'fork' if fork else 'single'}", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if not fork:  # this process is the run (the test kills it, or it ends)
            code = _run_command(runner, request)
            logging.shutdown()
            sys.stdout.flush()
            runner.out.flush()
            os._exit(code)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.setsid()  # the kill takes this run and what it starts, not the server
                random.seed()
                code = _run_command(runner, request)
            finally:
                logging.shutdown()
                sys.stdout.flush()
                runner.out.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(f"ended {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    _serve()
