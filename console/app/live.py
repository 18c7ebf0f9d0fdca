"""The link to the source system while the console runs: the live feed (catalogue,
emergencies, media, outbox) and a full sync on demand, with plain callbacks.

Callbacks arrive on worker threads; the window turns them into signals
(console.ui.live_bridge). Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from ..db.notify import ChangeListener
from ..services import audit
from ..services.permissions import SYSTEM
from ..station import StationContext
from ..sync.catalogue import PullStats
from ..sync.errors import IncompleteSync, SyncError
from ..sync.live import LiveCallbacks, LiveSync
from ..sync.service import SyncResult, SyncService
from .once_per_station import OncePerStation

log = logging.getLogger(__name__)

Post = Callable[..., None]  # post(event name, *arguments), from any thread


class LiveLink:
    """Owns the live sync thread and the manual "sync now" thread of one station."""

    def __init__(self, station: StationContext, *,
                 prepare: Callable[[], None] | None = None) -> None:
        self.station = station
        self._prepare = prepare  # runs first on the feed thread (the demo starts its servers)
        self._live: LiveSync | None = None
        self._manual: threading.Thread | None = None
        self._manual_done = threading.Event()  # the manual sync posted its last event
        self._turn: OncePerStation | None = None
        self._changes: ChangeListener | None = None

    def start(self, post: Post) -> None:
        """Run the live feed; its events reach `post` as (name, *args):
        catalogue_changed, emergency(ids), withdrawn_in_use(ids), withdrawn(WithdrawalReport),
        link_changed(state), media_changed, outbox_sent, problem(reason); on a shared server
        also station_changed(tables) when another workstation changed them."""
        if self._live is not None or self._turn is not None:
            return

        def changed(stats: PullStats) -> None:
            self._audit_background(stats)
            self._changed(post, stats.withdrawn_in_use)

        callbacks = LiveCallbacks(
            changed=changed,
            emergency=lambda ids: post("emergency", list(ids)),
            link=lambda state: post("link_changed", state),
            media=lambda: post("media_changed"),
            outbox=lambda: post("outbox_sent"),
            error=lambda reason: post("problem", reason),
        )

        def start_feed() -> None:
            self._live = LiveSync(self.station, callbacks, prepare=self._prepare).start()

        # On a shared server one workstation of the station runs the feed; every one
        # hears what the others changed.
        self._turn = OncePerStation(self.station.db, "sync", start_feed, self._stop_feed)
        self._turn.begin()
        if self.station.db.is_postgres:
            self._changes = ChangeListener(self.station.db,
                                           lambda tables: _elsewhere(post, tables)).start()

    def _audit_background(self, stats: PullStats) -> None:
        """The console's own scheduled sync is audited as the console ("system")."""
        if not (stats.added or stats.updated or stats.withdrawn):
            return
        try:
            with self.station.db.write() as session:
                audit.record(session, SYSTEM, "sync.run", "live feed", added=stats.added,
                             updated=stats.updated, withdrawn=stats.withdrawn,
                             background=True)
        except Exception:  # the feed must go on; the catalogue itself is already stored
            log.exception("auditing the background sync failed")

    def _stop_feed(self, timeout: float = 0.5) -> None:
        if self._live is not None:
            self._live.stop(timeout)
            self._live = None

    def stop(self, timeout: float = 0.5) -> None:
        """Stop without holding the caller: loops still in a long poll end on their own."""
        turn, self._turn = self._turn, None
        if turn is not None:
            turn.end()
        changes, self._changes = self._changes, None
        if changes is not None:
            changes.stop(timeout)
        self._stop_feed(timeout)

    @property
    def running(self) -> bool:
        return self._live is not None

    def _changed(self, post: Post, withdrawn_in_use: list[str]) -> None:
        """Withdrawn items leave the air first (programmes, devices); then the window hears
        withdrawn(report) with what was done, and withdrawn_in_use(ids) for the tray."""
        if withdrawn_in_use:
            from ..services.withdrawals import take_off_air

            try:
                report = take_off_air(self.station, list(withdrawn_in_use))
            except Exception:  # the link goes on; the alert still goes out
                log.exception("withdrawn items could not be taken off the air")
            else:
                if report.programmes:
                    post("withdrawn", report)
        _changed(post, withdrawn_in_use)

    def kick_outbox(self) -> None:
        if self._live is not None:
            self._live.kick()

    def sync_now(self, post: Post) -> bool:
        """One full sync on a thread of its own; False if one is running. Events:
        link_changed(state), sync_progress(phase, SyncResult), emergency(ids),
        withdrawn_in_use(ids), catalogue_changed, then sync_finished(result or exception)
        last: once the window hears it, the next press starts a sync."""
        manual = self._manual
        if manual is not None and manual.is_alive():
            if not self._manual_done.is_set():
                return False
            manual.join(timeout=5)  # it posted its last event and is ending
        done = self._manual_done = threading.Event()

        def run() -> None:
            service = SyncService(self.station, on_link=lambda s: post("link_changed", s))
            outcome: object
            kept: SyncResult | None = None
            try:
                outcome = kept = service.sync_once(
                    progress=lambda phase, res: post("sync_progress", phase, res))
            except IncompleteSync as exc:  # stopped part-way: what it kept is news all the same
                outcome, kept = exc, exc.result
            except (SyncError, OSError) as exc:
                outcome = exc
            except Exception as exc:  # reported, never lost in a thread
                log.exception("manual sync failed")
                outcome = exc
            try:
                if kept is not None:
                    if kept.emergencies:
                        post("emergency", list(kept.emergencies))
                    self._changed(post, kept.withdrawn_in_use)  # withdrawn: off the air
            finally:
                done.set()
                post("sync_finished", outcome)

        self._manual = threading.Thread(target=run, name="sync-now", daemon=True)
        self._manual.start()
        return True


def _changed(post: Post, withdrawn_in_use: list[str]) -> None:
    """The catalogue changed; items a programme uses that the province withdrew are named."""
    if withdrawn_in_use:
        post("withdrawn_in_use", sorted(set(withdrawn_in_use)))
    post("catalogue_changed")


# What another workstation changed → the events this PC's own workers would have posted.
_EVENTS = {"source_item": "catalogue_changed", "outbox": "outbox_sent",
           "media_blob": "media_changed"}


def _elsewhere(post: Post, tables: set[str]) -> None:
    for event in sorted({_EVENTS[t] for t in tables if t in _EVENTS}):
        post(event)
    post("station_changed", sorted(tables))


def is_sync_result(value: Any) -> bool:
    return isinstance(value, SyncResult)


__all__ = ["LiveLink", "SyncResult", "is_sync_result"]
