"""What the Outbox & sync page shows, as plain rows (Qt-free)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from ..db import Database
from ..db.outbox import retry_now
from ..media import copies
from ..models import MediaBlob, OutboxEntry, SourceItem, SyncState
from ..models.enums import Lane, MediaState, OutboxState
from ..sync.state import CLOCK_SKEW as CLOCK_SKEW_KEY
from ..sync.state import LAST_SUCCESS as LAST_SYNC_KEY
from ..sync.state import LINK_STATE as LINK_STATE_KEY
from ..text.translatable import Reason, kept_reason


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    lane: str
    state: str
    attempts: int
    created_at: dt.datetime
    next_attempt_at: dt.datetime
    last_error: str | None  # in English; `reason` is the same to show translated
    reason: Reason | None = None


@dataclass(frozen=True)
class SyncOverview:
    link_state: str
    last_sync_at: dt.datetime | None
    clock_skew_s: float | None
    items: int
    items_withdrawn: int
    media_ready: int
    media_waiting: int
    media_failed: int
    media_waiting_bytes: int
    outbox: list[OutboxRow]


def item_titles(db: Database, ids: list[str]) -> dict[str, str]:
    with db.read() as session:
        rows = session.execute(select(SourceItem.id, SourceItem.title)
                               .where(SourceItem.id.in_(ids))).all()
    return dict(rows)  # type: ignore[arg-type]


def read_overview(db: Database, *, limit: int = 200) -> SyncOverview:
    with db.read() as session:
        state = dict(session.execute(select(SyncState.key, SyncState.value).where(
            SyncState.key.in_([LINK_STATE_KEY, LAST_SYNC_KEY, CLOCK_SKEW_KEY]))).all())
        items, withdrawn = session.execute(select(
            func.count(), func.coalesce(func.sum(case((SourceItem.withdrawn, 1), else_=0)), 0))
        ).one()
        local = copies.here(session)  # this PC's own cache when each PC keeps one
        media = dict(session.execute(
            local.with_blobs(local.state, func.count()).group_by(local.state)).all())
        waiting_bytes = session.scalar(
            local.with_blobs(func.coalesce(func.sum(MediaBlob.size - local.bytes_done), 0))
            .where(local.state.not_in([MediaState.READY.value, MediaState.EVICTED.value]))) or 0
        # Pending first, emergencies first among them, then the most recent.
        order = (case((OutboxEntry.state == OutboxState.PENDING, 0), else_=1),
                 case((OutboxEntry.lane == Lane.EMERGENCY, 0), else_=1),
                 OutboxEntry.id.desc())
        rows = session.execute(select(
            OutboxEntry.id, OutboxEntry.kind, OutboxEntry.lane, OutboxEntry.state,
            OutboxEntry.attempts, OutboxEntry.created_at, OutboxEntry.next_attempt_at,
            OutboxEntry.last_error, OutboxEntry.last_reason).order_by(*order).limit(limit)
        ).all()
    last = state.get(LAST_SYNC_KEY)
    skew = state.get(CLOCK_SKEW_KEY)
    return SyncOverview(
        link_state=state.get(LINK_STATE_KEY) or "unknown",
        last_sync_at=dt.datetime.fromisoformat(last) if last else None,
        clock_skew_s=float(skew) if skew is not None else None,
        items=int(items), items_withdrawn=int(withdrawn),
        media_ready=media.get(MediaState.READY.value, 0),
        media_waiting=media.get(MediaState.MISSING.value, 0) + media.get(
            MediaState.PARTIAL.value, 0),
        media_failed=media.get(MediaState.FAILED.value, 0),
        media_waiting_bytes=int(waiting_bytes),
        outbox=[OutboxRow(*row[:-1], kept_reason(row[-1], row[-2])) for row in rows],
    )


def retry_outbox(db: Database) -> int:
    """The operator asks: try every waiting message again now (given-up ones too)."""
    return retry_now(db)
