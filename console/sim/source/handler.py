"""HTTP request handler: routing, auth, faults, and the endpoints of source-api.yaml."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from . import texts
from .catalogue import iso
from .faults import Throttle
from .feed import decode_cursor
from .hostile import HostileBody, gzip_bomb
from .multipart import MultipartError, parse_multipart
from .state import StoredResponse
from .validate import (
    ValidationError,
    validate_as_run,
    validate_contribution,
    validate_devices,
    validate_report,
)
from .wire import dumps

if TYPE_CHECKING:
    import threading
    from collections.abc import Mapping

    from .catalogue import Catalogue
    from .config import SimulatorConfig
    from .faults import FaultInjector
    from .feed import ChangeFeed
    from .hostile import HostileOverlay
    from .media import BulkFiles, MediaPool
    from .state import IdempotencyStore, SimulatorStats, TokenStore

log = logging.getLogger("console.sim.source")

API_PREFIX = "/api/v1"
PROBLEM_BASE = "https://nguon.example.gov.vn/problems/"
MAX_BODY = 256 * 1024 * 1024
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_JSON = "application/json; charset=utf-8"
_PROBLEM = "application/problem+json; charset=utf-8"


class Problem(Exception):
    """An RFC 9457 problem answer."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        slug: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.type = PROBLEM_BASE + slug if slug else "about:blank"
        self.headers = headers or {}


class Simulator(Protocol):
    """What a request handler uses of the simulator (server.SourceSimulator is one)."""

    config: SimulatorConfig
    stats: SimulatorStats
    tokens: TokenStore
    idempotency: IdempotencyStore
    faults: FaultInjector
    hostile: HostileOverlay
    station_code: str
    pool: MediaPool | None
    bulk: BulkFiles | None
    catalogue: Catalogue | None
    feed: ChangeFeed | None

    @property
    def stop_event(self) -> threading.Event: ...

    def accept_as_run(self, body: Mapping[str, Any]) -> tuple[int, int]: ...

    def store_report(self, body: Mapping[str, Any], fingerprint: str) -> tuple[int, Any]: ...

    def store_contribution(self, metadata: Mapping[str, Any],
                           file_info: Mapping[str, Any] | None) -> dict[str, Any]: ...

    def store_devices(self, body: Mapping[str, Any]) -> None: ...


class _Abort(Exception):
    """The connection is unusable (fault injected, client gone): close without answering."""


# (method, pattern, route name, handler method name)
_ROUTES: list[tuple[str, re.Pattern[str], str, str]] = [
    ("POST", re.compile(r"^/auth/token$"), "POST /auth/token", "_auth_token"),
    ("POST", re.compile(r"^/auth/refresh$"), "POST /auth/refresh", "_auth_refresh"),
    ("GET", re.compile(r"^/categories$"), "GET /categories", "_categories"),
    ("GET", re.compile(r"^/items/changes$"), "GET /items/changes", "_changes"),
    ("GET", re.compile(r"^/items/(?P<id>[^/]+)$"), "GET /items/{id}", "_item"),
    ("GET", re.compile(r"^/files/(?P<sha>[^/]+)$"), "GET /files/{sha256}", "_file"),
    ("HEAD", re.compile(r"^/files/(?P<sha>[^/]+)$"), "HEAD /files/{sha256}", "_file"),
    ("POST", re.compile(r"^/broadcast-logs$"), "POST /broadcast-logs", "_broadcast_logs"),
    ("POST", re.compile(r"^/reports$"), "POST /reports", "_reports"),
    ("POST", re.compile(r"^/contributions$"), "POST /contributions", "_contributions"),
    ("PUT", re.compile(r"^/stations/(?P<code>[^/]+)/devices$"), "PUT /stations/{code}/devices",
     "_devices"),
    # Not in the contract: the live streams that `stream` items point at (no auth, no faults).
    ("GET", re.compile(r"^/streams/(?P<name>[^/]+)$"), "GET /streams/{name}", "_stream"),
]
_UNAUTHENTICATED = {"_auth_token", "_auth_refresh", "_stream"}


class SourceRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every answer carries Content-Length
    server_version = "CommuneSourceSim/1.0"
    timeout = 120  # an idle keep-alive connection frees its thread after this

    sim: Simulator  # set on the subclass made by the server

    # -- plumbing ------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("%s %r %s", self.address_string(), getattr(self, "requestline", ""), code)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def _handle(self, method: str) -> None:
        self._started = False  # response headers sent?
        self._fault: str | None = None
        self._body = b""
        try:
            self._body = self._read_body()
            self._dispatch(method)
        except Problem as p:
            self._send_problem(p)
        except _Abort:
            self.close_connection = True
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception:
            log.exception("source simulator: error handling %s %s", method, self.path)
            self.close_connection = True
            if not self._started:
                self._send_problem(
                    Problem(500, "Internal Server Error", "unexpected error", "internal")
                )

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            raise Problem(400, "Bad Request", "invalid Content-Length") from None
        if length < 0:
            self.close_connection = True
            raise Problem(400, "Bad Request", "invalid Content-Length")
        if length > MAX_BODY:
            self.close_connection = True  # the body is not read: the connection cannot go on
            raise Problem(413, "Content Too Large", f"request bodies are limited to {MAX_BODY}")
        data = self.rfile.read(length) if length else b""
        if len(data) < length:
            raise _Abort
        return data

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            if not line:
                raise _Abort
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                self.close_connection = True
                raise Problem(400, "Bad Request", "invalid chunked encoding") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                self.close_connection = True
                raise Problem(413, "Content Too Large", "request body too large")
            parts.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _dispatch(self, method: str) -> None:
        sim = self.sim
        split = urlsplit(self.path)
        path = split.path
        self._query = parse_qs(split.query, keep_blank_values=True)
        if not path.startswith(API_PREFIX + "/"):
            sim.stats.request(f"{method} (unknown)")
            raise Problem(404, "Not Found", f"no resource at {path}", "not-found")
        route_path = path[len(API_PREFIX) :]
        allowed: list[str] = []
        for r_method, pattern, name, func in _ROUTES:
            match = pattern.match(route_path)
            if not match:
                continue
            if r_method != method:
                allowed.append(r_method)
                continue
            sim.stats.request(name)
            params = {k: unquote(v) for k, v in match.groupdict().items()}
            handler: Callable[..., None] = getattr(self, func)
            if func != "_stream":
                self._before(func)
            handler(**params)
            return
        sim.stats.request(f"{method} (unknown)")
        crafted = sim.hostile.paths.get(route_path)
        if crafted is not None and method == "GET":
            self._send_hostile(crafted, "path")
            return
        if allowed:
            raise Problem(405, "Method Not Allowed", f"{method} is not allowed here",
                          headers={"Allow": ", ".join(sorted(set(allowed)))})
        raise Problem(404, "Not Found", f"no resource at {path}", "not-found")

    def _before(self, func: str) -> None:
        """Latency, injected faults, then authentication."""
        cfg = self.sim.config
        if cfg.latency_ms > 0:
            time.sleep(cfg.latency_ms / 1000.0)
        fault = self.sim.faults.pick()
        if fault is not None:
            self.sim.stats.fault(fault)
            if fault == "drop":
                raise _Abort
            if fault == "500":
                raise Problem(500, "Internal Server Error", "injected fault", "internal")
            if fault == "503":
                raise Problem(503, "Service Unavailable", "the source system is busy",
                              "unavailable", headers={"Retry-After": "1"})
            if fault == "429":
                raise Problem(429, "Too Many Requests", "slow down", "rate-limited",
                              headers={"Retry-After": "1"})
            self._fault = fault  # "truncate": applied when the answer is written
        if func not in _UNAUTHENTICATED:
            self._authenticate()

    def _authenticate(self) -> None:
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        state = self.sim.tokens.check(token.strip()) if scheme.lower() == "bearer" else "unknown"
        if state == "ok":
            return
        if state == "expired":
            detail = "the access token has expired"
        else:
            detail = "a valid bearer token is required"
        error = "invalid_token" if header else "invalid_request"
        raise Problem(401, "Unauthorized", detail, "unauthorized",
                      headers={"WWW-Authenticate": f'Bearer realm="source", error="{error}"'})

    # -- writing -------------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes | Iterable[bytes] = b"",
        *,
        content_type: str = _JSON,
        length: int | None = None,
        headers: dict[str, str] | None = None,
        file: bool = False,
    ) -> None:
        head = self.command == "HEAD"  # same headers, never a body
        if (self.sim.config.gzip and content_type == _JSON and isinstance(body, bytes)
                and len(body) > 1024 and "gzip" in (self.headers.get("Accept-Encoding") or "")):
            body = gzip.compress(body, compresslevel=1)
            headers = {**(headers or {}), "Content-Encoding": "gzip"}
        if isinstance(body, bytes | bytearray | memoryview):
            length = len(body)
            pieces: Iterable[bytes] = (bytes(body),) if length else ()
        else:
            assert length is not None
            pieces = body
        self.sim.stats.status(status)
        self._started = True
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if head or status == 304 or not length:
            return
        cut = self.sim.faults.cut_point(length) if self._fault == "truncate" else None
        self._write(pieces, cut, file=file)

    def _write(self, pieces: Iterable[bytes], cut: int | None, *, file: bool) -> None:
        throttle = Throttle(self.sim.config.rate_kbps)
        step = throttle.piece
        sent = 0
        try:
            for piece in pieces:
                view = memoryview(piece)
                for off in range(0, len(view), step):
                    part = view[off : off + step]
                    if cut is not None and sent + len(part) >= cut:
                        part = part[: cut - sent]
                        self.wfile.write(part)
                        self.sim.stats.sent(len(part), file=file)
                        raise _Abort  # the client sees a short body, then EOF
                    self.wfile.write(part)
                    sent += len(part)
                    self.sim.stats.sent(len(part), file=file)
                    throttle.wrote(len(part))
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()

    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, dumps(obj), headers=headers)

    def _send_problem(self, p: Problem) -> None:
        body = dumps({"type": p.type, "title": p.title, "status": p.status, "detail": p.detail})
        try:
            self._send(p.status, body, content_type=_PROBLEM, headers=p.headers)
        except _Abort:
            self.close_connection = True
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    # -- request helpers -----------------------------------------------------------------
    def _send_hostile(self, answer: HostileBody, kind: str, *, file: bool = False) -> None:
        """Write a crafted answer (hostile mode); the connection closes after it."""
        self.sim.hostile.note(kind)
        self.sim.stats.status(answer.status)
        self._started = True
        self.close_connection = True
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if answer.endless:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            length = len(answer.body) if answer.length is None else answer.length
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()
        for piece in answer.pieces(self.sim.stop_event):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if answer.endless else piece)
            self.sim.stats.sent(len(piece), file=file)
        if answer.endless:
            self.wfile.write(b"0\r\n\r\n")

    def _json_body(self) -> Any:
        try:
            return json.loads(self._body.decode("utf-8")) if self._body else None
        except (UnicodeDecodeError, ValueError):
            raise Problem(400, "Bad Request", "the body is not valid JSON", "bad-json") from None

    def _param(self, name: str) -> str | None:
        values = self._query.get(name)
        return values[-1] if values else None

    def _int_param(self, name: str, default: int, lo: int, hi: int) -> int:
        raw = self._param(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise Problem(
                400, "Bad Request", f"{name} must be an integer", "bad-parameter"
            ) from None
        if not lo <= value <= hi:
            raise Problem(400, "Bad Request", f"{name} must be between {lo} and {hi}",
                          "bad-parameter")
        return value

    def _idempotency_key(self) -> str:
        key = (self.headers.get("Idempotency-Key") or "").strip()
        if not key:
            raise Problem(400, "Bad Request", "the Idempotency-Key header is required",
                          "idempotency-key-missing")
        if len(key) > 255:
            raise Problem(400, "Bad Request", "the Idempotency-Key header is too long",
                          "idempotency-key-invalid")
        return key

    def _idempotent(
        self,
        scope: str,
        fingerprint: str,
        process: Callable[[], tuple[int, Any]],
        replay_status: int | None = None,
    ) -> None:
        """Run ``process`` once per Idempotency-Key; replays get the first answer."""
        key = self._idempotency_key()
        store = self.sim.idempotency
        with store.lock:
            stored = store.get(scope, key)
            if stored is None:
                status, obj = process()
                stored = StoredResponse(fingerprint, status, replay_status or status, dumps(obj))
                store.put(scope, key, stored)
                replay = False
            elif stored.fingerprint != fingerprint:
                raise Problem(422, "Unprocessable Content",
                              "this Idempotency-Key was used with a different request body",
                              "idempotency-key-reused")
            else:
                replay = True
        if replay:
            self._send(stored.replay_status, stored.body,
                       headers={"Idempotent-Replayed": "true"})
        else:
            self._send(stored.status, stored.body)

    # -- endpoints -----------------------------------------------------------------------
    def _auth_token(self) -> None:
        body = self._json_body()
        if not isinstance(body, dict) or not all(
            isinstance(body.get(k), str) for k in ("username", "password", "client_id")
        ):
            raise Problem(400, "Bad Request", "username, password and client_id are required",
                          "bad-request")
        cfg = self.sim.config
        if body["username"] != cfg.user or body["password"] != cfg.password:
            raise Problem(401, "Unauthorized", "wrong user name or password", "bad-credentials")
        access, refresh = self.sim.tokens.issue(body["username"])
        self._send_json(200, self._token_answer(access, refresh))

    def _auth_refresh(self) -> None:
        body = self._json_body()
        token = body.get("refresh_token") if isinstance(body, dict) else None
        if not isinstance(token, str):
            raise Problem(400, "Bad Request", "refresh_token is required", "bad-request")
        access = self.sim.tokens.refresh(token)
        if access is None:
            raise Problem(401, "Unauthorized", "the refresh token is not valid",
                          "bad-refresh-token")
        self._send_json(200, self._token_answer(access, token))

    def _token_answer(self, access: str, refresh: str) -> dict[str, Any]:
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.sim.config.token_ttl),
            "refresh_token": refresh,
            "station": dict(texts.STATION),
        }

    def _categories(self) -> None:
        self._send_json(200, {"categories": self.sim.catalogue.categories()})

    def _changes(self) -> None:
        hostile = self.sim.hostile
        if hostile.changes is not None:
            self._send_hostile(hostile.changes, "changes")
            return
        feed = self.sim.feed
        limit = self._int_param("limit", 500, 1, 1000)
        if self.sim.config.page_cap:
            limit = min(limit, self.sim.config.page_cap)
        wait = self._int_param("wait", 0, 0, 60)
        raw = self._param("cursor")
        pos = 0
        if raw:
            cursor = decode_cursor(raw)
            if cursor is None:
                raise Problem(400, "Bad Request", "the cursor is not valid", "invalid-cursor")
            why = feed.check_cursor(cursor, self.sim.config.cursor_ttl)
            if why is not None:
                raise Problem(410, "Gone", f"{why}: start again without a cursor",
                              "cursor-expired")
            pos = cursor.pos
        fault = hostile.feed
        if fault is not None and pos >= fault.after and fault.kind == "stuck":
            hostile.note("feed-stuck")
            self._send_json(200, {"items": [], "deleted": [], "next_cursor": raw or "",
                                  "has_more": True})
            return
        if fault is not None and pos >= fault.after and fault.kind == "bomb" and (
                "gzip" in (self.headers.get("Accept-Encoding") or "")):
            hostile.note("feed-bomb")
            self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
            return
        page = feed.page(pos, limit, as_json=True)
        if page.empty and wait > 0:
            self.sim.stats.long_poll()
            deadline = time.monotonic() + wait
            while page.empty:
                left = deadline - time.monotonic()
                if left <= 0 or not feed.wait_beyond(page.next_pos, left):
                    break
                page = feed.page(page.next_pos, limit, as_json=True)
        if page.has_more:
            feed.prefetch(page.next_pos, limit)
        # Items arrive serialized (cached/prefetched); splice them into the envelope.
        items = list(page.items)
        if pos == 0 and hostile.raw_items:  # hostile mode: crafted items in the first page
            items[:0] = hostile.raw_items
            hostile.note("raw_items")
        next_cursor = feed.cursor_for(page.next_pos)
        if fault is not None:
            if fault.kind == "rewind" and pos >= fault.after and fault.issued:
                hostile.note("feed-rewind")
                next_cursor = fault.issued[0]  # back to where the second page began
            else:
                fault.issued.append(next_cursor)
        body = b"".join((
            b'{"items":[', b",".join(items), b'],"deleted":', dumps(page.deleted),
            b',"next_cursor":', dumps(next_cursor),
            b',"has_more":', b"true" if page.has_more else b"false", b"}",
        ))
        self._send(200, body)

    def _item(self, id: str) -> None:
        item = self.sim.feed.current(id)
        if item is None:
            raise Problem(404, "Not Found", f"no item {id!r}", "item-not-found")
        self._send_json(200, item)

    def _file(self, sha: str) -> None:
        head = self.command == "HEAD"
        hostile = self.sim.hostile.files.get(sha)
        if hostile is not None and not head:
            self._send_hostile(hostile, "file", file=True)
            return
        if not _SHA_RE.match(sha):
            raise Problem(404, "Not Found", "no such file", "file-not-found")
        pool, bulk = self.sim.pool, self.sim.bulk
        media = pool.get(sha)
        bulk_index = None if media is not None else bulk.index_of(sha)
        if media is None and bulk_index is None:
            raise Problem(404, "Not Found", "no such file", "file-not-found")
        size = media.size if media is not None else bulk.size
        mime = media.mime if media is not None else "video/mp4"
        etag = f'"{sha}"'
        base_headers = {"ETag": etag, "Accept-Ranges": "bytes",
                        "Cache-Control": "public, max-age=31536000, immutable"}
        if etag in [t.strip() for t in self.headers.get("If-None-Match", "").split(",")]:
            self._send(304, headers=base_headers)
            return
        start, end = 0, size  # [start, end)
        status = 200
        rng = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if rng and (if_range is None or if_range.strip() == etag):
            parsed = _parse_range(rng, size)
            if parsed == "unsatisfiable":
                raise Problem(416, "Range Not Satisfiable", f"the file has {size} bytes",
                              "range-not-satisfiable", headers={"Content-Range": f"bytes */{size}"})
            if parsed is not None:
                start, end = parsed
                status = 206
                base_headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
        if head:
            self._send(status, (), content_type=mime, length=end - start, headers=base_headers)
            return
        pieces: Iterable[bytes]
        if media is not None:
            pieces = (memoryview(pool.data(sha))[start:end],)  # type: ignore[arg-type]
        else:
            assert bulk_index is not None
            pieces = bulk.iter_range(bulk_index, start, end)
        self._send(status, pieces, content_type=mime, length=end - start, headers=base_headers,
                   file=True)

    def _stream(self, name: str) -> None:
        clips = self.sim.pool.of_kind("audio")
        if not clips or not name.endswith(".mp3"):
            raise Problem(404, "Not Found", "no such stream", "stream-not-found")
        clip = max(clips, key=lambda c: c.duration or 0)
        self._send(200, self.sim.pool.data(clip.sha256), content_type="audio/mpeg",
                   headers={"Cache-Control": "no-store"})

    def _broadcast_logs(self) -> None:
        body = self._json_body()
        fingerprint = _fingerprint(body)

        def process() -> tuple[int, Any]:
            try:
                validate_as_run(body, self.sim.station_code)
            except ValidationError as e:
                raise Problem(422, "Unprocessable Content", str(e), "invalid-body") from None
            accepted, duplicates = self.sim.accept_as_run(body)
            return 202, {"accepted": accepted, "duplicates": duplicates}

        self._idempotent("broadcast-logs", fingerprint, process)

    def _reports(self) -> None:
        body = self._json_body()
        fingerprint = _fingerprint(body)

        def process() -> tuple[int, Any]:
            try:
                validate_report(body, self.sim.station_code)
            except ValidationError as e:
                raise Problem(422, "Unprocessable Content", str(e), "invalid-body") from None
            return self.sim.store_report(body, fingerprint)

        self._idempotent("reports", fingerprint, process, replay_status=200)

    def _contributions(self) -> None:
        ctype = self.headers.get("Content-Type", "")
        try:
            parts = parse_multipart(self._body, ctype)
        except MultipartError as e:
            raise Problem(400, "Bad Request", str(e), "bad-multipart") from None
        meta_part = parts.get("metadata")
        if meta_part is None:
            raise Problem(400, "Bad Request", "the metadata part is required", "bad-multipart")
        try:
            metadata = json.loads(meta_part.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Problem(400, "Bad Request", "metadata is not valid JSON", "bad-json") from None
        file_part = parts.get("file")
        file_info = None
        if file_part is not None:
            file_info = {
                "name": file_part.filename,
                "mime": file_part.content_type,
                "size": len(file_part.data),
                "sha256": hashlib.sha256(file_part.data).hexdigest(),
            }
        fingerprint = _fingerprint({"metadata": metadata, "file": file_info})

        def process() -> tuple[int, Any]:
            try:
                validate_contribution(metadata)
            except ValidationError as e:
                raise Problem(422, "Unprocessable Content", str(e), "invalid-body") from None
            return 201, self.sim.store_contribution(metadata, file_info)

        self._idempotent("contributions", fingerprint, process)

    def _devices(self, code: str) -> None:
        if code != self.sim.station_code:
            raise Problem(404, "Not Found", f"no station {code!r}", "station-not-found")
        body = self._json_body()
        fingerprint = _fingerprint(body)

        def process() -> tuple[int, Any]:
            try:
                validate_devices(body)
            except ValidationError as e:
                raise Problem(422, "Unprocessable Content", str(e), "invalid-body") from None
            self.sim.store_devices(body)
            return 200, {"stored": len(body["devices"]), "received_at": iso(time.time())}

        self._idempotent(f"devices:{code}", fingerprint, process)


def _fingerprint(obj: Any) -> str:
    """Semantic body hash: key order and whitespace (and multipart boundaries) don't count."""
    canon = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """[start, end) for one 'bytes=' range; 'unsatisfiable'; None to ignore (RFC 9110)."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # other units and multi-range requests: answer the whole file
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return "unsatisfiable"
    try:
        if first == "":  # suffix: the last N bytes
            n = int(last)
            if n <= 0:
                return "unsatisfiable"
            return max(0, size - n), size
        start = int(first)
        end = int(last) + 1 if last != "" else size
    except ValueError:
        return "unsatisfiable"
    if start < 0 or start >= size or end <= start:
        return "unsatisfiable"
    return start, min(end, size)
