"""The outbox's table seen from the writers: messages to the source system are added in
the same transaction as the change that caused them; console.sync.outbox sends them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..models import OutboxEntry
from ..models.base import utcnow
from ..models.enums import Lane, OutboxState
from .database import Database

# What the source system takes from a commune (one sender each in console.sync.outbox).
OUTBOX_KINDS = frozenset({"broadcast_logs", "report", "device_states", "contribution"})


def enqueue(session: Session, kind: str, payload: dict[str, Any], *,
            lane: Lane = Lane.ROUTINE) -> OutboxEntry:
    """Add a message in the caller's transaction; nothing is sent here."""
    if kind not in OUTBOX_KINDS:
        raise ValueError(f"no sender for outbox kind {kind!r}")
    entry = OutboxEntry(kind=kind, payload=payload, lane=lane.value)
    session.add(entry)
    return entry


def pending_count(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(
            select(OutboxEntry.lane, func.count()).where(OutboxEntry.state == OutboxState.PENDING)
            .group_by(OutboxEntry.lane)).all()
    return {lane: count for lane, count in rows}


def retry_now(db: Database) -> int:
    """The operator asks: try every waiting message again now (given-up ones too)."""
    with db.write() as session:
        result = session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.state.in_([OutboxState.PENDING, OutboxState.DEAD]))
            .values(state=OutboxState.PENDING, next_attempt_at=utcnow()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
