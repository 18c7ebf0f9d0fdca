"""Work that must run on one workstation of a station at a time: the live link to the source
system, the delivery sender, local playout, publishing to the Zalo OA.

On SQLite there is one workstation (the data folder's instance lock keeps a second console
out), so the work just starts. On a shared PostgreSQL database each kind of work holds an
advisory lock (console.db.locks): the first workstation to take it runs the work; the
others look again every few seconds and take over when the holder stops, is killed or
vanishes (its lock goes with its connection). Who holds it is shown by
services.workstation.worker_holders().
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..db import Database
from ..db.locks import WORKER_KEYS, WORKERS, AdvisoryLock

log = logging.getLogger(__name__)

RETRY_S = 5.0


class OncePerStation:
    def __init__(self, db: Database, name: str, start: Callable[[], None],
                 stop: Callable[[], None], *, retry_s: float = RETRY_S) -> None:
        self.name = name
        self._start, self._stop = start, stop
        self._retry_s = retry_s
        self._lock = AdvisoryLock(db, WORKERS, WORKER_KEYS[name]) if db.is_postgres else None
        self._quit = threading.Event()
        self._watcher: threading.Thread | None = None
        self.running = False

    def begin(self) -> None:
        """Start the work now if this workstation may run it; else wait for its turn."""
        if self._lock is None:
            self._run()
            return
        if self._watcher is not None:
            return
        self._quit.clear()
        self._look()  # at once: the first workstation starts without a delay
        self._watcher = threading.Thread(target=self._watch, name=f"once-{self.name}",
                                         daemon=True)
        self._watcher.start()

    def end(self) -> None:
        self._quit.set()
        if self._watcher is not None:
            self._watcher.join(timeout=self._retry_s + 5)
            self._watcher = None
        if self.running:
            self.running = False
            self._stop()
        if self._lock is not None:
            self._lock.release()

    def _run(self) -> None:
        self.running = True
        self._start()

    def _look(self) -> None:
        assert self._lock is not None
        try:
            if not self.running:
                if self._lock.try_acquire():
                    log.info("this workstation runs the %s work now", self.name)
                    self._run()
            elif not self._lock.still_held():
                log.warning("lost the %s lock: the work stops here", self.name)
                self.running = False
                self._stop()
        except Exception as exc:  # the server is away: look again later
            log.warning("cannot look at the %s lock: %s", self.name, exc)

    def _watch(self) -> None:
        while not self._quit.wait(self._retry_s):
            self._look()
