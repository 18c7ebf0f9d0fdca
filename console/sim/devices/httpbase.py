"""The threaded HTTP server both device simulators run on, and a player thread."""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from ..httpserver import TrackingHTTPServer
from .device import SimDevice, now_utc

log = logging.getLogger("console.sim.devices")


class DeviceHTTPServer(TrackingHTTPServer):
    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], *,
                 tls: Any = None) -> None:
        super().__init__(address, handler, log=log, tls=tls)


class BaseDeviceHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CommuneDeviceSim/1.0"
    # Headers and body go out as two writes; with Nagle on, the body waited for the
    # client's delayed ACK (~40 ms per answer), which no device firmware adds.
    disable_nagle_algorithm = True
    sim: Any  # set on the bound subclass

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def drop(self) -> None:
        """An offline device: the connection dies with no answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def read_body(self, limit: int = 512 * 1024 * 1024) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            self.send_json(413, {"error": "too large"})
            return None
        return self.rfile.read(length) if length else b""

    def read_hashed(self, sink: Any = None) -> tuple[int, str, bool]:
        """Stream the request body through sha256 (files can be large: never held whole).

        Returns (bytes read, hex digest, complete); a per-connection rate limit simulates
        the clusters' 3G/4G links.
        """
        import hashlib

        length = int(self.headers.get("Content-Length") or 0)
        rate = float(getattr(self.sim, "rate_bps", 0.0) or 0.0)
        hasher = hashlib.sha256()
        done = 0
        started = time.monotonic()
        while done < length:
            chunk = self.rfile.read(min(256 * 1024, length - done))
            if not chunk:
                break
            hasher.update(chunk)
            if sink is not None:  # --keep-files: the bytes go to disk as well
                sink.write(chunk)
            done += len(chunk)
            if rate:
                ahead = done / rate - (time.monotonic() - started)
                if ahead > 0:
                    time.sleep(ahead)
        return done, hasher.hexdigest(), done == length

    def send_json(self, code: int, body: Any) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def send_empty(self, code: int) -> None:
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def maybe_fault(self, device: SimDevice | None) -> bool:
        """Latency, offline and random failures; True when the request was answered."""
        latency = float(getattr(self.sim, "latency_s", 0.0))
        if latency:
            time.sleep(latency)
        if device is not None and not device.online:
            self.drop()
            return True
        rate = device.fail_rate if device is not None else 0.0
        if rate and random.random() < rate:
            self.send_json(503, {"error": "device busy"})
            return True
        return False


class Player:
    """Ticks every device so schedules play in time."""

    def __init__(self, devices: Callable[[], list[SimDevice]], interval_s: float = 0.2) -> None:
        self._devices = devices
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="device-sim-player", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            now = now_utc()
            for device in self._devices():
                try:
                    device.tick(now)
                except Exception:  # one broken schedule must not stop the others
                    log.exception("device %s: player failed", device.device_id)


def serve(httpd: DeviceHTTPServer, name: str) -> threading.Thread:
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                              name=name, daemon=True)
    thread.start()
    return thread


def shutdown(httpd: DeviceHTTPServer, player: Any | None,
             thread: threading.Thread | None) -> None:
    """Stop playing (boards have no player), stop serving, end kept-alive connections, wait
    for the server thread."""
    if player is not None:
        player.stop()
    httpd.shutdown()
    httpd.close_connections()
    httpd.server_close()
    if thread is not None:
        thread.join(timeout=5)
