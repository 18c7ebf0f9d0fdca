"""The live link seen from the window: the link's events become signals on the UI thread.

Events arrive on worker threads. They are put on a thread-safe queue and an
argument-less signal wakes the UI thread, which emits the public signals (the same
pattern as the task runner: no Python object crosses threads inside a Qt signal).
"""

from __future__ import annotations

import logging
import queue
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..app.live import LiveLink, SyncResult

log = logging.getLogger(__name__)


class LiveLinkBridge(QObject):
    emergency = Signal(list)          # ids of new emergency items
    withdrawn_in_use = Signal(list)   # ids of items a programme uses, withdrawn upstream
    catalogue_changed = Signal()
    link_changed = Signal(str)        # online | degraded | offline
    outbox_sent = Signal()
    media_changed = Signal()
    problem = Signal(object)          # a SyncError or a plain-words reason, for the sync page
    sync_progress = Signal(str, object)  # phase, SyncResult so far
    sync_finished = Signal(object)    # SyncResult, or an exception
    withdrawn = Signal(object)        # WithdrawalReport: items the province withdrew, off air
    station_changed = Signal(list)    # tables another workstation changed (shared server)

    _wake = Signal()

    def __init__(self, link: LiveLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.ctx = link.station
        self._events: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self.last_problem: object = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Run the live link (after its `prepare`, e.g. the demo's simulators) in the background."""
        self.link.start(self._post)

    def stop(self, timeout: float = 0.5) -> None:
        """Stop without holding the window: loops still in a long poll end on their own."""
        self.link.stop(timeout)

    @property
    def running(self) -> bool:
        return self.link.running

    def kick_outbox(self) -> None:
        self.link.kick_outbox()

    def sync_now(self) -> bool:
        """One full sync with progress, on a thread of its own; False if one is running."""
        return self.link.sync_now(self._post)

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
