"""Delivery jobs seen from the window and the command line: their states, sending them
now from the calling thread, asking the devices for their state now."""

from __future__ import annotations

import time
from collections.abc import Collection

from ..delivery.dispatcher import Dispatcher, JobView, job_views
from ..delivery.status import poll
from ..station import StationContext
from .library_media import media_fetcher

SETTLED = ("delivered", "failed")


def job_states(ctx: StationContext, job_ids: list[int]) -> list[JobView]:
    """Each job's target, state and last detail."""
    return job_views(ctx, job_ids)


def send_now(ctx: StationContext, job_ids: list[int], timeout_s: float = 30.0) -> list[JobView]:
    """Send these jobs from the calling (worker) thread; blocks until done or timed out."""
    dispatcher = Dispatcher(ctx, fetch=media_fetcher(ctx))
    try:
        return dispatcher.drain(job_ids, timeout_s=timeout_s)
    finally:
        dispatcher.close()


def _answered(view: JobView) -> bool:
    """Delivered or failed, or tried once and waiting for its next try (the device did not
    answer or said no: its reason says which, and the job goes on by itself)."""
    return view.state in SETTLED or (view.state == "queued" and view.attempts > 0)


def wait_settled(ctx: StationContext, job_ids: list[int],
                 timeout_s: float = 15.0) -> list[JobView]:
    """Wait (in a worker) until each of these jobs was delivered, failed or tried once, or
    the time is up: the operator hears at once about a device that is away."""
    deadline = time.monotonic() + timeout_s
    while True:
        views = job_views(ctx, job_ids)
        if all(_answered(v) for v in views) or time.monotonic() > deadline:
            return views
        time.sleep(0.2)


def poll_devices_now(ctx: StationContext, target_ids: Collection[str] | None = None) -> None:
    """Ask every device (or these) for its state now (the Devices page's refresh); gateway
    clusters playing what the console did not send raise their alarm."""
    from .gateway_watch import after_poll

    after_poll(ctx, poll(ctx, only=target_ids))


__all__ = ["JobView", "job_states", "poll_devices_now", "send_now", "wait_settled"]
