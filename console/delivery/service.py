"""The console's background delivery: sender, status poller and play-log collector.

Three daemon threads, each writing to the database only (the UI re-reads on its own
"changed" signal). `wake()` makes the sender look now, e.g. right after a push or an
emergency, instead of at its next idle tick.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..station import StationContext
from . import lanes
from .dispatcher import Dispatcher
from .proof import collect
from .rolling import catch_up, refresh_rolling
from .status import TargetState, poll

log = logging.getLogger(__name__)

STARTUP_LOOK_S = 2.0


class DeliveryService:
    def __init__(self, ctx: StationContext, *, poll_every_s: float = 30.0,
                 collect_every_s: float = 60.0, idle_s: float = 1.0,
                 on_change: Callable[[str], None] | None = None,
                 after_poll: Callable[[list[TargetState]], None] | None = None,
                 fetch: Callable[[list[str]], object] | None = None) -> None:
        self.ctx = ctx
        self.poll_every_s = poll_every_s
        self.collect_every_s = collect_every_s
        self.idle_s = idle_s
        self.on_change = on_change  # called from worker threads with "jobs"/"status"/"as_run"
        self.after_poll = after_poll  # each poll's answers (the gateway watch looks at them)
        self._stop = threading.Event()
        self._wake = threading.Event()
        lanes.listen(self._wake)  # services wake the sender when they have queued jobs
        self.dispatcher = Dispatcher(ctx, cancel=self._stop, fetch=fetch)
        self._threads: list[threading.Thread] = []

    def start(self) -> DeliveryService:
        if self._threads:
            return self
        self._stop.clear()
        for name, target in (("delivery-sender", self._send_loop),
                             ("delivery-status", self._status_loop),
                             ("delivery-proof", self._proof_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        self.dispatcher.close()

    def wake(self) -> None:
        self._wake.set()

    def _changed(self, what: str) -> None:
        if self.on_change is not None:
            try:
                self.on_change(what)
            except Exception:  # a listener's bug must not stop delivery
                log.exception("delivery change listener failed")

    def _send_loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.dispatcher.drain(timeout_s=self.idle_s)
                self._changed("jobs")
            except Exception:
                log.exception("delivery sender failed; trying again")
            self._wake.wait(self.idle_s)
            self._wake.clear()

    def _status_loop(self) -> None:
        # The first look is at once: after a power cut the devices are asked where they are
        # and given what they lack before the first programme is due.
        delay = min(self.poll_every_s, STARTUP_LOOK_S)
        while not self._stop.wait(delay):
            delay = self.poll_every_s
            try:
                states = poll(self.ctx, self.dispatcher)
                if self.after_poll is not None:
                    self.after_poll(states)
                self._changed("status")
                if refresh_rolling(self.ctx) or catch_up(self.ctx):
                    self._wake.set()
            except Exception:
                log.exception("device status poll failed")

    def _proof_loop(self) -> None:
        delay = min(self.collect_every_s, STARTUP_LOOK_S * 2)  # what they played meanwhile
        while not self._stop.wait(delay):
            delay = self.collect_every_s
            try:
                stats = collect(self.ctx, self.dispatcher)
                if stats.collected or stats.inferred:
                    self._changed("as_run")
            except Exception:
                log.exception("play log collection failed")
