"""The simulator object: owns the HTTP server thread, the catalogue, the feed and the stores."""

from __future__ import annotations

import logging
import secrets
import sys
import threading
import time
from collections.abc import Mapping
from typing import IO, Any

from ..httpserver import TrackingHTTPServer, serve_until_stopped, server_tls
from . import texts
from .catalogue import Catalogue, iso
from .config import SimulatorConfig
from .faults import FaultInjector
from .feed import ChangeFeed
from .handler import API_PREFIX, Problem, SourceRequestHandler
from .hostile import HostileOverlay, parse_feed_fault
from .media import BulkFiles, MediaPool, default_media_dir
from .state import IdempotencyStore, SimulatorStats, TokenStore

log = logging.getLogger("console.sim.source")


def _http_server(address: tuple[str, int], handler: type[SourceRequestHandler],
                 config: SimulatorConfig) -> TrackingHTTPServer:
    tls = server_tls(config.tls_cert, config.tls_key) if config.tls_cert else None
    return TrackingHTTPServer(address, handler, log=log, tls=tls)


class SourceSimulator:
    """A real HTTP server implementing contracts/source-api.yaml, with test hooks.

    ``start()`` after ``stop()`` serves again on the same port with the same state, which is
    how tests simulate a link that goes down and comes back.
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.stats = SimulatorStats()
        self.received: dict[str, list[Any]] = {
            "broadcast_logs": [],
            "reports": [],
            "contributions": [],
            "device_states": [],
        }
        self.tokens = TokenStore(self.config.token_ttl)
        self.idempotency = IdempotencyStore()
        self.faults = FaultInjector(self.config.fail_rate, self.config.seed)
        self.hostile = HostileOverlay()  # hostile mode: crafted answers (see hostile.py)
        if self.config.feed_fault:
            self.hostile.feed = parse_feed_fault(self.config.feed_fault)
        self.station_code = str(texts.STATION["code"])
        self.boot = secrets.randbits(32)
        self.pool: MediaPool | None = None
        self.bulk: BulkFiles | None = None
        self.catalogue: Catalogue | None = None
        self.feed: ChangeFeed | None = None
        self._lock = threading.RLock()
        self._seen_entries: set[str] = set()
        self._reports: dict[str, str] = {}  # report id -> body fingerprint
        self._contribution_seq = 0
        self._httpd: TrackingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stop_event = threading.Event()
        self._emergency_thread: threading.Thread | None = None
        self._port = self.config.port

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> SourceSimulator:
        with self._lock:
            if self._httpd is not None:
                return self
            self._prepare()
            assert self.feed is not None and self.catalogue is not None
            handler = type("BoundSourceHandler", (SourceRequestHandler,), {"sim": self})
            self._httpd = _http_server((self.config.host, self._port), handler, self.config)
            self._port = int(self._httpd.server_address[1])
            self.catalogue.stream_base = f"{self.url}/streams"
            self.feed.reopen()
            self._stop_event.clear()
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                name=f"source-sim:{self._port}", daemon=True,
            )
            self._thread.start()
            if self.config.emergency_every:
                self._emergency_thread = threading.Thread(
                    target=self._emergency_loop, name="source-sim-emergencies", daemon=True
                )
                self._emergency_thread.start()
            log.info("source simulator serving %s (%d items)", self.url, self.catalogue.size)
            return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
            if httpd is None:
                return
            self._stop_event.set()
            if self.feed is not None:
                self.feed.close()  # wake long polls so their threads end promptly
            httpd.shutdown()
            httpd.close_connections()
            httpd.server_close()
            for thread in (self._thread, self._emergency_thread):
                if thread is not None:
                    thread.join(timeout=5)
            self._thread = self._emergency_thread = None
            log.info("source simulator on port %d stopped", self._port)

    def __enter__(self) -> SourceSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def stop_event(self) -> threading.Event:
        """Set while stopping: crafted endless or dripping answers end with it."""
        return self._stop_event

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """The API base, e.g. http://127.0.0.1:54321/api/v1."""
        if not self._port:
            raise RuntimeError("the simulator has not been started")
        host = self.config.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        scheme = "https" if self.config.tls_cert else "http"
        return f"{scheme}://{host}:{self._port}{API_PREFIX}"

    def _prepare(self) -> None:
        if self.feed is not None:
            return
        cfg = self.config
        media_dir = cfg.media_dir or default_media_dir(cfg.seed)
        self.pool = MediaPool(media_dir, cfg.seed)
        self.pool.ensure()
        self.bulk = BulkFiles(cfg.seed, cfg.bulk_files, cfg.bulk_file_bytes, media_dir)
        self.bulk.ensure()
        self.catalogue = Catalogue(
            seed=cfg.seed, size=cfg.items, pool=self.pool, bulk=self.bulk, anchor=cfg.anchor,
            edge_cases=cfg.edge_cases,
        )
        self.feed = ChangeFeed(
            self.catalogue, boot=self.boot,
            fingerprint_extra=f"{cfg.bulk_files}x{cfg.bulk_file_bytes}:{cfg.edge_cases}",
        )

    def _emergency_loop(self) -> None:
        interval = float(self.config.emergency_every or 0)
        while not self._stop_event.wait(interval):
            try:
                self.publish(priority="emergency", kind="audio")
            except Exception:  # a hook failure must not kill the thread silently
                log.exception("source simulator: periodic emergency failed")

    # -- test hooks ----------------------------------------------------------------------
    def _require_feed(self) -> ChangeFeed:
        if self.feed is None:
            raise RuntimeError("start() the simulator first")
        return self.feed

    def publish(
        self,
        *,
        priority: str = "emergency",
        title: str | None = None,
        kind: str = "text",
        **fields: Any,
    ) -> str:
        """Append a new item to the change feed now (wakes long polls); returns its id."""
        item_id = self._require_feed().publish(
            priority=priority, kind=kind, title=title, fields=fields
        )
        log.info("source simulator: published %s (%s, %s)", item_id, priority, kind)
        return item_id

    def revise(self, item_id: str, **fields: Any) -> int:
        """A new revision of an item (KeyError if unknown or withdrawn); returns its number."""
        return self._require_feed().revise(item_id, fields)

    def withdraw(self, item_id: str) -> None:
        """The item disappears upstream: it shows up in `deleted` (KeyError if unknown)."""
        self._require_feed().withdraw(item_id)

    def expire_cursors(self) -> None:
        """Every cursor issued so far answers 410 afterwards."""
        self._require_feed().expire_cursors()

    def expire_tokens(self) -> None:
        """Every access token issued so far answers 401 afterwards (refresh still works)."""
        self.tokens.expire_all()

    def get_item(self, item_id: str) -> dict[str, Any] | None:
        """The current revision as served by GET /items/{id}, or None."""
        return self._require_feed().current(item_id)

    def catalogue_items(self, start: int = 0, stop: int | None = None) -> list[dict[str, Any]]:
        """Base catalogue items [start, stop) as generated (ignores later changes)."""
        self._prepare()
        assert self.catalogue is not None
        stop = self.catalogue.size if stop is None else min(stop, self.catalogue.size)
        return [self.catalogue.item(i) for i in range(start, stop)]

    # -- used by the handler (thread-safe) -----------------------------------------------
    def accept_as_run(self, body: Mapping[str, Any]) -> tuple[int, int]:
        with self._lock:
            accepted = duplicates = 0
            for entry in body["entries"]:
                if entry["id"] in self._seen_entries:
                    duplicates += 1
                else:
                    self._seen_entries.add(entry["id"])
                    accepted += 1
            self.received["broadcast_logs"].append(body)
        return accepted, duplicates

    def store_report(self, body: Mapping[str, Any], fingerprint: str) -> tuple[int, Any]:
        with self._lock:
            known = self._reports.get(body["id"])
            if known is not None and known != fingerprint:
                raise Problem(409, "Conflict",
                              f"report {body['id']} was already submitted with other content",
                              "report-conflict")
            answer = {"id": body["id"], "status": "stored", "received_at": iso(time.time())}
            if known is not None:
                return 200, answer  # same report under a new key: already stored
            self._reports[body["id"]] = fingerprint
            self.received["reports"].append(body)
        return 201, answer

    def store_contribution(
        self, metadata: Mapping[str, Any], file_info: Mapping[str, Any] | None
    ) -> dict[str, Any]:
        with self._lock:
            self._contribution_seq += 1
            ident = f"dg-{self._contribution_seq:06d}"
            self.received["contributions"].append(
                {"id": ident, "metadata": metadata, "file": file_info}
            )
        return {"id": ident, "status": "pending_review"}

    def store_devices(self, body: Mapping[str, Any]) -> None:
        with self._lock:
            self.received["device_states"].append(body)


def serve_forever(config: SimulatorConfig, out: IO[str] | None = None) -> int:
    """Start, print the API base URL as the first line of output, block until SIGINT/SIGTERM."""
    out = out if out is not None else sys.stdout
    sim = SourceSimulator(config)
    try:
        sim.start()
    except OSError as e:
        log.error("source simulator could not listen on %s:%s: %s", config.host, config.port, e)
        return 1
    return serve_until_stopped([sim.url], sim.stop, out)
