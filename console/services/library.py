"""Reading the local catalogue as plain rows (for the CLI and the window).

The library's lists, filters and counts are in library_query.py, one item's details in
library_details.py, preview media (waveform, loudness, download now) in
library_media.py, and commune-made content in local_content.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select

from ..db import Database
from ..media import copies
from ..models import ItemFile, SourceItem
from ..search.query import search
from ..search.schema import ensure_index


@dataclass(frozen=True)
class ItemSummary:
    id: str
    title: str
    kind: str
    priority: str
    language: str
    cached: bool


def not_cached_clause(db: Database):  # type: ignore[no-untyped-def]
    """SQL: the item has a file whose verified copy is not in this PC's cache."""
    return exists().where(
        ItemFile.item_id == SourceItem.id,
        ~copies.ready_here(db, ItemFile.sha256),
    )


def list_items(db: Database, *, include_withdrawn: bool = False,
               limit: int | None = None) -> list[ItemSummary]:
    query = (select(SourceItem.id, SourceItem.title, SourceItem.kind, SourceItem.priority,
                    SourceItem.language, ~not_cached_clause(db))
             .order_by(SourceItem.published_at.desc(), SourceItem.id))
    if not include_withdrawn:
        query = query.where(SourceItem.withdrawn.is_(False))
    if limit:
        query = query.limit(limit)
    with db.read() as session:
        return [ItemSummary(*row[:5], cached=bool(row[5])) for row in session.execute(query)]


@dataclass(frozen=True)
class SearchResult:
    """One item found by `items search`, best first."""

    id: str
    title: str
    kind: str
    priority: str


def search_items(db: Database, query: str, *, limit: int = 20,
                 include_withdrawn: bool = False) -> list[SearchResult]:
    """Items whose title, summary, body, tags or issuer match `query`, best first.

    Case, accents and đ/Đ do not matter ("dong nai" finds "Đồng Nai"); the last word
    also matches longer words once it has three letters.
    """
    ensure_index(db)
    return [SearchResult(h.id, h.title, h.kind, h.priority)
            for h in search(db, query, limit=limit, include_withdrawn=include_withdrawn)]
