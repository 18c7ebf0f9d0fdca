"""Process-wide signal that an emergency is being prepared or sent.

Routine uploads pause between blocks while it is raised, so that the emergency's own work
(speaking the message, writing its jobs, sending the commands) is not slowed by a hundred
routine transfers competing for the same uplink, CPU and interpreter.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_preparing = 0
routine_gate = threading.Event()  # set: routine may send; cleared: an emergency goes first
routine_gate.set()
_in_flight = 0
# Dispatchers waiting for work: woken the moment emergency jobs are written, instead of
# finding them at their next poll.
_listeners: weakref.WeakSet[threading.Event] = weakref.WeakSet()


def listen(event: threading.Event) -> None:
    with _lock:
        _listeners.add(event)


def wake() -> None:
    with _lock:
        events = list(_listeners)
    for event in events:
        event.set()


def _update() -> None:
    if _preparing or _in_flight:
        routine_gate.clear()
    else:
        routine_gate.set()


@contextmanager
def emergency_preparing() -> Iterator[None]:
    global _preparing
    with _lock:
        _preparing += 1
        _update()
    try:
        yield
    finally:
        with _lock:
            _preparing -= 1
            _update()
        wake()  # the emergency's jobs are committed (or it failed): look now


def emergency_in_flight(delta: int) -> None:
    """The dispatcher reports emergency jobs it started (+n) or finished (-n)."""
    global _in_flight
    with _lock:
        _in_flight = max(0, _in_flight + delta)
        _update()
