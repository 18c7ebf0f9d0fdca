"""One sync run, as the window's background worker and `commune-console sync` do it:
log in if needed, pull categories and changes, fetch media, drain the outbox."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..media.cache import evict
from ..media.store import MediaStore
from ..models import Station
from ..models.base import utcnow
from ..retry import RetryPolicy
from ..search.backlog import index_backlog
from ..settings import (
    DATA_BUDGET_MB,
    DATA_BUDGET_ON,
    DOWNLOAD_CONCURRENCY,
    LARGE_FILE_MB,
    LINK_METERED,
    MEDIA_CACHE_MB,
    SOURCE_CA_BUNDLE,
    SOURCE_TLS_PIN,
    SOURCE_URL,
    SOURCE_USER,
    SOURCE_VERIFY_TLS,
    STATION_CODE,
)
from ..station import StationContext
from ..text.translatable import QT_TRANSLATE_NOOP
from ..tlspin import normalize_fingerprint
from . import state
from .budget import DataMeter, DownloadPolicy, policy_for_run
from .catalogue import CatalogueSync
from .client import SourceClient, StationInfo
from .downloads import DiskFull, MediaDownloader
from .errors import Cancelled, IncompleteSync, NotLoggedIn, SourceUnavailable, SyncError
from .outbox import OutboxWorker

log = logging.getLogger(__name__)


@dataclass
class SyncResult:
    items_added: int = 0
    items_updated: int = 0
    items_withdrawn: int = 0
    items_rejected: int = 0
    files_downloaded: int = 0
    files_failed: int = 0
    bytes: int = 0
    seconds: float = 0.0
    outbox_sent: int = 0
    search_indexed: int = 0     # items the search index took in after the catalogue
    search_backlog: int = 0     # of how many waiting
    pages: int = 0              # pages of changes stored by this run
    received: int = 0           # bytes received from the source system (the day's data use)
    held_back: int = 0          # files left for later by the data budget or the metered link
    held_bytes: int = 0
    budget_bytes: int | None = None  # what this run could spend (None: no budget)
    limited: bool = False       # a budget or a metered link applied
    complete: bool = True       # False: the catalogue pull stopped part-way (`stopped`)
    stopped: str = ""           # why, in English
    emergencies: list[str] = field(default_factory=list)
    withdrawn_in_use: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        """complete: everything done; partial: the catalogue stopped part-way or some files
        were not fetched, and what was got is kept (the next sync goes on from there)."""
        return "complete" if self.complete and not self.files_failed else "partial"

    @property
    def kept_anything(self) -> bool:
        """Whether the run got something done (a run that did not is a failure)."""
        return bool(self.items_added or self.items_updated or self.items_withdrawn
                    or self.files_downloaded or self.outbox_sent)

    def summary(self) -> dict[str, Any]:
        """The figures `sync --json` prints (the contract of the command)."""
        keys = ("items_added", "items_updated", "items_withdrawn", "items_rejected",
                "files_downloaded", "files_failed", "bytes", "seconds", "outbox_sent")
        figures = {k: asdict(self)[k] for k in keys}
        figures["status"] = self.status
        if self.limited:  # the data budget's figures, only when one applied
            figures.update(received=self.received, held_back=self.held_back,
                           held_bytes=self.held_bytes, budget_bytes=self.budget_bytes)
        if self.stopped:
            figures["stopped"] = self.stopped
        return figures


class LinkTracker:
    """Writes the link state to the database only when it changes, then tells `listener`."""

    def __init__(self, ctx: StationContext,
                 listener: Callable[[str], None] | None = None) -> None:
        self._ctx = ctx
        self._listener = listener
        self._last: str | None = None
        self._lock = threading.Lock()

    def __call__(self, link: str) -> None:
        with self._lock:
            if link == self._last:
                return
            self._last = link
        state.write(self._ctx.db, state.LINK_STATE, link)
        if self._listener is not None:
            self._listener(link)


class SyncService:
    def __init__(self, ctx: StationContext, *, cancel: threading.Event | None = None,
                 policy: RetryPolicy | None = None,
                 on_link: Callable[[str], None] | None = None) -> None:
        self.ctx = ctx
        self.cancel = cancel or threading.Event()
        self.policy = policy
        self.link = LinkTracker(ctx, on_link)
        self.meter = DataMeter(ctx.db)  # replaced by each run; clients count into it

    # -- account ------------------------------------------------------------------------

    def make_client(self, server: str | None = None, user: str | None = None) -> SourceClient:
        settings = self.ctx.settings
        server = server or settings.get(SOURCE_URL)
        user = user or settings.get(SOURCE_USER)
        if not server or not user:
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "no source system configured: run "
                                                "`commune-console login` or set it in "
                                                "Settings"))
        verify: bool | str = bool(settings.get(SOURCE_VERIFY_TLS))
        if verify and settings.get(SOURCE_CA_BUNDLE):
            verify = settings.get(SOURCE_CA_BUNDLE)
        concurrency = int(settings.get(DOWNLOAD_CONCURRENCY))
        return SourceClient(server, user, self.ctx.secrets, verify=verify, policy=self.policy,
                            cancel=self.cancel, pool_size=concurrency + 4, on_link=self.link,
                            tls_pin=settings.get(SOURCE_TLS_PIN) or None,
                            on_bytes=self._count)

    def _count(self, n: int) -> None:
        self.meter.add(n)

    def download_policy(self, budget_mb: float | None = None) -> DownloadPolicy:
        """The data budget of a run starting now (`budget_mb`: this run's own budget)."""
        settings = self.ctx.settings
        return policy_for_run(self.ctx.db, budget_on=bool(settings.get(DATA_BUDGET_ON)),
                              mb_per_day=float(settings.get(DATA_BUDGET_MB)),
                              metered=bool(settings.get(LINK_METERED)),
                              large_mb=float(settings.get(LARGE_FILE_MB)),
                              override_mb=budget_mb)

    def login(self, server: str, user: str, password: str | None, *,
              ca_bundle: str | None = None, tls_pin: str | None = None) -> StationInfo:
        """Check the account against the server, then remember it.

        `ca_bundle`: a PEM file for a provincial server with an internal certificate
        authority ("" removes it); verification stays on either way. `tls_pin`: the
        server's own certificate's SHA-256 fingerprint, pinned instead ("" removes it).
        Who may change the account, and its audit entry, are
        console.services.source_account's.
        """
        if ca_bundle is not None:
            if ca_bundle and not Path(ca_bundle).is_file():
                raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "the CA bundle {path} does not "
                                                    "exist"), path=ca_bundle)

            self.ctx.settings.set(SOURCE_CA_BUNDLE, ca_bundle)
        previous_pin = self.ctx.settings.get(SOURCE_TLS_PIN)
        if tls_pin is not None:
            try:
                pin = normalize_fingerprint(tls_pin) if tls_pin else ""
            except ValueError as exc:
                raise NotLoggedIn(QT_TRANSLATE_NOOP(
                    "Errors", "{value} is not a SHA-256 certificate fingerprint (64 hex "
                    "digits)"), value=repr(tls_pin)) from exc
            self.ctx.settings.set(SOURCE_TLS_PIN, pin)
        client = self.make_client(server, user)
        try:
            station = client.login(password)
        except BaseException:
            if tls_pin is not None:  # a pin that did not work is not kept
                self.ctx.settings.set(SOURCE_TLS_PIN, previous_pin)
            raise
        finally:
            client.close()
        self.ctx.settings.set_many({SOURCE_URL: client.base_url, SOURCE_USER: user})
        self.remember_station(station)
        return station

    def remember_station(self, info: StationInfo) -> None:
        with self.ctx.db.write() as session:
            station = session.scalar(select(Station).where(Station.code == info.code))
            if station is None:
                station = session.scalar(select(Station))
            if station is None:
                station = Station(code=info.code, name=info.name)
                session.add(station)
            station.code, station.name = info.code, info.name
            station.commune_code, station.province_code = info.commune_code, info.province_code
        if not self.ctx.settings.get(STATION_CODE):
            self.ctx.settings.set(STATION_CODE, info.code)

    # -- one run --------------------------------------------------------------------------

    def sync_once(self, *, client: SourceClient | None = None, media: bool = True,
                  outbox: bool = True, budget_mb: float | None = None,
                  progress: Callable[[str, SyncResult], None] | None = None) -> SyncResult:
        """One run. `budget_mb`: what this run may spend (else the day's budget, if on)."""
        started = time.monotonic()
        result = SyncResult()
        self.meter.flush()
        self.meter = DataMeter(self.ctx.db)  # this run's bytes (the day's row adds them up)
        policy = self.download_policy(budget_mb)  # before the catalogue: its bytes are in the run
        result.limited, result.budget_bytes = policy.limited, policy.budget_bytes
        own_client = client is None
        client = client or self.make_client()
        try:
            if client.station is None:
                self.remember_station(client.login())
            CatalogueSync(self.ctx.db, client).pull_categories()

            def on_page(stats: Any) -> None:
                result.pages = stats.pages
                result.items_added, result.items_updated = stats.added, stats.updated
                result.items_withdrawn, result.items_rejected = stats.withdrawn, stats.rejected
                if progress is not None:
                    progress("catalogue", result)

            stopped: SyncError | None = None
            catalogue = CatalogueSync(self.ctx.db, client, cancel=self.cancel, progress=on_page)
            try:
                pulled = catalogue.pull()
            except Cancelled:
                raise
            except SyncError as exc:
                # The pull stopped part-way (an answer refused, a feed that goes nowhere, the
                # link lost): what it stored is kept, and its media and the messages waiting
                # to go up do not depend on the rest. A link that was never there: nothing
                # to keep, the run fails as a whole.
                if isinstance(exc, SourceUnavailable) and not result.pages:
                    raise
                log.error("catalogue stopped part-way: %s; what was stored is kept, its "
                          "media and the outbox go on", exc)
                result.complete, result.stopped = False, str(exc)
                stopped = exc
                pulled = catalogue.stats  # what the pages stored before it stopped
            on_page(pulled)
            result.emergencies = pulled.emergencies
            result.withdrawn_in_use = pulled.withdrawn_in_use
            result.errors.extend(pulled.rejections[:10])
            if stopped is not None:
                result.errors.insert(0, str(stopped))
            self._index(result, progress)
            if media:
                self._media(client, result, progress, policy)
            if outbox and not isinstance(stopped, SourceUnavailable):
                result.outbox_sent = OutboxWorker(self.ctx.db, client, cancel=self.cancel
                                                  ).drain().sent
            if stopped is not None:
                raise IncompleteSync(stopped, result) from stopped
            with self.ctx.db.write() as session:
                state.put(session, state.LAST_SUCCESS, utcnow().isoformat())
                if client.clock_skew_s is not None:
                    state.put(session, state.CLOCK_SKEW, round(client.clock_skew_s, 1))
        except (SourceUnavailable, IncompleteSync) as exc:
            if isinstance(exc, SourceUnavailable) or isinstance(exc.cause, SourceUnavailable):
                self.link("offline")
            raise
        finally:
            if own_client:
                client.close()
            self.meter.flush()
            result.received = self.meter.total
            result.seconds = round(time.monotonic() - started, 3)
        return result

    def _index(self, result: SyncResult,
               progress: Callable[[str, SyncResult], None] | None) -> None:
        """Index what a long pull left queued, before media (search works offline)."""

        def on_batch(done: int, total: int) -> None:
            result.search_indexed, result.search_backlog = done, total
            if progress is not None:
                progress("search", result)

        index_backlog(self.ctx.db, cancel=self.cancel, progress=on_batch)

    def _media(self, client: SourceClient, result: SyncResult,
               progress: Callable[[str, SyncResult], None] | None,
               policy: DownloadPolicy) -> None:
        store = MediaStore(self.ctx.paths.media)

        def on_file(stats: Any) -> None:
            result.files_downloaded, result.bytes = stats.files_downloaded, stats.bytes
            if progress is not None:
                progress("media", result)

        downloader = MediaDownloader(
            self.ctx.db, client, store, cancel=self.cancel, progress=on_file,
            concurrency=int(self.ctx.settings.get(DOWNLOAD_CONCURRENCY)), policy=policy,
            meter=self.meter)
        try:
            stats = downloader.run()
        except DiskFull as exc:
            log.error("media not saved: %s (what is half fetched resumes when space returns)",
                      exc)
            result.errors.insert(0, str(exc))
            raise
        result.files_downloaded, result.files_failed = stats.files_downloaded, stats.files_failed
        result.bytes = stats.bytes
        result.held_back, result.held_bytes = stats.held_back, stats.held_bytes
        result.errors.extend(stats.errors[:10])
        evict(self.ctx.db, store, int(self.ctx.settings.get(MEDIA_CACHE_MB)) * 2**20)
