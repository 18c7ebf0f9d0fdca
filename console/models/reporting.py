"""Periodic reports to the provincial Department."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_uuid, utcnow


class Report(Base):
    __tablename__ = "report"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    period_kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int]
    period_index: Mapped[int | None]
    state: Mapped[str] = mapped_column(String(16), default="draft")
    indicators: Mapped[dict[str, Any]] = mapped_column(default=dict)
    manual: Mapped[dict[str, Any]] = mapped_column(default=dict)  # propagandists, followers, …
    # Plan against actual, the Zalo OA and the team, frozen with the figures (sections.py)
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    prepared_by: Mapped[str | None] = mapped_column(String(200))   # người lập biểu
    checked_by: Mapped[str | None] = mapped_column(String(200))    # người kiểm tra
    approved_by: Mapped[str | None] = mapped_column(String(200))   # thủ trưởng đơn vị
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[dt.datetime | None]


class Contribution(Base):
    """A commune-made item sent up to the source system for review."""

    __tablename__ = "contribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(String(128), index=True)
    remote_id: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(32), default="queued")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
