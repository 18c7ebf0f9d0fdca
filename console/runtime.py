"""Interpreter settings the program runs with (set once, at start, by the entry point)."""

from __future__ import annotations

import sys

# How long a thread may keep the interpreter lock while another waits for it. The
# console's background threads (catalogue sync, downloads, delivery) keep coming back
# from SQLite, sockets and ffmpeg, each time waiting for the lock; Python's 5 ms default
# leaves them idle behind a thread that is checking a page of bulletins, while 1 ms
# made a first sync of 100,000 items some 10 % faster (benchmarks/bench_sync_catalogue.py)
# and lets the window's own thread answer sooner.
SWITCH_INTERVAL_S = 0.001


def tune_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
