"""Interpreter settings the program runs with (set once, at start, by the entry point)."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# How long a thread may keep the interpreter lock while another waits for it. The
# console's background threads (catalogue sync, downloads, delivery) keep coming back
# from SQLite, sockets and ffmpeg, each time waiting for the lock; Python's 5 ms default
# leaves them idle behind a thread that is checking a page of bulletins, while 1 ms
# made a first sync of 100,000 items some 10 % faster (benchmarks/bench_sync_catalogue.py)
# and lets the window's own thread answer sooner.
SWITCH_INTERVAL_S = 0.001


def tune_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


_frozen = 0
_frozen_lock = threading.Lock()


@contextmanager
def long_lived_objects_set_aside() -> Iterator[None]:
    """While a long burst of work runs (a first catalogue sync: millions of short-lived
    objects), the objects that already exist are left out of the garbage collector's full
    passes (gc.freeze()); each such pass otherwise walks the whole program again, the
    window's objects included. They are handed back afterwards (unfreeze), so nothing is
    set aside for good. Nested and concurrent uses hand back with the last one."""
    global _frozen
    with _frozen_lock:
        if _frozen == 0:
            gc.freeze()
        _frozen += 1
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen -= 1
            if _frozen == 0:
                gc.unfreeze()
