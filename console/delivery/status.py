"""Ask every target how it is; keep the answer on the target and as a history sample."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import select

from ..models import DeliveryTarget, DeviceStatusSample
from ..models.base import utcnow
from ..station import StationContext
from ..timezone import CLOCK_SKEW_LIMIT_S
from .adapters import DeliveryError, DeviceStatus, TargetInfo
from .dispatcher import Dispatcher
from .registry import target_info

log = logging.getLogger(__name__)




@dataclass(frozen=True)
class TargetState:
    id: str
    name: str
    kind: str
    protocol: str
    status: str
    volume: int | None
    now_playing: str | None
    firmware: str | None
    schedule_version: int | None
    clock_skew_s: float | None
    detail: str


def poll(ctx: StationContext, dispatcher: Dispatcher | None = None,
         workers: int = 16, *, record: bool = True,
         only: Collection[str] | None = None) -> list[TargetState]:
    """Ask every enabled target (or those of `only`); `record=False` only reports (nothing
    is written)."""
    own = dispatcher is None
    dispatcher = dispatcher or Dispatcher(ctx, timeout_s=5.0)
    query = select(DeliveryTarget).where(DeliveryTarget.enabled.is_(True))
    if only is not None:
        query = query.where(DeliveryTarget.id.in_(list(only)))
    with ctx.db.read() as session:
        targets = [(target_info(t), t.name) for t in session.scalars(
            query.order_by(DeliveryTarget.id))]

    def ask(info: TargetInfo) -> DeviceStatus:
        try:
            return dispatcher.adapter_for(info).status()
        except DeliveryError as exc:
            return DeviceStatus(online=False, status="unknown", detail=str(exc))

    try:
        with ThreadPoolExecutor(max(1, min(workers, len(targets) or 1))) as pool:
            answers = list(pool.map(ask, [info for info, _ in targets]))
    finally:
        if own:
            dispatcher.close()
    now = utcnow()
    if not record:
        return [_as_state(info, name, st, now) for (info, name), st in zip(
            targets, answers, strict=True)]
    out = []
    with ctx.db.write() as session:
        for (info, name), st in zip(targets, answers, strict=True):
            target = session.get(DeliveryTarget, info.id)
            if target is None:
                continue
            skew = (st.clock - now).total_seconds() if st.clock is not None else None
            target.status = st.status
            if st.online:
                target.last_seen = now
                target.volume = st.volume
                target.now_playing = st.now_playing
                target.firmware = st.firmware or target.firmware
                if st.schedule_version is not None:
                    target.schedule_version = st.schedule_version
                target.clock_skew_s = skew
            session.add(DeviceStatusSample(target_id=info.id, at=now, status=st.status))
            detail = st.detail
            if skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_S:
                detail = f"device clock is {skew:+.0f} s off the console's"
            out.append(TargetState(info.id, name, info.kind, info.protocol, st.status,
                                   target.volume, target.now_playing, target.firmware,
                                   target.schedule_version, target.clock_skew_s, detail))
    return out


def _as_state(info: TargetInfo, name: str, st: DeviceStatus, now: dt.datetime) -> TargetState:
    skew = (st.clock - now).total_seconds() if st.clock is not None else None
    detail = st.detail
    if skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_S:
        detail = f"device clock is {skew:+.0f} s off the console's"
    return TargetState(info.id, name, info.kind, info.protocol, st.status, st.volume,
                       st.now_playing, st.firmware, st.schedule_version, skew, detail)
