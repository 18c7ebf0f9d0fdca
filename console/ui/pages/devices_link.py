"""The pages' handle on the background delivery service.

`DeliveryService.on_change` is called from its worker threads; this object turns each call
into a queued Qt signal, so the pages re-read the database on the UI thread. Without a
service (a test, or a window opened for a screenshot) commands are still queued in the
database and `send()` pushes them from a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...services.deliveries import JobView, send_now, wait_settled
from ...station import StationContext

log = logging.getLogger(__name__)


class DeliveryWorker(Protocol):
    """What the link uses of the background delivery service the console runs."""

    on_change: Callable[[str], None] | None  # called from its threads: "jobs", "status", …

    def wake(self) -> None: ...


class DeliveryLink(QObject):
    #: "jobs", "status" or "as_run": what the service just wrote (on the UI thread)
    changed = Signal(str)

    def __init__(self, ctx: StationContext, service: DeliveryWorker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        if service is not None:
            previous = service.on_change

            def forward(what: str) -> None:  # worker thread: only emit
                if previous is not None:
                    previous(what)
                if shiboken6.isValid(self):  # the window may be gone already
                    self.changed.emit(what)

            service.on_change = forward

    @property
    def running(self) -> bool:
        return self.service is not None

    def send(self, job_ids: list[int], timeout_s: float = 30.0) -> None:
        """Have these jobs sent now: wakes the service, or (without one) sends them here,
        which blocks. Call it from a worker thread, never the UI thread."""
        if self.service is not None:
            self.service.wake()
            return
        send_jobs(self.ctx, job_ids, timeout_s)
        if shiboken6.isValid(self):
            self.changed.emit("jobs")


def send_jobs(ctx: StationContext, job_ids: list[int], timeout_s: float = 30.0) -> None:
    """Send these delivery jobs now from the calling (worker) thread."""
    send_now(ctx, job_ids, timeout_s)


def deliver(ctx: StationContext, link: DeliveryLink | None, jobs: list[int]) -> None:
    """From a worker: wake the delivery service, or send the jobs here without one."""
    if link is not None and link.running:
        link.send(jobs)
    else:
        send_jobs(ctx, jobs, timeout_s=30.0)


def settled(ctx: StationContext, job_ids: list[int], timeout_s: float = 15.0) -> list[JobView]:
    """Wait (in a worker) until these jobs are delivered or failed, or the time is up."""
    return wait_settled(ctx, job_ids, timeout_s)
