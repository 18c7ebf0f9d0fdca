"""Jittered exponential back-off that honours the server's Retry-After."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_s: float = 0.5
    cap_s: float = 60.0

    def delay(self, attempt: int, retry_after: float | None = None,
              rng: random.Random | None = None) -> float:
        """Seconds to wait before try number `attempt + 1` (attempt counts from 1)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.cap_s)
        ceiling = min(self.cap_s, self.base_s * (2 ** (attempt - 1)))
        return (rng or random).uniform(ceiling / 2, ceiling)  # "equal jitter"


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date; the default back-off is good enough


def sleep(seconds: float, cancel: threading.Event | None) -> bool:
    """Sleep, waking early when cancelled; returns False when cancelled."""
    if cancel is None:
        threading.Event().wait(seconds)
        return True
    return not cancel.wait(seconds)
