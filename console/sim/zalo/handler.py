"""The HTTP side of the Zalo simulator: the token endpoint and the OA calls."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from ..source.multipart import MultipartError, parse_multipart
from .state import OaState, SimArticle, Stats

log = logging.getLogger("console.sim.zalo")

ERR_INVALID_TOKEN = -216
ERR_RATE_LIMIT = -32
ERR_PARAMS = -201
ERR_NOT_FOUND = -210
ERR_REFRESH = -14014
ERR_SECRET = -14002
MAX_BODY = 4 * 1024 * 1024
TITLE_MAX, AUTHOR_MAX, DESCRIPTION_MAX = 150, 50, 300


class Simulator(Protocol):
    """What a request handler uses of the simulator (server.ZaloSimulator is one)."""

    oa: OaState
    stats: Stats

    @property
    def url(self) -> str: ...


class ZaloHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ZaloSim/1.0"
    disable_nagle_algorithm = True
    sim: Simulator  # set on the bound subclass

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    # -- plumbing --------------------------------------------------------------------------

    def _send(self, body: dict[str, Any], code: int = 200) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _ok(self, data: Any = None) -> None:
        body: dict[str, Any] = {"error": 0, "message": "Success"}
        if data is not None:
            body["data"] = data
        self._send(body)

    def _error(self, code: int, message: str) -> None:
        self._send({"error": code, "message": message})

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send({"error": ERR_PARAMS, "message": "Request too large"}, 413)
            return None
        return self.rfile.read(length) if length else b""

    def _json(self) -> dict[str, Any] | None:
        raw = self._body()
        if raw is None:
            return None
        try:
            value = json.loads(raw or b"{}")
        except ValueError:
            self._error(ERR_PARAMS, "Body is not JSON")
            return None
        if not isinstance(value, dict):
            self._error(ERR_PARAMS, "Body is not an object")
            return None
        return value

    def _authorised(self) -> bool:
        sim = self.sim
        token = self.headers.get("access_token")
        if not sim.tokens.valid(token):
            sim.stats.token_refused += 1
            self._error(ERR_INVALID_TOKEN, "Access token is invalid")
            return False
        if not sim.limiter.allow(token or ""):
            sim.stats.rate_limited += 1
            self._error(ERR_RATE_LIMIT, "Request rate limit exceeded")
            return False
        return True

    # -- routing ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        self.sim.stats.calls += 1
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if parts.path.startswith("/images/"):
            self._image(parts.path.rsplit("/", 1)[-1])
            return
        routes = {"/v2.0/oa/getoa": self._getoa, "/v2.0/article/getdetail": self._getdetail,
                  "/v2.0/article/getslice": self._getslice}
        route = routes.get(parts.path)
        if route is None:
            self._send({"error": 404, "message": "Not found"}, 404)
            return
        if self._authorised():
            route(query)

    def do_POST(self) -> None:
        self.sim.stats.calls += 1
        path = urlsplit(self.path).path
        if path == "/v4/oa/access_token":
            self._access_token()
            return
        routes = {"/v3.0/oa/user/getlist": self._getlist, "/v2.0/oa/upload/image": self._upload,
                  "/v2.0/article/create": self._create, "/v2.0/article/verify": self._verify,
                  "/v2.0/article/remove": self._remove}
        route = routes.get(path)
        if route is None:
            self._body()
            self._send({"error": 404, "message": "Not found"}, 404)
            return
        if path == "/v2.0/oa/upload/image":
            if self._authorised():
                route({})
            else:
                self._body()
            return
        body = self._json()
        if body is not None and self._authorised():
            route(body)

    # -- tokens ----------------------------------------------------------------------------

    def _access_token(self) -> None:
        sim = self.sim
        raw = self._body()
        if raw is None:
            return
        form = {k: v[-1] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        sim.stats.refreshes += 1
        if form.get("app_id") != sim.config.app_id or \
                self.headers.get("secret_key") != sim.config.secret_key:
            sim.stats.refresh_refused += 1
            self._send({"error": ERR_SECRET, "error_name": "Invalid app",
                        "error_description": "app_id or secret_key is invalid"}, 400)
            return
        if form.get("grant_type") != "refresh_token":
            self._send({"error": ERR_PARAMS, "error_name": "Invalid grant_type"}, 400)
            return
        pair = sim.tokens.exchange(form.get("refresh_token", ""))
        if pair is None:
            sim.stats.refresh_refused += 1
            self._send({"error": ERR_REFRESH, "error_name": "Invalid refresh token",
                        "error_description": "Refresh token is invalid or expired"}, 400)
            return
        access, refresh = pair
        self._send({"access_token": access, "refresh_token": refresh,
                    "expires_in": str(int(sim.tokens.ttl_s))})

    # -- the OA ----------------------------------------------------------------------------

    def _getoa(self, _query: dict[str, str]) -> None:
        oa = self.sim.oa
        self._ok({"oa_id": oa.oa_id, "name": oa.name, "description": oa.description,
                  "num_follower": oa.followers, "avatar": f"{self.sim.url}/images/avatar.png",
                  "is_verified": True})

    def _getlist(self, body: dict[str, Any]) -> None:
        try:
            offset, count = int(body.get("offset", 0)), int(body.get("count", 50))
        except (TypeError, ValueError):
            self._error(ERR_PARAMS, "offset and count must be numbers")
            return
        if offset < 0 or not 1 <= count <= 50:
            self._error(ERR_PARAMS, "count must be 1 to 50")
            return
        total = self.sim.oa.followers
        users = [{"user_id": f"{7_000_000_000_000 + n}"}
                 for n in range(offset, min(total, offset + count))]
        self._ok({"total": total, "count": len(users), "offset": offset, "users": users})

    def _upload(self, _body: dict[str, Any]) -> None:
        raw = self._body()
        if raw is None:
            return
        try:
            parts = parse_multipart(raw, self.headers.get("Content-Type", ""))
        except MultipartError as exc:
            self._error(ERR_PARAMS, f"Bad upload: {exc}")
            return
        part = parts.get("file")
        if part is None or not part.data:
            self._error(ERR_PARAMS, "The file field is missing")
            return
        if len(part.data) > 1024 * 1024:
            self._error(ERR_PARAMS, "Image is larger than 1 MB")
            return
        if part.data.startswith(b"\x89PNG"):
            ext = "png"
        elif part.data.startswith(b"\xff\xd8"):
            ext = "jpg"
        else:
            self._error(ERR_PARAMS, "Only jpg and png images are accepted")
            return
        attachment = self.sim.oa.next_id("att")
        name = f"{attachment}.{ext}"
        with self.sim.oa.lock:
            self.sim.oa.images[name] = part.data
        self.sim.stats.uploads += 1
        self._ok({"attachment_id": attachment, "url": f"{self.sim.url}/images/{name}"})

    def _image(self, name: str) -> None:
        data = self.sim.oa.images.get(name)
        if data is None:
            self._send({"error": 404, "message": "Not found"}, 404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if name.endswith(".png") else "image/jpeg")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    # -- articles --------------------------------------------------------------------------

    def _invalid_article(self, body: dict[str, Any]) -> str | None:
        if body.get("type") != "normal":
            return "type must be normal"
        for field, limit in (("title", TITLE_MAX), ("author", AUTHOR_MAX),
                             ("description", DESCRIPTION_MAX)):
            value = body.get(field)
            if not isinstance(value, str) or not value.strip():
                return f"{field} is required"
            if len(value) > limit:
                return f"{field} is longer than {limit} characters"
        cover = body.get("cover")
        if not isinstance(cover, dict) or cover.get("cover_type") != "photo" \
                or not cover.get("photo_url"):
            return "cover needs a photo_url"
        blocks = body.get("body")
        if not isinstance(blocks, list) or not blocks:
            return "body is required"
        for block in blocks:
            if not isinstance(block, dict) or block.get("type") not in ("text", "image"):
                return "body blocks are text or image"
            if block["type"] == "text" and not str(block.get("content") or "").strip():
                return "a text block has no content"
            if block["type"] == "image" and not block.get("url"):
                return "an image block has no url"
        if body.get("status") not in ("show", "hide"):
            return "status must be show or hide"
        return None

    def _create(self, body: dict[str, Any]) -> None:
        sim = self.sim
        problem = self._invalid_article(body)
        if problem:
            self._error(ERR_PARAMS, f"Parameters are invalid: {problem}")
            return
        now = time.time()
        article = SimArticle(id=sim.oa.next_id("art"), token=sim.oa.next_id("tok"), body=body,
                             created=now, ready_at=now + sim.config.article_delay_s)
        with sim.oa.lock:
            sim.oa.articles[article.id] = article
            sim.oa.by_token[article.token] = article.id
        sim.stats.creates += 1
        if sim.take_lost_create():
            sim.stats.lost_create_answers += 1
            self.close_connection = True  # made, but the client hears nothing
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._ok({"token": article.token})

    def _verify(self, body: dict[str, Any]) -> None:
        self.sim.stats.verifies += 1
        article_id = self.sim.oa.by_token.get(str(body.get("token") or ""))
        if article_id is None:
            self._error(ERR_PARAMS, "Token is invalid")
            return
        article = self.sim.oa.articles[article_id]
        self._ok({"id": article.id if article.ready(time.time()) else ""})

    def _article(self, article_id: str) -> SimArticle | None:
        article = self.sim.oa.articles.get(article_id)
        if article is None or article.removed or not article.ready(time.time()):
            self._error(ERR_NOT_FOUND, "Article does not exist")
            return None
        return article

    def _getdetail(self, query: dict[str, str]) -> None:
        article = self._article(query.get("id", ""))
        if article is None:
            return
        now = time.time()
        self._ok({**article.body, "id": article.id, "status": article.body.get("status"),
                  "total_view": article.views(now), "total_share": article.shares(now),
                  "create_date": int(article.created * 1000)})

    def _getslice(self, query: dict[str, str]) -> None:
        try:
            offset, limit = int(query.get("offset", 0)), int(query.get("limit", 10))
        except ValueError:
            self._error(ERR_PARAMS, "offset and limit must be numbers")
            return
        if offset < 0 or not 1 <= limit <= 10 or query.get("type", "normal") != "normal":
            self._error(ERR_PARAMS, "limit must be 1 to 10 and type normal")
            return
        now = time.time()
        listed = self.sim.oa.listed(now)[offset:offset + limit]
        self._ok({"medias": [{"id": a.id, "title": a.body["title"], "status": a.body["status"],
                              "total_view": a.views(now), "total_share": a.shares(now),
                              "create_date": int(a.created * 1000)} for a in listed],
                  "total": len(self.sim.oa.listed(now))})

    def _remove(self, body: dict[str, Any]) -> None:
        article = self._article(str(body.get("id") or ""))
        if article is None:
            return
        with self.sim.oa.lock:
            article.removed = True
        self.sim.stats.removes += 1
        self._ok()
