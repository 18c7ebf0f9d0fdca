"""Before figures are shown: fetch the play logs still waiting on the devices that answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...station import StationContext
from .. import audit
from ..permissions import Actor, Permission


@dataclass(frozen=True)
class CollectResult:
    collected: int = 0
    inferred: int = 0
    failed: list[str] = field(default_factory=list)       # "target: reason", one per device
    nothing_new: list[str] = field(default_factory=list)  # target ids with nothing to send


def collect_play_logs(ctx: StationContext, timeout_s: float = 5.0, *,
                      actor: Actor | None = None) -> CollectResult:
    """Devices that do not answer are named with their reason, never an error: reports
    work offline. A collection that cannot run at all (the registry unreadable) raises.

    `actor`: who asked (the command line); checked and audited. Without one it is the
    console's own work (the Reports page refreshing its figures, the background
    collector), which records only what the devices report.
    """
    if actor is not None:
        actor.require(Permission.PREPARE_REPORTS)
    result = _collect(ctx, timeout_s)
    if actor is not None:
        with ctx.db.write() as session:
            audit.record(session, actor, "play_logs.collect", None,
                         collected=result.collected, inferred=result.inferred,
                         failed=len(result.failed), nothing_new=len(result.nothing_new))
    return result


def _collect(ctx: StationContext, timeout_s: float) -> CollectResult:
    from ...delivery.dispatcher import Dispatcher
    from ...delivery.proof import collect

    dispatcher = Dispatcher(ctx, timeout_s=timeout_s)
    try:
        stats = collect(ctx, dispatcher)
    finally:
        dispatcher.close()
    return CollectResult(stats.collected, stats.inferred, list(stats.unreachable or []),
                         list(stats.quiet or []))
