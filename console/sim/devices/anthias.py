"""Simulator of the Anthias signage API v2 subset the console uses (DESIGN.md, boards).

One server hosts many boards: board N answers under /boards/<id>, so its Anthias base URL
is http://host:port/boards/<id> and the API lives at <base>/api/v2/… exactly as on a real
Anthias. What it keeps and enforces, as Anthias does:

- `POST /api/v2/file_asset` (multipart field `file_upload`) → `{uri, ext}`; the bytes are kept;
- `GET/POST /api/v2/assets`, `GET/PATCH/DELETE /api/v2/assets/{id}`,
  `POST /api/v2/assets/order` with `{"ids": "id1,id2"}`, `GET /api/v2/info`,
  `GET /api/v2/assets/control/{next|previous|asset&<id>}`;
- with a user and password set, an unauthenticated call gets a 302 to /login (not a 401);
- an asset whose uri cannot be reached, created with `skip_asset_check` false, gets a 500.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import re
import threading
import uuid
from dataclasses import dataclass, field
from email import message_from_bytes
from email.policy import HTTP
from typing import Any
from urllib.parse import urlsplit

import requests

from .httpbase import BaseDeviceHandler, DeviceHTTPServer, serve, shutdown

log = logging.getLogger("console.sim.devices")

PATH = re.compile(r"^/boards/([A-Za-z0-9_.\-]+)(/.*)$")
ASSET = re.compile(r"^/api/v2/assets/([0-9a-f]{32})$")
MIMETYPES = ("image", "video", "webpage")
TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


@dataclass
class AnthiasBoard:
    board_id: str
    name: str
    user: str = ""
    password: str = ""
    width: int = 1920
    height: int = 1080
    online: bool = True
    assets: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # uri -> bytes
    shown: str | None = None  # the asset the control call put on screen
    uploads: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def key(self) -> str:
        """What the console keeps in the keyring for this board ("" = no auth)."""
        return f"{self.user}:{self.password}" if self.user else ""

    def ordered(self) -> list[dict[str, Any]]:
        with self.lock:
            return sorted((dict(a) for a in self.assets.values()),
                          key=lambda a: (a["play_order"], a["name"]))


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _date(value: Any) -> str:
    moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _days(value: Any) -> list[int]:
    if isinstance(value, str):
        value = json.loads(value or "[]")
    days = sorted({int(d) for d in value or []})
    if any(not 1 <= d <= 7 for d in days):
        raise ValueError("play_days are 1 (Monday) to 7 (Sunday)")
    return days


class AnthiasHandler(BaseDeviceHandler):
    server_version = "AnthiasSim/0.19"
    sim: AnthiasSimulator

    # -- routing -------------------------------------------------------------------------
    def _route(self) -> tuple[AnthiasBoard, str] | None:
        parts = urlsplit(self.path)
        match = PATH.match(parts.path)
        board = self.sim.boards.get(match.group(1)) if match else None
        if self.maybe_fault(None):
            return None
        if board is None or match is None:
            self.send_json(404, {"error": "no such board"})
            return None
        if not board.online:
            self.drop()
            return None
        if board.user and not self._authorised(board):
            self.send_response(302)  # Anthias sends the browser to its login page
            self.send_header("Location", f"/boards/{board.board_id}/login?next={parts.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return board, match.group(2)

    def _authorised(self, board: AnthiasBoard) -> bool:
        header = self.headers.get("Authorization") or ""
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        except ValueError:
            return False
        return (user, password) == (board.user, board.password)

    def _json(self) -> dict[str, Any] | None:
        body = self.read_body()
        if body is None:
            return None
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            self.send_json(400, {"error": "the body is not JSON"})
            return None
        if not isinstance(data, dict):
            self.send_json(400, {"error": "a JSON object is expected"})
            return None
        return data

    # -- verbs ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        routed = self._route()
        if routed is None:
            return
        board, rest = routed
        if rest == "/api/v2/assets":
            self.send_json(200, board.ordered())
        elif rest == "/api/v2/info":
            with board.lock:
                count = len(board.assets)
            self.send_json(200, {"anthias_version": "sim-0.19", "device_model": "sim",
                                 "display_power": "on", "free_space": "12G",
                                 "assets": count, "resolution": f"{board.width}x{board.height}",
                                 "shown": board.shown})
        elif rest.startswith("/api/v2/assets/control/"):
            self._control(board, rest.rsplit("/", 1)[1])
        elif (match := ASSET.match(rest)) is not None:
            with board.lock:
                asset = board.assets.get(match.group(1))
            if asset is None:
                self.send_json(404, {"error": "no such asset"})
            else:
                self.send_json(200, asset)
        else:
            self.send_json(404, {"error": "unknown path"})

    def do_POST(self) -> None:
        routed = self._route()
        if routed is None:
            return
        board, rest = routed
        if rest == "/api/v2/file_asset":
            self._upload(board)
        elif rest == "/api/v2/assets":
            data = self._json()
            if data is not None:
                self._create(board, data)
        elif rest == "/api/v2/assets/order":
            data = self._json()
            if data is None:
                return
            ids = [i for i in str(data.get("ids") or "").split(",") if i]
            with board.lock:
                rest_ids = sorted((a for a in board.assets if a not in ids),
                                  key=lambda a: board.assets[a]["play_order"])
                for n, asset_id in enumerate([i for i in ids if i in board.assets] + rest_ids):
                    board.assets[asset_id]["play_order"] = n
            self.send_json(200, board.ordered())
        else:
            self.send_json(404, {"error": "unknown path"})

    def do_PATCH(self) -> None:
        routed = self._route()
        if routed is None:
            return
        board, rest = routed
        match = ASSET.match(rest)
        if match is None:
            self.send_json(404, {"error": "unknown path"})
            return
        data = self._json()
        if data is None:
            return
        with board.lock:
            asset = board.assets.get(match.group(1))
        if asset is None:
            self.send_json(404, {"error": "no such asset"})
            return
        try:
            fields = self._fields({**asset, **data})
        except (ValueError, TypeError) as exc:
            self.send_json(400, {"error": str(exc)})
            return
        with board.lock:
            asset.update(fields)
            self.send_json(200, dict(asset))

    def do_PUT(self) -> None:
        self.do_PATCH()

    def do_DELETE(self) -> None:
        routed = self._route()
        if routed is None:
            return
        board, rest = routed
        match = ASSET.match(rest)
        with board.lock:
            asset = board.assets.pop(match.group(1), None) if match else None
            if asset is not None and board.shown == asset["asset_id"]:
                board.shown = None
        if asset is None:
            self.send_json(404, {"error": "no such asset"})
        else:
            self.send_empty(204)

    # -- the work ------------------------------------------------------------------------
    def _upload(self, board: AnthiasBoard) -> None:
        body = self.read_body()
        if body is None:
            return
        head = f"Content-Type: {self.headers.get('Content-Type', '')}\r\n\r\n".encode()
        message = message_from_bytes(head + body, policy=HTTP)
        for part in message.iter_parts() if message.is_multipart() else []:
            if part.get_param("name", header="content-disposition") != "file_upload":
                continue
            data = part.get_payload(decode=True) or b""
            filename = part.get_filename() or "upload"
            ext = "." + filename.rsplit(".", 1)[1].lower() if "." in filename else ""
            uri = f"/data/anthias_assets/{uuid.uuid4().hex}{ext}"
            with board.lock:
                board.files[uri] = bytes(data)
                board.uploads += 1
            self.send_json(200, {"uri": uri, "ext": ext})
            return
        self.send_json(400, {"error": "multipart field file_upload is missing"})

    def _fields(self, data: dict[str, Any]) -> dict[str, Any]:
        missing = [k for k in ("name", "uri", "mimetype", "start_date", "end_date")
                   if data.get(k) in (None, "")]
        if missing:
            raise ValueError(f"missing field(s): {', '.join(missing)}")
        mimetype = str(data["mimetype"])
        if mimetype not in MIMETYPES:
            raise ValueError(f"mimetype must be one of {', '.join(MIMETYPES)}")
        out = {"name": str(data["name"]), "uri": str(data["uri"]), "mimetype": mimetype,
               "ext": data.get("ext") or "", "start_date": _date(data["start_date"]),
               "end_date": _date(data["end_date"]),
               "duration": int(float(data.get("duration") or 10)),
               "is_enabled": _bool(data.get("is_enabled", True)),
               "nocache": _bool(data.get("nocache", False)),
               "play_order": int(data.get("play_order") or 0),
               "skip_asset_check": _bool(data.get("skip_asset_check", False)),
               "play_days": _days(data.get("play_days", [1, 2, 3, 4, 5, 6, 7])),
               "play_time_from": data.get("play_time_from") or None,
               "play_time_to": data.get("play_time_to") or None}
        for key in ("play_time_from", "play_time_to"):
            if out[key] is not None and not TIME.match(str(out[key])):
                raise ValueError(f"{key} must be HH:MM:SS")
        if out["end_date"] < out["start_date"]:
            raise ValueError("end_date is before start_date")
        return out

    def _reachable(self, board: AnthiasBoard, uri: str) -> bool:
        with board.lock:
            if uri in board.files:
                return True
        if uri.startswith(("http://", "https://")):
            try:
                return requests.head(uri, timeout=2, allow_redirects=True).status_code < 400
            except requests.RequestException:
                return False
        return False

    def _create(self, board: AnthiasBoard, data: dict[str, Any]) -> None:
        try:
            fields = self._fields(data)
        except (ValueError, TypeError) as exc:
            self.send_json(400, {"error": str(exc)})
            return
        if not fields["skip_asset_check"] and not self._reachable(board, fields["uri"]):
            # Anthias fails with a server error here, not a 4xx: the adapter must avoid it.
            self.send_json(500, {"error": f"the asset {fields['uri']} could not be reached"})
            return
        asset = {"asset_id": uuid.uuid4().hex, **fields, "is_active": fields["is_enabled"],
                 "is_processing": False}
        with board.lock:
            board.assets[asset["asset_id"]] = asset
        self.send_json(201, asset)

    def _control(self, board: AnthiasBoard, command: str) -> None:
        ordered = [a["asset_id"] for a in board.ordered() if a["is_enabled"]]
        with board.lock:
            if command.startswith("asset&"):
                wanted = command.split("&", 1)[1]
                if wanted not in board.assets:
                    self.send_json(404, {"error": "no such asset"})
                    return
                board.shown = wanted
            elif command in ("next", "previous") and ordered:
                at = ordered.index(board.shown) if board.shown in ordered else -1
                board.shown = ordered[(at + (1 if command == "next" else -1)) % len(ordered)]
            elif command not in ("next", "previous"):
                self.send_json(400, {"error": f"unknown command {command}"})
                return
        self.send_json(200, "Asset switched")


class AnthiasSimulator:
    def __init__(self, boards: list[AnthiasBoard], host: str = "127.0.0.1", port: int = 0,
                 latency_s: float = 0.0) -> None:
        self.boards = {b.board_id: b for b in boards}
        self.host = host
        self._port = port
        self.latency_s = latency_s
        self._httpd: DeviceHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> AnthiasSimulator:
        with self._lock:
            if self._httpd is None:
                handler = type("BoundAnthiasHandler", (AnthiasHandler,), {"sim": self})
                self._httpd = DeviceHTTPServer((self.host, self._port), handler)
                self._port = int(self._httpd.server_address[1])
                self._thread = serve(self._httpd, f"anthias:{self._port}")
                log.info("Anthias simulator at %s (%d boards)", self.url, len(self.boards))
        return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
            if httpd is not None:
                shutdown(httpd, None, self._thread)

    def __enter__(self) -> AnthiasSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._port}"

    def board_url(self, board_id: str) -> str:
        """The board's Anthias base URL: what the device registry holds as its address."""
        return f"{self.url}/boards/{board_id}"
