"""The live link: keeps the catalogue current and brings emergencies in within seconds.

One background thread pulls what is new, then long-polls the change feed (`wait`), so an
emergency published upstream is stored and announced as soon as the server answers.
Media downloads, the outbox and the search index's backlog (after a long pull) run on
threads of their own so that neither a large file, a slow upload nor indexing ever
delays the next long poll. Qt-free: the window connects the
callbacks to signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..media.store import MediaStore
from ..models.base import utcnow
from ..models.enums import Lane
from ..retry import RetryPolicy
from ..search.backlog import index_backlog
from ..settings import SYNC_INTERVAL_MIN
from ..station import StationContext
from . import state
from .catalogue import CatalogueSync, PullStats
from .client import SourceClient
from .downloads import MediaDownloader
from .errors import Cancelled, NotLoggedIn, SyncError
from .outbox import OutboxWorker
from .service import SyncService

log = logging.getLogger(__name__)

LONG_POLL_S = 25
OFFLINE_RETRY = RetryPolicy(attempts=1_000_000, base_s=5.0, cap_s=300.0)


@dataclass
class LiveCallbacks:
    changed: Callable[[PullStats], None] = lambda stats: None      # catalogue changed
    emergency: Callable[[list[str]], None] = lambda ids: None     # new emergency item ids
    link: Callable[[str], None] = lambda state: None              # online/degraded/offline
    media: Callable[[], None] = lambda: None                      # media finished a round
    outbox: Callable[[], None] = lambda: None                     # outbox sent something
    error: Callable[[Any], None] = lambda reason: None            # a SyncError, or words


class LiveSync:
    """Start with `start()`, stop with `stop()`; safe to stop from any thread."""

    def __init__(self, ctx: StationContext, callbacks: LiveCallbacks | None = None, *,
                 long_poll_s: int = LONG_POLL_S, policy: RetryPolicy | None = None,
                 prepare: Callable[[], None] | None = None) -> None:
        self.ctx = ctx
        self._prepare = prepare  # runs first on the feed thread (the demo starts its server)
        self.callbacks = callbacks or LiveCallbacks()
        self.long_poll_s = long_poll_s
        self._stop = threading.Event()
        self._media_wanted = threading.Event()
        self._outbox_wanted = threading.Event()
        self._index_wanted = threading.Event()
        self._index_wanted.set()  # a backlog an earlier run left (closed while indexing)
        self._service = SyncService(ctx, cancel=self._stop, policy=policy,
                                    on_link=self.callbacks.link)
        self._threads: list[threading.Thread] = []
        self._client: SourceClient | None = None
        self._categories_done = False

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> LiveSync:
        for name, target in (("live-feed", self._feed_loop), ("live-media", self._media_loop),
                             ("live-outbox", self._outbox_loop),
                             ("live-search-index", self._index_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask every loop to end and wait up to `timeout` s in all; True when they have.

        A long poll in flight cannot be cut short; its thread ends when the server answers
        (it is a daemon thread, so it never keeps the program alive).
        """
        self._stop.set()
        self._media_wanted.set()
        self._outbox_wanted.set()
        self._index_wanted.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stopped = not any(thread.is_alive() for thread in self._threads)
        if stopped and self._client is not None:
            self._client.close()
        return stopped

    def kick(self) -> None:
        """Something was queued: send the outbox now rather than at the next round."""
        self._outbox_wanted.set()

    # -- loops --------------------------------------------------------------------------

    def _round_s(self) -> float:
        """Media rounds between wake-ups: the station's sync interval (Settings)."""
        try:
            return max(60.0, float(self.ctx.settings.get(SYNC_INTERVAL_MIN)) * 60)
        except (TypeError, ValueError):
            return 300.0

    def _client_ready(self) -> SourceClient:
        if self._client is None:
            self._client = self._service.make_client()
        if self._client.station is None:
            self._service.remember_station(self._client.login())
        return self._client

    def _feed_loop(self) -> None:
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception as exc:  # the window stays usable offline; say why
                log.exception("live link: preparation failed")
                self.callbacks.error(exc)
                return
        failures = 0
        while not self._stop.is_set():
            sync: CatalogueSync | None = None
            pulled = False
            try:
                client = self._client_ready()
                sync = CatalogueSync(self.ctx.db, client, cancel=self._stop)
                if failures or not self._categories_done:
                    sync.pull_categories()
                    self._categories_done = True
                self._announce(sync.pull())
                pulled = True  # announced: a later error has nothing of this pull to announce
                state.write(self.ctx.db, state.LAST_SUCCESS, utcnow().isoformat())
                self._media_wanted.set()
                self._outbox_wanted.set()
                failures = 0
                # Wait for the next change; returns at once when the source publishes.
                self._announce(sync.pull_waiting(self.long_poll_s))
            except Cancelled:
                return
            except NotLoggedIn as exc:
                self.callbacks.error(exc)
                self._stop.wait(60)
            except SyncError as exc:
                failures += 1
                if sync is not None and not pulled and sync.stats.pages:
                    # Stopped part-way: what it stored is announced, and its media fetched.
                    self._announce(sync.stats)
                    self._media_wanted.set()
                    self._outbox_wanted.set()
                self._service.link("offline")
                self.callbacks.error(exc)
                delay = OFFLINE_RETRY.delay(min(failures, 10))
                log.info("live link: %s; next try in %.0f s", exc, delay)
                self._stop.wait(delay)
            except Exception:  # the loop must survive anything; say so in the log
                log.exception("live link: unexpected error")
                self._stop.wait(30)

    def _announce(self, stats: PullStats | None) -> None:
        if stats is None:
            return
        if stats.emergencies:
            self.callbacks.emergency(list(stats.emergencies))
        if stats.added or stats.updated or stats.withdrawn:
            self.callbacks.changed(stats)
            self._media_wanted.set()
            self._index_wanted.set()

    def _index_loop(self) -> None:
        while not self._stop.is_set():
            self._index_wanted.wait(300)
            self._index_wanted.clear()
            if self._stop.is_set():
                continue
            try:
                indexed = index_backlog(self.ctx.db, cancel=self._stop)
            except Exception:  # the index repairs itself (schema.ensure_index); say so
                log.exception("live link: the search index could not take in the backlog")
                continue
            if indexed:  # searches now find what the pull brought
                self.callbacks.changed(PullStats())

    def _media_loop(self) -> None:
        store = MediaStore(self.ctx.paths.media)
        while not self._stop.is_set():
            self._media_wanted.wait(self._round_s())
            self._media_wanted.clear()
            if self._stop.is_set() or self._client is None:
                continue
            try:
                stats = MediaDownloader(self.ctx.db, self._client, store,
                                        cancel=self._stop).run()
            except Cancelled:
                return
            except SyncError as exc:
                self.callbacks.error(exc)
                continue
            if stats.files_downloaded or stats.files_failed:
                self.callbacks.media()

    def _outbox_loop(self) -> None:
        while not self._stop.is_set():
            self._outbox_wanted.wait(30)
            self._outbox_wanted.clear()
            if self._stop.is_set() or self._client is None:
                continue
            try:
                worker = OutboxWorker(self.ctx.db, self._client, cancel=self._stop)
                # Emergencies go out before anything routine is even looked at.
                sent = worker.drain((Lane.EMERGENCY,)).sent + worker.drain().sent
            except Cancelled:
                return
            except SyncError as exc:
                self.callbacks.error(exc)
                continue
            if sent:
                self.callbacks.outbox()
