"""A small HTTP file server publishing verified media by sha256 for gateway devices.

Only files the media cache has verified are visible (the cache renames a file into place
after checking its hash), and the only name is the sha256: nothing else on disk is
reachable. Bound to 127.0.0.1 by default; a station whose gateway sits on the LAN binds
to the LAN address (target option "fileserver_host").
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote

from ..media.store import MediaStore

log = logging.getLogger(__name__)

PATH = re.compile(r"^/media/([0-9a-f]{64})(?:\.[A-Za-z0-9]{1,5})?$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CommuneConsoleFiles/1.0"
    owner: FileServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _serve(self, body: bool) -> None:
        path_part, _, query = self.path.partition("?")
        match = PATH.match(path_part)
        path = self.owner.store.path(match.group(1)) if match else None
        if path is None or not path.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        size = path.stat().st_size
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if body:
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, self.wfile, 1024 * 1024)
            tag = parse_qs(query).get("d", [""])[0]  # which device asked (gateway adapter)
            self.owner.count(match.group(1), size, tag)  # type: ignore[union-attr]

    def do_GET(self) -> None:
        self._serve(True)

    def do_HEAD(self) -> None:
        self._serve(False)


class FileServer:
    def __init__(self, store: MediaStore, host: str = "127.0.0.1", port: int = 0) -> None:
        self.store = store
        self.host = host
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.served: dict[str, int] = {}  # sha -> bytes served, for benchmarks
        self.completed: dict[tuple[str, str], int] = {}  # (sha, device tag) -> downloads
        self.bytes_served = 0
        self._done = threading.Condition()

    def count(self, sha: str, size: int, tag: str = "") -> None:
        with self._done:
            self.served[sha] = self.served.get(sha, 0) + size
            self.completed[(sha, tag)] = self.completed.get((sha, tag), 0) + 1
            self.bytes_served += size
            self._done.notify_all()

    def snapshot(self, shas: list[str], tag: str = "") -> dict[tuple[str, str], int]:
        with self._done:
            return {(sha, tag): self.completed.get((sha, tag), 0) for sha in shas}

    def wait_fetched(self, before: dict[tuple[str, str], int], timeout_s: float) -> list[str]:
        """Wait until each file was downloaded once more than `before`; returns the missing."""
        def missing() -> list[str]:
            return [k[0] for k, n in before.items() if self.completed.get(k, 0) <= n]

        with self._done:
            self._done.wait_for(lambda: not missing(), timeout=timeout_s)
            return missing()

    def start(self) -> FileServer:
        with self._lock:
            if self._httpd is None:
                handler = type("BoundFileHandler", (_Handler,), {"owner": self})
                httpd = ThreadingHTTPServer((self.host, self._port), handler)
                httpd.daemon_threads = True
                self._httpd = httpd
                self._port = int(httpd.server_address[1])
                self._thread = threading.Thread(target=httpd.serve_forever,
                                                kwargs={"poll_interval": 0.2},
                                                name=f"media-files:{self._port}", daemon=True)
                self._thread.start()
                log.info("publishing verified media at %s", self.base_url)
        return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}"

    def url(self, sha256: str, tag: str = "") -> str:
        return f"{self.base_url}/media/{sha256}" + (f"?d={quote(tag)}" if tag else "")
