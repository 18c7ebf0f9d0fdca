"""Outbox, delivery jobs and the as-run log: what must reach, and what reached, the outside."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_uuid, utcnow


class OutboxEntry(Base):
    """A message to the outside world, written in the transaction of the change that caused it.

    The idempotency key is fixed here, once, and sent unchanged on every retry, so a
    message delivered before a crash is recognised as a duplicate afterwards.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "state", "lane", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # broadcast_logs | report | contribution …
    lane: Mapped[str] = mapped_column(String(16), default="routine")
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)  # in English (the log, the command line)
    # The same as a sentence with its values, for the window to translate (Reason.to_json).
    last_reason: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    result: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    done_at: Mapped[dt.datetime | None]


class DeliveryJob(Base):
    """One programme (or command) to one target: queued → sending → delivered | failed."""

    __tablename__ = "delivery_job"
    __table_args__ = (UniqueConstraint("programme_id", "target_id", "programme_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    programme_version: Mapped[int] = mapped_column(default=1)
    target_id: Mapped[str] = mapped_column(ForeignKey("delivery_target.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="programme")  # programme | command
    lane: Mapped[str] = mapped_column(String(16), default="routine")
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    detail: Mapped[str | None] = mapped_column(Text)  # in English (the log, the command line)
    # The same as a sentence with its values, for the window to translate (Reason.to_json).
    reason: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    bytes_sent: Mapped[int] = mapped_column(default=0)
    # The dispatcher sending it (console/delivery/claims.py); None while queued.
    claimed_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AsRunEntry(Base):
    """What a cluster or board actually played (nhật ký phát thanh)."""

    __tablename__ = "as_run"
    __table_args__ = (Index("ix_as_run_started", "started_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    item_id: Mapped[str | None] = mapped_column(String(128), index=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(500))
    target_id: Mapped[str] = mapped_column(String(100), index=True)
    target_kind: Mapped[str] = mapped_column(String(32))
    scheduled_at: Mapped[dt.datetime | None]
    started_at: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]
    played_s: Mapped[float] = mapped_column(default=0.0)
    requested_s: Mapped[float | None]
    result: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    content_origin: Mapped[str | None] = mapped_column(String(16))  # own | relay | source
    source: Mapped[str] = mapped_column(String(16), default="device")  # device | inferred | local
    uploaded: Mapped[bool] = mapped_column(default=False)
    # The loudness of the file the target was sent (its normalised encode), as measured when
    # it was encoded; None for what was not sound or was sent before normalisation.
    loudness_lufs: Mapped[float | None] = mapped_column(default=None)
    true_peak_dbtp: Mapped[float | None] = mapped_column(default=None)


class LoudnessEncode(Base):
    """A source file brought to the station's loudness in one target format.

    Made once per (content, format, target loudness, ceiling) and kept in the media cache
    under its own sha256; a second push of the same content finds it here.
    """

    __tablename__ = "loudness_encode"
    __table_args__ = (UniqueConstraint("source_sha256", "format", "target_lufs",
                                       "true_peak_limit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(16))
    target_lufs: Mapped[float]
    true_peak_limit: Mapped[float]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    integrated_lufs: Mapped[float | None]
    true_peak_dbtp: Mapped[float | None]
    duration_s: Mapped[float | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
