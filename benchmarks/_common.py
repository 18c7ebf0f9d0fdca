"""Helpers shared by the benchmarks: a simulator in its own process, timing, output."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

MEDIA_CACHE = Path(tempfile.gettempdir()) / "commune-console-bench-media"


@contextmanager
def simulator_process(*args: str) -> Iterator[str]:
    """`commune-console simulate source ARGS` in a child process; yields its API URL."""
    cmd = [sys.executable, "-m", "console", "simulate", "source", "--media-dir",
           str(MEDIA_CACHE), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"simulator did not start: {url!r}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(name: str, figure: str, floor: str | None, ratio: float | None, goal: str) -> None:
    """One line: the figure, the floor measured in the same run, their ratio, the goal."""
    floor_text = f"floor {floor}" if floor else ""
    ratio_text = f"ratio {ratio:.2f}x" if ratio is not None else ""
    print(f"{name:<32} {figure:<30} {floor_text:<30} {ratio_text:<13} goal {goal}")
