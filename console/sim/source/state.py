"""Thread-safe server state: access tokens, the idempotent-request store and counters."""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

REFRESH_TTL = 30 * 86400.0


class TokenStore:
    """Opaque bearer tokens with a lifetime; refresh tokens last long and are reusable, so a
    refresh whose answer was lost can simply be retried."""

    def __init__(self, ttl: float) -> None:
        self.ttl = float(ttl)
        self._lock = threading.Lock()
        self._access: dict[str, float] = {}  # token -> monotonic expiry
        self._refresh: dict[str, tuple[str, float]] = {}  # token -> (user, expiry)

    def issue(self, user: str) -> tuple[str, str]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._purge(now)
            self._access[access] = now + self.ttl
            self._refresh[refresh] = (user, now + REFRESH_TTL)
        return access, refresh

    def refresh(self, refresh_token: str) -> str | None:
        now = time.monotonic()
        with self._lock:
            entry = self._refresh.get(refresh_token)
            if entry is None or entry[1] < now:
                return None
            access = secrets.token_urlsafe(24)
            self._access[access] = now + self.ttl
        return access

    def check(self, access_token: str) -> str:
        """'ok', 'expired' or 'unknown'."""
        with self._lock:
            expiry = self._access.get(access_token)
        if expiry is None:
            return "unknown"
        return "ok" if time.monotonic() < expiry else "expired"

    def expire_all(self) -> None:
        with self._lock:
            self._access = dict.fromkeys(self._access, 0.0)

    def _purge(self, now: float) -> None:
        if len(self._access) > 10_000:  # only ever grows with logins; keep it bounded
            self._access = {t: e for t, e in self._access.items() if e > now}


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    replay_status: int  # e.g. POST /reports: 201 first, 200 on replay
    body: bytes


class IdempotencyStore:
    """First result per (scope, Idempotency-Key). Callers hold ``lock`` across
    lookup → process → put, so concurrent retries of one key are processed once."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._data: dict[tuple[str, str], StoredResponse] = {}

    def get(self, scope: str, key: str) -> StoredResponse | None:
        return self._data.get((scope, key))

    def put(self, scope: str, key: str, response: StoredResponse) -> None:
        self._data[(scope, key)] = response


@dataclass
class SimulatorStats:
    """Counters for tests and benchmarks (read them via ``snapshot()`` for a consistent copy)."""

    requests: Counter[str] = field(default_factory=Counter)  # "GET /items/changes" -> n
    statuses: Counter[int] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    file_bytes_sent: int = 0
    bytes_sent: int = 0  # all response bodies
    long_polls: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def request(self, route: str) -> None:
        with self._lock:
            self.requests[route] += 1

    def status(self, code: int) -> None:
        with self._lock:
            self.statuses[code] += 1

    def fault(self, kind: str) -> None:
        with self._lock:
            self.faults[kind] += 1

    def sent(self, n: int, *, file: bool) -> None:
        with self._lock:
            self.bytes_sent += n
            if file:
                self.file_bytes_sent += n

    def long_poll(self) -> None:
        with self._lock:
            self.long_polls += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": dict(self.requests),
                "statuses": dict(self.statuses),
                "faults": dict(self.faults),
                "faults_total": sum(self.faults.values()),
                "file_bytes_sent": self.file_bytes_sent,
                "bytes_sent": self.bytes_sent,
                "long_polls": self.long_polls,
            }
