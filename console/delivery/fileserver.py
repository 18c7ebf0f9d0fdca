"""A small HTTP file server publishing verified media to gateway devices, one push at a time.

The vendor gateway protocol has devices download files by URL, so the console must serve
them. What it serves is kept as narrow as the protocol allows:

- every push (delivery job) gets its own grant: an unguessable token in the path
  (`/m/<token>/<sha256>`) that opens only the files the console put in that push's URLs,
  and stops working when the job ends (a play-now's grant lingers for the length of what
  it plays, as a device may stream it);
- a download counts as a device's fetch (the delivery's proof for the gateway) only under
  its own push's token; nothing a caller adds to the URL changes that;
- only files the media cache verified and renamed into place are served, by name = sha256,
  opened without following links and only when they resolve inside the media folder;
- the server listens only while a grant is open: a station whose gateway sits on the LAN
  (target option "fileserver_host") exposes the LAN port only while a push runs.
"""

from __future__ import annotations

import hmac
import logging
import os
import re
import secrets
import stat
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

from ..media.store import MediaStore

log = logging.getLogger(__name__)

PATH = re.compile(r"^/m/([A-Za-z0-9_-]{32,64})/([0-9a-f]{64})(?:\.[A-Za-z0-9]{1,5})?$")
MAX_GRANT_S = 6 * 3600.0  # a grant never outlives this, even if its job never ends
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class MediaGrant:
    """One push's right to fetch files: its token, the files in its URLs, what was fetched."""

    def __init__(self, server: FileServer, label: str) -> None:
        self.server = server
        self.label = label            # the target, for the log
        self.token = secrets.token_urlsafe(24)
        self.files: set[str] = set()
        self.fetched: dict[str, int] = {}
        self.created = time.monotonic()
        self.expires_at: float | None = None  # None while the job runs

    # -- what the adapter calls ----------------------------------------------------------
    def __call__(self, sha256: str, _device_tag: str = "") -> str:
        return self.url(sha256)

    def url(self, sha256: str) -> str:
        """The URL of one file under this grant (which from now on may serve it)."""
        with self.server.lock:
            self.files.add(sha256)
        return f"{self.server.base_url}/m/{self.token}/{sha256}"

    def snapshot(self, shas: list[str], _device_tag: str = "") -> dict[str, int]:
        with self.server.lock:
            return {sha: self.fetched.get(sha, 0) for sha in shas}

    def wait_fetched(self, before: dict[str, int], timeout_s: float) -> list[str]:
        """Wait until each file was downloaded under this grant once more than `before`;
        returns the ones that were not."""
        def missing() -> list[str]:
            return [sha for sha, n in before.items() if self.fetched.get(sha, 0) <= n]

        with self.server.done:
            self.server.done.wait_for(lambda: not missing(), timeout=timeout_s)
            return missing()

    def release(self, linger_s: float = 0.0) -> None:
        self.server.release(self, linger_s)

    # -- the server's side ---------------------------------------------------------------
    def open_at(self, now: float) -> bool:
        if now - self.created > MAX_GRANT_S:
            return False
        return self.expires_at is None or now < self.expires_at


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CommuneConsoleFiles/2.0"
    owner: FileServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _refuse(self, code: int = 404) -> None:
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _serve(self, body: bool) -> None:
        match = PATH.match(self.path.partition("?")[0])
        grant = self.owner.grant_for(match.group(1), match.group(2)) if match else None
        if grant is None or match is None:
            self._refuse()
            return
        sha = match.group(2)
        fh = self.owner.open_verified(sha)
        if fh is None:
            self._refuse()
            return
        with fh:
            size = os.fstat(fh.fileno()).st_size
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if not body:
                return
            sent = 0
            while chunk := fh.read(1024 * 1024):
                self.wfile.write(chunk)
                sent += len(chunk)
        if sent == size:  # only a whole download is a fetch
            self.owner.count(grant, sha, size)

    def do_GET(self) -> None:
        self._serve(True)

    def do_HEAD(self) -> None:
        self._serve(False)


