"""What the simulated Zalo keeps: the app and its tokens, the OA, its articles and images."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SimArticle:
    id: str
    token: str
    body: dict[str, Any]
    created: float
    ready_at: float
    removed: bool = False
    extra_views: int = 0

    def ready(self, now: float) -> bool:
        return now >= self.ready_at

    def views(self, now: float) -> int:
        """Views grow with the article's age, the same way on every run."""
        weight = int(hashlib.sha256(self.id.encode()).hexdigest()[:4], 16) % 60 + 20
        hours = max(0.0, now - self.created) / 3600.0
        return int(weight * min(hours, 72.0) ** 0.5) + self.extra_views

    def shares(self, now: float) -> int:
        return self.views(now) // 25


@dataclass
class Stats:
    calls: int = 0
    creates: int = 0
    lost_create_answers: int = 0
    verifies: int = 0
    removes: int = 0
    uploads: int = 0
    refreshes: int = 0
    refresh_refused: int = 0
    token_refused: int = 0
    rate_limited: int = 0


class TokenStore:
    """Access tokens with an end; refresh tokens single use, revocable."""

    def __init__(self, ttl_s: float, refresh_ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self.refresh_ttl_s = refresh_ttl_s
        self._access: dict[str, float] = {}
        self._refresh: dict[str, float] = {}
        self._lock = threading.Lock()

    def add_refresh(self, token: str | None = None) -> str:
        token = token or secrets.token_urlsafe(32)
        with self._lock:
            self._refresh[token] = time.time() + self.refresh_ttl_s
        return token

    def exchange(self, refresh: str) -> tuple[str, str] | None:
        """Spend a refresh token: a new (access, refresh) pair, or None if refused."""
        now = time.time()
        with self._lock:
            end = self._refresh.pop(refresh, None)
            if end is None or end < now:
                return None
            access = secrets.token_urlsafe(24)
            self._access[access] = now + self.ttl_s
            new = secrets.token_urlsafe(32)
            self._refresh[new] = now + self.refresh_ttl_s
            return access, new

    def valid(self, access: str | None) -> bool:
        with self._lock:
            end = self._access.get(access or "")
        return end is not None and end > time.time()

    def expire_access(self) -> None:
        with self._lock:
            self._access.clear()

    def revoke_refresh(self) -> None:
        with self._lock:
            self._refresh.clear()


class RateLimiter:
    """At most `limit` calls per `window_s` per access token (0: no limit)."""

    def __init__(self, limit: int, window_s: float = 60.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        if self.limit <= 0:
            return True
        now = time.monotonic()
        with self._lock:
            calls = self._calls.setdefault(key, deque())
            while calls and calls[0] <= now - self.window_s:
                calls.popleft()
            if len(calls) >= self.limit:
                return False
            calls.append(now)
            return True


@dataclass
class OaState:
    oa_id: str
    name: str
    description: str
    followers: int
    articles: dict[str, SimArticle] = field(default_factory=dict)
    by_token: dict[str, str] = field(default_factory=dict)
    images: dict[str, bytes] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _seq: int = 0

    def next_id(self, prefix: str) -> str:
        with self.lock:
            self._seq += 1
            return f"{prefix}{self._seq:06d}{secrets.token_hex(4)}"

    def listed(self, now: float) -> list[SimArticle]:
        """Made and not removed, newest first (as getslice lists them)."""
        with self.lock:
            found = [a for a in self.articles.values() if a.ready(now) and not a.removed]
        return sorted(found, key=lambda a: (a.created, a.id), reverse=True)
