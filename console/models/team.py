"""The commune's team of grassroots propagandists (tổ tuyên truyền viên cơ sở): the roster
by village, their activities and their trainings (tập huấn)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# What an activity is: họp dân, đến từng nhà, loa lưu động, bài trong nhóm Zalo.
ACTIVITY_KINDS = ("meeting", "house_visits", "mobile_loudspeaker", "zalo_post")


class Propagandist(Base):
    __tablename__ = "propagandist"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="SET NULL"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    zalo: Mapped[str | None] = mapped_column(String(100))   # Zalo number or name
    role: Mapped[str | None] = mapped_column(String(100))   # tổ trưởng, thành viên, …
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class TeamActivity(Base):
    __tablename__ = "team_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    people_reached: Mapped[int] = mapped_column(default=0)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_theme.id", ondelete="SET NULL"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    participants: Mapped[list[Any]] = mapped_column(default=list)  # propagandist ids
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Training(Base):
    __tablename__ = "training"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(200))
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_theme.id", ondelete="SET NULL"), index=True)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TrainingAttendee(Base):
    __tablename__ = "training_attendee"

    training_id: Mapped[int] = mapped_column(
        ForeignKey("training.id", ondelete="CASCADE"), primary_key=True)
    propagandist_id: Mapped[int] = mapped_column(
        ForeignKey("propagandist.id", ondelete="CASCADE"), primary_key=True, index=True)
