"""The daily backup to the second place, on a thread of its own.

It runs with the other workers from the console's start, whether the window is open or
not, and never on the UI thread: a backup of a large station to a slow USB stick takes
minutes. Every `check_every_s` it asks whether a backup is due (console.services.
offsite_backup.run_due_backup); the outcome is remembered in the settings, where Today and
the tray read it.
"""

from __future__ import annotations

import logging
import threading

from ..services.offsite_backup import run_due_backup
from ..station import StationContext

log = logging.getLogger(__name__)

FIRST_CHECK_S = 120.0      # after the start-up rush (sync, players), not during it
CHECK_EVERY_S = 900.0


class OffsiteBackups:
    def __init__(self, station: StationContext, *, first_check_s: float = FIRST_CHECK_S,
                 check_every_s: float = CHECK_EVERY_S) -> None:
        self.station = station
        self.first_check_s = first_check_s
        self.check_every_s = check_every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0   # checks done (for tests and the log)

    def start(self) -> OffsiteBackups:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="offsite-backup",
                                            daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        wait = self.first_check_s
        while not self._stop.wait(wait):
            try:
                written = run_due_backup(self.station)
                if written is not None:
                    log.info("daily backup written to %s", written.path)
            except Exception:  # the next check tries again; the console goes on
                log.exception("the daily off-disk backup failed")
            self.runs += 1
            wait = self.check_every_s

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the backup being written, if any (the thread is a daemon anyway)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
