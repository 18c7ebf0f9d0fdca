"""The calls of contracts/zalo-oa.md, one method each.

Every call sends the OA access token in an `access_token` header; every answer is JSON with
`error` (0 = success) and `message`. A non-zero error with HTTP 200 is a failure: -216 (the
token is invalid or expired) renews the token once and asks again, -32 is a rate limit.
Unknown fields are ignored; a missing field the contract promises is a broken answer.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import requests
import urllib3

from .. import __version__
from ..db import Database
from ..secrets import SecretStore
from . import state
from .errors import (
    ZaloBrokenAnswer,
    ZaloError,
    ZaloNotConnected,
    ZaloRateLimited,
    ZaloRefused,
    ZaloTokenInvalid,
    ZaloUnavailable,
)
from .tokens import TokenKeeper

log = logging.getLogger(__name__)

TOKEN_INVALID = -216
RATE_LIMITED = -32
RATE_LIMIT_WAIT_S = 60.0
MAX_IMAGE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class OaInfo:
    oa_id: str
    name: str
    description: str
    followers: int
    avatar: str


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str
    status: str
    total_view: int
    create_date: Any


def _need(data: Any, *fields: str, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ZaloBrokenAnswer(f"the answer to {what} has no data object")
    missing = [f for f in fields if f not in data]
    if missing:
        raise ZaloBrokenAnswer(f"the answer to {what} lacks {', '.join(missing)}")
    return data


def _count(value: Any, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ZaloBrokenAnswer(f"{what} is not a number: {value!r}") from None


def _never_connected(exc: requests.RequestException) -> bool:
    """True when no connection was made, so the request never left this computer."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    if not isinstance(exc, requests.ConnectionError):
        return False
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # urllib3's MaxRetryError wraps the cause
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


