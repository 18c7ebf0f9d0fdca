"""Source items (bulletins), their revisions and files, categories, and the media cache."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..text.collation import vi_key
from .base import Base, utcnow


class Category(Base):
    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_code: Mapped[str | None] = mapped_column(String(64))


class SourceItem(Base):
    """A bulletin or other item, as last received (or made in the commune when `local`)."""

    __tablename__ = "source_item"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    revision: Mapped[int] = mapped_column(default=1)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    category_code: Mapped[str | None] = mapped_column(String(64), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(16), default="vi")
    priority: Mapped[str] = mapped_column(String(16), default="normal", index=True)
    origin: Mapped[str] = mapped_column(String(16), default="province")
    issuer: Mapped[str | None] = mapped_column(String(300))
    published_at: Mapped[dt.datetime] = mapped_column(index=True)
    valid_from: Mapped[dt.datetime | None]
    valid_until: Mapped[dt.datetime | None]
    reviewed: Mapped[bool] = mapped_column(default=False)
    channels: Mapped[list[str]] = mapped_column(default=list)
    duration_s: Mapped[float | None]
    stream_url: Mapped[str | None] = mapped_column(String(2000))
    requested_airings: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime | None]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    local: Mapped[bool] = mapped_column(default=False)       # commune-made: needs local approval
    withdrawn: Mapped[bool] = mapped_column(default=False)   # deleted upstream; kept, never aired
    withdrawn_at: Mapped[dt.datetime | None]
    seen: Mapped[bool] = mapped_column(default=False)        # the operator has opened it
    # vi_key(title), given by the writer so the search triggers need no Python per row.
    title_key: Mapped[str | None] = mapped_column(Text)

    files: Mapped[list[ItemFile]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemFile.id"
    )

    @validates("title")
    def _keep_title_key(self, _key: str, title: str) -> str:
        self.title_key = vi_key(title)
        return title


class ItemRevision(Base):
    """Every revision of an item the console has seen, for the details view."""

    __tablename__ = "item_revision"
    __table_args__ = (UniqueConstraint("item_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("source_item.id", ondelete="CASCADE"))
    revision: Mapped[int]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    title: Mapped[str] = mapped_column(String(500))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ItemFile(Base):
    __tablename__ = "item_file"
    __table_args__ = (Index("ix_item_file_sha256", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("source_item.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(500))  # display name only, never a path
    mime: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(2000))

    item: Mapped[SourceItem] = relationship(back_populates="files")


class ItemPin(Base):
    """An item the station keeps on this PC: its files are never evicted from the cache."""

    __tablename__ = "item_pin"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("source_item.id", ondelete="CASCADE"), primary_key=True)
    pinned_by: Mapped[str] = mapped_column(String(100))
    pinned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MediaBlob(Base):
    """One content-addressed file in the media cache; visible only once `ready`."""

    __tablename__ = "media_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16), default="missing", index=True)
    mime: Mapped[str | None] = mapped_column(String(200))
    bytes_done: Mapped[int] = mapped_column(BigInteger, default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(default=0)  # higher downloads first
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    verified_at: Mapped[dt.datetime | None]
    last_used_at: Mapped[dt.datetime | None]
    duration_s: Mapped[float | None]
    loudness_lufs: Mapped[float | None]
    true_peak_dbtp: Mapped[float | None]


class MediaCopy(Base):
    """One workstation's copy of a file, when the PCs of a station share one database but
    each keeps its own media cache: the file's state on *that* PC (media_blob's own state
    columns then describe no PC). One PC alone, or PCs sharing a media folder, use
    media_blob's columns and leave this table empty."""

    __tablename__ = "media_copy"

    workstation: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="missing")
    bytes_done: Mapped[int] = mapped_column(BigInteger, default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    verified_at: Mapped[dt.datetime | None]
    last_used_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_media_copy_workstation_state", "workstation", "state"),)
