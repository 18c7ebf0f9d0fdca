"""Keeping the media cache within its size: least recently used files go first, never a
file a coming programme or the station's own content needs."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select, update

from ..db import Database
from ..models import ItemFile, MediaBlob, Programme, ProgrammeEntry, SourceItem
from ..models.base import utcnow
from ..models.enums import MediaState
from .store import MediaStore

log = logging.getLogger(__name__)


def protected_hashes(db: Database, now: dt.datetime | None = None) -> set[str]:
    """Never evicted: media of programmes that may still air, and commune-made media
    (the cache holds the only copy; the source system cannot send it again)."""
    now = now or utcnow()
    horizon = now - dt.timedelta(days=1)
    with db.read() as session:
        by_media = session.scalars(
            select(ProgrammeEntry.media_sha256).join(Programme)
            .where(ProgrammeEntry.media_sha256.is_not(None),
                   (Programme.start_at.is_(None)) | (Programme.start_at >= horizon))).all()
        by_item = session.scalars(
            select(ItemFile.sha256).join(ProgrammeEntry, ProgrammeEntry.item_id == ItemFile.item_id)
            .join(Programme).where((Programme.start_at.is_(None)) | (Programme.start_at >= horizon))
        ).all()
        local = session.scalars(
            select(ItemFile.sha256).join(SourceItem, SourceItem.id == ItemFile.item_id)
            .where(SourceItem.local.is_(True))).all()
    return {h for h in (*by_media, *by_item, *local) if h}


def evict(db: Database, store: MediaStore, limit_bytes: int) -> int:
    """Least recently used media go first until the cache fits; returns bytes freed."""
    with db.read() as session:
        total = session.scalar(select(func.coalesce(func.sum(MediaBlob.size), 0))
                               .where(MediaBlob.state == MediaState.READY)) or 0
        if total <= limit_bytes:
            return 0
        candidates = session.execute(
            select(MediaBlob.sha256, MediaBlob.size).where(MediaBlob.state == MediaState.READY)
            .order_by(func.coalesce(MediaBlob.last_used_at, MediaBlob.verified_at))).all()
    keep = protected_hashes(db)
    freed = 0
    for sha, size in candidates:
        if total - freed <= limit_bytes:
            break
        if sha in keep:
            continue
        with db.write() as session:  # mark first: a missing file must never look ready
            session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(
                state=MediaState.MISSING, bytes_done=0, verified_at=None))
        store.path(sha).unlink(missing_ok=True)
        freed += size
    log.info("media cache: evicted %d MB", freed // 2**20)
    return freed