class ZaloClient:
    """The OA's API as methods; raises the errors of errors.py."""

    def __init__(self, db: Database, secrets: SecretStore, *,
                 connection: state.Connection | None = None,
                 timeout: tuple[float, float] = (10.0, 30.0),
                 cancel: threading.Event | None = None,
                 rate_limit_wait_s: float = RATE_LIMIT_WAIT_S) -> None:
        self.db = db
        self.rate_limit_wait_s = rate_limit_wait_s
        self.connection = connection or state.read(db)
        if not self.connection.configured:
            raise ZaloNotConnected("the Zalo OA is not connected")
        self.timeout = timeout
        self.cancel = cancel
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"commune-console/{__version__}"
        self.tokens = TokenKeeper(db, secrets, self.http, timeout=timeout)
        self.calls = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ZaloClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the transport -------------------------------------------------------------------

    def _call(self, method: str, path: str, *, json: Any = None,
              params: dict[str, Any] | None = None,
              files: dict[str, tuple[str, bytes, str]] | None = None,
              renew: bool = True) -> Any:
        try:
            token = self.tokens.access_token()
        except ZaloUnavailable as exc:
            raise ZaloUnavailable(str(exc), maybe_sent=False) from None
        url = self.connection.api_url.rstrip("/") + path
        self.calls += 1
        try:
            response = self.http.request(method, url, headers={"access_token": token},
                                         json=json, params=params, files=files,
                                         timeout=self.timeout)
        except requests.RequestException as exc:
            raise ZaloUnavailable(f"Zalo did not answer {path}: {type(exc).__name__}",
                                  maybe_sent=not _never_connected(exc)) from None
        if response.status_code == 429:
            raise ZaloRateLimited(f"{path}: HTTP 429", self.rate_limit_wait_s)
        if response.status_code >= 500:
            raise ZaloUnavailable(f"{path}: HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise ZaloBrokenAnswer(f"{path}: the answer is not JSON "
                                   f"(HTTP {response.status_code})") from None
        if not isinstance(body, dict) or "error" not in body:
            raise ZaloBrokenAnswer(f"{path}: the answer has no error field")
        try:
            error = int(body["error"])
        except (TypeError, ValueError):
            raise ZaloBrokenAnswer(f"{path}: the error field is not a number") from None
        message = str(body.get("message") or "")[:300]
        if error == 0 and response.status_code == 200:
            return body.get("data")
        if error == TOKEN_INVALID:
            if renew:
                self.tokens.renew(stale=token)
                return self._call(method, path, json=json, params=params, files=files,
                                  renew=False)
            raise ZaloTokenInvalid(f"{path}: the access token is refused ({message})")
        if error == RATE_LIMITED:
            raise ZaloRateLimited(f"{path}: rate limited ({message})",
                                  self.rate_limit_wait_s)
        raise ZaloRefused(f"{path}: error {error} ({message or response.status_code})",
                          error or response.status_code)

    # -- the calls -----------------------------------------------------------------------

    def get_oa(self) -> OaInfo:
        data = _need(self._call("GET", "/v2.0/oa/getoa"), "oa_id", "name", "description",
                     "num_follower", "avatar", what="getoa")
        return OaInfo(str(data["oa_id"]), str(data["name"]), str(data["description"] or ""),
                      _count(data["num_follower"], "num_follower"), str(data["avatar"] or ""))

    def follower_total(self) -> int:
        data = _need(self._call("POST", "/v3.0/oa/user/getlist",
                                json={"offset": 0, "count": 50, "is_follower": True}),
                     "total", "count", "offset", "users", what="user/getlist")
        return _count(data["total"], "total")

    def upload_image(self, name: str, content: bytes, mime: str) -> tuple[str, str]:
        """(attachment_id, url) of an uploaded jpg or png of at most 1 MB."""
        if mime not in ("image/jpeg", "image/png"):
            raise ValueError(f"Zalo takes jpg or png images, not {mime}")
        if len(content) > MAX_IMAGE_BYTES:
            raise ValueError("Zalo takes images of at most 1 MB")
        data = _need(self._call("POST", "/v2.0/oa/upload/image",
                                files={"file": (name, content, mime)}),
                     "attachment_id", "url", what="upload/image")
        return str(data["attachment_id"]), str(data["url"])

    def create_article(self, article: dict[str, Any]) -> str:
        """The token of an article being made (ask verify_article for its id)."""
        data = _need(self._call("POST", "/v2.0/article/create", json=article), "token",
                     what="article/create")
        if not data["token"]:
            raise ZaloBrokenAnswer("article/create answered an empty token")
        return str(data["token"])

    def verify_article(self, token: str) -> str | None:
        """The article's id, or None while Zalo is still making it."""
        data = _need(self._call("POST", "/v2.0/article/verify", json={"token": token}), "id",
                     what="article/verify")
        return str(data["id"]) if data["id"] else None

    def article_detail(self, article_id: str) -> dict[str, Any]:
        return _need(self._call("GET", "/v2.0/article/getdetail", params={"id": article_id}),
                     "status", "total_view", "total_share", what="article/getdetail")

    def list_articles(self, offset: int = 0, limit: int = 10) -> list[ArticleSummary]:
        data = _need(self._call("GET", "/v2.0/article/getslice",
                                params={"offset": offset, "limit": limit, "type": "normal"}),
                     "medias", what="article/getslice")
        medias = data["medias"]
        if not isinstance(medias, list):
            raise ZaloBrokenAnswer("article/getslice: medias is not a list")
        out = []
        for media in medias:
            media = _need(media, "id", "title", "status", "total_view", "create_date",
                          what="article/getslice")
            out.append(ArticleSummary(str(media["id"]), str(media["title"]),
                                      str(media["status"]),
                                      _count(media["total_view"], "total_view"),
                                      media["create_date"]))
        return out

    def remove_article(self, article_id: str) -> None:
        self._call("POST", "/v2.0/article/remove", json={"id": article_id})


__all__ = ["ArticleSummary", "OaInfo", "ZaloClient", "ZaloError"]
