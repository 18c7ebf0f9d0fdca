"""Simulator of the Anthias signage API v2 subset the console uses (DESIGN.md, boards).

One server hosts many boards: board N answers under /boards/<id>, so its Anthias base URL
is http://host:port/boards/<id> and the API lives at <base>/api/v2/… exactly as on a real
Anthias. What it keeps and enforces, as the real server does (checked against it in
tests/peers/test_anthias_peer.py):

- `POST /api/v2/file_asset` (multipart field `file_upload`) → `{uri, ext, upload_id}`, the
  uri a file path on the board; creating an asset takes that file for itself (a second
  create with the same uri gets a 400 `{"uri": [...]}`), deleting the asset deletes it;
- a video asset must be created with `duration` 0 (else a 500, and the upload is used up);
  the board measures the clip (mutagen here, ffprobe on Anthias);
- names are made unique: `x` → `x-1`;
- `is_active` and `GET /api/v2/viewer/playlist` (with the internal token's HMAC header)
  evaluate dates, days and the time window in the board's zone (`time_zone`, UTC by
  default), reported in `/api/v2/info` → `time`;
- creating or editing an asset renumbers the active assets' `play_order` (creation order,
  the changed one at its own place); `POST /api/v2/assets/order` with `{"ids": "id1,id2"}`
  numbers only the ids it is given;
- `GET/POST /api/v2/assets`, `GET/PATCH/DELETE /api/v2/assets/{id}`,
  `GET /api/v2/assets/{id}/content`, `GET /api/v2/info`,
  `GET /api/v2/assets/control/{next|previous|asset&<id>}`;
- with a user and password set, an unauthenticated call gets a 302 to /login (not a 401);
- an asset whose uri cannot be reached, created with `skip_asset_check` false, gets a 500.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import re
import secrets
import threading
import uuid
import zoneinfo
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
CONTENT = re.compile(r"^/api/v2/assets/([0-9a-f]{32})/content$")
ASSET_DIR = "/data/anthias_assets"
VERSION = "v2026.08.2"
INTERNAL_HEADER = "X-Anthias-Internal-Token"
MIMETYPES = ("image", "video", "webpage")
TIME = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?$")


@dataclass
class AnthiasBoard:
    board_id: str
    name: str
    user: str = ""
    password: str = ""
    width: int = 1920
    height: int = 1080
    online: bool = True
    time_zone: str = "UTC"  # the zone the board compares play windows in
    secret: str = field(default_factory=lambda: secrets.token_hex(16))  # internal API
    assets: dict[str, dict[str, Any]] = field(default_factory=dict)  # in creation order
    files: dict[str, bytes] = field(default_factory=dict)  # uri -> bytes
    shown: str | None = None  # the asset the control call put on screen
    uploads: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def key(self) -> str:
        """What the console keeps in the keyring for this board ("" = no auth)."""
        return f"{self.user}:{self.password}" if self.user else ""

    @property
    def zone(self) -> dt.tzinfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def internal_token(self) -> str:
        """What the viewer presents to `/api/v2/viewer/playlist`."""
        return hmac.new(self.secret.encode(), b"anthias-internal-api-v1",
                        hashlib.sha256).hexdigest()

    def ordered(self) -> list[dict[str, Any]]:
        now = dt.datetime.now(dt.UTC)
        with self.lock:
            return sorted(({**a, "is_active": self.is_active(a, now)}
                           for a in self.assets.values()),
                          key=lambda a: (a["play_order"], a["name"]))

    def playlist(self) -> list[dict[str, Any]]:
        """What the screen plays now: the active assets in play order."""
        return [a for a in self.ordered() if a["is_active"]]

    def is_active(self, asset: dict[str, Any], now: dt.datetime) -> bool:
        """Anthias' Asset.is_active: dates, then weekday and window in the board's zone."""
        if not asset["is_enabled"]:
            return False
        start, end = (dt.datetime.fromisoformat(asset[k].replace("Z", "+00:00"))
                      for k in ("start_date", "end_date"))
        if not start < now < end:
            return False
        local = now.astimezone(self.zone)
        weekday, days = local.isoweekday(), asset["play_days"]
        t_from, t_to = asset["play_time_from"], asset["play_time_to"]
        if t_from is None or t_to is None:
            return weekday in days
        clock = local.strftime("%H:%M:%S")
        if t_from <= t_to:
            return weekday in days and t_from <= clock < t_to
        if clock >= t_from:  # a window past midnight belongs to the day it starts on
            return weekday in days
        return clock < t_to and (weekday - 1 if weekday > 1 else 7) in days

    def renumber(self, changed: str | None = None) -> None:
        """What Anthias does after a create or an edit (lock held): the active assets in
        creation order, the changed one at its own play_order."""
        now = dt.datetime.now(dt.UTC)
        active = [i for i, a in self.assets.items() if i != changed and self.is_active(a, now)]
        if changed is not None and self.is_active(self.assets[changed], now):
            active.insert(self.assets[changed]["play_order"], changed)
        for n, asset_id in enumerate(active):
            self.assets[asset_id]["play_order"] = n


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
            now = dt.datetime.now(board.zone).replace(microsecond=0)
            offset = now.strftime("%z")
            self.send_json(200, {"viewlog": "Not yet implemented", "loadavg": 0.1,
                                 "free_space": "12.0 GB", "display_power": "on",
                                 "up_to_date": True, "anthias_version": VERSION,
                                 "device_model": "Anthias simulator",
                                 "time": {"iso": now.isoformat(), "timezone": board.time_zone,
                                          "offset": f"UTC{offset[:3]}:{offset[3:]}"}})
        elif rest == "/api/v2/viewer/playlist":
            self._playlist(board)
        elif rest.startswith("/api/v2/assets/control/"):
            self._control(board, rest.rsplit("/", 1)[1])
        elif (match := CONTENT.match(rest)) is not None:
            with board.lock:
                asset = board.assets.get(match.group(1))
                data = board.files.get(asset["uri"]) if asset else None
            if asset is None or data is None:
                self.send_json(404, {"detail": "No Asset matches the given query."})
            else:
                self.send_json(200, {"type": "file", "filename": asset["name"],
                                     "content": base64.b64encode(data).decode("ascii")})
        elif (match := ASSET.match(rest)) is not None:
            asset = next((a for a in board.ordered() if a["asset_id"] == match.group(1)), None)
            if asset is None:
                self.send_json(404, {"detail": "No Asset matches the given query."})
            else:
                self.send_json(200, asset)
        else:
            self.send_json(404, {"error": "unknown path"})

    def _playlist(self, board: AnthiasBoard) -> None:
        supplied = self.headers.get(INTERNAL_HEADER) or ""
        if not hmac.compare_digest(supplied, board.internal_token):
            self.send_empty(403)
            return
        now = dt.datetime.now(dt.UTC)
        self.send_json(200, {"assets": board.playlist(), "deadline": None,
                             "now": now.isoformat().replace("+00:00", "Z")})

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
            ids = str(data.get("ids") or "").split(",")
            with board.lock:  # Anthias numbers the ids it is given and leaves the rest
                for n, asset_id in enumerate(ids):
                    if asset_id in board.assets:
                        board.assets[asset_id]["play_order"] = n
            self.send_empty(204)
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
            self.send_json(404, {"detail": "No Asset matches the given query."})
            return
        try:
            fields = self._fields({**asset, **data})
        except (ValueError, TypeError) as exc:
            self.send_json(400, {"error": str(exc)})
            return
        if asset["mimetype"] == "video":
            fields["duration"] = asset["duration"]  # the measured length stays
        fields["uri"] = asset["uri"]
        with board.lock:
            asset.update(fields)
            board.renumber(asset["asset_id"])
        self.send_json(200, next(a for a in board.ordered()
                                 if a["asset_id"] == asset["asset_id"]))

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
            if asset is not None:
                board.files.pop(asset["uri"], None)  # the asset's file goes with it
                if board.shown == asset["asset_id"]:
                    board.shown = None
        if asset is None:
            self.send_json(404, {"detail": "No Asset matches the given query."})
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
            upload_id = uuid.uuid4().hex
            uri = f"{ASSET_DIR}/{upload_id}.tmp"
            with board.lock:
                board.files[uri] = bytes(data)
                board.uploads += 1
            self.send_json(200, {"uri": uri, "ext": ext, "upload_id": upload_id})
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
               "duration": int(float(data.get("duration") if data.get("duration")
                                     is not None else 10)),
               "is_enabled": _bool(data.get("is_enabled", True)),
               "nocache": _bool(data.get("nocache", False)),
               "play_order": int(data.get("play_order") or 0),
               "skip_asset_check": _bool(data.get("skip_asset_check", False)),
               "play_days": _days(data.get("play_days", [1, 2, 3, 4, 5, 6, 7])),
               "play_time_from": data.get("play_time_from") or None,
               "play_time_to": data.get("play_time_to") or None}
        for key in ("play_time_from", "play_time_to"):
            if out[key] is not None:
                match = TIME.match(str(out[key]))
                if match is None:
                    raise ValueError(f"{key} must be HH:MM:SS")
                out[key] = f"{match.group(1)}:{match.group(2)}:{match.group(3) or '00'}"
        if (out["play_time_from"] is None) != (out["play_time_to"] is None):
            raise ValueError("play_time_from and play_time_to must be set together.")
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
        asset_id = uuid.uuid4().hex
        uri = fields["uri"]
        with board.lock:
            names = {a["name"] for a in board.assets.values()}
            name, n = fields["name"], 0
            while name in names:  # Anthias: x, x-1, x-2…
                n += 1
                name = f"{fields['name']}-{n}"
            fields["name"] = name
            if uri.startswith("/"):
                if uri not in board.files:
                    self.send_json(400, {"uri": ["Invalid file path. Failed to add asset."]})
                    return
                # The upload becomes the asset's own file, whatever happens next.
                uri = f"{ASSET_DIR}/{asset_id}{data.get('ext') or ''}"
                board.files[uri] = board.files.pop(fields["uri"])
                fields["uri"] = uri
        if fields["mimetype"] == "video":
            if fields["duration"] != 0:
                self.send_json(500, {"error": "Duration must be zero for video assets."})
                return
            with board.lock:
                fields["duration"] = _video_seconds(board.files.get(uri, b""))
        if not fields["skip_asset_check"] and not self._reachable(board, uri):
            # Anthias fails with a server error here, not a 4xx: the adapter must avoid it.
            self.send_json(500, {"error": "Could not retrieve file. Check the asset URL."})
            return
        asset = {"asset_id": asset_id, **fields, "is_processing": False}
        with board.lock:
            board.assets[asset_id] = asset
            board.renumber(asset_id)
        self.send_json(201, next(a for a in board.ordered() if a["asset_id"] == asset_id))

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


def _video_seconds(data: bytes) -> int:
    """The clip's length, as Anthias' worker measures it (0 when unreadable)."""
    try:
        from mutagen.mp4 import MP4

        return round(MP4(io.BytesIO(data)).info.length)
    except Exception:  # not an MP4 mutagen reads: Anthias would leave 0 too
        return 0


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
