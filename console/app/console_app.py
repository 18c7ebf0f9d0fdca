"""One opened station with its services' background work, as the window runs it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..delivery.service import DeliveryService
from ..services.gateway_watch import after_poll
from ..services.library_media import media_fetcher
from ..services.users import UserService
from ..station import StationContext
from ..zalo.worker import ZaloWorker
from .live import LiveLink
from .offsite_backups import OffsiteBackups
from .once_per_station import OncePerStation
from .playout import LocalPlayout

log = logging.getLogger(__name__)


class ConsoleApp:
    """The station, its users, and the workers: the live link to the source system, the
    delivery sender / status poller / play-log collector, local playout, the Zalo OA
    worker (articles, token renewal, daily figures), and the daily backup to the second
    place.

    `start()` starts delivery and the Zalo worker; the window starts the live link once it
    listens to it and local playout once it has a parent for the players; `stop()` stops
    all of them.
    """

    def __init__(self, station: StationContext, *,
                 prepare: Callable[[], None] | None = None) -> None:
        self.station = station
        self.users = UserService(station.db)
        self.live = LiveLink(station, prepare=prepare)
        # After each status poll: clusters behind the vendor gateway playing something the
        # console did not send raise an alarm (the protocol has no authentication).
        self.delivery = DeliveryService(station,
                                        after_poll=lambda states: after_poll(station, states),
                                        fetch=media_fetcher(station))
        self.playout = LocalPlayout(station)
        self.zalo = ZaloWorker(station)
        self.backups = OffsiteBackups(station)
        # On a shared server one workstation of the station sends (once_per_station.py).
        self.delivery_turn = OncePerStation(station.db, "delivery", self.delivery.start,
                                            self.delivery.stop)
        self.zalo_turn = OncePerStation(station.db, "zalo", self.zalo.start, self.zalo.stop)
        # One dump of a shared server a day is enough: the PC that takes the turn makes it.
        self.backups_turn = OncePerStation(station.db, "backup", self.backups.start,
                                           self.backups.stop)

    def start(self) -> ConsoleApp:
        self.delivery_turn.begin()  # pushes, device status, play logs
        self.zalo_turn.begin()      # OA articles from the outbox, token renewal, daily figures
        self.backups_turn.begin()   # the daily backup to the USB drive or network folder
        return self

    def stop(self) -> None:
        self.playout.stop()
        self.live.stop()
        self.zalo_turn.end()
        self.delivery_turn.end()
        self.backups_turn.end()
