"""The OA's tokens: the access token (about 25 hours) and the single-use refresh token
(about 3 months), both in the keyring, with the app's secret key.

The access token is renewed before it expires (within a margin of its end), or at once
when a call says it is invalid (-216). Each renewal spends the refresh token and gets a
new one, which replaces the old at once. When Zalo refuses the refresh token the
connection is marked (state.PROBLEM_REVOKED) and nothing tries again until a new one is
pasted: a refused token never becomes a retry loop.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import requests

from ..db import Database
from ..secrets import SecretStore
from . import state
from .errors import (
    ZaloAuthRevoked,
    ZaloBrokenAnswer,
    ZaloNotConnected,
    ZaloRateLimited,
    ZaloUnavailable,
)

log = logging.getLogger(__name__)

ACCESS_KEY = "zalo.access_token"
REFRESH_KEY = "zalo.refresh_token"
SECRET_KEY = "zalo.secret_key"
TOKEN_PATH = "/v4/oa/access_token"
RENEW_MARGIN_S = 3600.0   # renew an hour before the end (a fifth of a short lifetime)
RATE_LIMITED = -32

# One renewal at a time per keyring scope: the refresh token is single use, so two threads
# renewing with the same one would see the second refused.
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(secrets: SecretStore) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(secrets.service, threading.Lock())


def forget(secrets: SecretStore) -> None:
    for key in (ACCESS_KEY, REFRESH_KEY, SECRET_KEY):
        secrets.delete(key)


class TokenKeeper:
    def __init__(self, db: Database, secrets: SecretStore, http: requests.Session, *,
                 timeout: tuple[float, float] = (10.0, 30.0),
                 margin_s: float = RENEW_MARGIN_S) -> None:
        self.db = db
        self.secrets = secrets
        self.http = http
        self.timeout = timeout
        self.margin_s = margin_s
        self.renewals = 0  # renewals this keeper made (for tests and logs)

    def _margin(self, connection: state.Connection) -> float:
        if connection.lifetime_s:
            return min(self.margin_s, connection.lifetime_s / 5.0)
        return self.margin_s

    def due(self, connection: state.Connection | None = None, now: float | None = None) -> bool:
        """True when the access token is missing or within the margin of its end."""
        connection = connection or state.read(self.db)
        if not self.secrets.get(ACCESS_KEY):
            return True
        now = time.time() if now is None else now
        return connection.expires_at - now <= self._margin(connection)

    def access_token(self) -> str:
        connection = state.read(self.db)
        if connection.problem == state.PROBLEM_REVOKED:
            raise ZaloAuthRevoked(connection.problem_detail or "the refresh token was refused")
        token = self.secrets.get(ACCESS_KEY)
        if token and not self.due(connection):
            return token
        return self.renew(stale=token)

    def renew(self, stale: str | None = None) -> str:
        """Spend the refresh token for a new pair; returns the new access token.

        `stale` is the access token the caller found wanting: when another thread renewed
        meanwhile, its fresh token is returned without spending the new refresh token.
        """
        with _lock_for(self.secrets):
            current = self.secrets.get(ACCESS_KEY)
            if stale is not None and current and current != stale:
                return current
            connection = state.read(self.db)
            if connection.problem == state.PROBLEM_REVOKED:
                raise ZaloAuthRevoked(connection.problem_detail
                                      or "the refresh token was refused")
            refresh = self.secrets.get(REFRESH_KEY)
            secret = self.secrets.get(SECRET_KEY) or ""
            if not connection.configured or not refresh:
                raise ZaloNotConnected("the Zalo OA is not connected")
            answer = self._ask(connection, refresh, secret)
            if answer is None:  # refused: another process may have renewed just now
                if (newer := self.secrets.get(REFRESH_KEY)) and newer != refresh:
                    answer = self._ask(connection, newer, secret)
                if answer is None:
                    raise ZaloAuthRevoked(state.read(self.db).problem_detail)
            access, new_refresh, lifetime = answer
            # the new refresh token first: the old one is already spent
            self.secrets.set(REFRESH_KEY, new_refresh)
            self.secrets.set(ACCESS_KEY, access)
            state.update(self.db, expires_at=time.time() + lifetime, lifetime_s=lifetime,
                         problem="", problem_detail="")
            self.renewals += 1
            log.info("Zalo access token renewed (valid for %.0f s)", lifetime)
            return access

    def _ask(self, connection: state.Connection, refresh: str,
             secret: str) -> tuple[str, str, float] | None:
        """One renewal call: the new pair, or None when Zalo refused the refresh token."""
        url = connection.oauth_url.rstrip("/") + TOKEN_PATH
        try:
            response = self.http.post(url, data={
                "app_id": connection.app_id, "grant_type": "refresh_token",
                "refresh_token": refresh}, headers={"secret_key": secret},
                timeout=self.timeout)
        except requests.RequestException as exc:
            raise ZaloUnavailable(f"Zalo's token server did not answer: "
                                  f"{type(exc).__name__}") from None
        if response.status_code >= 500 or response.status_code == 429:
            raise ZaloUnavailable(f"Zalo's token server answered HTTP {response.status_code}")
        try:
            body: Any = response.json()
        except ValueError:
            raise ZaloBrokenAnswer("Zalo's token server did not answer JSON") from None
        if not isinstance(body, dict):
            raise ZaloBrokenAnswer("Zalo's token server answered something else than an object")
        error = _int(body.get("error", 0))
        if error == RATE_LIMITED:
            raise ZaloRateLimited("Zalo's token server is rate limiting")
        access, new_refresh = body.get("access_token"), body.get("refresh_token")
        if error == 0 and access and new_refresh:
            lifetime = _float(body.get("expires_in"), 90000.0)
            return str(access), str(new_refresh), lifetime
        if error == 0 or response.status_code not in (200, 400, 401, 403):
            raise ZaloBrokenAnswer("Zalo's token answer lacks the new tokens")
        reason = str(body.get("error_description") or body.get("error_name")
                     or body.get("message") or f"error {error}")[:300]
        log.error("Zalo refused the refresh token (%s); a new one must be pasted", reason)
        state.update(self.db, problem=state.PROBLEM_REVOKED, problem_detail=reason)
        return None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _float(value: Any, default: float) -> float:
    try:
        return max(1.0, float(value))
    except (TypeError, ValueError):
        return default
