"""Broadcast programmes, their ordered entries, schedules and targets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    start_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    slot_limit_s: Mapped[float | None]
    all_targets: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_by: Mapped[str | None] = mapped_column(String(100))
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[dt.datetime | None]
    review_comment: Mapped[str | None] = mapped_column(Text)
    quiet_override_reason: Mapped[str | None] = mapped_column(Text)
    quiet_override_by: Mapped[str | None] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(default=1)  # bumped on every change; sent to devices
    # A template is never checked, scheduled or pushed; "new from template" copies it.
    is_template: Mapped[bool] = mapped_column(default=False, index=True)

    entries: Mapped[list[ProgrammeEntry]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="ProgrammeEntry.position"
    )
    schedule: Mapped[Schedule | None] = relationship(
        back_populates="programme", cascade="all, delete-orphan", uselist=False
    )
    targets: Mapped[list[ProgrammeTarget]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )


class ProgrammeEntry(Base):
    __tablename__ = "programme_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("source_item.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str | None] = mapped_column(Text)               # speech entries
    media_sha256: Mapped[str | None] = mapped_column(String(64))
    stream_url: Mapped[str | None] = mapped_column(String(2000))
    duration_s: Mapped[float | None]
    volume_db: Mapped[float] = mapped_column(default=0.0)
    cue_in_s: Mapped[float] = mapped_column(default=0.0)
    cue_out_s: Mapped[float | None]
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # voice, speed, …

    programme: Mapped[Programme] = relationship(back_populates="entries")


class Schedule(Base):
    """When a programme airs: once, daily, on weekdays (Monday-Friday), weekly on chosen
    weekdays, or now; at one or more times a day, between a first and a last date, except on
    skipped days or airings, plus airings moved to another time (console.recurrence)."""

    __tablename__ = "schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), unique=True
    )
    repeat: Mapped[str] = mapped_column(String(16), default="once")
    weekdays: Mapped[list[Any]] = mapped_column(default=list)  # 1 = Monday … 7 = Sunday
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    time_of_day: Mapped[dt.time | None]  # Asia/Ho_Chi_Minh wall clock: the first of `times`
    times: Mapped[list[Any]] = mapped_column(default=list)   # "HH:MM", station wall clock
    # "YYYY-MM-DD" skips a whole day; "YYYY-MM-DDTHH:MM" one airing (a moved airing's old time)
    skip: Mapped[list[Any]] = mapped_column(default=list)
    extra: Mapped[list[Any]] = mapped_column(default=list)   # "YYYY-MM-DDTHH:MM": moved airings
    replay_count: Mapped[int] = mapped_column(default=1)
    replay_interval_min: Mapped[int] = mapped_column(default=0)

    programme: Mapped[Programme] = relationship(back_populates="schedule")


class ProgrammeTarget(Base):
    """Where a programme goes: one target, or a group of them."""

    __tablename__ = "programme_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[str | None] = mapped_column(ForeignKey("delivery_target.id"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("target_group.id"))
    # A village (thôn/ấp): every enabled cluster and board in it when the programme is pushed.
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))

    programme: Mapped[Programme] = relationship(back_populates="targets")
