"""ZaloWorker: the background thread that publishes, removes, renews and reads.

The composition root (console.app.ConsoleApp) starts and stops it. It does nothing while
the OA is not connected or its refresh token was refused (the window says what to do);
`wake()` makes it look now, e.g. right after a publish request.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import weakref
from collections.abc import Callable

from ..media.store import MediaStore
from ..models.base import utcnow
from ..station import StationContext
from . import state
from .client import RATE_LIMIT_WAIT_S, ZaloClient
from .errors import ZaloAuthRevoked, ZaloError, ZaloNotConnected
from .publisher import SETTLE_S, Publisher
from .reader import read_figures, read_today
from .tokens import REFRESH_KEY

log = logging.getLogger(__name__)

READ_RETRY_S = 15 * 60.0   # a failed daily reading is tried again after this

# Running workers, woken when a service has written a row for them.
_listeners: weakref.WeakSet[threading.Event] = weakref.WeakSet()
_listeners_lock = threading.Lock()


def notify() -> None:
    """Something was queued or the connection changed: running workers look now."""
    with _listeners_lock:
        events = list(_listeners)
    for event in events:
        event.set()


class ZaloWorker:
    def __init__(self, station: StationContext, *, idle_s: float = 30.0,
                 settle_s: float = SETTLE_S, rate_limit_wait_s: float = RATE_LIMIT_WAIT_S,
                 on_change: Callable[[str], None] | None = None) -> None:
        self.station = station
        self.idle_s = idle_s
        self.settle_s = settle_s
        self.rate_limit_wait_s = rate_limit_wait_s
        self.on_change = on_change  # called from the thread: "articles", "figures", "problem"
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: ZaloClient | None = None
        self._client_for: tuple[str, str] | None = None
        self._read_after = utcnow()
        self._told_problem = ""
        with _listeners_lock:
            _listeners.add(self._wake)

    def start(self) -> ZaloWorker:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="zalo-outbox", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def wake(self) -> None:
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _changed(self, what: str) -> None:
        if self.on_change is not None:
            try:
                self.on_change(what)
            except Exception:  # a listener's bug must not stop the worker
                log.exception("Zalo change listener failed")

    def _client_now(self, connection: state.Connection) -> ZaloClient:
        key = (connection.api_url, connection.app_id)
        if self._client is None or self._client_for != key:
            if self._client is not None:
                self._client.close()
            self._client = ZaloClient(self.station.db, self.station.secrets,
                                      connection=connection, cancel=self._stop,
                                      rate_limit_wait_s=self.rate_limit_wait_s)
            self._client_for = key
        self._client.connection = connection
        return self._client

    def run_once(self) -> float:
        """One pass; returns how long to wait before the next."""
        connection = state.read(self.station.db)
        if (not connection.configured or connection.problem
                or not self.station.secrets.get(REFRESH_KEY)):
            if connection.problem and connection.problem != self._told_problem:
                self._told_problem = connection.problem
                self._changed("problem")
            return self.idle_s
        self._told_problem = ""
        client = self._client_now(connection)
        publisher = Publisher(self.station.db, client, MediaStore(self.station.paths.media),
                              settle_s=self.settle_s, cancel=self._stop)
        try:
            stats = publisher.drain()
            if stats.published or stats.removed or stats.failed:
                self._changed("articles")
            if not stats.offline:
                if client.tokens.due():
                    client.tokens.renew()  # before it expires, even when nothing is sent
                if utcnow() >= self._read_after and not read_today(self.station.db):
                    read_figures(self.station.db, client)
                    self._changed("figures")
        except (ZaloAuthRevoked, ZaloNotConnected):
            self._changed("problem")
            return self.idle_s
        except ZaloError as exc:
            log.info("Zalo: %s; trying again later", exc)
            self._read_after = utcnow() + dt.timedelta(seconds=READ_RETRY_S)
        upcoming = publisher.next_due()
        if upcoming is None:
            return self.idle_s
        return max(0.2, min(self.idle_s, (upcoming - utcnow()).total_seconds()))

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                wait = self.run_once()
            except Exception:
                log.exception("Zalo worker failed; trying again")
                wait = self.idle_s
            self._wake.wait(wait)
            self._wake.clear()
