"""Simulator of the reference cluster/board protocol (contracts/devices.md §1 and §4).

One server hosts many devices: device N answers under /devices/<id>/api/v1, so a hundred
clusters need one port. Each device checks its own bearer key.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import ssl
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .device import SimDevice
from .httpbase import BaseDeviceHandler, DeviceHTTPServer, Player, serve, shutdown
from .keep import keeper

log = logging.getLogger("console.sim.devices")

PATH = re.compile(r"^/devices/([A-Za-z0-9_.\-]+)/api/v1(/.*)$")
SHA = re.compile(r"^[0-9a-f]{64}$")


class ReferenceHandler(BaseDeviceHandler):
    sim: ReferenceSimulator

    def _route(self) -> tuple[SimDevice, str, dict[str, list[str]]] | None:
        parts = urlsplit(self.path)
        match = PATH.match(parts.path)
        device = self.sim.devices.get(match.group(1)) if match else None
        if self.maybe_fault(device):
            return None
        if device is None or match is None:
            self.send_json(404, {"error": "no such device"})
            return None
        if device.key and self.headers.get("Authorization") != f"Bearer {device.key}":
            self.send_json(401, {"error": "bad device key"})
            return None
        return device, match.group(2), parse_qs(parts.query)

    def do_HEAD(self) -> None:
        routed = self._route()
        if routed is None:
            return
        device, rest, _ = routed
        sha = rest.removeprefix("/media/")
        if rest.startswith("/media/") and SHA.match(sha):
            self.send_empty(200 if device.has(sha) else 404)
        else:
            self.send_empty(404)

    def do_GET(self) -> None:
        if self.path == "/_sim/stats":  # a test hook, not part of the protocol
            self.send_json(200, self.sim.stats())
            return
        routed = self._route()
        if routed is None:
            return
        device, rest, query = routed
        if rest == "/status":
            self.send_json(200, device.status())
        elif rest == "/play-log":
            since = None
            if query.get("since"):
                try:
                    since = dt.datetime.fromisoformat(query["since"][0])
                except ValueError:
                    self.send_json(400, {"error": "since must be an ISO date-time"})
                    return
            self.send_json(200, device.log_since(since))
        elif rest == "/schedule":
            with device.lock:
                self.send_json(200, device.schedule)
        else:
            self.send_json(404, {"error": "unknown path"})

    def do_PUT(self) -> None:
        routed = self._route()
        if routed is None:
            return
        device, rest, _ = routed
        if rest.startswith("/media/"):
            sha = rest.removeprefix("/media/")
            kept = keeper(device.keep_dir, device.device_id, sha) if SHA.match(sha) else None
            size, digest, complete = self.read_hashed(kept)
            ok = complete and digest == sha
            if kept is not None:
                kept.finish(ok)
            with device.lock:
                device.media_wire_bytes += size
            if not SHA.match(sha):
                self.send_json(400, {"error": "not a sha256"})
            elif device.has(sha):
                self.send_json(200, {"sha256": sha, "stored": True})  # idempotent
            elif device.store_checked(sha, size, ok):
                self.send_json(201, {"sha256": sha, "stored": True})
            else:
                self.send_json(422, {"error": "the bytes do not match the sha256"})
            return
        body = self.read_body()
        if body is None:
            return
        if rest == "/schedule":
            schedule = _json(body)
            if not isinstance(schedule, dict) or not isinstance(schedule.get("entries"), list):
                self.send_json(400, {"error": "a schedule needs version and entries"})
                return
            missing = sorted({sha for e in schedule["entries"] for sha in e.get("media") or []
                              if not device.has(sha)})
            if missing:
                self.send_json(409, {"error": "media not on the device", "missing": missing})
                return
            self.send_json(200, {"version": device.replace_schedule(schedule)})
        else:
            self.send_json(404, {"error": "unknown path"})

    def do_POST(self) -> None:
        routed = self._route()
        if routed is None:
            return
        device, rest, _ = routed
        body = self.read_body()
        if body is None:
            return
        cmd = _json(body)
        if rest != "/commands" or not isinstance(cmd, dict):
            self.send_json(404 if rest != "/commands" else 400, {"error": "bad command"})
            return
        answer = device.command(cmd)
        self.send_json(200 if answer.get("accepted") else 400, answer)


def _json(body: bytes) -> Any:
    import json

    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


class ReferenceSimulator:
    """Reference-protocol devices on one port; start()/stop() keep their state."""

    def __init__(self, devices: list[SimDevice], host: str = "127.0.0.1", port: int = 0,
                 latency_s: float = 0.0, rate_bps: float = 0.0, *,
                 tls: ssl.SSLContext | None = None) -> None:
        self.devices = {d.device_id: d for d in devices}
        self.host = host
        self._port = port
        self.latency_s = latency_s
        self.rate_bps = rate_bps  # per connection; 0 = as fast as loopback goes
        self.tls = tls  # https:// (console.sim.httpserver.server_tls)
        self._httpd: DeviceHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._player = Player(lambda: list(self.devices.values()))
        self._lock = threading.Lock()

    def start(self) -> ReferenceSimulator:
        with self._lock:
            if self._httpd is None:
                handler = type("BoundReferenceHandler", (ReferenceHandler,), {"sim": self})
                self._httpd = DeviceHTTPServer((self.host, self._port), handler, tls=self.tls)
                self._port = int(self._httpd.server_address[1])
                self._thread = serve(self._httpd, f"ref-devices:{self._port}")
                self._player.start()
                log.info("reference device simulator at %s (%d devices)", self.url,
                         len(self.devices))
        return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
            if httpd is not None:
                shutdown(httpd, self._player, self._thread)

    def __enter__(self) -> ReferenceSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stats(self) -> dict[str, Any]:
        out = {}
        for device in list(self.devices.values()):
            with device.lock:
                out[device.device_id] = {
                    "media_puts": dict(device.media_puts), "bytes": device.media_bytes_received,
                    "schedule_applied": list(device.schedule_applied),
                    "emergency": device.emergency is not None}
        return out

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self._port}"

    def device_url(self, device_id: str) -> str:
        """The base URL a target's `address` holds."""
        return f"{self.url}/devices/{device_id}/api/v1"
