"""Local playout while the console runs: one player per local target (this computer's
sound card), started on the UI thread and stopped before the window closes."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject

from ..db.locks import WORKER_KEYS, WORKERS, AdvisoryLock
from ..playout.engine import PlayoutEngine, start_engines
from ..playout.plan import UpcomingPlay, local_target_ids
from ..services.library_media import media_fetcher
from ..station import StationContext

log = logging.getLogger(__name__)

# Closing the window with a play due within this time asks first.
CLOSE_WARNING_WITHIN = dt.timedelta(hours=12)


class LocalPlayout:
    def __init__(self, station: StationContext) -> None:
        self.station = station
        self.engines: list[PlayoutEngine] = []
        # On a shared server one workstation of the station plays (its sound card feeds
        # the transmitter): the one that took this lock.
        self._lock = (AdvisoryLock(station.db, WORKERS, WORKER_KEYS["playout"])
                      if station.db.is_postgres else None)

    def target_ids(self) -> list[str]:
        """The enabled local targets (read in a worker)."""
        return local_target_ids(self.station)

    def start(self, target_ids: list[str], parent: QObject | None = None) -> None:
        """Start the players (on the UI thread: they own Qt media players)."""
        if target_ids and not self.engines:
            if self._lock is not None and not self._lock.try_acquire():
                log.info("local playout runs on another workstation of this station")
                return
            self.engines = start_engines(self.station, target_ids, parent=parent,
                                         fetch=media_fetcher(self.station))

    @property
    def running(self) -> bool:
        return bool(self.engines)

    def upcoming(self, within: dt.timedelta = CLOSE_WARNING_WITHIN) -> list[UpcomingPlay]:
        """Plays due through this computer's speakers in the next `within`, soonest first."""
        plays = [play for engine in self.engines for play in engine.upcoming(within)]
        return sorted(plays, key=lambda p: p.start)

    def stop(self) -> None:
        for engine in self.engines:
            engine.stop()
        self.engines = []
        if self._lock is not None:
            self._lock.release()
