"""Before figures are shown: fetch the play logs still waiting on the devices that answer."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ...station import StationContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CollectResult:
    collected: int = 0
    inferred: int = 0
    skipped: list[str] = field(default_factory=list)  # "target: reason", one per device


def collect_play_logs(ctx: StationContext, timeout_s: float = 5.0) -> CollectResult:
    """Devices that do not answer are skipped (noted), never an error: reports work offline."""
    from ...delivery.dispatcher import Dispatcher
    from ...delivery.proof import collect

    dispatcher = Dispatcher(ctx, timeout_s=timeout_s)
    try:
        stats = collect(ctx, dispatcher)
    except Exception as exc:  # a broken registry must not stop a report
        log.warning("collecting play logs failed: %s", exc)
        return CollectResult(skipped=[f"play logs: {exc}"])
    finally:
        dispatcher.close()
    return CollectResult(stats.collected, stats.inferred, list(stats.unreachable or []))
