"""HTTP client of the source system (reference profile, contracts/source-api.yaml).

Timeouts on every call, TLS verified (optionally against a provincial CA bundle),
jittered back-off honouring Retry-After, tokens refreshed transparently. Passwords and
tokens live in the SecretStore (the OS keyring), never in the database or logs.
"""

from __future__ import annotations

import email.utils
import json
import logging
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import orjson
import requests
import urllib3
from requests.adapters import HTTPAdapter

from .. import __version__
from ..retry import RetryPolicy, parse_retry_after, sleep
from ..secrets import SecretStore
from ..text.translatable import QT_TRANSLATE_NOOP, Reason
from ..tlspin import pin_session
from .errors import (
    AnswerRefused,
    BrokenAnswer,
    Cancelled,
    CursorExpired,
    LoginFailed,
    NotLoggedIn,
    PermanentError,
    ProtocolError,
    SourceUnavailable,
    Stalled,
)
from .pages import INVALID_UTF8, decode_page

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 60.0
MAX_JSON_BYTES = 64 * 1024 * 1024  # a page of 1000 items at the contract's limits fits well
# A compressed answer may expand this many times its size at most (JSON pages shrink some
# 5 to 20 times; a "zip bomb" a thousand times), once it has expanded past a megabyte.
MAX_EXPANSION = 200
EXPANSION_FREE_BYTES = 2**20
# Content codings the client asks for and undoes itself (requests would also announce
# brotli or zstd when they happen to be installed, and leave the body coded).
ACCEPT_ENCODING = "gzip, deflate"
# An answer that crawls (a "slow drip") is given up: fewer than STALL_MIN_BYTES within any
# STALL_WINDOW_S is below 1 kbit/s, far under the slowest 3G link that still works.
STALL_WINDOW_S = 30.0
STALL_MIN_BYTES = 4096
READ_PIECE = 256 * 1024
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}

PASSWORD_KEY = "source.password"
ACCESS_KEY = "source.access_token"
REFRESH_KEY = "source.refresh_token"


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    commune_code: str
    province_code: str


@dataclass(frozen=True)
class ChangesPage:
    items: list[dict[str, Any]]
    deleted: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


