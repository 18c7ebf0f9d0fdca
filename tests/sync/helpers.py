"""Shared helpers of the sync tests."""

from __future__ import annotations

from console.retry import RetryPolicy
from console.sim.source import SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService

FAST_RETRY = RetryPolicy(attempts=12, base_s=0.02, cap_s=0.2)


def logged_in(ctx: StationContext, sim: SourceSimulator) -> SyncService:
    service = SyncService(ctx, policy=FAST_RETRY)
    service.login(sim.url, "demo", "demo")
    return service
