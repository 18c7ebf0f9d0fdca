"""The threaded HTTP server every simulator runs on.

It remembers its open connections so that `close_connections()` can end keep-alive
sockets too: after a simulator stops, a pooled client socket must fail like a dead link
instead of being served by a lingering handler thread. Connection errors are logged at
debug level, never printed: a broken client must not look like a crash.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO


class _SkewedDate(BaseHTTPRequestHandler):
    """The Date header from the server's clock, which may be set wrong on purpose."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        if timestamp is None:
            timestamp = time.time() + float(getattr(self.server, "clock_offset_s", 0.0))
        return super().date_time_string(timestamp)


class TrackingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], *,
                 log: logging.Logger, tls: ssl.SSLContext | None = None) -> None:
        # A simulated clock off by `clock_offset_s` (a field PC or server keeping wrong
        # time); the source simulator's handler carries it in its config.
        config = getattr(getattr(handler, "sim", None), "config", None)
        self.clock_offset_s = float(getattr(config, "clock_offset_s", 0.0) or 0.0)
        handler = type(handler.__name__, (_SkewedDate, handler), {})
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        self._log = log
        super().__init__(address, handler)
        if tls is not None:  # https://: the listening socket hands out TLS connections
            self.socket = tls.wrap_socket(self.socket, server_side=True)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conns_lock:
            self._conns.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        self._log.debug("connection error from %s", client_address, exc_info=True)


def serve_until_stopped(lines: list[str], stop: Callable[[], None],
                        out: TextIO | None = None) -> int:
    """Print `lines` (the served address first, for scripts that read it), then block
    until Ctrl+C or SIGTERM, then call `stop()`. Returns the exit code."""
    out = out or sys.stdout
    stopped = threading.Event()
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, lambda *_: stopped.set())
    try:
        for line in lines:
            out.write(line + "\n")
        out.flush()
        while not stopped.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        stop()
    return 0


def server_tls(cert: Any, key: Any) -> ssl.SSLContext:
    """A server-side TLS context from a PEM certificate and key (a simulator on https://)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    return context
