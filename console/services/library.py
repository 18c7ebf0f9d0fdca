"""Reading the local catalogue as plain rows (for the CLI and the window)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from ..db import Database
from ..models import ItemFile, MediaBlob, SourceItem
from ..models.enums import MediaState


@dataclass(frozen=True)
class ItemSummary:
    id: str
    title: str
    kind: str
    priority: str
    language: str
    cached: bool


def not_cached_clause():  # type: ignore[no-untyped-def]
    """SQL: the item has a file whose verified copy is not in the cache."""
    return exists().where(
        ItemFile.item_id == SourceItem.id,
        ~exists().where(and_(MediaBlob.sha256 == ItemFile.sha256,
                             MediaBlob.state == MediaState.READY)),
    )


def list_items(db: Database, *, include_withdrawn: bool = False,
               limit: int | None = None) -> list[ItemSummary]:
    query = (select(SourceItem.id, SourceItem.title, SourceItem.kind, SourceItem.priority,
                    SourceItem.language, ~not_cached_clause())
             .order_by(SourceItem.published_at.desc(), SourceItem.id))
    if not include_withdrawn:
        query = query.where(SourceItem.withdrawn.is_(False))
    if limit:
        query = query.limit(limit)
    with db.read() as session:
        return [ItemSummary(*row[:5], cached=bool(row[5])) for row in session.execute(query)]