def normalise_base(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url if url.endswith("/") else url + "/"


class SourceClient:
    """One account on one source server."""

    def __init__(
        self,
        base_url: str,
        username: str,
        secrets: SecretStore,
        *,
        verify: bool | str = True,
        policy: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        pool_size: int = 8,
        on_link: Callable[[str], None] | None = None,
        tls_pin: str | None = None,
        on_bytes: Callable[[int], None] | None = None,
    ) -> None:
        self.base_url = normalise_base(base_url)
        # Told the size of every piece of an answer's body as it arrives (the day's data
        # use); file bodies are counted by the downloader, which knows what they are for.
        self.on_bytes = on_bytes
        self.username = username
        self.secrets = secrets
        self.policy = policy or RetryPolicy()
        self.cancel = cancel
        self.on_link = on_link
        self.station: StationInfo | None = None
        self.clock_skew_s: float | None = None  # server clock minus ours, from Date headers
        self._expires_at = 0.0
        self._token_lock = threading.Lock()
        self.session = requests.Session()
        self.session.verify = verify
        self.session.headers["User-Agent"] = f"commune-console/{__version__}"
        self.session.headers["Accept-Encoding"] = ACCEPT_ENCODING
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=pool_size, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        if tls_pin:  # this server's own certificate, by fingerprint, instead of a CA
            pin_session(self.session, self.base_url, tls_pin, pool_connections=2,
                        pool_maxsize=pool_size, max_retries=0)
        elif verify is False:
            log.warning("TLS certificate verification is OFF for %s", self.base_url)

    # -- URLs -------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path.lstrip("/"))

    def owns(self, url: str) -> bool:
        """True when `url` is on the configured server, under its API base."""
        base, other = urlsplit(self.base_url), urlsplit(url)
        return (other.scheme, other.netloc) == (base.scheme, base.netloc) and (
            other.path.startswith(base.path)
        )

    # -- authentication ---------------------------------------------------------------

    def login(self, password: str | None = None, *, remember: bool = True) -> StationInfo:
        """Log in with a password (or the stored one) and keep the tokens in the keyring."""
        if password is None:
            password = self.secrets.get(PASSWORD_KEY)
            if not password:
                raise NotLoggedIn(QT_TRANSLATE_NOOP(
                    "Errors", "no password stored for the source system: log in first"))
        body = {"username": self.username, "password": password,
                "client_id": f"commune-console/{__version__}", "device_name": "commune-console"}
        resp = self._send("POST", "auth/token", json_body=body, auth=False)
        try:
            if resp.status_code == 401:
                raise LoginFailed(QT_TRANSLATE_NOOP("Errors", "the source system refused user "
                                                    "{user}: {problem}"),
                                  user=repr(self.username), problem=_problem_detail(resp))
            self._check(resp, {200})
            self._take_tokens(_json(resp))
        finally:
            resp.close()
        if remember:
            self.secrets.set(PASSWORD_KEY, password)
        assert self.station is not None
        return self.station

    def _take_tokens(self, data: dict[str, Any]) -> None:
        try:
            access, refresh = str(data["access_token"]), str(data["refresh_token"])
            expires = float(data["expires_in"])
            station = data.get("station")
        except (KeyError, TypeError, ValueError) as exc:
            raise ProtocolError(QT_TRANSLATE_NOOP("Errors", "token answer is missing {field}"),
                                field=str(exc)) from exc
        self.secrets.set(ACCESS_KEY, access)
        self.secrets.set(REFRESH_KEY, refresh)
        self._expires_at = time.monotonic() + max(0.0, expires - 30.0)
        if isinstance(station, dict):
            self.station = StationInfo(
                code=str(station.get("code", "")), name=str(station.get("name", "")),
                commune_code=str(station.get("commune_code", "")),
                province_code=str(station.get("province_code", "")),
            )

    def _refresh(self) -> None:
        """New access token from the refresh token; falls back to the stored password."""
        refresh = self.secrets.get(REFRESH_KEY)
        if refresh:
            resp = self._send("POST", "auth/refresh", json_body={"refresh_token": refresh},
                              auth=False)
            if resp.status_code == 200:
                self._take_tokens(_json(resp))
                return
            resp.close()
        self.login(remember=False)

    def _token(self) -> str:
        with self._token_lock:
            token = self.secrets.get(ACCESS_KEY)
            if not token or time.monotonic() >= self._expires_at:
                self._refresh()
                token = self.secrets.get(ACCESS_KEY)
            assert token
            return token

    def _invalidate(self, used: str) -> None:
        with self._token_lock:
            if self.secrets.get(ACCESS_KEY) == used:
                self._expires_at = 0.0

    # -- the request loop ---------------------------------------------------------------

    def _send(self, method: str, path: str, *, json_body: Any = None, auth: bool = True,
              params: dict[str, Any] | None = None, headers: dict[str, str] | None = None,
              stream: bool = True, timeout: float | None = None,
              files: Any = None, data: Any = None) -> requests.Response:
        """Send with retries; returns the first non-transient answer.

        Bodies are streamed (and read by `_json`/`read_body` under their limits): an endless
        or dripping answer never lands in memory whole. The caller closes the response.
        """
        url = path if path.startswith(("http://", "https://")) else self.url(path)
        attempt = 0
        refreshed = False
        while True:
            attempt += 1
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled("cancelled")
            hdrs = dict(headers or {})
            token = None
            if auth:
                token = self._token()
                hdrs["Authorization"] = f"Bearer {token}"
            try:
                resp = self.session.request(
                    method, url, json=json_body, params=params, headers=hdrs, stream=stream,
                    timeout=(CONNECT_TIMEOUT_S, timeout or READ_TIMEOUT_S), files=files,
                    data=data, allow_redirects=False,
                    # Given per request: the environment's REQUESTS_CA_BUNDLE would
                    # otherwise replace the station's own CA bundle.
                    verify=self.session.verify,
                )
            except requests.exceptions.SSLError as exc:
                self._link("offline")
                raise SourceUnavailable(QT_TRANSLATE_NOOP("Errors", "TLS check failed for "
                                                          "{url}: {error}"),
                                        url=self.base_url, error=str(exc)) from exc
            except (requests.ConnectionError, requests.Timeout,
                    requests.exceptions.ChunkedEncodingError) as exc:
                reason = Reason(QT_TRANSLATE_NOOP("Errors", "cannot reach the source system "
                                                  "({error})"), {"error": type(exc).__name__})
                self._retry_or_raise(attempt, None, reason)
                continue
            self._note_clock(resp)
            if resp.status_code == 401 and auth and not refreshed:
                resp.close()
                refreshed = True
                assert token is not None
                self._invalidate(token)
                continue
            if resp.status_code in TRANSIENT_STATUS:
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                resp.close()
                self._retry_or_raise(attempt, retry_after, Reason(QT_TRANSLATE_NOOP(
                    "Errors", "the source system answered {code}"), {"code": resp.status_code}))
                continue
            self._link("online")
            resp.count_bytes = self.on_bytes  # type: ignore[attr-defined]  # read_body's
            return resp

    def _retry_or_raise(self, attempt: int, retry_after: float | None, reason: Reason) -> None:
        if attempt >= self.policy.attempts:
            self._link("offline")
            raise SourceUnavailable(QT_TRANSLATE_NOOP("Errors", "{reason}; gave up after "
                                                      "{tries} tries"),
                                    reason=reason, tries=attempt)
        self._link("degraded")
        delay = self.policy.delay(attempt, retry_after)
        log.info("%s; retrying in %.1f s", reason, delay)
        if not sleep(delay, self.cancel):
            raise Cancelled("cancelled")

    def _link(self, state: str) -> None:
        if self.on_link is not None:
            self.on_link(state)

    def _note_clock(self, resp: requests.Response) -> None:
        date = resp.headers.get("Date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        self.clock_skew_s = server - time.time()

    def _check(self, resp: requests.Response, ok: set[int]) -> None:
        if resp.status_code in ok:
            return
        detail = _problem_detail(resp)
        if resp.status_code == 410:
            raise CursorExpired(detail)
        if 400 <= resp.status_code < 500:
            raise PermanentError(QT_TRANSLATE_NOOP("Errors", "the source system refused the "
                                                   "request ({code}: {problem})"),
                                 resp.status_code, code=resp.status_code, problem=detail)
        raise ProtocolError(QT_TRANSLATE_NOOP("Errors", "unexpected answer {code}: {problem}"),
                            code=resp.status_code, problem=detail)

    def _get_json(self, path: str, *, params: dict[str, Any] | None = None,
                  timeout: float | None = None, lenient: bool = False,
                  page: bool = False) -> Any:
        """GET a JSON document; a truncated or garbled body is retried like a dropped link.

        `lenient`: a page of items whose text holds bytes that are not UTF-8 is kept; only
        the items holding them are marked (and later rejected), the rest of the page goes on.
        `page`: a change-feed page comes back as a ChangesPage of undecoded items when its
        envelope is plain JSON (pages.decode_page), else as what the general path reads.
        """
        attempt = 0
        while True:
            attempt += 1
            resp = self._send("GET", path, params=params, timeout=timeout, stream=True)
            try:
                self._check(resp, {200})
                return _json(resp, lenient=lenient, page=page)
            except (requests.exceptions.ChunkedEncodingError, requests.ConnectionError,
                    BrokenAnswer) as exc:
                detail = str(exc) if isinstance(exc, BrokenAnswer) else type(exc).__name__
                reason = f"broken answer from the source system ({detail})"
                self._retry_or_raise(attempt, None, reason)
            except ProtocolError as exc:
                # A limit broken or the contract not followed: the same request would get
                # the same answer, so it is not asked again in this run.
                log.warning("answer to GET %s refused: %s", path, exc)
                raise
            finally:
                resp.close()

    # -- the operations of the contract ---------------------------------------------------

    def categories(self) -> list[dict[str, Any]]:
        data = self._get_json("categories")
        cats = data.get("categories") if isinstance(data, dict) else None
        if not isinstance(cats, list):
            raise ProtocolError(QT_TRANSLATE_NOOP("Errors", "categories answer has no list"))
        return cats

    def changes(self, cursor: str | None, *, limit: int = 500, wait: int = 0) -> ChangesPage:
        """One page of changes. Its items come as pages.RawItem (checked later, straight
        from their bytes) or, for an answer only the general JSON path reads, as dicts."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if wait:
            params["wait"] = wait
        data = self._get_json("items/changes", params=params,
                              timeout=READ_TIMEOUT_S + wait, lenient=True, page=True)
        if isinstance(data, ChangesPage):
            return data
        if not isinstance(data, dict):
            raise AnswerRefused("the change feed's answer does not follow the contract: "
                                "refused")
        items, deleted = data.get("items"), data.get("deleted")
        next_cursor, has_more = data.get("next_cursor"), data.get("has_more")
        if not isinstance(items, list) or not isinstance(deleted, list) or not isinstance(
                next_cursor, str) or not isinstance(has_more, bool):
            raise AnswerRefused("the change feed's answer does not follow the contract: "
                                "refused")
        return ChangesPage(items, deleted, next_cursor, has_more)

    def item(self, item_id: str) -> dict[str, Any] | None:
        resp = self._send("GET", f"items/{requests.utils.quote(item_id, safe='')}")
        try:
            if resp.status_code == 404:
                return None
            self._check(resp, {200})
            return _json(resp)
        finally:
            resp.close()

    def open_file(self, url: str, offset: int = 0) -> requests.Response:
        """Start a download (streaming); the caller reads and closes it."""
        if not self.owns(url):
            raise PermanentError(QT_TRANSLATE_NOOP("Errors", "file URL is not on the source "
                                                   "server: {url}"), url=url)
        # Media as stored (no content coding): Range offsets and sizes are the file's bytes.
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        resp = self._send("GET", url, headers=headers, stream=True)
        resp.count_bytes = None  # type: ignore[attr-defined]  # the downloader counts them
        if resp.status_code == 416:
            resp.close()
            raise PermanentError(QT_TRANSLATE_NOOP("Errors", "the server has fewer bytes than "
                                                   "we already hold"), 416)
        try:
            self._check(resp, {200, 206})
        except Exception:
            resp.close()
            raise
        return resp

    def post(self, path: str, body: Any, idempotency_key: str, *,
             method: str = "POST") -> tuple[int, Any]:
        resp = self._send(method, path, json_body=body,
                          headers={"Idempotency-Key": idempotency_key})
        try:
            self._check(resp, {200, 201, 202})
            return resp.status_code, _json(resp, allow_empty=True)
        finally:
            resp.close()

    def post_multipart(self, path: str, fields: dict[str, str],
                       file_part: tuple[str, Iterator[bytes] | bytes, str] | None,
                       idempotency_key: str) -> tuple[int, Any]:
        files: dict[str, Any] = {k: (None, v, "application/json") for k, v in fields.items()}
        if file_part is not None:
            files["file"] = file_part
        resp = self._send("POST", path, files=files, headers={"Idempotency-Key": idempotency_key})
        try:
            self._check(resp, {200, 201, 202})
            return resp.status_code, _json(resp, allow_empty=True)
        finally:
            resp.close()

    def close(self) -> None:
        self.session.close()


def read_body(resp: requests.Response, piece: int = READ_PIECE) -> Iterator[bytes]:
    """The body as it arrives (read1: whatever the socket has, never waiting for a full
    piece), abandoned with `Stalled` when it crawls below STALL_MIN_BYTES per window."""
    window_start, window_bytes = time.monotonic(), 0
    count = getattr(resp, "count_bytes", None)
    try:
        while True:
            data = resp.raw.read1(piece)
            if not data:
                return
            if count is not None:
                count(len(data))
            window_bytes += len(data)
            now = time.monotonic()
            if now - window_start >= STALL_WINDOW_S:
                if window_bytes < STALL_MIN_BYTES:
                    raise Stalled(QT_TRANSLATE_NOOP("Errors", "the answer from {path} crawls "
                                                    "at {bytes} bytes in {seconds} s; given up"),
                                  path=urlsplit(resp.url).path, bytes=window_bytes,
                                  seconds=f"{now - window_start:.0f}")
                window_start, window_bytes = now, 0
            yield data
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.ReadTimeoutError,
            urllib3.exceptions.DecodeError, OSError) as exc:
        raise BrokenAnswer(QT_TRANSLATE_NOOP("Errors", "the answer broke off ({error})"),
                           error=type(exc).__name__) from exc


# orjson parses a page of 1,000 items in a third of json's time, but a single huge string
# costs it some 15 times its size in passing: larger answers go to json.
FAST_JSON_MAX_BYTES = 3 * 2**20


def _json(resp: requests.Response, *, lenient: bool = False, allow_empty: bool = False,
          page: bool = False) -> Any:
    """Parse a JSON body, refusing bodies larger than any the contract allows."""
    if getattr(resp, "_content_consumed", False):  # already read by requests
        raw = resp.content or b""
        return None if allow_empty and not raw.strip() else _decode_json(resp, raw, lenient)
    chunks: list[bytes] = []
    total = 0
    path = urlsplit(resp.url).path
    for chunk in _decoded(resp, read_body(resp)):
        total += len(chunk)
        if total > MAX_JSON_BYTES:
            raise AnswerRefused("the answer from {path} is larger than {limit} MiB: refused",
                                path=path, limit=MAX_JSON_BYTES // 2**20)
        chunks.append(chunk)
    raw = b"".join(chunks)
    del chunks
    if allow_empty and not raw.strip():
        return None
    if page:
        decoded = decode_page(raw)
        if decoded is not None:
            return ChangesPage(*decoded)
    return _decode_json(resp, raw, lenient)


def _decoded(resp: requests.Response, pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The body without its content coding (gzip or deflate), expanded under the limits:
    never more than MAX_JSON_BYTES + 1 in hand, never more than MAX_EXPANSION times what
    arrived (a small answer that would expand without end is refused while it is small)."""
    coding = resp.headers.get("Content-Encoding", "").strip().lower()
    if coding in {"", "identity"}:
        yield from pieces
        return
    path = urlsplit(resp.url).path
    if coding not in {"gzip", "x-gzip", "deflate"}:
        raise AnswerRefused("the answer from {path} is coded as {coding}, which was not "
                            "asked for: refused", path=path, coding=coding[:40])
    inflater: Any = None
    received = produced = 0
    for piece in pieces:
        received += len(piece)
        if inflater is None:
            # deflate is meant as zlib-wrapped but some servers send it raw.
            wbits = 31 if coding != "deflate" else (15 if piece[:1] == b"\x78" else -15)
            inflater = zlib.decompressobj(wbits)
        data = piece
        while data:
            try:
                out = inflater.decompress(data, MAX_JSON_BYTES + 1 - produced)
            except zlib.error as exc:
                raise AnswerRefused("the compressed answer from {path} is damaged: refused",
                                    path=path) from exc
            produced += len(out)
            if produced > MAX_JSON_BYTES:
                raise AnswerRefused("the answer from {path} expands past {limit} MiB: refused",
                                    path=path, limit=MAX_JSON_BYTES // 2**20)
            if produced > EXPANSION_FREE_BYTES and produced > MAX_EXPANSION * received:
                raise AnswerRefused("the compressed answer from {path} expands more than "
                                    "{ratio} times: refused", path=path, ratio=MAX_EXPANSION)
            if out:
                yield out
            data = inflater.unconsumed_tail
            if inflater.eof:
                break
    if inflater is not None and not inflater.eof:
        raise BrokenAnswer(QT_TRANSLATE_NOOP("Errors", "the compressed answer broke off"))



def _decode_json(resp: requests.Response, raw: bytes, lenient: bool) -> Any:
    if len(raw) <= FAST_JSON_MAX_BYTES:
        try:  # the usual answer: strict UTF-8 JSON, parsed without a decoded copy
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass  # odd but maybe acceptable (big integers, lone surrogates): json decides
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if not lenient:
            raise AnswerRefused("the answer from {path} is not valid UTF-8: refused",
                                path=_path(resp)) from exc
    except ValueError as exc:
        # The body arrived whole (a short one raised on the way): it is the server's own.
        raise AnswerRefused("the answer from {path} is not JSON: refused",
                            path=_path(resp)) from exc
    # Bytes that are not UTF-8 become lone surrogates, which no stored text may hold.
    try:
        data = json.loads(raw.decode("utf-8", "surrogateescape"))
    except ValueError as exc:
        raise AnswerRefused("the answer from {path} is not JSON: refused",
                            path=_path(resp)) from exc
    log.warning("the answer from %s holds bytes that are not UTF-8; the items holding "
                "them are rejected", _path(resp))
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data["items"] = [_mark_invalid_text(item) for item in data["items"]]
        if isinstance(data.get("deleted"), list):
            data["deleted"] = [d for d in data["deleted"] if _encodable(d)]
        if _encodable({k: v for k, v in data.items() if k not in {"items", "deleted"}}):
            return data
    raise AnswerRefused("the answer from {path} is not valid UTF-8: refused",
                        path=_path(resp))


def _path(resp: requests.Response | None) -> str:
    return urlsplit(resp.url).path if resp is not None and resp.url else "(answer)"


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _mark_invalid_text(item: Any) -> Any:
    if _encodable(item):
        return item
    ident = item.get("id") if isinstance(item, dict) else None
    safe = ident.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace") if (
        isinstance(ident, str)) else None
    return {"id": safe, INVALID_UTF8: True}


def _problem_detail(resp: requests.Response) -> str:
    """The `detail` of a problem answer, read no further than its first 64 KiB."""
    try:
        if getattr(resp, "_content_consumed", False):
            head = (resp.content or b"")[:65536]
        else:
            pieces: list[bytes] = []
            for piece in read_body(resp, 16384):
                pieces.append(piece)
                if sum(map(len, pieces)) >= 65536:
                    break
            head = b"".join(pieces)[:65536]
        data = json.loads(head.decode("utf-8", "replace"))
        if isinstance(data, dict):
            return str(data.get("detail") or data.get("title") or resp.status_code)[:300]
    except (ValueError, BrokenAnswer):
        pass
    return f"HTTP {resp.status_code}"
