"""The media cache as people see it: its size against the limit, pruning, and items kept on
this PC ("Giữ trên máy này"). Every change is audited."""

from __future__ import annotations

from sqlalchemy import delete, select

from ..media.cache import CacheStatus, PruneResult, cache_status, prune
from ..media.store import MediaStore
from ..models import ItemPin, SourceItem
from ..settings import MEDIA_CACHE_MB
from ..station import StationContext
from . import audit
from .errors import ServiceError
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

__all__ = ["CacheStatus", "PruneResult", "pinned_among", "prune_cache", "read_cache_status",
           "set_cache_limit", "set_pinned"]

GB = 2**30
#: a limit below this would evict what the next programme needs every day
SMALLEST_LIMIT_GB = 1.0
LARGEST_LIMIT_GB = 10_000.0


def limit_bytes(ctx: StationContext) -> int:
    return int(ctx.settings.get(MEDIA_CACHE_MB)) * 2**20


def read_cache_status(ctx: StationContext) -> CacheStatus:
    return cache_status(ctx.db, limit_bytes(ctx))


def _check_gb(gb: float, low: float = SMALLEST_LIMIT_GB) -> float:
    if not low <= gb <= LARGEST_LIMIT_GB:
        raise ServiceError(
            QT_TRANSLATE_NOOP("Errors", "The cache limit must be between {low} and {high} GB."),
            low=int(low), high=int(LARGEST_LIMIT_GB))
    return gb


def set_cache_limit(ctx: StationContext, actor: Actor, gb: float) -> None:
    """A new limit for the media cache (in GB); stored in MB, audited."""
    actor.require(Permission.EDIT_SETTINGS)
    before = int(ctx.settings.get(MEDIA_CACHE_MB))
    after = round(_check_gb(float(gb)) * 1024)
    if after == before:
        return
    ctx.settings.set(MEDIA_CACHE_MB, after)
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.media_cache", MEDIA_CACHE_MB.key,
                     before_mb=before, after_mb=after)


def prune_cache(ctx: StationContext, actor: Actor, max_gb: float | None = None) -> PruneResult:
    """Evict least recently used media down to the limit, or once down to `max_gb` (which
    may be below the everyday limit: 0 keeps only what is needed)."""
    actor.require(Permission.SYNC)
    limit = limit_bytes(ctx) if max_gb is None else round(_check_gb(float(max_gb), 0) * GB)
    result = prune(ctx.db, MediaStore(ctx.paths.media), limit)
    with ctx.db.write() as session:
        audit.record(session, actor, "media.prune", None, limit_bytes=limit,
                     freed_bytes=result.freed_bytes, files=result.files)
    return result


def set_pinned(ctx: StationContext, actor: Actor, item_ids: list[str], pinned: bool) -> int:
    """Keep these items' files on this PC (or stop keeping them); returns how many changed."""
    actor.require(Permission.SYNC)
    wanted = sorted(set(item_ids))
    changed = 0
    with ctx.db.write() as session:
        known = set(session.scalars(select(SourceItem.id).where(SourceItem.id.in_(wanted))))
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "No such item: {item}"), item=unknown[0])
        held = set(session.scalars(select(ItemPin.item_id).where(ItemPin.item_id.in_(wanted))))
        if pinned:
            for item_id in wanted:
                if item_id not in held:
                    session.add(ItemPin(item_id=item_id, pinned_by=actor.username))
                    audit.record(session, actor, "media.pin", item_id)
                    changed += 1
        else:
            gone = [i for i in wanted if i in held]
            if gone:
                session.execute(delete(ItemPin).where(ItemPin.item_id.in_(gone)))
                for item_id in gone:
                    audit.record(session, actor, "media.unpin", item_id)
            changed = len(gone)
    return changed


def pinned_among(ctx: StationContext, item_ids: list[str]) -> set[str]:
    with ctx.db.read() as session:
        return set(session.scalars(select(ItemPin.item_id)
                                   .where(ItemPin.item_id.in_(list(item_ids)))))
