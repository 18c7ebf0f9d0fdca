"""Random faults and throttling, to make the simulator slow, flaky and hostile on request."""

from __future__ import annotations

import random
import threading
import time

# drop: close the connection without an answer; truncate: announce Content-Length, send part
# of the body, close; 500/503/429: an error answer (503 and 429 with Retry-After).
FAULT_KINDS = ("drop", "truncate", "500", "503", "429")


class FaultInjector:
    """Decides per request whether (and how) to misbehave. Seeded, so runs are repeatable
    as far as request order is."""

    def __init__(self, rate: float, seed: int) -> None:
        self.rate = min(1.0, max(0.0, float(rate)))
        self._rng = random.Random(f"faults:{seed}")
        self._lock = threading.Lock()

    def pick(self) -> str | None:
        if self.rate <= 0.0:
            return None
        with self._lock:
            if self._rng.random() >= self.rate:
                return None
            return self._rng.choice(FAULT_KINDS)

    def cut_point(self, length: int) -> int:
        """Where to truncate a body of ``length`` bytes (always strictly inside it)."""
        with self._lock:
            return int(self._rng.random() * max(0, length - 1))


class Throttle:
    """Paces writes to ``kbps`` kilobits per second for one response."""

    def __init__(self, kbps: float | None) -> None:
        self.bytes_per_s = kbps * 125.0 if kbps and kbps > 0 else None
        self._start = time.monotonic()
        self._sent = 0

    @property
    def piece(self) -> int:
        """Write size: small enough that pacing is smooth at low rates."""
        if self.bytes_per_s is None:
            return 1 << 20
        return max(1024, min(64 * 1024, int(self.bytes_per_s / 10)))

    def wrote(self, n: int) -> None:
        if self.bytes_per_s is None:
            return
        self._sent += n
        due = self._sent / self.bytes_per_s - (time.monotonic() - self._start)
        if due > 0:
            time.sleep(due)