class FileServer:
    def __init__(self, store: MediaStore, host: str = "127.0.0.1", port: int = 0) -> None:
        self.store = store
        self.host = host
        self._fixed_port = port
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._life = threading.Lock()      # start / stop
        self.lock = threading.RLock()      # grants and counters
        self.done = threading.Condition(self.lock)
        self._grants: dict[str, MediaGrant] = {}
        self.served: dict[str, int] = {}  # sha -> bytes served, for benchmarks
        self.bytes_served = 0

    # -- grants --------------------------------------------------------------------------
    def grant(self, label: str = "") -> MediaGrant:
        """A new grant for one push; the server listens from now on."""
        grant = MediaGrant(self, label)
        with self._life:
            with self.lock:
                self._grants[grant.token] = grant
            self._start_locked()
        return grant

    def release(self, grant: MediaGrant, linger_s: float = 0.0) -> None:
        """The push is over: its URLs stop working now (or after `linger_s`)."""
        with self.lock:
            grant.expires_at = time.monotonic() + max(0.0, linger_s)
        self._reap()
        if linger_s > 0:
            timer = threading.Timer(linger_s + 0.05, self._reap)
            timer.daemon = True
            timer.start()

    def grant_for(self, token: str, sha: str) -> MediaGrant | None:
        """The open grant behind `token` when it covers `sha`."""
        now = time.monotonic()
        with self.lock:
            for known, grant in self._grants.items():
                if hmac.compare_digest(known, token):
                    return grant if grant.open_at(now) and sha in grant.files else None
        return None

    def count(self, grant: MediaGrant, sha: str, size: int) -> None:
        with self.done:
            grant.fetched[sha] = grant.fetched.get(sha, 0) + 1
            self.served[sha] = self.served.get(sha, 0) + size
            self.bytes_served += size
            self.done.notify_all()

    def _reap(self) -> None:
        """Forget expired grants; with none open, stop listening."""
        now = time.monotonic()
        with self._life:
            with self.lock:
                for token in [t for t, g in self._grants.items() if not g.open_at(now)]:
                    del self._grants[token]
                idle = not self._grants
            if idle:
                self._stop_locked()

    @property
    def open_grants(self) -> int:
        now = time.monotonic()
        with self.lock:
            return sum(g.open_at(now) for g in self._grants.values())

    # -- files ---------------------------------------------------------------------------
    def open_verified(self, sha: str) -> BinaryIO | None:
        """The verified file `sha` opened for reading, or None: no links, nothing outside
        the media folder, nothing but a regular file."""
        path = self.store.path(sha)
        try:
            root = self.store.root.resolve()
            if not path.parent.resolve().is_relative_to(root):
                log.warning("media file server: %s leads out of the media folder", path.parent)
                return None
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            if Path(path).is_symlink():
                log.warning("media file server: refusing the link %s", path)
            return None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> FileServer:
        with self._life:
            self._start_locked()
        return self

    def stop(self) -> None:
        with self._life:
            self._stop_locked()

    def _start_locked(self) -> None:
        if self._httpd is not None:
            return
        handler = type("BoundFileHandler", (_Handler,), {"owner": self})
        try:
            httpd = ThreadingHTTPServer((self.host, self._port), handler)
        except OSError:
            if self._fixed_port or not self._port:
                raise
            httpd = ThreadingHTTPServer((self.host, 0), handler)  # the old port was taken
        httpd.daemon_threads = True
        self._httpd = httpd
        self._port = int(httpd.server_address[1])
        self._thread = threading.Thread(target=httpd.serve_forever,
                                        kwargs={"poll_interval": 0.2},
                                        name=f"media-files:{self._port}", daemon=True)
        self._thread.start()
        log.info("publishing media for a push at %s", self.base_url)

    def _stop_locked(self) -> None:
        httpd, self._httpd = self._httpd, None
        thread, self._thread = self._thread, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        log.info("media file server at %s:%s closed (no push running)", self.host, self._port)

    @property
    def listening(self) -> bool:
        return self._httpd is not None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}"
