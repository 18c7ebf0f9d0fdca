"""Process-wide signal that an emergency is being prepared or sent.

Routine uploads pause between blocks while it is raised, so that the emergency's own work
(speaking the message, writing its jobs, sending the commands) is not slowed by a hundred
routine transfers competing for the same uplink, CPU and interpreter.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_preparing = 0
routine_gate = threading.Event()  # set: routine may send; cleared: an emergency goes first
routine_gate.set()
_in_flight = 0


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


def emergency_in_flight(delta: int) -> None:
    """The dispatcher reports emergency jobs it started (+n) or finished (-n)."""
    global _in_flight
    with _lock:
        _in_flight = max(0, _in_flight + delta)
        _update()
