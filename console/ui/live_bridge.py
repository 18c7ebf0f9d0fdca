"""The live link seen from the window: LiveSync's callbacks become signals on the UI thread.

Callbacks arrive on worker threads. They are put on a thread-safe queue and an
argument-less signal wakes the UI thread, which emits the public signals (the same
pattern as the task runner: no Python object crosses threads inside a Qt signal).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..station import StationContext
from ..sync.errors import SyncError
from ..sync.live import LiveCallbacks, LiveSync
from ..sync.service import SyncResult, SyncService

log = logging.getLogger(__name__)


class LiveLinkBridge(QObject):
    emergency = Signal(list)          # ids of new emergency items
    catalogue_changed = Signal()
    link_changed = Signal(str)        # online | degraded | offline
    outbox_sent = Signal()
    media_changed = Signal()
    problem = Signal(str)             # a plain-words reason, for the sync page
    sync_progress = Signal(str, object)  # phase, SyncResult so far
    sync_finished = Signal(object)    # SyncResult, or an exception

    _wake = Signal()

    def __init__(self, ctx: StationContext, *, prepare: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._prepare = prepare
        self._events: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._live: LiveSync | None = None
        self._manual: threading.Thread | None = None
        self.last_problem: str | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Run the live link (after `prepare`, e.g. the demo's simulator) in the background."""
        callbacks = LiveCallbacks(
            changed=lambda stats: self._post("catalogue_changed"),
            emergency=lambda ids: self._post("emergency", list(ids)),
            link=lambda state: self._post("link_changed", state),
            media=lambda: self._post("media_changed"),
            outbox=lambda: self._post("outbox_sent"),
            error=lambda reason: self._post("problem", reason),
        )
        self._live = LiveSync(self.ctx, callbacks, prepare=self._prepare).start()

    def stop(self, timeout: float = 0.5) -> None:
        """Stop without holding the window: loops still in a long poll end on their own."""
        if self._live is not None:
            self._live.stop(timeout)
            self._live = None

    @property
    def running(self) -> bool:
        return self._live is not None

    def kick_outbox(self) -> None:
        if self._live is not None:
            self._live.kick()

    def sync_now(self) -> bool:
        """One full sync with progress, on a thread of its own; False if one is running."""
        if self._manual is not None and self._manual.is_alive():
            return False

        def run() -> None:
            service = SyncService(self.ctx, on_link=lambda s: self._post("link_changed", s))
            try:
                result = service.sync_once(
                    progress=lambda phase, res: self._post("sync_progress", phase, res))
            except (SyncError, OSError) as exc:
                self._post("sync_finished", exc)
            except Exception as exc:  # reported, never lost in a thread
                log.exception("manual sync failed")
                self._post("sync_finished", exc)
            else:
                self._post("sync_finished", result)
                if result.emergencies:
                    self._post("emergency", list(result.emergencies))
                self._post("catalogue_changed")

        self._manual = threading.Thread(target=run, name="sync-now", daemon=True)
        self._manual.start()
        return True

    # -- thread hand-over -------------------------------------------------------------------

    def _post(self, name: str, *args: Any) -> None:
        self._events.put((name, args))
        self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                name, args = self._events.get_nowait()
            except queue.Empty:
                return
            if name == "problem":
                self.last_problem = args[0]
            getattr(self, name).emit(*args)


__all__ = ["LiveLinkBridge", "SyncResult"]
