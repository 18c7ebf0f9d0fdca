"""Interpreter settings the program runs with (set once, at start, by the entry point)."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# How long a thread may keep the interpreter lock while another waits for it. The
# console's background threads (catalogue sync, downloads, delivery) keep coming back
# from SQLite, sockets and ffmpeg, each time waiting for the lock behind a thread that
# runs Python (checking a page of bulletins, drawing the window). A first sync of 100,000
# items comes back from SQLite thousands of times; with its pages already on this PC (no
# simulator on the cores) it took 17.5 s with Python's 5 ms default, 15.6-15.9 s with
# 1 ms, using 1.1 of two cores, and 10.7-12.3 s with 0.1 ms, using 1.3 (10 µs: the same;
# 0.5 ms: hardly better than 1 ms). The window's thread answers sooner too. Windows
# counts this wait in whole milliseconds: there anything below 1 ms asks for the lock at
# once, as 10 µs does here. (benchmarks/bench_sync_catalogue.py, "pages from disk".)
SWITCH_INTERVAL_S = 0.0001


def tune_interpreter() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


# While a burst runs, the youngest generation is collected after this many new container
# objects rather than 700: a page of a thousand bulletins makes some ten thousand (dicts,
# lists, structures) that its reference counts free, never cycles, and collecting them
# every 700 cost a first sync 13 µs an item (gc.callbacks, 50,000 items), against 2.
BURST_GEN0_THRESHOLD = 50_000

_bursts = 0
_bursts_lock = threading.Lock()
_thresholds: tuple[int, int, int] | None = None


@contextmanager
def long_lived_objects_set_aside() -> Iterator[None]:
    """While a long burst of work runs (a first catalogue sync: millions of short-lived
    objects), the objects that already exist are left out of the garbage collector's full
    passes (gc.freeze()); each such pass otherwise walks the whole program again, the
    window's objects included. The youngest generation is collected less often too
    (BURST_GEN0_THRESHOLD). Both are handed back afterwards (unfreeze, the thresholds as
    they were), so nothing is set aside for good. Nested and concurrent uses hand back
    with the last one."""
    global _bursts, _thresholds
    with _bursts_lock:
        if _bursts == 0:
            gc.freeze()
            _thresholds = gc.get_threshold()
            gc.set_threshold(max(_thresholds[0], BURST_GEN0_THRESHOLD), *_thresholds[1:])
        _bursts += 1
    try:
        yield
    finally:
        with _bursts_lock:
            _bursts -= 1
            if _bursts == 0:
                gc.unfreeze()
                if _thresholds is not None:
                    gc.set_threshold(*_thresholds)
