"""Delivery targets (loudspeaker clusters, boards, streams, local playout) and their groups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class DeliveryTarget(Base):
    __tablename__ = "delivery_target"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))            # TargetKind
    name: Mapped[str] = mapped_column(String(300))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), index=True)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    protocol: Mapped[str] = mapped_column(String(32))  # reference | gateway | anthias | …
    address: Mapped[str] = mapped_column(String(500))        # base URL of the device or gateway
    device_id: Mapped[str | None] = mapped_column(String(100))  # id behind a gateway
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # resolution, mount, …
    enabled: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(String(16), default="unknown")
    volume: Mapped[int | None]
    now_playing: Mapped[str | None] = mapped_column(String(500))
    firmware: Mapped[str | None] = mapped_column(String(100))
    last_seen: Mapped[dt.datetime | None]
    clock_skew_s: Mapped[float | None]
    schedule_version: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TargetGroup(Base):
    __tablename__ = "target_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class TargetGroupMember(Base):
    __tablename__ = "target_group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("target_group.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[str] = mapped_column(
        ForeignKey("delivery_target.id", ondelete="CASCADE"), primary_key=True
    )


class DeviceStatusSample(Base):
    """Status history, for availability (uptime) in the reports."""

    __tablename__ = "device_status_sample"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[str] = mapped_column(
        ForeignKey("delivery_target.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(16))
