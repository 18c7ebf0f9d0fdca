"""The library's own tables: its list and search index, and the filters saved by name.

`LibraryItem` is a narrow copy of each source item (what lists sort and filter by, and
the full-text index's key): source_item rows carry whole bulletin bodies, and scanning
150,000 of them for a list takes seconds where this takes milliseconds. It,
`LibraryTitle` and `ItemSearchQueue` are written only by the triggers on source_item and
the flush before commit (console/search/ddl.py, migration 0002), in the writer's own
transaction.

The FTS5 virtual table and the shadow tables SQLite makes for it are declared too, so
that the schema check (alembic's compare against these entities) knows them; they are
created by the migration with CREATE VIRTUAL TABLE, never by `metadata.create_all()`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BLOB, Column, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import NullType

from .base import Base, utcnow


class LibraryItem(Base):
    __tablename__ = "library_item"

    key: Mapped[int] = mapped_column(primary_key=True)           # rowid in item_fts
    item_id: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16))
    category_code: Mapped[str | None] = mapped_column(String(64))
    issuer: Mapped[str | None] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    published_at: Mapped[dt.datetime] = mapped_column(index=True)
    valid_from: Mapped[dt.datetime | None]
    valid_until: Mapped[dt.datetime | None]
    duration_s: Mapped[float | None]
    reviewed: Mapped[bool]
    local: Mapped[bool]
    withdrawn: Mapped[bool]
    seen: Mapped[bool]


class LibraryTitle(Base):
    """The Vietnamese sort key of each item's title (kept apart: it is long, and only a
    sort by title reads it)."""

    __tablename__ = "library_title"

    key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title_key: Mapped[str] = mapped_column(Text, index=True)     # vi_key(title)


class ItemSearchQueue(Base):
    """Items whose text changed in the current transaction; empty between transactions."""

    __tablename__ = "item_search_queue"

    key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    had_old: Mapped[int] = mapped_column(Integer)        # 1: the index holds older text
    title: Mapped[str | None] = mapped_column(Text)      # that older text, as indexed
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(Text)


class SavedFilter(Base):
    """A filter of the library saved under a name ("Bản tin mới hôm nay")."""

    __tablename__ = "library_filter"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    spec: Mapped[dict[str, Any]] = mapped_column(default=dict)  # LibraryFilter.to_spec()
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


_FTS = {"fts5": True, "create_all": False}

item_fts = Table(
    "item_fts", Base.metadata,
    *(Column(name, NullType()) for name in ("title", "summary", "body", "tags", "issuer")),
    info=_FTS,
)
item_fts_data = Table(
    "item_fts_data", Base.metadata,
    Column("id", Integer, primary_key=True, nullable=True), Column("block", BLOB),
    info=_FTS,
)
item_fts_idx = Table(
    "item_fts_idx", Base.metadata,
    Column("segid", NullType(), primary_key=True), Column("term", NullType(), primary_key=True),
    Column("pgno", NullType()), info=_FTS,
)
item_fts_docsize = Table(
    "item_fts_docsize", Base.metadata,
    Column("id", Integer, primary_key=True, nullable=True), Column("sz", BLOB),
    info=_FTS,
)
item_fts_config = Table(
    "item_fts_config", Base.metadata,
    Column("k", NullType(), primary_key=True), Column("v", NullType()), info=_FTS,
)
