"""Contributions: commune-made items sent up to the source system for review.

The contract (POST /contributions) answers 201 with the source system's id and a status
(pending_review, accepted, rejected) and offers no way to ask again later, so the console
knows these states:

  queued          in the outbox, not yet received (offline, or waiting for a retry)
  pending_review  received: the source system's id is known, waiting for its editors
  accepted / rejected   when the 201 answer already says so
  refused         the source system refused the message itself (outbox gave up); the
                  reason is in the outbox and the audit log
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ...db.outbox import enqueue
from ...media.store import MediaStore
from ...models import Contribution, ItemFile, OutboxEntry, SourceItem
from ...models.base import utcnow
from ...models.enums import OutboxState
from ...station import StationContext
from ...text.translatable import Reason, kept_reason
from ...timezone import STATION_TZ
from .. import audit
from ..errors import InvalidInput, NotFound, ServiceError
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

REMOTE_STATES = ("pending_review", "accepted", "rejected")
FINAL_STATES = ("accepted", "rejected", "refused")


@dataclass(frozen=True)
class ContributionView:
    id: int
    item_id: str
    title: str
    status: str
    remote_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    detail: Reason | None = None  # the last error while it waits or after it was refused


def _metadata(item: SourceItem) -> dict[str, Any]:
    """An Item without id, revision and files, as the contract asks."""
    def ts(value: dt.datetime | None) -> str | None:
        return value.astimezone(STATION_TZ).isoformat() if value else None
    meta: dict[str, Any] = {
        "kind": item.kind, "title": item.title, "summary": item.summary or "",
        "body": item.body or "", "category_code": item.category_code,
        "tags": list(item.tags or []), "language": item.language or "vi",
        "priority": item.priority, "origin": "commune", "issuer": item.issuer or "",
        "published_at": ts(item.published_at), "valid_from": ts(item.valid_from),
        "valid_until": ts(item.valid_until), "channels": list(item.channels or []),
        "duration_s": item.duration_s}
    return {k: v for k, v in meta.items() if v is not None}


def contribute_item(ctx: StationContext, actor: Actor, item_id: str) -> ContributionView:
    """Queue a commune-made item (with its main file) for the source system."""
    actor.require(Permission.CONTRIBUTE)
    store = MediaStore(ctx.paths.media)
    with ctx.db.write() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {item} in the library"),
                           item=item_id)
        if not item.local:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only items made in the commune can be contributed; "
                                            "this one came from the source system"))
        if item.withdrawn:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "this item was withdrawn"))
        if not item.title.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the item needs a title before it can be contributed"))
        active = session.scalar(select(Contribution.id).where(
            Contribution.item_id == item_id,
            Contribution.status.in_(("queued", "pending_review", "accepted"))))
        if active is not None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "this item was already sent to the source system"))
        payload: dict[str, Any] = {"metadata": _metadata(item)}
        main = session.scalars(select(ItemFile).where(
            ItemFile.item_id == item_id).order_by(ItemFile.role != "main", ItemFile.id)).first()
        if main is not None:
            path = store.path(main.sha256)
            if not path.is_file():
                raise ServiceError(
                    QT_TRANSLATE_NOOP("Errors", "the item's file is not in the media cache"))
            payload.update(file_path=str(path), file_name=main.name, file_mime=main.mime)
        row = Contribution(item_id=item_id, status="queued")
        session.add(row)
        session.flush()
        payload["contribution_id"] = row.id
        enqueue(session, "contribution", payload)
        audit.record(session, actor, "contribution.send", item_id, contribution=row.id)
        session.flush()
        return ContributionView(row.id, item_id, item.title, row.status, None,
                                row.created_at.astimezone(STATION_TZ),
                                row.updated_at.astimezone(STATION_TZ))


def _contribution_key(ctx: StationContext) -> Any:
    """The outbox payload's contribution id (SQLite's json_extract, PostgreSQL's ->>)."""
    if ctx.db.is_postgres:
        return OutboxEntry.payload["contribution_id"].as_integer()
    return func.json_extract(OutboxEntry.payload, "$.contribution_id")


def refresh_contributions(ctx: StationContext) -> int:
    """Carry what the outbox learnt (remote id and status, or a refusal) onto the rows."""
    changed = 0
    key = _contribution_key(ctx)
    with ctx.db.write() as session:
        waiting = {c.id: c for c in session.scalars(select(Contribution).where(
            Contribution.status == "queued"))}
        if not waiting:
            return 0
        entries = session.execute(select(key, OutboxEntry.state, OutboxEntry.result).where(
            OutboxEntry.kind == "contribution", key.in_(list(waiting)))).all()
        for contribution_id, state, result in entries:
            row = waiting.get(int(contribution_id))
            if row is None:
                continue
            if state == OutboxState.DONE and isinstance(result, dict):
                status = result.get("status")
                row.remote_id = str(result.get("id")) if result.get("id") else None
                row.status = status if status in REMOTE_STATES else "pending_review"
            elif state == OutboxState.DEAD:
                row.status = "refused"
            else:
                continue
            row.updated_at = utcnow()
            changed += 1
    return changed


def list_contributions(ctx: StationContext) -> list[ContributionView]:
    """Newest first, with the states brought up to date from the outbox."""
    refresh_contributions(ctx)
    key = _contribution_key(ctx)
    with ctx.db.read() as session:
        errors = {int(cid): kept_reason(reason, err) for cid, err, reason in session.execute(
            select(key, OutboxEntry.last_error, OutboxEntry.last_reason).where(
                OutboxEntry.kind == "contribution", OutboxEntry.last_error.is_not(None)))}
        rows = session.execute(
            select(Contribution, SourceItem.title)
            .outerjoin(SourceItem, SourceItem.id == Contribution.item_id)
            .order_by(Contribution.created_at.desc(), Contribution.id.desc())).all()
        return [ContributionView(c.id, c.item_id, title or c.item_id, c.status, c.remote_id,
                                 c.created_at.astimezone(STATION_TZ),
                                 c.updated_at.astimezone(STATION_TZ),
                                 errors.get(c.id) if c.status in ("queued", "refused")
                                 else None)
                for c, title in rows]
