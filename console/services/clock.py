"""Clocks: how far the province's server and each device are from this PC's clock.

Field PCs and devices often keep wrong time; a schedule carries explicit +07:00 offsets, but
a device whose clock is hours off still plays at the wrong moment. The sync client measures
the server's skew from the HTTP Date header (stored in sync_state), the device poll stores
each device's (delivery_target.clock_skew_s). More than a minute is shown plainly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db import Database
from ..models import DeliveryTarget, SettingRow, SyncState
from ..settings import SOURCE_VERIFY_TLS
from ..sync.state import CLOCK_SKEW
from ..timezone import CLOCK_SKEW_LIMIT_S

SKEW_LIMIT_S = CLOCK_SKEW_LIMIT_S


@dataclass(frozen=True)
class SkewedDevice:
    id: str
    name: str
    skew_s: float       # device clock minus ours: positive = the device is ahead


@dataclass(frozen=True)
class FieldWarnings:
    """What the status bar must keep on screen until it is fixed."""

    tls_off: bool
    source_skew_s: float | None           # province server minus ours, when over the limit
    devices: tuple[SkewedDevice, ...]     # devices off by more than the limit

    @property
    def any(self) -> bool:
        return self.tls_off or self.source_skew_s is not None or bool(self.devices)


def over_limit(skew_s: float | None) -> bool:
    return skew_s is not None and abs(skew_s) > SKEW_LIMIT_S


def read_field_warnings(db: Database) -> FieldWarnings:
    with db.read() as session:
        tls = session.scalar(select(SettingRow.value).where(
            SettingRow.key == SOURCE_VERIFY_TLS.key))
        source = session.scalar(select(SyncState.value).where(SyncState.key == CLOCK_SKEW))
        rows = session.execute(
            select(DeliveryTarget.id, DeliveryTarget.name, DeliveryTarget.clock_skew_s)
            .where(DeliveryTarget.enabled.is_(True), DeliveryTarget.clock_skew_s.is_not(None))
            .order_by(DeliveryTarget.id)).all()
    source_skew = float(source) if source is not None else None
    return FieldWarnings(
        tls_off=tls is not None and not SOURCE_VERIFY_TLS.coerce(tls),
        source_skew_s=source_skew if over_limit(source_skew) else None,
        devices=tuple(SkewedDevice(i, n, float(s)) for i, n, s in rows if over_limit(s)),
    )


def skew_parts(skew_s: float) -> tuple[int, int, bool]:
    """(hours, minutes, ahead) of a skew, for plain wording: '3 h 05 min ahead'."""
    minutes = round(abs(skew_s) / 60)
    return minutes // 60, minutes % 60, skew_s > 0
