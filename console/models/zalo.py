"""The commune's Zalo Official Account: articles published from bulletins, and the daily
readings of followers and article views (contracts/zalo-oa.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class ZaloArticle(Base):
    """One bulletin revision as an OA article, and the outbox row that makes it.

    `key` (item id and revision) is the idempotency key: one row, hence at most one article,
    per bulletin revision. States: queued → creating (create was called; `token` once its
    answer arrived) → published (`article_id` known) → removing → removed; `cancelled` when
    the bulletin was withdrawn before its article existed; `failed` when Zalo refused it.
    """

    __tablename__ = "zalo_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    item_id: Mapped[str] = mapped_column(String(128), index=True)
    revision: Mapped[int]
    title: Mapped[str] = mapped_column(String(500))
    article: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the body sent to create
    cover_sha256: Mapped[str | None] = mapped_column(String(64))
    cover_url: Mapped[str | None] = mapped_column(String(2000))     # after its upload
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    token: Mapped[str | None] = mapped_column(String(300))
    article_id: Mapped[str | None] = mapped_column(String(100), index=True)
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    create_sent_at: Mapped[dt.datetime | None]   # set (and committed) before create is called
    published_at: Mapped[dt.datetime | None]
    remove_reason: Mapped[str | None] = mapped_column(String(32))  # withdrawn | superseded
    removed_at: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    total_view: Mapped[int | None]
    total_share: Mapped[int | None]
    views_read_at: Mapped[dt.datetime | None]


class ZaloViewReading(Base):
    """An article's views as read on one day (the report takes the last one in a period)."""

    __tablename__ = "zalo_view_reading"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_row_id: Mapped[int] = mapped_column(
        ForeignKey("zalo_article.id", ondelete="CASCADE"), index=True)
    read_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    total_view: Mapped[int]
    total_share: Mapped[int | None]


class ZaloFollowerReading(Base):
    """The OA's follower count, read once a station day."""

    __tablename__ = "zalo_follower_reading"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[str] = mapped_column(String(10), unique=True)  # station date, YYYY-MM-DD
    read_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    followers: Mapped[int]
    oa_name: Mapped[str | None] = mapped_column(String(300))
